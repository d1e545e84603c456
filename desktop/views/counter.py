"""The Counter screen: one search box, results as the clerk types, the 360° view, intake,
and the walk-in queue beside them. Keyboard first:

* typing anywhere goes to the search box; ↓ moves into the results, Enter opens one;
* Ctrl+N new customer (what was typed fills the form), Ctrl+R new case for the selected
  customer, F2 calls the next ticket, Esc goes back to the lookup and clears it.

Lookups run on the database worker; a lookup overtaken by more typing is dropped, so the
screen never freezes and never shows the results of an older query.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import customers, queue, users
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.customer_360 import Customer360
from desktop.views.customer_common import LOOKUP_DELAY_MS, ResultsTable
from desktop.views.walkin_queue import WalkinQueue

RESULTS = 30


class CounterScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.hits: list[customers.Hit] = []
        self._generation = 0
        self._shown_query: str | None = None
        outer = QHBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._lookup_page())
        self.view360 = Customer360(ctx)
        self.pages.addWidget(self.view360)
        self.queue = WalkinQueue(ctx)
        self.queue.setFixedWidth(300)
        outer.addWidget(self.queue)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.lookup.textChanged.connect(self._on_lookup_textChanged)
        self.lookup.returnPressed.connect(self._on_lookup_returnPressed)
        self.results.activated.connect(self._on_results_activated)
        self.results.doubleClicked.connect(self._on_results_activated)
        self.view360.closed.connect(self._on_view360_closed)
        self.view360.new_case_requested.connect(self._on_view360_new_case_requested)
        self.queue.ticket_called.connect(self._on_queue_ticket_called)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        for sender in (self.lookup, self.results, self.view360, *self.view360.findChildren(QWidget)):
            sender.installEventFilter(self)
        for keys, slot in (
            ("Ctrl+N", self.new_customer),
            ("Ctrl+R", self.new_case),
            ("F2", self.queue.call_next.click),
            ("Ctrl+F", self.focus_lookup),
            ("F3", self.focus_lookup),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _lookup_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.lookup = QLineEdit()
        self.lookup.setObjectName("lookup")
        self.lookup.setClearButtonEnabled(True)
        self.lookup.setPlaceholderText(
            self.tr("Name, national ID, mobile, VIN or its last 6 characters, plate, or tracking code")
        )
        font = QFont(self.lookup.font())
        font.setPointSizeF(14)
        self.lookup.setFont(font)
        self.lookup.setMinimumHeight(46)
        column.addWidget(self.lookup)
        hint = QLabel(
            self.tr(
                "↓ results · Enter open · Ctrl+N new customer · Ctrl+R new case · F2 call next · Esc clear"
            )
        )
        hint.setObjectName("Muted")
        column.addWidget(hint)
        self.status = QLabel()
        self.status.setObjectName("lookupStatus")
        column.addWidget(self.status)
        self.results = ResultsTable()
        self.results.setObjectName("results")
        column.addWidget(self.results, 1)
        row = QHBoxLayout()
        self.new_customer_button = QPushButton(self.tr("New customer (Ctrl+N)"))
        self.new_customer_button.setObjectName("newCustomer")
        self.open_button = QPushButton(self.tr("Open (Enter)"))
        self.open_button.setObjectName("open360")
        self.new_case_button = QPushButton(self.tr("New case (Ctrl+R)"))
        self.new_case_button.setObjectName("newCaseFromLookup")
        self.new_case_button.setStyleSheet("font-weight: bold;")
        for button in (self.new_customer_button, self.open_button, self.new_case_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.new_customer_button.clicked.connect(self.new_customer)
        self.open_button.clicked.connect(self._on_results_activated)
        self.new_case_button.clicked.connect(self.new_case)
        perms = self.ctx.session.actor.permissions
        self.new_customer_button.setEnabled(users.Perm.CUSTOMER_EDIT in perms)
        self.new_case_button.setEnabled(users.Perm.CASE_REGISTER in perms)
        return page

    # -- keyboard ---------------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if self.pages.currentIndex() == 0:
            self.lookup.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.lookup:
            if key == Qt.Key.Key_Down and self.results.rowCount():
                self.results.setFocus()
                self.results.setCurrentCell(max(0, self.results.currentRow()), 0)
                return True
            if key == Qt.Key.Key_Escape:
                self.lookup.clear()
                return True
            return False
        if watched is self.results and key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
            self.lookup.setFocus()
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_results_activated()
            return True
        text = event.text()
        typing = (
            bool(text)
            and text.isprintable()
            and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        )
        editable = (
            isinstance(watched, QLineEdit)
            or watched.inherits("QAbstractSpinBox")
            or watched.inherits("QPlainTextEdit")
        )
        if typing and not editable:
            # Typing anywhere on the counter goes to the search box.
            if self.pages.currentIndex() != 0:
                self.show_lookup()
                self.lookup.clear()
            self.lookup.setFocus()
            self.lookup.insert(text)
            return True
        return False

    @Slot()
    def focus_lookup(self) -> None:
        self.show_lookup()
        self.lookup.selectAll()

    def show_lookup(self) -> None:
        self.pages.setCurrentIndex(0)
        self.lookup.setFocus()

    # -- lookup -----------------------------------------------------------------------------

    @Slot(str)
    def _on_lookup_textChanged(self, _text: str) -> None:
        self._generation += 1  # whatever is on its way is stale from now on
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.run_lookup()

    def run_lookup(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.lookup.text()
        if not query.strip():
            self._show([], query)
            return

        def find(db: Database) -> list[customers.Hit]:
            with db.read() as conn:
                return customers.search(conn, query, RESULTS)

        self.ctx.runner.database(find, lambda hits: self._on_found(generation, query, hits), owner=self)

    def _on_found(self, generation: int, query: str, hits: list[customers.Hit]) -> None:
        if generation != self._generation:
            return  # the clerk typed on: a newer lookup decides what is shown
        self._show(hits, query)

    def _show(self, hits: list[customers.Hit], query: str) -> None:
        self.hits = hits
        self._shown_query = query
        self.results.show_hits(hits)
        if not query.strip():
            self.status.setText("")
        elif hits:
            self.status.setText(self.tr("%1 found").replace("%1", i18n.num(len(hits))))
        else:
            self.status.setText(self.tr("No customer found. Ctrl+N registers a new one with what you typed."))

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"customer", "vehicle", "case"} and self.lookup.text().strip():
            self.run_lookup()

    @Slot()
    def _on_lookup_returnPressed(self) -> None:
        if self._timer.isActive() or self._shown_query != self.lookup.text():
            # Enter pressed before the results of what is typed arrived: look up now, then open.
            self._timer.stop()
            self._generation += 1
            generation, query = self._generation, self.lookup.text()

            def find(db: Database) -> list[customers.Hit]:
                with db.read() as conn:
                    return customers.search(conn, query, RESULTS)

            def done(hits: list[customers.Hit]) -> None:
                if generation == self._generation:
                    self._show(hits, query)
                    if hits:
                        self._on_results_activated()

            self.ctx.runner.database(find, done, owner=self)
            return
        self._on_results_activated()

    @Slot()
    def _on_results_activated(self) -> None:
        customer_id = self.results.current_id()
        if customer_id:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: str) -> None:
        self.pages.setCurrentIndex(1)
        self.view360.load(customer_id)
        self.view360.setFocus()

    @Slot()
    def _on_view360_closed(self) -> None:
        self.show_lookup()
        self.lookup.selectAll()

    # -- commands ----------------------------------------------------------------------------

    @Slot()
    def new_customer(self) -> None:
        if not self.ctx.session.actor.can(users.Perm.CUSTOMER_EDIT):
            return
        from desktop.views.customer_form import CustomerDialog

        typed = self.lookup.text() if self.pages.currentIndex() == 0 else ""
        dialog = CustomerDialog(self.ctx, self, typed=typed)
        dialog.saved.connect(self.open_customer)
        dialog.open_requested.connect(self.open_customer)
        dialog.exec()

    @Slot()
    def new_case(self) -> None:
        if not self.ctx.session.actor.can(users.Perm.CASE_REGISTER):
            return
        if self.pages.currentIndex() == 1 and self.view360.profile is not None:
            profile = self.view360.profile
            self._intake(profile.customer, list(profile.vehicles))
            return
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self._intake(hit.customer, list(hit.vehicles), hit.vehicle_id)
        else:
            self.status.setText(self.tr("Find the customer first (or Ctrl+N for a new one)."))

    @Slot(object)
    def _on_view360_new_case_requested(self, profile: object) -> None:
        self.new_case()

    def _intake(
        self, customer: customers.Customer, vehicles: list[customers.Vehicle], vehicle_id: str | None = None
    ) -> None:
        from desktop.views.intake import IntakeDialog

        # The ticket this counter is serving is finished with the case.
        ticket = self.queue.current.id if self.queue.current is not None else None
        dialog = IntakeDialog(self.ctx, customer, vehicles, self, ticket_id=ticket, vehicle_id=vehicle_id)
        dialog.exec()

    @Slot(object)
    def _on_queue_ticket_called(self, ticket: object) -> None:
        if isinstance(ticket, queue.Ticket):
            # A new customer steps up: start from an empty lookup.
            self.show_lookup()
            self.lookup.clear()
