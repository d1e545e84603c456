"""The walk-in queue beside the counter's lookup: issue tickets, call the next one to this
counter, recall, mark no-show. Waiting and serving times are kept per ticket."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.models import queue
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel

REFRESH_MS = 30_000


class WalkinQueue(QWidget):
    """Signals:
    ticket_called: the ticket (a ``queue.Ticket``) now called to this counter, or None.
    """

    ticket_called = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WalkinQueue")
        self.ctx = ctx
        self.current: queue.Ticket | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Walk-in queue"))
        title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        column.addWidget(title)
        self.serving = QLabel()
        self.serving.setObjectName("serving")
        self.serving.setStyleSheet("font-size: 16pt; font-weight: bold; color: #0f6e6e;")
        column.addWidget(self.serving)
        row = QHBoxLayout()
        self.call_next = QPushButton(self.tr("Call next"))
        self.call_next.setObjectName("callNext")
        self.call_next.setToolTip(self.tr("F2"))
        self.recall = QPushButton(self.tr("Call again"))
        self.recall.setObjectName("recall")
        self.no_show = QPushButton(self.tr("No-show"))
        self.no_show.setObjectName("noShow")
        for button in (self.call_next, self.recall, self.no_show):
            row.addWidget(button)
        column.addLayout(row)
        self.issue = QPushButton(self.tr("Issue a ticket"))
        self.issue.setObjectName("issueTicket")
        column.addWidget(self.issue)
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.waiting = QListWidget()
        self.waiting.setObjectName("waitingTickets")
        column.addWidget(self.waiting, 1)
        self.error = ErrorLabel()
        column.addWidget(self.error)
        self.issue.clicked.connect(self._on_issue_clicked)
        self.call_next.clicked.connect(self._on_call_next_clicked)
        self.recall.clicked.connect(self._on_recall_clicked)
        self.no_show.clicked.connect(self._on_no_show_clicked)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if "ticket" in streams:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        counter = self.ctx.session.counter if self.ctx.signed_in else None

        def read(db: Database) -> tuple[list[queue.Ticket], list[queue.Ticket]]:
            now = utcnow()
            with db.read() as conn:
                today = queue.day_tickets(conn, queue.day_of(now))
                mine = queue.serving(conn, counter=counter, now=now) if counter else []
            return today, mine

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, data: tuple[list[queue.Ticket], list[queue.Ticket]]) -> None:
        today, mine = data
        now = utcnow()
        self.current = mine[-1] if mine else None
        if self.current is not None:
            self.serving.setText(self.tr("Serving ticket %1").replace("%1", i18n.num(self.current.number)))
        else:
            self.serving.setText(self.tr("No ticket called"))
        self.recall.setEnabled(self.current is not None)
        self.no_show.setEnabled(self.current is not None)
        waiting = [t for t in today if t.status == queue.WAITING]
        self.waiting.clear()
        for ticket in waiting:
            self.waiting.addItem(
                self.tr("Ticket %1 · waiting %2")
                .replace("%1", i18n.num(ticket.number))
                .replace("%2", i18n.fmt_duration(ticket.waited(now)))
            )
        figures = queue.figures(today)
        text = self.tr("Waiting: %1 · served today: %2 · no-shows: %3").replace(
            "%1", i18n.num(figures.waiting)
        )
        text = text.replace("%2", i18n.num(figures.served)).replace("%3", i18n.num(figures.no_show))
        if figures.average_wait is not None:
            text += " · " + self.tr("average wait %1").replace("%1", i18n.fmt_duration(figures.average_wait))
        self.summary.setText(text)
        self.call_next.setEnabled(bool(waiting))

    def _run(self, fn, done=None) -> None:  # type: ignore[no-untyped-def]
        self.error.clear_error()
        self.ctx.runner.database(fn, done or (lambda _r: self._changed()), self._on_failed, owner=self)

    def _changed(self) -> None:
        self.ctx.changed({"ticket"})

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))

    @Slot()
    def _on_issue_clicked(self) -> None:
        actor = self.ctx.session.actor

        def run(db: Database) -> queue.Ticket:
            with db.write() as conn:
                return queue.issue_ticket(conn, actor, now=utcnow())

        def done(ticket: queue.Ticket) -> None:
            self.summary.setText(self.tr("Ticket %1 issued.").replace("%1", i18n.num(ticket.number)))
            self._changed()

        self._run(run, done)

    @Slot()
    def _on_call_next_clicked(self) -> None:
        actor, counter = self.ctx.session.actor, self.ctx.session.counter

        def run(db: Database) -> queue.Ticket | None:
            with db.write() as conn:
                return queue.call_next(conn, actor, counter=counter, now=utcnow())

        def done(ticket: queue.Ticket | None) -> None:
            self._changed()
            self.ticket_called.emit(ticket)

        self._run(run, done)

    @Slot()
    def _on_recall_clicked(self) -> None:
        if self.current is None:
            return
        actor, counter, ticket_id = self.ctx.session.actor, self.ctx.session.counter, self.current.id

        def run(db: Database) -> queue.Ticket:
            with db.write() as conn:
                return queue.recall(conn, actor, ticket_id, counter=counter, now=utcnow())

        self._run(run)

    @Slot()
    def _on_no_show_clicked(self) -> None:
        if self.current is None:
            return
        actor, ticket_id = self.ctx.session.actor, self.current.id

        def run(db: Database) -> queue.Ticket:
            with db.write() as conn:
                return queue.mark_no_show(conn, actor, ticket_id, now=utcnow())

        def done(_ticket: queue.Ticket) -> None:
            self._changed()
            self.ticket_called.emit(None)

        self._run(run, done)
