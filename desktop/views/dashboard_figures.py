"""The managers' and HQ's dashboard: the figures of a period, charts, drill-down, export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models import users
from desktop.models.analytics import audits as audit_figures
from desktop.models.analytics import dashboard, facts
from desktop.models.analytics.dashboard import Choices, ManagerFigures
from desktop.models.analytics.figures import Filters
from desktop.models.analytics.period import Period
from desktop.models.calendar import utcnow
from desktop.models.cases import CATEGORIES, list_subcategories
from desktop.models.cases.ladder import load_ladder
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.users import User
from desktop.views import i18n
from desktop.views.charts import BarChart, Item, ParetoChart, TrendChart
from desktop.views.context import AppContext
from desktop.views.dashboard_parts import (
    ChartCard,
    FigureTable,
    Tile,
    hours,
    minutes,
    number,
    percent,
    translate,
)
from desktop.views.forms import ErrorLabel
from desktop.views.period_picker import FilterBar, PeriodPicker, period_title, short_month
from reports import tables as sheets


@dataclass(frozen=True)
class Board:
    figures: ManagerFigures
    audits: audit_figures.AuditFigures | None
    names: dict[str, str]  # user id -> display name
    subcategories: dict[tuple[str, str], str]
    levels: list[str]


def refresh_facts(db: Database) -> None:
    """Bring the facts up to date (a write; quick unless many events came from HQ)."""
    with db.write() as conn:
        facts.refresh(conn)


def load_board(
    db: Database, actor: User, period: Period, filters: Filters, lang: str, now: datetime
) -> Board:
    refresh_facts(db)
    with db.read() as conn:
        figures = dashboard.manager_figures(conn, actor, period, filters, now=now)
        seen = (
            audit_figures.audit_figures(conn, actor, period, filters.dealership_id)
            if audit_figures.may_see(actor)
            else None
        )
        names = {u.id: u.display_name for u in users.list_users(conn, active_only=False)}
        subs = {(c, s.code): s.name(lang) for c in CATEGORIES for s in list_subcategories(conn, c)}
        levels = [lv.code for lv in load_ladder(conn).levels]
    return Board(figures, seen, names, subs, levels)


def load_choices(db: Database, actor: User) -> Choices:
    with db.read() as conn:
        return dashboard.filter_choices(conn, actor)


class FiguresView(QWidget):
    """Period and filters on top; headline tiles; charts; tables. Clicking a bar drills down."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("FiguresView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.picker = PeriodPicker()
        self.filters = FilterBar()
        self.export_all = QPushButton(translate("Dashboard", "Export all (Excel)…"))
        self.export_all.setObjectName("exportAll")
        self.export_all.clicked.connect(self._on_export_all_clicked)
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(self.export_all)
        outer.addLayout(bar)
        outer.addWidget(self.filters)  # a row of its own: seven boxes need the width
        self.heading = QLabel()
        self.heading.setObjectName("CardTitle")
        outer.addWidget(self.heading)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.grid = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._build_tiles()
        self._build_charts()
        self._build_tables()
        self.grid.addStretch(1)
        self.board: Board | None = None
        self.picker.changed.connect(self.refresh)
        self.filters.changed.connect(self.refresh)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        actor = ctx.session.actor
        ctx.runner.database(lambda db: load_choices(db, actor), self._on_choices_loaded, owner=self)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _build_tiles(self) -> None:
        specs = (
            ("cases", translate("Dashboard", "Cases registered"), "cases"),
            ("fcr", translate("Dashboard", "First-contact resolution"), "fcr_rate"),
            (
                "first_response",
                translate("Dashboard", "First response (median, working hours)"),
                "first_response_median",
            ),
            ("resolution", translate("Dashboard", "Resolution (median, working hours)"), "resolution_median"),
            ("sla", translate("Dashboard", "Service level missed"), "sla_breach_rate"),
            ("reopen", translate("Dashboard", "Reopened"), "reopen_rate"),
            ("satisfaction", translate("Dashboard", "Satisfaction (1 to 5)"), "satisfaction_mean"),
            ("reach", translate("Dashboard", "Happy calls reaching the customer"), "happy_call_reach_rate"),
        )
        grid = QGridLayout()
        self.tiles: dict[str, Tile] = {}
        for index, (key, title, figure) in enumerate(specs):
            tile = Tile(key, title, figure)
            self.tiles[key] = tile
            grid.addWidget(tile, index // 4, index % 4)
        self.grid.addLayout(grid)

    def _build_charts(self) -> None:
        self.trend = TrendChart()
        self.trend.setObjectName("trendChart")
        self.trend.bar_clicked.connect(lambda code: self._drill("month", code))
        self.pareto = ParetoChart()
        self.pareto.setObjectName("paretoChart")
        self.pareto.bar_clicked.connect(lambda code: self._drill("cause", code))
        self.by_category = BarChart()
        self.by_category.setObjectName("categoryChart")
        self.by_category.bar_clicked.connect(lambda code: self._drill("category", code))
        self.by_channel = BarChart()
        self.by_channel.setObjectName("channelChart")
        self.by_channel.bar_clicked.connect(lambda code: self._drill("channel", code))
        click = translate("Dashboard", "Click a bar to see its cases.")
        top = QHBoxLayout()
        top.addWidget(ChartCard(translate("Dashboard", "Cases per month"), self.trend), 1)
        top.addWidget(ChartCard(translate("Dashboard", "Pareto of complaint causes"), self.pareto, click), 1)
        self.grid.addLayout(top)
        second = QHBoxLayout()
        second.addWidget(ChartCard(translate("Dashboard", "Cases per category"), self.by_category, click), 1)
        second.addWidget(ChartCard(translate("Dashboard", "Cases per channel"), self.by_channel, click), 1)
        self.grid.addLayout(second)

    def _build_tables(self) -> None:
        self.escalation = FigureTable(
            "escalation",
            translate("Dashboard", "Escalation ladder"),
            [
                translate("Dashboard", "Level"),
                translate("Dashboard", "Cases reaching it"),
                translate("Dashboard", "Resolved there"),
            ],
        )
        pair = [translate("Dashboard", "Figure"), translate("Dashboard", "Value")]
        self.arrivals = FigureTable(
            "arrivals", translate("Dashboard", "Summons to arrival at the counter"), pair
        )
        self.calls = FigureTable("calls", translate("Dashboard", "Happy calls"), pair)
        self.units = FigureTable(
            "units",
            translate("Dashboard", "Backlog by unit (now)"),
            [
                translate("Dashboard", "Unit"),
                translate("Dashboard", "Open referrals"),
                translate("Dashboard", "Overdue"),
            ],
        )
        self.handlers = FigureTable(
            "handlers",
            translate("Dashboard", "Backlog by handler (now)"),
            [
                translate("Dashboard", "Handler"),
                translate("Dashboard", "Open cases"),
                translate("Dashboard", "Overdue"),
            ],
        )
        self.queue = FigureTable("queue", translate("Dashboard", "Walk-in queue"), pair)
        self.defects = FigureTable(
            "defects",
            translate("Dashboard", "Defects per model and part"),
            [
                translate("Dashboard", "Model"),
                translate("Dashboard", "Part"),
                translate("Dashboard", "Cases"),
            ],
        )
        self.audits = FigureTable(
            "audits",
            translate("Dashboard", "Audit ranking"),
            [
                translate("Dashboard", "Rank"),
                translate("Dashboard", "Dealership"),
                translate("Dashboard", "Audits"),
                translate("Dashboard", "Score"),
                translate("Dashboard", "Critical failures"),
            ],
        )
        self.audits.hide()
        for row in (
            (self.escalation, self.arrivals, self.calls),
            (self.units, self.handlers, self.queue),
            (self.defects, self.audits),
        ):
            line = QHBoxLayout()
            for widget in row:
                line.addWidget(widget, 1)
            self.grid.addLayout(line)

    # -- loading -------------------------------------------------------------------------

    def _on_choices_loaded(self, choices: Choices) -> None:
        lang = i18n.lang()
        units = [
            (code, (fa if lang == "fa" else en) or i18n.label("unit", code)) for code, fa, en in choices.units
        ]
        dealers = (
            [(d, i18n.digits(d)) for d in choices.dealerships] if choices.dealerships is not None else None
        )
        self.filters.set_choices(dealers, units, choices.staff)

    @Slot()
    def refresh(self) -> None:
        try:
            chosen = self.picker.period()
        except PishkhanError as exc:
            self.error.show_error(i18n.error_text(exc))
            return
        self.error.clear_error()
        actor, filters, lang, now = self.ctx.session.actor, self.filters.filters(), i18n.lang(), utcnow()
        self.ctx.runner.database(
            lambda db: load_board(db, actor, chosen, filters, lang, now),
            self._on_loaded,
            self._on_failed,
            owner=self,
            label=translate("Dashboard", "Computing the figures…"),
        )

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if "case" in streams and self.isVisible():
            self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))

    def _on_loaded(self, board: Board) -> None:
        self.board = board
        f, prev = board.figures.cases, board.figures.previous
        calls, calls_before = board.figures.calls, board.figures.previous_calls
        self.heading.setText(
            translate("Dashboard", "Figures of %1").replace("%1", period_title(board.figures.period))
            + "  ·  "
            + translate("Dashboard", "compared with %1").replace(
                "%1", period_title(board.figures.period.previous())
            )
        )
        t = self.tiles
        t["cases"].show_value(number(f.cases), f.cases, prev.cases, number(prev.cases))
        t["fcr"].show_value(percent(f.fcr_rate), f.fcr_rate, prev.fcr_rate, percent(prev.fcr_rate))
        t["first_response"].show_value(
            hours(f.first_response.median),
            f.first_response.median,
            prev.first_response.median,
            hours(prev.first_response.median),
        )
        t["resolution"].show_value(
            hours(f.resolution.median),
            f.resolution.median,
            prev.resolution.median,
            hours(prev.resolution.median),
        )
        t["sla"].show_value(
            percent(f.sla_breach_rate), f.sla_breach_rate, prev.sla_breach_rate, percent(prev.sla_breach_rate)
        )
        t["reopen"].show_value(
            percent(f.reopen_rate), f.reopen_rate, prev.reopen_rate, percent(prev.reopen_rate)
        )
        t["satisfaction"].show_value(
            number(calls.satisfaction_mean, 2),
            calls.satisfaction_mean,
            calls_before.satisfaction_mean,
            number(calls_before.satisfaction_mean, 2),
        )
        t["reach"].show_value(
            percent(calls.reach_rate),
            calls.reach_rate,
            calls_before.reach_rate,
            percent(calls_before.reach_rate),
        )
        self._fill_charts(board)
        self._fill_tables(board)

    def cause_label(self, category: str, sub: str | None) -> str:
        name = i18n.label("category", category)
        if sub and self.board is not None:
            return f"{name}: {self.board.subcategories.get((category, sub), sub)}"
        return name

    def _fill_charts(self, board: Board) -> None:
        m = board.figures
        periods = [short_month(p.year, p.month) for p in m.months]
        self.trend.set_series(
            periods,
            [
                (translate("Dashboard", "Cases"), [p.cases for p in m.months]),
                (translate("Dashboard", "Complaints"), [p.complaints for p in m.months]),
            ],
        )
        self.trend.items = [
            Item(f"{p.year}-{p.month:02d}", periods[i], p.cases) for i, p in enumerate(m.months)
        ]
        self.pareto.set_items(
            [
                Item(
                    f"{c.category}/{c.subcategory or ''}",
                    self.cause_label(c.category, c.subcategory),
                    c.complaints,
                )
                for c in m.causes
            ],
            translate("Dashboard", "Complaints"),
            translate("Dashboard", "Cumulative share"),
        )
        cats = m.cases.breakdown.get("category", {})
        self.by_category.set_items(
            [
                Item(code, i18n.label("category", code), cats.get(code, 0))
                for code in CATEGORIES
                if cats.get(code)
            ],
            translate("Dashboard", "Cases"),
        )
        chans = m.cases.breakdown.get("channel", {})
        self.by_channel.set_items(
            [
                Item(code, i18n.label("channel", code), n)
                for code, n in sorted(chans.items(), key=lambda kv: -kv[1])
            ],
            translate("Dashboard", "Cases"),
        )

    def _fill_tables(self, board: Board) -> None:
        m, f = board.figures, board.figures.cases
        rows = []
        values = []
        for level in board.levels:
            reached = f.escalation_rate(level) if level != board.levels[0] else None
            rows.append(
                [
                    i18n.label("level", level),
                    percent(reached) if reached is not None else "",
                    percent(f.resolved_share(level)),
                ]
            )
            values.append([i18n.label("level", level), reached, f.resolved_share(level)])
        self.escalation.set_rows(rows, values)
        a = m.arrivals
        self._pairs(
            self.arrivals,
            [
                (translate("Dashboard", "Summonses answered"), number(a.arrivals), a.arrivals),
                (translate("Dashboard", "Median"), minutes(a.median), a.median),
                (translate("Dashboard", "P90"), minutes(a.p90), a.p90),
                (translate("Dashboard", "Arrived after the target"), percent(a.late_rate), a.late_rate),
            ]
            if a.arrivals
            else [],
        )
        c = m.calls
        self._pairs(
            self.calls,
            [
                (translate("Dashboard", "Calls made"), number(c.calls), c.calls),
                (
                    translate("Dashboard", "Calls that reached the customer"),
                    percent(c.reach_rate),
                    c.reach_rate,
                ),
                (
                    translate("Dashboard", "Mean satisfaction (1 to 5)"),
                    number(c.satisfaction_mean, 2),
                    c.satisfaction_mean,
                ),
                (
                    translate("Dashboard", "Unhappy calls that reopened the case"),
                    percent(c.unhappy_reopen_rate),
                    c.unhappy_reopen_rate,
                ),
            ]
            if c.calls
            else [],
        )
        units = sorted(m.backlog.by_unit.items(), key=lambda kv: -kv[1][0])
        self.units.set_rows(
            [[i18n.label("unit", u), number(n), number(late)] for u, (n, late) in units],
            [[u, n, late] for u, (n, late) in units],
        )
        handlers = sorted(m.backlog.by_assignee.items(), key=lambda kv: -kv[1][0])
        nobody = translate("Dashboard", "(not taken up yet)")
        self.handlers.set_rows(
            [
                [board.names.get(h, nobody) if h else nobody, number(n), number(late)]
                for h, (n, late) in handlers
            ],
            [[board.names.get(h, h) if h else nobody, n, late] for h, (n, late) in handlers],
        )
        q = m.queue
        self._pairs(
            self.queue,
            [
                (translate("Dashboard", "Tickets issued"), number(q.issued), q.issued),
                (translate("Dashboard", "Waiting, median"), minutes(q.wait.median), q.wait.median),
                (translate("Dashboard", "Waiting, P90"), minutes(q.wait.p90), q.wait.p90),
                (translate("Dashboard", "Serving, median"), minutes(q.serve.median), q.serve.median),
                (translate("Dashboard", "Serving, P90"), minutes(q.serve.p90), q.serve.p90),
                (translate("Dashboard", "No-shows"), percent(q.no_show_rate), q.no_show_rate),
            ]
            if q.issued
            else [],
        )
        self.defects.set_rows(
            [
                [
                    i18n.text(d.model),
                    board.subcategories.get(("quality", d.part or ""), translate("Dashboard", "(not named)")),
                    number(d.cases),
                ]
                for d in m.defects
            ],
            [[d.model, d.part or "", d.cases] for d in m.defects],
        )
        audits = board.audits
        self.audits.setVisible(audits is not None)
        if audits is not None:
            self.audits.set_title(
                translate("Dashboard", "Audits (released reports)")
                if audits.released_only
                else translate("Dashboard", "Audit ranking")
            )
            self.audits.set_rows(
                [
                    [
                        number(r.rank),
                        i18n.text(r.dealership_name),
                        number(r.audits),
                        percent((r.score or 0) / 100),
                        number(r.critical_failures),
                    ]
                    for r in audits.rows
                ],
                [[r.rank, r.dealership_name, r.audits, r.score, r.critical_failures] for r in audits.rows],
            )

    @staticmethod
    def _pairs(table: FigureTable, pairs: list[tuple[str, str, object]]) -> None:
        table.set_rows(
            [[name, shown] for name, shown, _ in pairs], [[name, value] for name, _, value in pairs]
        )

    # -- drill-down and export ---------------------------------------------------------------

    def _drill(self, dimension: str, code: str) -> None:
        if self.board is None:
            return
        from desktop.views.drill import DrillDialog

        DrillDialog(self.ctx, self.board.figures.period, self.filters.filters(), dimension, code, self).open()

    @Slot()
    def _on_export_all_clicked(self) -> None:
        if self.board is None:
            return
        parts = [
            (translate("Dashboard", "Cases per month"), self.trend.rows()),
            (translate("Dashboard", "Complaint causes"), self.pareto.rows()),
            (translate("Dashboard", "Cases per category"), self.by_category.rows()),
            (translate("Dashboard", "Cases per channel"), self.by_channel.rows()),
        ]
        parts += [
            (table.title_text, table.rows())
            for table in (
                self.escalation,
                self.arrivals,
                self.calls,
                self.units,
                self.handlers,
                self.queue,
                self.defects,
            )
        ]
        if self.audits.isVisible():
            parts.append((self.audits.title_text, self.audits.rows()))
        title = translate("Dashboard", "Figures of %1").replace("%1", period_title(self.board.figures.period))
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, translate("Dashboard", "Export"), f"{title}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            sheets.write_xlsx(
                path if path.endswith(".xlsx") else path + ".xlsx",
                [sheets.Sheet(name, rows) for name, rows in parts],
                rtl=i18n.is_rtl(),
            )
