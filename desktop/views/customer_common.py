"""Small pieces the counter, the customer form, the 360° view and the Customers screen share:
how a plate or vehicle reads, and a dialog to pick a customer by lookup."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import customers
from desktop.models.customers import Customer, Vehicle
from desktop.models.db import Database
from desktop.models.identity import plate as parse_plate
from desktop.views import i18n
from desktop.views.context import AppContext

LOOKUP_DELAY_MS = 90  # a pause in typing this long starts a lookup


def plate_text(key: str) -> str:
    """A plate as printed on it: ``۱۲ ب ۳۴۵ ایران ۶۷`` (Latin digits and IR in English)."""
    if not key:
        return ""
    try:
        p = parse_plate(key)
    except Exception:  # a plate stored by another release in a form this one cannot read
        return key
    if i18n.lang() == "fa":
        return i18n.digits(f"{p.two} {p.letter} {p.three} ایران {p.province}")
    return f"\u2066{p.two} {p.letter} {p.three} IR {p.province}\u2069"  # read left to right


def vehicle_text(vehicle: Vehicle) -> str:
    """A vehicle in one line: model, then plate (or VIN, or chassis)."""
    ident = plate_text(vehicle.plate) if vehicle.plate else (vehicle.vin or vehicle.chassis)
    model = i18n.text(vehicle.model)
    text = f"{model} · {ident}" if model and ident else model or ident
    # Isolated in the direction of the interface, so Persian and Latin parts keep their order.
    return ("\u2067" if i18n.is_rtl() else "\u2066") + text + "\u2069"


def identity_text(customer: Customer) -> str:
    """National ID (or company ID) and mobile, in the language's digits."""
    parts = [customer.national_id or customer.company_id, customer.mobile]
    return " · ".join(i18n.digits(p) for p in parts if p)


def right_to_left(edit: QPlainTextEdit) -> None:
    """Paragraphs start on the right in Persian (a plain text box does not follow the layout)."""
    if i18n.is_rtl():
        option = edit.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.document().setDefaultTextOption(option)


def ltr(widget: QWidget) -> QWidget:
    """Identifiers (digits, VINs) read left to right even in a Persian form."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return widget


class ResultsTable(QTableWidget):
    """Found customers: name, national ID, mobile, vehicles (ids kept in the first column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("National ID"), self.tr("Mobile"), self.tr("Vehicles")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(30)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)

    def show_hits(self, hits: list[customers.Hit]) -> None:
        self.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            c = hit.customer
            cells = [
                i18n.text(c.display_name),
                i18n.digits(c.national_id or c.company_id),
                i18n.digits(c.mobile),
                i18n.join_list([vehicle_text(v) for v in hit.vehicles]),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.setItem(row, column, item)
        if hits:
            self.setCurrentCell(0, 0)  # current and selected: Enter and Ctrl+R act on it

    def current_id(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class CustomerPicker(QDialog):
    """Find and choose a customer (the new owner of a vehicle, the record to merge)."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None, exclude: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude
        self.chosen: str | None = None
        self.setWindowTitle(title)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.lookup = QLineEdit()
        self.lookup.setObjectName("pickerLookup")
        self.lookup.setPlaceholderText(self.tr("Name, national ID, mobile, VIN or plate"))
        layout.addWidget(self.lookup)
        self.results = ResultsTable()
        self.results.setObjectName("pickerResults")
        layout.addWidget(self.results, 1)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._generation = 0
        self.lookup.textChanged.connect(self._timer.start)
        self.results.doubleClicked.connect(self._on_buttons_accepted)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._generation += 1
        generation, query, exclude = self._generation, self.lookup.text(), self.exclude

        def find(db: Database) -> list[customers.Hit]:
            with db.read() as conn:
                return [h for h in customers.search(conn, query, 30) if h.customer.id != exclude]

        self.ctx.runner.database(find, lambda hits: self._on_found(generation, hits), owner=self)

    def _on_found(self, generation: int, hits: list[customers.Hit]) -> None:
        if generation != self._generation:
            return  # typed on since: a newer lookup is on its way
        self.results.show_hits(hits)
        self.note.setText("" if hits or not self.lookup.text().strip() else self.tr("No customer found."))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.chosen = self.results.current_id()
        if self.chosen:
            self.accept()
