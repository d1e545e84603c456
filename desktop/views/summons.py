"""The summons alert: an unmistakable banner for everyone of the level called to a counter.

It reads the open summons from the case events (``escalated`` with a summons, not yet
followed by ``supervisor_arrived``), so a summons made on another PC shows here as soon
as its events arrive by sync. The same watcher escalates cases past their due time
once a minute (as the system, see ``cases.auto_escalate``).

:func:`attach` puts it on a main window; it follows the window's signed-in session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models import cases
from desktop.models.calendar import utcnow
from desktop.models.cases import queues
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.context import AppContext

POLL_MS = 5_000
AUTO_ESCALATE_MS = 60_000


class SummonsAlert(QFrame):
    """The red banner over the window: who is called, to which counter, for whom, and why."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("summonsAlert")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#summonsAlert { background: #b3261e; border-bottom: 3px solid #7a1a14; }"
            "#summonsAlert QLabel { color: white; }"
            "#summonsAlertTitle { font-size: 14pt; font-weight: bold; }"
            "#summonsAlert QPushButton { background: white; color: #b3261e; font-weight: bold; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        text = QVBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("summonsAlertTitle")
        self.detail = QLabel()
        self.detail.setObjectName("summonsAlertDetail")
        self.detail.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        self.timer = QLabel()
        self.timer.setObjectName("summonsAlertTimer")
        self.timer.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(self.timer)
        self.go = QPushButton(self.tr("Open the case"))
        self.go.setObjectName("summonsOpen")
        self.go.clicked.connect(self._on_go_clicked)
        layout.addWidget(self.go)
        self.rows: list[queues.Summoned] = []
        self.hide()

    def show_rows(self, rows: list[queues.Summoned]) -> None:
        self.rows = rows
        if not rows:
            self.hide()
            return
        first = rows[0]
        self.title.setText(
            self.tr("You are called to counter %1").replace("%1", i18n.digits(first.counter or "—"))
        )
        reason = i18n.label("escalation_reason", first.reason)
        if first.comment:
            reason += " · " + i18n.text(first.comment)
        detail = self.tr("Customer: %1 · Case %2 · %3").replace("%1", i18n.text(first.customer_name) or "—")
        # Isolated so that the Latin code keeps its order inside Persian text.
        detail = detail.replace("%2", i18n.ltr(first.tracking_code)).replace("%3", reason)
        if len(rows) > 1:
            detail += " · " + self.tr("%1 more waiting").replace("%1", i18n.num(len(rows) - 1))
        self.detail.setText(detail)
        self.tick()
        self.show()
        self.raise_()

    def tick(self) -> None:
        if not self.rows:
            return
        waited = (utcnow() - self.rows[0].summons_at).total_seconds()
        target = self.rows[0].arrival_minutes * 60
        self.timer.setText(f"{i18n.fmt_duration(waited)} / {i18n.fmt_duration(target)}")
        self.timer.setStyleSheet(
            "font-size: 16pt; font-weight: bold;" + (" color: #ffe08a;" if waited > target else "")
        )

    @Slot()
    def _on_go_clicked(self) -> None:
        if self.rows:
            self.open_requested.emit(self.rows[0].id)


class SummonsWatcher(QObject):
    """Polls the open summons for the signed-in user and runs the automatic escalation."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.alert = SummonsAlert(window)
        self.alert.open_requested.connect(self._on_alert_open_requested)
        window.installEventFilter(self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._poll.start()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.alert.tick)
        self._clock.start()
        self._escalator = QTimer(self)
        self._escalator.setInterval(AUTO_ESCALATE_MS)
        self._escalator.timeout.connect(self.escalate_overdue)
        self._escalator.start()
        ctx.session_changed.connect(self.refresh)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self._busy = False
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # (getattr: while the window is torn down its watcher may be half gone already)
        if event.type() == QEvent.Type.Resize and watched is getattr(self, "window", None):
            self._place()
        return False

    def _place(self) -> None:
        """The banner across the top; the window's pages move down below it (the header's
        Lock and Sign out stay in reach), and back up when it goes."""
        height = self.alert.heightForWidth(self.window.width()) if self.alert.isVisibleTo(self.window) else 0
        if height <= 0 and self.alert.isVisibleTo(self.window):
            height = self.alert.sizeHint().height()
        self.alert.setGeometry(0, 0, self.window.width(), height)
        central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if central is not None:
            central.setContentsMargins(0, height, 0, 0)

    @Slot()
    def refresh(self) -> None:
        if not self.ctx.signed_in or self._busy:
            if not self.ctx.signed_in:
                self.alert.show_rows([])
                self._place()
            return
        session = self.ctx.session
        people = [session.user] + ([session.acting] if session.acting else [])
        self._busy = True

        def read(db: Database) -> list[queues.Summoned]:
            now = utcnow()
            with db.read() as conn:
                seen: dict[str, queues.Summoned] = {}
                for person in people:
                    for row in queues.summons_for(conn, person, now):
                        seen.setdefault(row.id, row)
                return sorted(seen.values(), key=lambda r: r.summons_at)

        self.ctx.runner.database(read, self._on_read, self._on_failed, owner=self.window)

    def _on_read(self, rows: list[queues.Summoned]) -> None:
        self._busy = False
        self.alert.show_rows(rows)
        self._place()

    def _on_failed(self, error: BaseException) -> None:
        self._busy = False
        raise error

    @Slot()
    def escalate_overdue(self) -> None:
        def run(db: Database) -> list[str]:
            with db.write() as conn:
                return cases.auto_escalate(conn, utcnow())

        self.ctx.runner.database(run, self._on_escalated, owner=self.window)

    def _on_escalated(self, changed: list[str]) -> None:
        if changed:
            self.ctx.changed({"case"})

    def _on_ctx_data_changed(self, streams: object) -> None:
        if isinstance(streams, set) and "case" in streams:
            self.refresh()

    @Slot(str)
    def _on_alert_open_requested(self, case_id: str) -> None:
        from desktop.views.case_detail import open_case

        open_case(self.ctx, case_id, self.window)


def attach(window: QWidget, ctx: AppContext) -> SummonsWatcher:
    """Show summons alerts over ``window`` (the main window) for whoever is signed in."""
    existing = window.findChild(SummonsWatcher)
    if isinstance(existing, SummonsWatcher):
        return existing
    return SummonsWatcher(ctx, window)
