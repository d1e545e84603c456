"""The job card dialog: receive a car, list the work and parts, hand it back with its bill.

Other screens open it with :func:`open_jobcard_dialog` (the counter and the 360° view
with a vehicle, a case's screen with its case). It finds the vehicle's open job card or
offers to open one; once issued, the bill is frozen and the dialog prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import customers, jobcards
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.models.jobcards import JobCard
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel

KIND, DESCRIPTION, CODE, QUANTITY, PRICE, PAYER, TOTAL = range(7)
SEARCH_DELAY_MS = 250


def open_jobcard_dialog(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    vehicle_id: str | None = None,
    case_id: str | None = None,
    jobcard_id: str | None = None,
) -> JobCardDialog:
    """Open the job card of a vehicle (its open one, or a new one), of a case, or by id.

    With none of them, the dialog starts with a search for the vehicle.
    """
    dialog = JobCardDialog(ctx, parent, vehicle_id=vehicle_id, case_id=case_id, jobcard_id=jobcard_id)
    dialog.open()
    return dialog


@dataclass(frozen=True)
class Loaded:
    card: JobCard | None
    vehicle: customers.Vehicle | None
    owner: str
    rate: Decimal


def _load(db: Database, vehicle_id: str | None, case_id: str | None, jobcard_id: str | None) -> Loaded:
    from desktop.models import cases

    with db.read() as conn:
        rate = jobcards.tax_rate(conn)
        if jobcard_id:
            card = jobcards.get_jobcard(conn, jobcard_id)
            return Loaded(card, None, card.customer_name, rate)
        if case_id and not vehicle_id:
            vehicle_id = cases.get_case(conn, case_id).vehicle_id
        if not vehicle_id:
            return Loaded(None, None, "", rate)
        open_cards = jobcards.list_jobcards(conn, vehicle_id=vehicle_id, statuses=["open"])
        if case_id:
            case_key = cases.get_case(conn, case_id).id
            open_cards = [c for c in open_cards if c.case_id in (None, case_key)]
        vehicle = customers.get_vehicle(conn, vehicle_id)
        owner = customers.get_customer(conn, vehicle.owner_id).display_name
        return Loaded(open_cards[0] if open_cards else None, vehicle, owner, rate)


def _vehicle_line(model: str, plate: str, vin: str) -> str:
    from reports.common import format_plate

    parts = [i18n.text(model)] if model else []
    if plate:
        parts.append(format_plate(plate, i18n.lang()))
    if vin:
        parts.append(vin)
    return " · ".join(parts)


def _lines_in_reading_order(text: str) -> str:
    """Each line starting in the interface's direction, whatever its first word's script."""
    mark = "\u200f" if i18n.is_rtl() else "\u200e"
    return "\n".join(mark + line for line in text.split("\n"))


class JobCardDialog(QDialog):
    """Receive, fill and issue one job card.

    Signals:
        issued: the job card was issued (its id); the bill's preview opens after it.
    """

    issued = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        vehicle_id: str | None = None,
        case_id: str | None = None,
        jobcard_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.vehicle_id = vehicle_id
        self.card: JobCard | None = None
        self.rate = Decimal(10)
        self.setObjectName("JobCardDialog")
        self.setWindowTitle(self.tr("Job card"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 680)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._pick_page())
        self.pages.addWidget(self._open_page())
        self.pages.addWidget(self._card_page())
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.done_label = QLabel()
        self.done_label.setObjectName("Muted")
        outer.addWidget(self.done_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.reload(jobcard_id)

    # -- pages ----------------------------------------------------------------------------

    def _pick_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Which car? Type a plate, VIN, national ID, mobile or name.")))
        self.search = QLineEdit()
        self.search.setObjectName("vehicleSearch")
        self.search.textChanged.connect(self._on_search_textChanged)
        layout.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("vehicleResults")
        self.results.itemActivated.connect(self._on_results_itemActivated)
        layout.addWidget(self.results, 1)
        return page

    def _open_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.vehicle_label = QLabel()
        self.vehicle_label.setObjectName("CardTitle")
        self.vehicle_label.setWordWrap(True)
        layout.addWidget(self.vehicle_label)
        form = QFormLayout()
        self.odometer_in = QLineEdit()
        self.odometer_in.setObjectName("odometerIn")
        self.odometer_in.setPlaceholderText(self.tr("km on the odometer now"))
        form.addRow(self.tr("Odometer"), self.odometer_in)
        self.new_request = QPlainTextEdit()
        self.new_request.setObjectName("newRequest")
        self.new_request.setPlaceholderText(self.tr("What the customer asks for, in their words"))
        form.addRow(self.tr("Request"), self.new_request)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Receive the car"))
        self.open_button.setObjectName("openButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        return page

    def _card_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.header = QLabel()
        self.header.setObjectName("jobcardHeader")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.request = QPlainTextEdit()
        self.request.setObjectName("request")
        self.request.setMaximumHeight(60)
        layout.addWidget(self.request)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Work or part"),
                self.tr("Part no."),
                self.tr("Qty"),
                self.tr("Unit price (Rials)"),
                self.tr("Paid by"),
                self.tr("Total"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_table_itemChanged)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_labour = QPushButton(self.tr("Add labour"))
        self.add_labour.setObjectName("addLabour")
        self.add_labour.clicked.connect(self._on_add_labour_clicked)
        self.add_part = QPushButton(self.tr("Add part"))
        self.add_part.setObjectName("addPart")
        self.add_part.clicked.connect(self._on_add_part_clicked)
        self.remove_line = QPushButton(self.tr("Remove line"))
        self.remove_line.setObjectName("removeLine")
        self.remove_line.clicked.connect(self._on_remove_line_clicked)
        for button in (self.add_labour, self.add_part, self.remove_line):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.work_done = QPlainTextEdit()
        self.work_done.setObjectName("workDone")
        self.work_done.setMaximumHeight(60)
        self.work_done.setPlaceholderText(self.tr("What the workshop found and did"))
        form.addRow(self.tr("Workshop report"), self.work_done)
        self.odometer_out = QLineEdit()
        self.odometer_out.setObjectName("odometerOut")
        form.addRow(self.tr("Odometer at hand-back"), self.odometer_out)
        layout.addLayout(form)
        self.totals = QLabel()
        self.totals.setObjectName("totalsLabel")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        actions = QHBoxLayout()
        self.cancel_card = QPushButton(self.tr("Cancel job card…"))
        self.cancel_card.setObjectName("cancelCardButton")
        self.cancel_card.clicked.connect(self._on_cancel_card_clicked)
        actions.addWidget(self.cancel_card)
        actions.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.issue_button = QPushButton(self.tr("Hand back and print the bill"))
        self.issue_button.setObjectName("issueButton")
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.print_button = QPushButton(self.tr("Print the bill"))
        self.print_button.setObjectName("printBillButton")
        self.print_button.clicked.connect(self._on_print_clicked)
        for button in (self.save_button, self.issue_button, self.print_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        return page

    # -- loading --------------------------------------------------------------------------

    def reload(self, jobcard_id: str | None = None) -> None:
        vehicle_id, case_id = self.vehicle_id, self.case_id
        self.ctx.runner.database(
            lambda db: _load(db, vehicle_id, case_id, jobcard_id),
            self._on_loaded,
            self._on_failed,
            owner=self,
        )

    def _on_loaded(self, loaded: Loaded) -> None:
        self.rate = loaded.rate
        if loaded.card is not None:
            self._show_card(loaded.card)
        elif loaded.vehicle is not None:
            v = loaded.vehicle
            self.vehicle_id = v.id
            self.vehicle_label.setText(
                _lines_in_reading_order(f"{loaded.owner} — {_vehicle_line(v.model, v.plate, v.vin)}")
            )
            self.pages.setCurrentIndex(1)
            self.odometer_in.setFocus()
        else:
            self.pages.setCurrentIndex(0)
            self.search.setFocus()

    def _show_card(self, card: JobCard) -> None:
        self.card = card
        self.vehicle_id = card.vehicle_id
        self.setWindowTitle(self.tr("Job card {number}").format(number=card.number))
        vehicle = _vehicle_line(card.vehicle_model, card.vehicle_plate, card.vehicle_vin)
        status = i18n.label("jobcard_status", card.status)
        odometer = i18n.num(card.odometer_in) if card.odometer_in is not None else "—"
        self.header.setText(
            _lines_in_reading_order(
                self.tr(
                    "{number} · {status}\n{customer} — {vehicle}\nReceived {when}, odometer {km} km"
                ).format(
                    number=card.number,
                    status=status,
                    customer=card.customer_name,
                    vehicle=vehicle,
                    when=i18n.fmt_datetime(card.opened_at),
                    km=odometer,
                )
            )
        )
        self.request.setPlainText(card.request)
        self.work_done.setPlainText(card.work_done)
        self.odometer_out.setText(
            i18n.digits(str(card.odometer_out)) if card.odometer_out is not None else ""
        )
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in card.lines:
            quantity = i18n.digits(str(line.quantity).replace(".", "٫" if i18n.is_rtl() else "."))
            self._add_row(
                line.kind, line.description, line.code, quantity, i18n.num(line.unit_price), line.payer
            )
        self.table.blockSignals(False)
        editable = card.status == "open"
        for widget in (self.request, self.work_done, self.odometer_out):
            widget.setReadOnly(not editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for row in range(self.table.rowCount()):
            for column in (KIND, PAYER):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    widget.setEnabled(editable)
        for widget in (self.add_labour, self.add_part, self.remove_line, self.save_button, self.issue_button):
            widget.setVisible(editable)
        self.cancel_card.setVisible(editable)
        self.print_button.setVisible(card.status == "issued")
        self._update_totals()
        self.pages.setCurrentIndex(2)

    # -- the vehicle search ---------------------------------------------------------------

    @Slot(str)
    def _on_search_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        query = self.search.text()

        def run(db: Database) -> list[customers.Hit]:
            with db.read() as conn:
                return customers.search(conn, query, limit=20)

        self.ctx.runner.database(run, self._on_found, self._on_failed, owner=self)

    def _on_found(self, hits: list[customers.Hit]) -> None:
        self.results.clear()
        for hit in hits:
            for vehicle in hit.vehicles:
                line = _vehicle_line(vehicle.model, vehicle.plate, vehicle.vin)
                item = QListWidgetItem(_lines_in_reading_order(f"{hit.customer.display_name} — {line}"))
                item.setData(Qt.ItemDataRole.UserRole, vehicle.id)
                self.results.addItem(item)

    @Slot(QListWidgetItem)
    def _on_results_itemActivated(self, item: QListWidgetItem) -> None:
        self.vehicle_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.reload()

    # -- receiving ------------------------------------------------------------------------

    @Slot()
    def _on_open_clicked(self) -> None:
        actor = self.ctx.session.actor
        values = {
            "vehicle_id": self.vehicle_id,
            "case_id": self.case_id,
            "odometer_in": self.odometer_in.text(),
            "request": self.new_request.toPlainText(),
        }

        def run(db: Database) -> JobCard:
            with db.write() as conn:
                return jobcards.open_jobcard(conn, actor, now=utcnow(), **values)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    # -- lines ----------------------------------------------------------------------------

    def _combo(self, kind: str, codes: tuple[str, ...], current: str) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem(i18n.label(kind, code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.currentIndexChanged.connect(self._on_combo_currentIndexChanged)
        return combo

    def _add_row(
        self,
        kind: str,
        description: str = "",
        code: str = "",
        quantity: str = "1",
        price: str = "",
        payer: str = "customer",
    ) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, KIND, self._combo("bill_line", jobcards.LINE_KINDS, kind))
        self.table.setCellWidget(row, PAYER, self._combo("payer", jobcards.PAYERS, payer))
        for column, text in ((DESCRIPTION, description), (CODE, code), (QUANTITY, quantity), (PRICE, price)):
            item = QTableWidgetItem(text)
            if column in (CODE, QUANTITY, PRICE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        total = QTableWidgetItem("")
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, TOTAL, total)
        return row

    def _new_line(self, kind: str) -> None:
        self.table.blockSignals(True)
        row = self._add_row(kind)
        self.table.blockSignals(False)
        self._update_totals()
        self.table.setCurrentCell(row, DESCRIPTION)
        self.table.editItem(self.table.item(row, DESCRIPTION))

    @Slot()
    def _on_add_labour_clicked(self) -> None:
        self._new_line("labour")

    @Slot()
    def _on_add_part_clicked(self) -> None:
        self._new_line("part")

    @Slot()
    def _on_remove_line_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_totals()

    @Slot(QTableWidgetItem)
    def _on_table_itemChanged(self, _item: QTableWidgetItem) -> None:
        self._update_totals()

    @Slot(int)
    def _on_combo_currentIndexChanged(self, _index: int) -> None:
        self._update_totals()

    def rows(self) -> list[dict[str, Any]]:
        """The lines as typed, for the model to check."""
        lines = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, KIND)
            payer = self.table.cellWidget(row, PAYER)
            texts = {c: (self.table.item(row, c).text() if self.table.item(row, c) else "") for c in range(7)}
            lines.append(
                {
                    "kind": kind.currentData() if isinstance(kind, QComboBox) else "labour",
                    "description": texts[DESCRIPTION],
                    "code": texts[CODE],
                    "quantity": texts[QUANTITY],
                    "unit_price": texts[PRICE],
                    "payer": payer.currentData() if isinstance(payer, QComboBox) else "customer",
                }
            )
        return lines

    def _update_totals(self) -> None:
        """Line totals and the bill as it stands, from the lines that are complete."""
        if self.card is not None and self.card.bill is not None:
            bill = self.card.bill
            valid = list(bill.lines)
        else:
            valid = []
            for row, values in enumerate(self.rows()):
                try:
                    line = jobcards.clean_line(values)
                except ValidationError:
                    self._set_total(row, "")
                    continue
                valid.append(line)
                self._set_total(row, i18n.num(line.total))
            bill = jobcards.compute_bill(valid, self.rate)
        if self.card is not None and self.card.bill is not None:
            for row, line in enumerate(valid):
                self._set_total(row, i18n.num(line.total))
        rate = i18n.num(float(bill.tax_rate), 0 if bill.tax_rate == bill.tax_rate.to_integral() else 1)
        covered = bill.warranty + bill.goodwill
        self.totals.setText(
            self.tr(
                "Value of the work {value} · covered by warranty and goodwill {covered}"
                " · VAT {rate}% {tax} · to pay {to_pay} Rials ({toman} Toman)"
            ).format(
                value=i18n.num(bill.value),
                covered=i18n.num(covered),
                rate=rate,
                tax=i18n.num(bill.tax),
                to_pay=i18n.num(bill.to_pay),
                toman=i18n.num(bill.to_pay / 10, 0 if bill.to_pay % 10 == 0 else 1),
            )
        )

    def _set_total(self, row: int, text: str) -> None:
        item = self.table.item(row, TOTAL)
        if item is not None and item.text() != text:
            self.table.blockSignals(True)
            item.setText(text)
            self.table.blockSignals(False)

    # -- saving, issuing, cancelling ------------------------------------------------------

    def _command(self, fn: Any) -> None:
        self.error.clear_error()
        self.done_label.clear()
        self.ctx.runner.database(fn, self._on_saved, self._on_failed, owner=self)

    @Slot()
    def _on_save_clicked(self) -> None:
        actor, card = self.ctx.session.actor, self.card
        if card is None:
            return
        lines, request, work = self.rows(), self.request.toPlainText(), self.work_done.toPlainText()

        def run(db: Database) -> JobCard:
            with db.write() as conn:
                return jobcards.update_jobcard(
                    conn, actor, card.id, lines=lines, request=request, work_done=work, now=utcnow()
                )

        self._command(run)

    @Slot()
    def _on_issue_clicked(self) -> None:
        actor, card = self.ctx.session.actor, self.card
        if card is None:
            return
        lines, request, work = self.rows(), self.request.toPlainText(), self.work_done.toPlainText()
        odometer = self.odometer_out.text()

        def run(db: Database) -> JobCard:
            with db.write() as conn:
                now = utcnow()
                jobcards.update_jobcard(
                    conn, actor, card.id, lines=lines, request=request, work_done=work, now=now
                )
                return jobcards.issue_jobcard(conn, actor, card.id, odometer_out=odometer, now=now)

        self.error.clear_error()
        self.ctx.runner.database(run, self._on_issued, self._on_failed, owner=self)

    def _on_issued(self, card: JobCard) -> None:
        self._on_saved(card)
        self.issued.emit(card.id)
        self._on_print_clicked()

    @Slot()
    def _on_print_clicked(self) -> None:
        from desktop.views.printing import preview_service_receipt

        if self.card is not None:
            preview_service_receipt(self.ctx, self, self.card.id)

    @Slot()
    def _on_cancel_card_clicked(self) -> None:
        actor, card = self.ctx.session.actor, self.card
        if card is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel job card"), self.tr("Why is it cancelled?"))
        if not ok:
            return

        def run(db: Database) -> JobCard:
            with db.write() as conn:
                return jobcards.cancel_jobcard(conn, actor, card.id, reason=reason, now=utcnow())

        self._command(run)

    def _on_saved(self, card: JobCard) -> None:
        self.error.clear_error()
        self._show_card(card)
        self.done_label.setText(self.tr("Saved."))
        self.ctx.changed({"jobcard"})

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        text = i18n.error_text(error)
        line = error.params.get("line")
        if line:
            text = self.tr("Line {line}: {message}").format(line=i18n.num(int(line)), message=text)
        self.error.show_error(text)
