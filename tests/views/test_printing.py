"""Previewing, printing and saving documents, and the receipt printer, as a clerk does it."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton

from desktop.models import settings
from desktop.views import printing
from desktop.views.printing import PreviewDialog
from tests.conftest import NOW
from tests.helpers import find, type_text
from tests.reports import data
from tests.reports.conftest import page_count, pdf_text
from tests.views.counter_helpers import sign_in

pytestmark = pytest.mark.gui


def put(ctx, **values):
    with ctx.db.write() as conn:
        for key, value in values.items():
            settings.put(conn, key, value)


def previews() -> list[PreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]


@pytest.fixture
def parent(ctx, qtbot):
    from PySide6.QtWidgets import QWidget

    sign_in(ctx, "clerk")
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def receipt(ctx, parent, qtbot, wait):
    case = data.case(ctx.db, NOW)
    printing.preview_intake_receipt(ctx, parent, case.tracking_code)
    wait()
    [dialog] = previews()
    qtbot.addWidget(dialog)
    return dialog


def test_the_receipt_preview_shows_the_pdf(receipt, tmp_path):
    assert receipt.document.pageCount() == 1
    assert "علی\u200cرضا محمدی" in pdf_text(receipt.printable.pdf, tmp_path)
    assert find(receipt, QPushButton, "receiptPrinterButton").isVisibleTo(receipt)


def test_print_goes_to_the_chosen_printer_on_a_worker(receipt, tmp_path, wait, qtbot):
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(receipt.printed, timeout=20_000) as signal:
        receipt.print_to(printer)
    assert signal.args == ["system"]
    assert page_count(out.read_bytes()) == 1
    assert find(receipt, QPushButton, "printButton").isEnabled()


def test_save_as_pdf_writes_the_same_document(receipt, tmp_path, qtbot):
    with qtbot.waitSignal(receipt.saved, timeout=10_000) as signal:
        receipt.save_to(str(tmp_path / "copy"))
    assert signal.args == [str(tmp_path / "copy.pdf")]
    assert (tmp_path / "copy.pdf").read_bytes() == receipt.printable.pdf


def test_the_receipt_printer_gets_init_raster_and_cut(ctx, receipt, tmp_path, qtbot):
    device = tmp_path / "lp0"
    receipt.receipt_printer = printing.ReceiptPrinter(printing_target(device), 576)
    with qtbot.waitSignal(receipt.printed, timeout=20_000):
        receipt.send_to_receipt_printer()
    job = device.read_bytes()
    assert job.startswith(b"\x1b@")
    assert b"\x1dv0\x00\x48\x00" in job  # raster image, 72 bytes = 576 dots a row
    assert b"\x1dV" in job


def printing_target(path):
    from reports.thermal import Target

    return Target("file", path=str(path))


def test_a_printer_that_is_off_is_reported_and_the_pdf_stays(receipt, qtbot, wait):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from reports.thermal import Target

    receipt.receipt_printer = printing.ReceiptPrinter(Target("network", host="127.0.0.1", port=port), 576)
    receipt.send_to_receipt_printer()
    wait()
    assert receipt.error.isVisible()
    assert "چاپگر رسید پاسخ نمی\u200cدهد" in receipt.error.text()
    assert receipt.document.pageCount() == 1
    assert find(receipt, QPushButton, "printButton").isEnabled()


def test_print_receipt_at_the_counter_goes_straight_to_the_roll_printer(ctx, parent, tmp_path, wait, qtbot):
    device = tmp_path / "lp0"
    put(ctx, receipt_layout="80mm", thermal_printer=f"file:{device}")
    case = data.case(ctx.db, NOW)
    printing.print_intake_receipt(ctx, parent, case.tracking_code)
    # The receipt is built on the database worker, then sent on a network worker.
    qtbot.waitUntil(lambda: device.exists() and device.stat().st_size > 0, timeout=20_000)
    wait()
    [dialog] = previews()
    qtbot.addWidget(dialog)
    assert device.read_bytes().startswith(b"\x1b@")
    assert not dialog.error.isVisible()


@pytest.mark.parametrize("which", ["history", "letter"])
def test_history_and_letter_previews(ctx, parent, wait, qtbot, tmp_path, which):
    from desktop.models import cases
    from tests.conftest import get_user

    case = data.case(ctx.db, NOW)
    with ctx.db.write() as conn:
        cases.respond(conn, get_user(ctx.db, "clerk"), case.id, answer="پاسخ مکتوب", method="letter", now=NOW)
    opener = printing.preview_case_history if which == "history" else printing.preview_reply_letter
    opener(ctx, parent, case.id)
    wait()
    [dialog] = previews()
    qtbot.addWidget(dialog)
    text = pdf_text(dialog.printable.pdf, tmp_path)
    assert "کیفیت محصول" in text
    assert "پاسخ مکتوب" in text
    assert not find(dialog, QPushButton, "receiptPrinterButton").isVisibleTo(dialog)


def test_the_audit_report_preview(ctx, parent, wait, qtbot, tmp_path):
    from reports import samples

    printing.preview_audit_report(ctx, parent, samples.audit_report())
    wait()
    [dialog] = previews()
    qtbot.addWidget(dialog)
    assert "گزارش بازدید نامحسوس" in pdf_text(dialog.printable.pdf, tmp_path)


# -- Settings, Printers ------------------------------------------------------------------------


@pytest.fixture
def page(ctx, qtbot, wait):
    from desktop.views.printer_settings import PrintersPage

    sign_in(ctx, "admin")
    widget = PrintersPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    wait()
    return widget


def stored(ctx, key):
    with ctx.db.read() as conn:
        return settings.get(conn, key)


def test_the_printers_page_saves_a_network_printer_and_the_vat(ctx, page, wait):
    combo = find(page, QComboBox, "printerConnection")
    combo.setCurrentIndex(combo.findData("network"))
    type_text(find(page, QLineEdit, "printerHost"), "192.168.1.50")
    width = find(page, QComboBox, "printerWidth")
    width.setCurrentIndex(width.findData(384))
    page.vat.setValue(9)
    layout = find(page, QComboBox, "receiptLayout")
    layout.setCurrentIndex(layout.findData("80mm"))
    find(page, QPushButton, "Primary").click()
    wait()
    assert not page.error.isVisible()
    assert stored(ctx, "thermal_printer") == "network:192.168.1.50:9100"
    assert (
        stored(ctx, "thermal_width_dots"),
        stored(ctx, "vat_rate_percent"),
        stored(ctx, "receipt_layout"),
    ) == (
        384,
        9,
        "80mm",
    )
    assert not find(page, QLineEdit, "printerPath").isVisibleTo(page)


def test_a_bad_printer_address_is_refused_and_nothing_saved(ctx, page, wait):
    combo = find(page, QComboBox, "printerConnection")
    combo.setCurrentIndex(combo.findData("usb"))
    type_text(find(page, QLineEdit, "usbVendor"), "zz")
    page.vat.setValue(9)
    find(page, QPushButton, "Primary").click()
    wait()
    assert page.error.isVisible()
    assert "usb:VENDOR:PRODUCT" in page.error.text()
    assert stored(ctx, "thermal_printer") == ""
    assert stored(ctx, "vat_rate_percent") == 10


def test_a_test_print_reaches_the_printer(ctx, page, wait, tmp_path, qtbot):
    device = tmp_path / "lp0"
    combo = find(page, QComboBox, "printerConnection")
    combo.setCurrentIndex(combo.findData("file"))
    type_text(find(page, QLineEdit, "printerPath"), str(device))
    find(page, QPushButton, "testPrint").click()
    qtbot.waitUntil(lambda: device.exists() and device.stat().st_size > 0, timeout=20_000)
    wait()
    assert device.read_bytes().startswith(b"\x1b@")
    assert not page.error.isVisible()


def test_the_page_shows_what_is_stored(ctx, qtbot, wait):
    from desktop.views.printer_settings import PrintersPage

    put(ctx, thermal_printer="usb:04b8:0e15", thermal_width_dots=512)
    sign_in(ctx, "admin")
    page = PrintersPage(ctx)
    qtbot.addWidget(page)
    wait()
    assert find(page, QComboBox, "printerConnection").currentData() == "usb"
    assert (page.vendor.text(), page.product.text()) == ("04b8", "0e15")
    assert find(page, QComboBox, "printerWidth").currentData() == 512


def test_pages_are_rendered_one_at_a_time_as_they_are_printed(tmp_path, monkeypatch):
    """A 300 dpi A4 page is about 26 MB: each page is rendered only once the last is painted."""
    from dataclasses import replace

    from reports import case_history, raster, samples
    from reports.case_history import HistoryEntry

    history = samples.case_history()
    entries = tuple(
        HistoryEntry(history.registered_at, "مریم احمدی", "note_added", f"یادداشت {i}") for i in range(90)
    )
    pdf = case_history.build(replace(history, entries=entries), "fa")
    pages = page_count(pdf)
    assert pages >= 3
    events: list[str] = []
    render_page = raster.render_page

    def spy(*args, **kwargs):
        events.append("render")
        return render_page(*args, **kwargs)

    monkeypatch.setattr(raster, "render_page", spy)

    lazy = printing.render_pages(pdf, 30)
    assert events == []  # a generator: nothing rendered before the first page is asked for
    next(lazy)
    assert events == ["render"]
    lazy.close()

    class Printer(QPrinter):
        def newPage(self) -> bool:
            events.append("new page")
            return super().newPage()

    events.clear()
    printer = Printer(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert printing.paint_pages(printer, pdf) == pages
    assert events == ["render"] + ["render", "new page"] * (pages - 1)
    assert page_count((tmp_path / "out.pdf").read_bytes()) == pages
