"""Settings, Printers: the receipt's layout, the 80 mm receipt printer, the VAT rate."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import jobcards, settings, users
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.users import Perm
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel

KEYS = ("receipt_layout", "receipt_follow_up", "thermal_printer", "thermal_width_dots", "vat_rate_percent")


@dataclass(frozen=True)
class PrinterSettings:
    layout: str
    follow_up: str
    printer: str
    width_dots: int
    vat_rate: float


def load(db: Database) -> PrinterSettings:
    with db.read() as conn:
        values = {key: settings.get(conn, key) for key in KEYS}
    return PrinterSettings(
        layout=str(values["receipt_layout"] or "a5"),
        follow_up=str(values["receipt_follow_up"] or ""),
        printer=str(values["thermal_printer"] or ""),
        width_dots=int(values["thermal_width_dots"] or 576),
        vat_rate=float(values["vat_rate_percent"]),
    )


def save(db: Database, actor: users.User, chosen: PrinterSettings) -> None:
    """Check every value, then store them all in one transaction (or none)."""
    from reports import intake_receipt, thermal

    users.require(actor, Perm.SETTINGS_MANAGE)
    target = thermal.parse_target(chosen.printer)
    width = thermal.check_width(chosen.width_dots)
    layout = chosen.layout if chosen.layout in intake_receipt.LAYOUTS else "a5"
    with db.write() as conn:
        jobcards.set_tax_rate(conn, actor, chosen.vat_rate)
        settings.put(conn, "receipt_layout", layout)
        settings.put(conn, "receipt_follow_up", chosen.follow_up.strip())
        settings.put(conn, "thermal_printer", target.text() if target else "")
        settings.put(conn, "thermal_width_dots", width)


class PrintersPage(QWidget):
    """Where receipts go and how they look; a test print proves the printer works."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.form = form
        outer.addLayout(form)
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("receiptLayout")
        for code in ("a5", "80mm"):
            self.layout_choice.addItem(i18n.label("receipt_layout", code), code)
        form.addRow(self.tr("Intake receipt"), self.layout_choice)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("receiptFollowUp")
        self.follow_up.setPlaceholderText(self.tr("Empty: the dealership's phone number"))
        form.addRow(self.tr("How customers follow up"), self.follow_up)
        self.connection = QComboBox()
        self.connection.setObjectName("printerConnection")
        for code in ("none", "network", "usb", "file"):
            self.connection.addItem(i18n.label("printer_connection", code), code)
        form.addRow(self.tr("Receipt printer"), self.connection)
        self.host = QLineEdit()
        self.host.setObjectName("printerHost")
        self.host.setPlaceholderText("192.168.1.50")
        self.port = QSpinBox()
        self.port.setObjectName("printerPort")
        self.port.setRange(1, 65535)
        self.port.setValue(9100)
        self.port.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.port.setMinimumWidth(80)
        address = QHBoxLayout()
        address.addWidget(self.host, 1)
        address.addWidget(QLabel(self.tr("Port")))
        address.addWidget(self.port)
        self.address_row = QWidget()
        self.address_row.setLayout(address)
        address.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Address"), self.address_row)
        self.vendor = QLineEdit()
        self.vendor.setObjectName("usbVendor")
        self.vendor.setPlaceholderText("04b8")
        self.product = QLineEdit()
        self.product.setObjectName("usbProduct")
        self.product.setPlaceholderText("0e15")
        ids = QHBoxLayout()
        ids.setContentsMargins(0, 0, 0, 0)
        ids.addWidget(QLabel(self.tr("Vendor")))
        ids.addWidget(self.vendor)
        ids.addWidget(QLabel(self.tr("Product")))
        ids.addWidget(self.product)
        self.usb_row = QWidget()
        self.usb_row.setLayout(ids)
        form.addRow(self.tr("USB IDs"), self.usb_row)
        self.path = QLineEdit()
        self.path.setObjectName("printerPath")
        self.path.setPlaceholderText("/dev/usb/lp0")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        path_box = QHBoxLayout()
        path_box.setContentsMargins(0, 0, 0, 0)
        path_box.addWidget(self.path, 1)
        path_box.addWidget(browse)
        self.path_row = QWidget()
        self.path_row.setLayout(path_box)
        form.addRow(self.tr("Device or file"), self.path_row)
        for edit in (self.host, self.vendor, self.product, self.path):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.width = QComboBox()
        self.width.setObjectName("printerWidth")
        for dots, paper in ((576, 80), (384, 58), (512, 80), (640, 80)):
            text = self.tr("{dots} dots ({paper} mm paper)").format(
                dots=i18n.num(dots), paper=i18n.num(paper)
            )
            self.width.addItem(text, dots)
        form.addRow(self.tr("Print width"), self.width)
        self.vat = QDoubleSpinBox()
        self.vat.setObjectName("vatRate")
        self.vat.setRange(0, 100)
        self.vat.setDecimals(1)
        self.vat.setSuffix(" %")
        form.addRow(self.tr("VAT on service bills"), self.vat)
        note = QLabel(
            self.tr(
                "Thermal printers print the receipt as a picture, so Persian always prints right."
                " A bill keeps the VAT rate of the day it was issued."
            )
        )
        note.setObjectName("Muted")
        note.setWordWrap(True)
        outer.addWidget(note)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.done = QLabel()
        self.done.setObjectName("Muted")
        self.done.setWordWrap(True)
        outer.addWidget(self.done)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.test_button = QPushButton(self.tr("Test print"))
        self.test_button.setObjectName("testPrint")
        self.test_button.clicked.connect(self._on_test_clicked)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        allowed = ctx.session.actor.can(Perm.SETTINGS_MANAGE)
        for widget in (self.save_button, self.test_button):
            widget.setEnabled(allowed)
        self.connection.currentIndexChanged.connect(self._on_connection_currentIndexChanged)
        self._show_rows()
        ctx.runner.database(load, self._on_loaded, owner=self)

    # -- the form -------------------------------------------------------------------------

    def _on_loaded(self, values: PrinterSettings) -> None:
        from reports import thermal

        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(values.layout)))
        self.follow_up.setText(values.follow_up)
        self.width.setCurrentIndex(max(0, self.width.findData(values.width_dots)))
        self.vat.setValue(values.vat_rate)
        try:
            target = thermal.parse_target(values.printer)
        except PishkhanError as exc:
            self.error.show_error(i18n.error_text(exc))
            target = None
        kind = target.kind if target else "none"
        if target is not None and target.kind == "network":
            self.host.setText(target.host)
            self.port.setValue(target.port)
        elif target is not None and target.kind == "usb":
            self.vendor.setText(f"{target.vendor:04x}")
            self.product.setText(f"{target.product:04x}")
        elif target is not None:
            self.path.setText(target.path)
        self.connection.setCurrentIndex(self.connection.findData(kind))

    @Slot(int)
    def _on_connection_currentIndexChanged(self, _index: int) -> None:
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.connection.currentData()
        self.form.setRowVisible(self.address_row, kind == "network")
        self.form.setRowVisible(self.usb_row, kind == "usb")
        self.form.setRowVisible(self.path_row, kind == "file")
        self.form.setRowVisible(self.width, kind != "none")

    def printer_text(self) -> str:
        """The ``thermal_printer`` setting the form describes (checked when saved)."""
        kind = self.connection.currentData()
        if kind == "network":
            return f"network:{self.host.text().strip()}:{self.port.value()}"
        if kind == "usb":
            return f"usb:{self.vendor.text().strip()}:{self.product.text().strip()}"
        if kind == "file":
            return f"file:{self.path.text().strip()}"
        return ""

    def chosen(self) -> PrinterSettings:
        return PrinterSettings(
            layout=str(self.layout_choice.currentData()),
            follow_up=self.follow_up.text(),
            printer=self.printer_text(),
            width_dots=int(self.width.currentData()),
            vat_rate=round(self.vat.value(), 1),
        )

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Printer device or file"), self.path.text() or "/dev"
        )
        if path:
            self.path.setText(path)

    # -- saving and the test print --------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        actor, chosen = self.ctx.session.actor, self.chosen()
        self.error.clear_error()
        self.ctx.runner.database(
            lambda db: save(db, actor, chosen), self._on_saved, self._on_failed, owner=self
        )

    def _on_saved(self, _result: object) -> None:
        self.done.setText(self.tr("Saved."))

    @Slot()
    def _on_test_clicked(self) -> None:
        """Print a sample receipt with what the form says now (saved or not)."""
        from reports import thermal

        self.error.clear_error()
        self.done.setText(self.tr("Sending a test receipt…"))
        chosen, lang = self.chosen(), i18n.lang()
        customer = self.tr("Test print")
        words = self.tr("If you can read this receipt, the printer works. It is not a real case.")

        def build(db: Database) -> tuple[bytes, Any, int]:
            from reports import intake_receipt, samples, sources

            target = thermal.parse_target(chosen.printer)
            width = thermal.check_width(chosen.width_dots)
            with db.read() as conn:
                head = sources.letterhead(conn)
            data = replace(
                samples.intake_receipt(head),
                tracking_code="TEST-0000",
                customer_name=customer,
                description=words,
            )
            return (
                intake_receipt.build(data, lang, "80mm", roll_width=thermal.roll_width(width)),
                target,
                width,
            )

        def send(built: tuple[bytes, Any, int]) -> None:
            pdf, target, width = built
            self.ctx.runner.network(
                lambda _p: thermal.print_pdf(pdf, target, width),
                self._on_test_printed,
                self._on_failed,
                owner=self,
            )

        self.ctx.runner.database(build, send, self._on_failed, owner=self)

    def _on_test_printed(self, _size: int) -> None:
        self.done.setText(self.tr("The test receipt was sent to the printer."))

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.done.clear()
        self.error.show_error(i18n.error_text(error))
