"""The Customers screen: the list (or a lookup), the 360° view, merging duplicates, and
import/export of customers and vehicles as CSV or XLSX with a progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import customers, transfer, users
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.customer_360 import Customer360
from desktop.views.customer_common import LOOKUP_DELAY_MS, CustomerPicker
from desktop.views.worker import Progress

PAGE = 200
FILES = "Spreadsheets (*.xlsx *.csv)"


def _progress(p: Progress) -> Any:
    def report(done: int, total: int) -> None:
        p.update(done, total)
        p.check()  # Cancel: the import's transaction is rolled back, nothing is written

    return report


class MappingDialog(QDialog):
    """Which field each column of the file holds (columns named as ours map themselves)."""

    def __init__(self, headers: list[str], guessed: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MappingDialog")
        self.setWindowTitle(self.tr("Columns of the file"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Choose the field each column holds; columns left as “Ignore” are not read."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.combos: list[QComboBox] = []
        for index, header in enumerate(headers):
            box = QComboBox()
            box.addItem(self.tr("Ignore"), "")
            for name in transfer.ALL_HEADERS:
                box.addItem(i18n.label("import_field", name), name)
            box.setCurrentIndex(max(0, box.findData(guessed.get(index, ""))))
            form.addRow(header or f"#{index + 1}", box)
            self.combos.append(box)
        self.headers = headers
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {
            h: str(c.currentData()) for h, c in zip(self.headers, self.combos, strict=True) if c.currentData()
        }

    def ignored(self) -> list[int]:
        return [i for i, c in enumerate(self.combos) if not c.currentData()]


class ImportReportDialog(QDialog):
    """What an import did: counts, and every rejected row with its reason."""

    def __init__(self, report: transfer.ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        summary = self.tr(
            "%1 of %2 rows imported: %3 new customers, %4 updated, %5 vehicles added, %6 already known."
        )
        for key, value in (
            ("%1", report.imported),
            ("%2", report.rows),
            ("%3", report.customers_created),
            ("%4", report.customers_updated),
            ("%5", report.vehicles_added),
            ("%6", report.unchanged),
        ):
            summary = summary.replace(key, i18n.num(value))
        self.summary = QLabel(summary)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        if report.rejected:
            layout.addWidget(QLabel(self.tr("Rows not imported (correct them and import the file again):")))
        self.table = QTableWidget(len(report.rejected), 3)
        self.table.setObjectName("rejectedRows")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Reason")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(report.rejected):
            error = ValidationError(row.field or "", row.code, **row.params)
            name = " ".join(
                p for p in (row.values.get("first_name", ""), row.values.get("last_name", "")) if p
            )
            for c, text in enumerate(
                (
                    i18n.num(row.row),
                    i18n.text(name or row.values.get("company_name", "")),
                    i18n.error_text(error),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(report.rejected))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class CustomersScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[customers.Customer] = []
        self._generation = 0
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("customerFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Find: name, national ID, mobile, VIN, plate, tracking code"))
        top.addWidget(self.filter, 1)
        self.count = QLabel()
        self.count.setObjectName("customerCount")
        top.addWidget(self.count)
        column.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("customerTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("National ID"),
                self.tr("Mobile"),
                self.tr("City"),
                self.tr("Registered"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openCustomer")
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.setObjectName("newCustomer")
        self.merge_button = QPushButton(self.tr("Merge a duplicate into this one…"))
        self.merge_button.setObjectName("mergeCustomers")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importCustomers")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportCustomers")
        for button in (self.open_button, self.new_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)
        self.pages.addWidget(page)
        self.view360 = Customer360(ctx)
        self.pages.addWidget(self.view360)

        perms = ctx.session.actor.permissions
        self.new_button.setEnabled(users.Perm.CUSTOMER_EDIT in perms)
        self.merge_button.setEnabled(users.Perm.CUSTOMER_MERGE in perms)
        self.import_button.setEnabled(users.Perm.CUSTOMER_IMPORT in perms)
        self.export_button.setEnabled(users.Perm.CUSTOMER_EXPORT in perms)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(self._timer.start)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.view360.closed.connect(lambda: self.pages.setCurrentIndex(0))
        self.view360.new_case_requested.connect(self._on_view360_new_case_requested)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    # -- the list ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.filter.text()

        def read(db: Database) -> tuple[list[customers.Customer], int]:
            with db.read() as conn:
                total = customers.count_customers(conn)
                if query.strip():
                    return [h.customer for h in customers.search(conn, query, PAGE)], total
                return customers.list_customers(conn, limit=PAGE), total

        self.ctx.runner.database(read, lambda data: self._on_loaded(generation, data), owner=self)

    def _on_loaded(self, generation: int, data: tuple[list[customers.Customer], int]) -> None:
        if generation != self._generation:
            return
        self.rows, total = data
        self.count.setText(
            self.tr("%1 of %2 customers")
            .replace("%1", i18n.num(len(self.rows)))
            .replace("%2", i18n.num(total))
        )
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            cells = [
                i18n.text(c.display_name),
                i18n.digits(c.national_id or c.company_id),
                i18n.digits(c.mobile),
                i18n.text(c.city),
                i18n.fmt_date(_date(c.created_at)),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"customer", "vehicle"}:
            self.refresh()

    def _selected(self) -> customers.Customer | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        QMessageBox.warning(self, self.tr("Customers"), i18n.error_text(error))

    @Slot()
    def _on_open_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.open_customer(chosen.id)

    def open_customer(self, customer_id: str) -> None:
        self.pages.setCurrentIndex(1)
        self.view360.load(customer_id)

    @Slot()
    def _on_new_clicked(self) -> None:
        from desktop.views.customer_form import CustomerDialog

        dialog = CustomerDialog(self.ctx, self, typed=self.filter.text())
        dialog.saved.connect(self.open_customer)
        dialog.open_requested.connect(self.open_customer)
        dialog.exec()

    @Slot(object)
    def _on_view360_new_case_requested(self, profile: Any) -> None:
        from desktop.views.intake import IntakeDialog

        IntakeDialog(self.ctx, profile.customer, list(profile.vehicles), self).exec()

    # -- merge ------------------------------------------------------------------------------

    @Slot()
    def _on_merge_clicked(self) -> None:
        survivor = self._selected()
        if survivor is None:
            QMessageBox.information(self, self.tr("Merge"), self.tr("Choose the record to keep first."))
            return
        picker = CustomerPicker(
            self.ctx,
            self.tr("The duplicate of %1").replace("%1", i18n.text(survivor.display_name)),
            self,
            exclude=survivor.id,
        )
        if not picker.exec() or not picker.chosen:
            return
        duplicate = picker.chosen
        answer = QMessageBox.question(
            self,
            self.tr("Merge"),
            self.tr(
                "Merge the chosen record into %1? Its cases, vehicles and documents will show under %1,"
                " its missing details are filled in, and the merge is recorded under your name."
            ).replace("%1", i18n.text(survivor.display_name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.ctx.session.actor

        def run(db: Database) -> customers.Customer:
            with db.write() as conn:
                return customers.merge_customers(conn, actor, survivor.id, duplicate, now=utcnow())

        def done(kept: customers.Customer) -> None:
            self.ctx.changed({"customer", "vehicle"})
            self.open_customer(kept.id)

        self.ctx.runner.database(run, done, self._on_failed, owner=self)

    # -- import and export ---------------------------------------------------------------------

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import customers"), "", self.tr(FILES))
        if path:
            self.import_file(path)

    def import_file(self, path: str, *, ask_mapping: bool = True) -> None:
        def headers(_db: Database) -> tuple[list[str], dict[int, str]]:
            names, _rows = transfer.read_rows(path)
            return names, transfer.guess_columns(names)

        self.ctx.runner.database(
            headers, lambda data: self._on_headers(path, data, ask_mapping), self._on_failed, owner=self
        )

    def _on_headers(self, path: str, data: tuple[list[str], dict[int, str]], ask_mapping: bool) -> None:
        names, guessed = data
        mapping = {names[i]: field for i, field in guessed.items()}
        if ask_mapping:
            dialog = MappingDialog(names, guessed, self)
            if not dialog.exec():
                return
            mapping = dialog.mapping()
        actor = self.ctx.session.actor

        def run(db: Database, progress: Progress) -> transfer.ImportReport:
            with db.write() as conn:
                return transfer.import_file(
                    conn, actor, path, now=utcnow(), mapping=mapping, progress=_progress(progress)
                )

        self.ctx.runner.database(
            run,
            self._on_imported,
            self._on_failed,
            owner=self,
            label=self.tr("Importing %1…").replace("%1", Path(path).name),
            with_progress=True,
        )

    def _on_imported(self, report: transfer.ImportReport) -> None:
        self.ctx.changed({"customer", "vehicle"})
        self.last_report = ImportReportDialog(report, self)
        self.last_report.exec()

    @Slot()
    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), "customers.xlsx", self.tr(FILES)
        )
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        actor = self.ctx.session.actor

        def run(db: Database, progress: Progress) -> int:
            with db.read() as conn:
                return transfer.export_file(conn, actor, path, progress=_progress(progress))

        def done(count: int) -> None:
            self.count.setText(
                self.tr("%1 rows exported to %2")
                .replace("%1", i18n.num(count))
                .replace("%2", Path(path).name)
            )

        self.ctx.runner.database(
            run, done, self._on_failed, owner=self, label=self.tr("Exporting customers…"), with_progress=True
        )


def _date(text: str) -> Any:
    from desktop.models.calendar import parse_iso

    return parse_iso(text) if text else None
