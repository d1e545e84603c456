"""80 mm thermal receipt printers (ESC/POS), which carry no Persian font.

The roll receipt is laid out as a PDF exactly as wide as the printer's printable width,
rendered to pixels with pdfium at the printer's own resolution (8 dots per mm, 203 dpi),
turned to black and white, and sent as a raster image (``GS v 0``) between an
initialise (``ESC @``) and a cut (``GS V``), through python-escpos. The whole job is
composed first and sent in one write, so a printer that is off fails before anything
half-prints.

Where the printer is, is one setting (``thermal_printer``)::

    network:192.168.1.50[:9100]   a printer on the network (raw port 9100)
    usb:04b8:0e15                 vendor and product ID (needs libusb)
    file:/dev/usb/lp0             a device or file path (Linux's usblp, a test file)
"""

from __future__ import annotations

import contextlib
import copy
import re
from dataclasses import dataclass
from typing import Any

from PIL import Image

from desktop.models.errors import PishkhanError, ValidationError

DOTS_PER_MM = 8  # 203 dpi, the resolution of nearly every receipt printer
DEFAULT_WIDTH_DOTS = 576  # 72 mm printable on 80 mm paper
WIDTHS = (384, 512, 576, 640)  # 58 mm, 3 inch, 80 mm, 80 mm full-width heads
THRESHOLD = 150  # grey levels above this print white; below, black
NETWORK_PORT = 9100
TIMEOUT_S = 8.0
KINDS = ("network", "usb", "file")


class PrinterProblem(PishkhanError):
    """The receipt printer cannot be reached or refused the job (the PDF is still there).

    Codes: ``printer_unreachable`` (network: off, unplugged, wrong address),
    ``printer_not_found`` (USB device or path missing), ``printer_usb_unavailable``
    (no USB support on this PC), ``printer_failed`` (it broke off mid-job),
    ``printer_not_set`` (no receipt printer chosen in Settings).
    """

    code = "printer_failed"


@dataclass(frozen=True)
class Target:
    """Where receipts go: ``kind`` network (host, port), usb (vendor, product) or file (path)."""

    kind: str
    host: str = ""
    port: int = NETWORK_PORT
    vendor: int = 0
    product: int = 0
    path: str = ""

    def text(self) -> str:
        """The setting's form of this target (what :func:`parse_target` reads)."""
        if self.kind == "network":
            return f"network:{self.host}:{self.port}"
        if self.kind == "usb":
            return f"usb:{self.vendor:04x}:{self.product:04x}"
        return f"file:{self.path}"


_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")
_HEX4 = re.compile(r"^(0x)?[0-9a-fA-F]{1,4}$")


def parse_target(text: str) -> Target | None:
    """The ``thermal_printer`` setting as a :class:`Target`; None when it is empty.

    Raises:
        ValidationError: ``thermal_printer`` / ``printer_setting_format``.
    """
    from desktop.models.text import to_ascii_digits

    value = to_ascii_digits((text or "").strip())
    if not value:
        return None
    kind, _, rest = value.partition(":")
    kind = kind.lower()
    bad = ValidationError("thermal_printer", "printer_setting_format")
    if kind == "network":
        host, _, port_text = rest.strip().partition(":")
        if not _HOST.match(host):
            raise bad
        port = int(port_text) if port_text.isdigit() else NETWORK_PORT if not port_text else -1
        if not 0 < port < 65536:
            raise bad
        return Target("network", host=host, port=port)
    if kind == "usb":
        vendor, _, product = rest.strip().partition(":")
        if not (_HEX4.match(vendor) and _HEX4.match(product)):
            raise bad
        return Target("usb", vendor=int(vendor, 16), product=int(product, 16))
    if kind == "file" and rest.strip():
        return Target("file", path=rest.strip())
    raise bad


def check_width(value: Any) -> int:
    """The printer's width in dots: one of :data:`WIDTHS`."""
    try:
        dots = int(value)
    except (TypeError, ValueError):
        raise ValidationError("thermal_width_dots", "printer_width") from None
    if dots not in WIDTHS:
        raise ValidationError("thermal_width_dots", "printer_width")
    return dots


def roll_width(width_dots: int) -> float:
    """The page width (points) a roll PDF is laid out at to fill ``width_dots`` exactly."""
    from reportlab.lib.units import mm

    from reports.typeset import ROLL_MARGIN

    return float(width_dots / DOTS_PER_MM * mm + 2 * ROLL_MARGIN)


def rasterise(pdf: bytes, width_dots: int = DEFAULT_WIDTH_DOTS) -> Image.Image:
    """The first page of a roll PDF as a black-and-white image ``width_dots`` wide.

    The page's side margins are cut off; what is between them fills the print head.
    """
    from reports import raster
    from reports.typeset import ROLL_MARGIN

    page_width, _ = raster.page_sizes(pdf)[0]
    scale = width_dots / (page_width - 2 * ROLL_MARGIN)
    image = raster.render(pdf, scale, grayscale=True, first_only=True)[0].convert("L")
    left = round(ROLL_MARGIN * scale)
    image = image.crop((left, 0, left + width_dots, image.height))
    bitmap: Image.Image = image.point(lambda v: 255 if v > THRESHOLD else 0, mode="1")
    return bitmap


def compose(image: Image.Image, *, cut: bool = True) -> bytes:
    """The ESC/POS job for ``image``: initialise, the raster image, feed and cut."""
    from escpos.printer import Dummy

    printer = Dummy()
    # The profile's own copy, told the image's width (else python-escpos prints a warning).
    printer.profile.profile_data = copy.deepcopy(printer.profile.profile_data)
    printer.profile.profile_data["media"]["width"]["pixels"] = image.width
    printer.hw("INIT")
    printer.image(image, impl="bitImageRaster", fragment_height=960)
    if cut:
        printer.cut()
    data: bytes = printer.output
    return data


def send(job: bytes, target: Target, *, timeout: float = TIMEOUT_S) -> None:
    """Send a composed job to the printer in one write.

    Raises:
        PrinterProblem: the printer is unreachable, missing, or broke off.
    """
    from escpos.exceptions import DeviceNotFoundError

    printer: Any
    if target.kind == "network":
        from escpos.printer import Network

        printer = Network(target.host, target.port, timeout=timeout)
        missing = "printer_unreachable"
    elif target.kind == "usb":
        from escpos.printer import Usb

        if not Usb.is_usable():
            raise PrinterProblem("printer_usb_unavailable")
        printer = Usb(target.vendor, target.product, timeout=int(timeout * 1000))
        missing = "printer_not_found"
    else:
        from escpos.printer import File

        printer = File(target.path)
        missing = "printer_not_found"
    try:
        printer.open()
    except DeviceNotFoundError:
        raise PrinterProblem(missing, target=target.text()) from None
    except Exception as exc:  # libusb and the OS raise their own kinds for a missing device
        raise PrinterProblem(missing, target=target.text()) from exc
    try:
        printer._raw(job)
    except OSError as exc:
        raise PrinterProblem("printer_failed", target=target.text()) from exc
    finally:
        with contextlib.suppress(OSError):
            printer.close()


def print_pdf(pdf: bytes, target: Target | None, width_dots: int = DEFAULT_WIDTH_DOTS) -> int:
    """Rasterise a roll PDF and print it; returns the job's size in bytes.

    Raises:
        PrinterProblem: ``printer_not_set`` when ``target`` is None, or the printer failed.
    """
    if target is None:
        raise PrinterProblem("printer_not_set")
    job = compose(rasterise(pdf, width_dots))
    send(job, target)
    return len(job)
