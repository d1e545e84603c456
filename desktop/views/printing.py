"""Preview, print and save documents; send receipts to the 80 mm receipt printer.

Screens call one function per document (:func:`preview_intake_receipt`,
:func:`preview_case_history`, :func:`preview_reply_letter`,
:func:`preview_service_receipt`, :func:`preview_audit_report`) or :func:`print_intake_receipt`
at the counter. The document is built on the database worker; the preview shows it with
QtPdf and offers the system's print dialog (any printer the PC knows), saving as PDF,
and the receipt printer. Pages are rasterised and sent to the printer on a worker, so
nothing blocks the counter; a printer that is off is reported and the PDF stays open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models import settings, users
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.users import Perm
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel

log = logging.getLogger(__name__)

PRINT_DPI = 300  # pages go to office printers as images at this resolution at most


@dataclass(frozen=True)
class Printable:
    """A document ready to show: its PDF, and for receipts the roll for a thermal printer.

    ``roll`` builds the receipt laid out for a printer ``width_dots`` wide.
    """

    title: str
    pdf: bytes
    file_name: str
    roll: Callable[[int], bytes] | None = None


@dataclass(frozen=True)
class ReceiptPrinter:
    """The receipt printer as Settings say (``target`` None: none set up)."""

    target: Any  # reports.thermal.Target | None
    width_dots: int
    problem: PishkhanError | None = None  # the setting is there but unreadable


def receipt_printer(db: Database) -> ReceiptPrinter:
    """The receipt printer settings, read on the database worker."""
    from reports import thermal

    with db.read() as conn:
        text = str(settings.get(conn, "thermal_printer") or "")
        width = settings.get(conn, "thermal_width_dots")
    try:
        return ReceiptPrinter(thermal.parse_target(text), thermal.check_width(width))
    except PishkhanError as exc:
        return ReceiptPrinter(None, thermal.DEFAULT_WIDTH_DOTS, exc)


# -- building documents (database worker) ---------------------------------------------------


def _intake(db: Database, actor: users.User, key: str, lang: str, layout: str | None = None) -> Printable:
    from reports import intake_receipt, sources, thermal

    users.require(actor, Perm.DOCUMENT_PRINT)
    with db.read() as conn:
        data = sources.intake_receipt(conn, key, lang)
        chosen = layout or str(settings.get(conn, "receipt_layout") or "a5")
    chosen = chosen if chosen in intake_receipt.LAYOUTS else "a5"

    def roll(width_dots: int) -> bytes:
        return intake_receipt.build(data, lang, "80mm", roll_width=thermal.roll_width(width_dots))

    return Printable(
        title=data.tracking_code,
        pdf=intake_receipt.build(data, lang, chosen),
        file_name=f"receipt-{data.tracking_code}.pdf",
        roll=roll,
    )


def _history(db: Database, actor: users.User, key: str, lang: str) -> Printable:
    from reports import case_history, sources

    users.require(actor, Perm.DOCUMENT_PRINT)
    with db.read() as conn:
        data = sources.case_history(conn, key, lang, now=utcnow(), printed_by=actor)
    return Printable(data.tracking_code, case_history.build(data, lang), f"case-{data.tracking_code}.pdf")


def _letter(db: Database, actor: users.User, key: str, lang: str) -> Printable:
    from reports import reply_letter, sources

    users.require(actor, Perm.DOCUMENT_PRINT)
    with db.read() as conn:
        data = sources.reply_letter(conn, key, lang, now=utcnow())
    return Printable(data.tracking_code, reply_letter.build(data, lang), f"letter-{data.tracking_code}.pdf")


def _service(db: Database, actor: users.User, key: str, lang: str) -> Printable:
    from reports import service_receipt, sources

    users.require(actor, Perm.DOCUMENT_PRINT)
    with db.read() as conn:
        data = sources.service_receipt(conn, key, lang)
    return Printable(data.number, service_receipt.build(data, lang), f"bill-{data.number}.pdf")


# -- what screens call ----------------------------------------------------------------------


def open_preview(ctx: AppContext, parent: QWidget, make: Callable[[Database], Printable]) -> None:
    """Build a document on the database worker, then show it in a :class:`PreviewDialog`."""

    def run(db: Database) -> tuple[Printable, ReceiptPrinter]:
        return make(db), receipt_printer(db)

    def show(result: tuple[Printable, ReceiptPrinter]) -> None:
        dialog = PreviewDialog(ctx, result[0], result[1], parent)
        dialog.open()

    label = QCoreApplication.translate("Printing", "Preparing the document…")
    ctx.runner.database(run, show, owner=parent, label=label)


def preview_intake_receipt(
    ctx: AppContext, parent: QWidget, case_key: str, layout: str | None = None
) -> None:
    actor, lang = ctx.session.actor, i18n.lang()
    open_preview(ctx, parent, lambda db: _intake(db, actor, case_key, lang, layout))


def preview_case_history(ctx: AppContext, parent: QWidget, case_key: str) -> None:
    actor, lang = ctx.session.actor, i18n.lang()
    open_preview(ctx, parent, lambda db: _history(db, actor, case_key, lang))


def preview_reply_letter(ctx: AppContext, parent: QWidget, case_key: str) -> None:
    actor, lang = ctx.session.actor, i18n.lang()
    open_preview(ctx, parent, lambda db: _letter(db, actor, case_key, lang))


def preview_service_receipt(ctx: AppContext, parent: QWidget, jobcard_key: str) -> None:
    actor, lang = ctx.session.actor, i18n.lang()
    open_preview(ctx, parent, lambda db: _service(db, actor, jobcard_key, lang))


def preview_audit_report(ctx: AppContext, parent: QWidget, report: Any) -> None:
    """Show a :class:`reports.audit_report.AuditReport` built by the audits screens."""
    from reports import audit_report

    actor, lang = ctx.session.actor, i18n.lang()

    def make(_db: Database) -> Printable:
        users.require(actor, Perm.DOCUMENT_PRINT)
        name = report.reference or report.dealership_code
        return Printable(name, audit_report.build(report, lang), f"audit-{name}.pdf")

    open_preview(ctx, parent, make)


def print_intake_receipt(ctx: AppContext, parent: QWidget, case_key: str) -> None:
    """The counter's "Print receipt": straight to the receipt printer when the receipt
    layout is the 80 mm roll and a printer is set up; otherwise (or when it fails) the
    preview opens, so the customer is never left without a receipt."""
    actor, lang = ctx.session.actor, i18n.lang()

    def run(db: Database) -> tuple[Printable, ReceiptPrinter, str]:
        with db.read() as conn:
            layout = str(settings.get(conn, "receipt_layout") or "a5")
        return _intake(db, actor, case_key, lang), receipt_printer(db), layout

    def chosen(result: tuple[Printable, ReceiptPrinter, str]) -> None:
        printable, printer, layout = result
        dialog = PreviewDialog(ctx, printable, printer, parent)
        dialog.open()
        if layout == "80mm" and printer.target is not None:
            dialog.send_to_receipt_printer()

    ctx.runner.database(run, chosen, owner=parent)


# -- the preview ----------------------------------------------------------------------------


def render_pages(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """The pages of a PDF as images at ``dpi``, one at a time as they are asked for.

    pdfium renders each page only when the next is taken (safe on a worker thread): at
    300 dpi an A4 page is about 26 MB, so a long document is never all in memory.
    """
    from reports import raster

    # Nothing is left in this frame while a page is out: the caller holds the only copy.
    yield from map(_qimage, raster.pages(pdf, dpi / 72))


def _qimage(page: Any) -> QImage:
    rgb = page.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    image = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``data`` goes away


def paint_pages(printer: QPrinter, pdf: bytes) -> int:
    """Print every page on ``printer``, each scaled to fit its paper; returns the page count.

    Each page is rendered, painted and let go before the next one is rendered.
    QPainter may paint on a QPrinter from a worker thread (unlike on widgets).
    """
    dpi = min(float(printer.resolution()), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed()
    count = 0
    try:
        for image in render_pages(pdf, dpi):
            if count:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            count += 1
            del image  # let this page go before the next one is rendered
    finally:
        painter.end()
    return count


class PrintFailed(PishkhanError):
    """The system printer could not be started (no printer, or the job was refused)."""

    code = "print_failed"


class PreviewDialog(QDialog):
    """A document on screen, with Print…, Save as PDF… and the receipt printer.

    Signals:
        printed: a job went to a printer (the argument says which: "system" or "receipt").
        saved: the PDF was written to the path given.
    """

    printed = Signal(str)
    saved = Signal(str)

    def __init__(
        self, ctx: AppContext, printable: Printable, printer: ReceiptPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printable = printable
        self.receipt_printer = printer
        self.setObjectName("PreviewDialog")
        self.setWindowTitle(self.tr("Preview: {title}").format(title=printable.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 860)
        layout = QVBoxLayout(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(printable.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout.addWidget(self.view, 1)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self._on_save_clicked)
        self.receipt_button = QPushButton(self.tr("Receipt printer"))
        self.receipt_button.setObjectName("receiptPrinterButton")
        self.receipt_button.setToolTip(self.tr("Print on the 80 mm receipt printer set up in Settings"))
        self.receipt_button.setVisible(printable.roll is not None)
        self.receipt_button.clicked.connect(self._on_receipt_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (self.print_button, self.save_button, self.receipt_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.status.setText(self.tr("Pages: {pages}").format(pages=i18n.num(self.document.pageCount())))

    # -- system printers ----------------------------------------------------------------

    @Slot()
    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.printable.file_name)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.printable.title))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the document to ``printer`` on a worker (the dialog stays usable)."""
        self._busy(self.tr("Printing…"))
        self._job_printer = printer  # kept alive until the worker is done
        pdf = self.printable.pdf
        self.ctx.runner.network(
            lambda _progress: paint_pages(printer, pdf), self._on_printed, self._on_failed, owner=self
        )

    def _on_printed(self, pages: int) -> None:
        self._idle(self.tr("Sent to the printer ({pages} pages).").format(pages=i18n.num(pages)))
        self.printed.emit("system")

    # -- saving -------------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        start = str(Path.home() / self.printable.file_name)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the PDF to ``path`` on a worker."""
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        pdf = self.printable.pdf

        def write(_progress: object) -> str:
            from reports.output import write_file

            write_file(target, pdf)
            return str(target)

        self._busy(self.tr("Saving…"))
        self.ctx.runner.network(write, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, path: str) -> None:
        self._idle(self.tr("Saved as {path}").format(path=path))
        self.saved.emit(path)

    # -- the receipt printer ------------------------------------------------------------

    @Slot()
    def _on_receipt_clicked(self) -> None:
        self.send_to_receipt_printer()

    def send_to_receipt_printer(self) -> None:
        """Rasterise the roll receipt and send it to the receipt printer, on a worker."""
        from reports import thermal

        printer = self.receipt_printer
        if printer.problem is not None:
            self._on_failed(printer.problem)
            return
        roll = self.printable.roll
        if roll is None:
            return
        target, width = printer.target, printer.width_dots
        self._busy(self.tr("Sending to the receipt printer…"))
        self.ctx.runner.network(
            lambda _progress: thermal.print_pdf(roll(width), target, width),
            self._on_receipt_printed,
            self._on_failed,
            owner=self,
        )

    def _on_receipt_printed(self, _size: int) -> None:
        self._idle(self.tr("Printed on the receipt printer."))
        self.printed.emit("receipt")

    # -- state --------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        self.error.clear_error()
        self.status.setText(text)
        for button in (self.print_button, self.save_button, self.receipt_button):
            button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.status.setText(text)
        for button in (self.print_button, self.save_button, self.receipt_button):
            button.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            error = PrintFailed("save_failed", detail=error.strerror or str(error))
        if not isinstance(error, PishkhanError):
            raise error
        log.warning("printing failed: %s", error.code)
        self._idle(self.tr("The document is still here: print it another way or save it as PDF."))
        self.error.show_error(i18n.error_text(error))
