"""Receipts on 80 mm ESC/POS printers: the job's bytes, the targets, a printer that is off."""

import socket
import threading

import pytest

from desktop.models.errors import ValidationError
from reports import intake_receipt, samples, thermal
from reports.thermal import PrinterProblem, Target, parse_target

ESC_INIT = b"\x1b@"
RASTER = b"\x1dv0"
CUT = b"\x1dV"


def roll(width_dots=576) -> bytes:
    return intake_receipt.build(
        samples.intake_receipt(), "fa", "80mm", roll_width=thermal.roll_width(width_dots)
    )


def raster_blocks(job: bytes) -> list[tuple[int, int]]:
    """(bytes per row, rows) of every GS v 0 image in an ESC/POS stream, checking their data."""
    blocks = []
    at = job.find(RASTER)
    while at != -1:
        mode = job[at + 3]
        width_bytes = job[at + 4] + 256 * job[at + 5]
        rows = job[at + 6] + 256 * job[at + 7]
        assert mode == 0
        blocks.append((width_bytes, rows))
        at = job.find(RASTER, at + 8 + width_bytes * rows)
    return blocks


@pytest.mark.parametrize("width", [576, 384])
def test_the_receipt_goes_to_a_file_printer_as_init_raster_cut(tmp_path, width):
    device = tmp_path / "lp0"
    size = thermal.print_pdf(roll(width), Target("file", path=str(device)), width)
    job = device.read_bytes()
    assert len(job) == size
    assert job.startswith(ESC_INIT)
    blocks = raster_blocks(job)
    assert blocks
    assert {w for w, _ in blocks} == {width // 8}
    image = thermal.rasterise(roll(width), width)
    assert sum(rows for _, rows in blocks) == image.height
    assert CUT in job[job.rfind(RASTER) :]


def test_the_raster_is_black_text_on_white_paper():
    image = thermal.rasterise(roll())
    histogram = image.convert("L").histogram()
    black, white = histogram[0], histogram[255]
    assert black + white == image.width * image.height
    assert 0.03 < black / (black + white) < 0.4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("network:192.168.1.50", Target("network", host="192.168.1.50", port=9100)),
        ("network:printer.local:9101", Target("network", host="printer.local", port=9101)),
        ("NETWORK:۱۹۲.۱۶۸.۱.۵۰", Target("network", host="192.168.1.50", port=9100)),
        ("usb:04b8:0e15", Target("usb", vendor=0x04B8, product=0x0E15)),
        ("file:/dev/usb/lp0", Target("file", path="/dev/usb/lp0")),
    ],
)
def test_printer_settings_are_read(text, expected):
    assert parse_target(text) == expected
    if expected is not None:
        assert parse_target(expected.text()) == expected


@pytest.mark.parametrize(
    "text", ["network:", "network:1.2.3.4:99999", "network:bad host", "usb:zz:1", "usb:04b8", "file:", "lpt1"]
)
def test_bad_printer_settings_are_refused(text):
    with pytest.raises(ValidationError) as err:
        parse_target(text)
    assert (err.value.field, err.value.code) == ("thermal_printer", "printer_setting_format")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_network_printer_that_is_off_is_reported():
    with pytest.raises(PrinterProblem) as err:
        thermal.print_pdf(roll(), Target("network", host="127.0.0.1", port=free_port()))
    assert err.value.code == "printer_unreachable"


def test_a_network_printer_receives_the_whole_job():
    received = bytearray()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def serve():
        connection, _ = server.accept()
        with connection:
            while chunk := connection.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    port = server.getsockname()[1]
    size = thermal.print_pdf(roll(), Target("network", host="127.0.0.1", port=port))
    thread.join(timeout=10)
    server.close()
    assert len(received) == size
    assert bytes(received).startswith(ESC_INIT)


def test_a_missing_device_and_no_printer_at_all(tmp_path):
    with pytest.raises(PrinterProblem) as err:
        thermal.print_pdf(roll(), Target("file", path=str(tmp_path / "no" / "lp0")))
    assert err.value.code == "printer_not_found"
    with pytest.raises(PrinterProblem) as err:
        thermal.print_pdf(roll(), None)
    assert err.value.code == "printer_not_set"


@pytest.mark.parametrize(("value", "ok"), [(576, True), ("384", True), (500, False), ("x", False)])
def test_printer_widths(value, ok):
    if ok:
        assert thermal.check_width(value) == int(value)
    else:
        with pytest.raises(ValidationError):
            thermal.check_width(value)
