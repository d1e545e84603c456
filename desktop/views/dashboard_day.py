"""The clerk's "my day" and the supervisor's counters-and-summons boards."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.models.analytics import dashboard
from desktop.models.analytics.dashboard import Counters, MyDay
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.dashboard_figures import refresh_facts
from desktop.views.dashboard_parts import FigureTable, Tile, minutes, number, percent, translate

REFRESH_MS = 30_000


class MyDayView(QWidget):
    """Today, for the person signed in: what they registered and solved, what is in hand."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MyDayView")
        layout = QVBoxLayout(self)
        heading = QLabel(translate("Dashboard", "My day"))
        heading.setObjectName("CardTitle")
        layout.addWidget(heading)
        grid = QGridLayout()
        specs = (
            ("registered", translate("Dashboard", "Cases I registered today")),
            ("fcr", translate("Dashboard", "Solved on the spot")),
            ("escalated", translate("Dashboard", "Escalated")),
            ("in_hand", translate("Dashboard", "Open cases in my hands")),
            ("overdue", translate("Dashboard", "Of them past their due time")),
            ("served", translate("Dashboard", "Walk-in tickets I served")),
            ("calls", translate("Dashboard", "Happy calls waiting")),
            ("actions", translate("Dashboard", "Improvement actions I am on")),
        )
        self.tiles: dict[str, Tile] = {}
        for index, (key, title) in enumerate(specs):
            self.tiles[key] = Tile(key, title)
            grid.addWidget(self.tiles[key], index // 4, index % 4)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        actor = self.ctx.session.actor

        def read(db: Database) -> MyDay:
            refresh_facts(db)
            with db.read() as conn:
                return dashboard.my_day(conn, actor, now=utcnow())

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"case", "ticket", "improvement_action"}:
            self.refresh()

    def _on_loaded(self, day: MyDay) -> None:
        t = self.tiles
        t["registered"].show_value(number(day.registered), None, None, "")
        t["fcr"].show_value(
            number(day.first_contact) + (f"  ({percent(day.fcr_rate, 0)})" if day.registered else ""),
            None,
            None,
            "",
        )
        t["escalated"].show_value(number(day.escalated), None, None, "")
        t["in_hand"].show_value(number(day.in_hand), None, None, "")
        t["overdue"].show_value(number(day.overdue), None, None, "")
        t["overdue"].value.setStyleSheet(
            "font-size: 17pt; font-weight: bold; color: %s;" % ("#b3261e" if day.overdue else "#1f2a36")
        )
        t["served"].show_value(number(day.tickets_served), None, None, "")
        t["calls"].show_value(number(day.happy_calls_due), None, None, "")
        t["actions"].show_value(number(day.actions_owed), None, None, "")


class CountersView(QWidget):
    """The counters now: unanswered summonses first, then each counter's day, the queue."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("CountersView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A busy day's tables scroll with the board rather than stretch the window.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        heading = QLabel(translate("Dashboard", "Counters and summons"))
        heading.setObjectName("CardTitle")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.tiles = {
            "summonses": Tile("summonses", translate("Dashboard", "Summonses not answered yet")),
            "waiting": Tile("waiting", translate("Dashboard", "Tickets waiting")),
            "overdue": Tile("overdue", translate("Dashboard", "Open cases past their due time")),
            "arrival": Tile("arrival", translate("Dashboard", "Arrival after a summons today (median)")),
        }
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, index)
        layout.addLayout(grid)
        self.summonses = FigureTable(
            "summonses",
            translate("Dashboard", "Summoned to the counter"),
            [
                translate("Dashboard", "Tracking code"),
                translate("Dashboard", "Level"),
                translate("Dashboard", "Counter"),
                translate("Dashboard", "Summoned at"),
                translate("Dashboard", "Waiting"),
            ],
            empty=translate("Dashboard", "No summons is waiting for an answer."),
        )
        self.counters = FigureTable(
            "counters",
            translate("Dashboard", "Counters today"),
            [
                translate("Dashboard", "Counter"),
                translate("Dashboard", "Cases"),
                translate("Dashboard", "Solved on the spot"),
                translate("Dashboard", "Escalated"),
                translate("Dashboard", "At the counter now"),
            ],
            empty=translate("Dashboard", "No counter has worked today."),
        )
        layout.addWidget(self.summonses, 1)
        layout.addWidget(self.counters, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        actor = self.ctx.session.actor

        def read(db: Database) -> Counters:
            refresh_facts(db)
            with db.read() as conn:
                return dashboard.counters(conn, actor, now=utcnow())

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"case", "ticket"}:
            self.refresh()

    def _on_loaded(self, board: Counters) -> None:
        t = self.tiles
        t["summonses"].show_value(number(len(board.summonses)), None, None, "")
        t["summonses"].value.setStyleSheet(
            "font-size: 17pt; font-weight: bold; color: %s;" % ("#b3261e" if board.summonses else "#1f2a36")
        )
        t["waiting"].show_value(number(board.waiting_tickets), None, None, "")
        t["overdue"].show_value(number(board.overdue), None, None, "")
        t["arrival"].show_value(minutes(board.arrivals.median), None, None, "")
        self.summonses.set_rows(
            [
                [
                    i18n.ltr(s.tracking_code),
                    i18n.label("level", s.level),
                    i18n.digits(s.counter or ""),
                    i18n.fmt_datetime(s.summoned_at),
                    minutes(s.waited_seconds),
                ]
                for s in board.summonses
            ],
            [
                [s.tracking_code, s.level, s.counter, s.summoned_at.isoformat(), s.waited_seconds]
                for s in board.summonses
            ],
        )
        self.counters.set_rows(
            [
                [
                    i18n.digits(c.counter),
                    number(c.cases_today),
                    number(c.first_contact),
                    number(c.escalated),
                    number(c.at_counter_now),
                ]
                for c in board.counters
            ],
            [
                [c.counter, c.cases_today, c.first_contact, c.escalated, c.at_counter_now]
                for c in board.counters
            ],
        )
