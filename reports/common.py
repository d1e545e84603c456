"""What several documents share: who issues them, the vehicle, and the letterhead block."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from desktop.i18n import QT_TRANSLATE_NOOP
from reports.typeset import ACCENT, BODY, NBSP, SMALL, Doc, Rule, Style


@dataclass(frozen=True)
class Letterhead:
    """The dealership (or HQ unit) a document comes from, as printed at its top."""

    name: str
    address: str = ""
    phone: str = ""
    city: str = ""
    code: str = ""  # the dealership code HQ gave it


@dataclass(frozen=True)
class VehicleInfo:
    """A vehicle as printed: model (``پژو ۲۰۶ تیپ ۵``), plate key (``12ب345-67``), VIN."""

    model: str = ""
    plate: str = ""
    vin: str = ""
    color: str = ""
    year: str = ""

    def is_empty(self) -> bool:
        return not (self.model or self.plate or self.vin)


_PLATE = re.compile(r"^(\d{2})(\D+?)(\d{3})-?(\d{2})$")


def format_plate(key: str, lang: str) -> str:
    """An Iranian plate from its stored key: ``۱۲ ب ۳۴۵ - ایران ۶۷`` (Latin digits in English)."""
    from desktop.models.calendar import digits

    match = _PLATE.match(key or "")
    if not match:
        return digits(key or "", lang)
    two, letter, three, province = match.groups()
    if lang == "fa":
        text = digits(f"{two} {letter} {three} - ایران {province}", lang)
    else:
        # Left-to-right marks keep «12 ب 345» in the plate's order inside English text.
        text = f"\u200e{two} {letter}\u200e {three} - Iran {province}"
    # No-break spaces: a plate is never split across two lines (a narrow roll receipt).
    return text.replace(" ", NBSP)


def vehicle_text(doc: Doc, vehicle: VehicleInfo | None) -> str:
    """One line naming the vehicle: model, colour and year, then the plate."""
    if vehicle is None or vehicle.is_empty():
        return ""
    parts = [doc.digits(p) for p in (vehicle.model, vehicle.color, vehicle.year) if p]
    text = " ".join(parts)
    if vehicle.plate:
        plate = doc.tr(
            QT_TRANSLATE_NOOP("Documents", "plate {plate}"), plate=format_plate(vehicle.plate, doc.lang)
        )
        text = f"{text}، {plate}" if doc.rtl and text else f"{text}, {plate}" if text else plate
    return text


def contact_line(doc: Doc, head: Letterhead) -> str:
    """Address and phone on one line."""
    parts = [doc.digits(head.address)] if head.address else []
    if head.phone:
        parts.append(doc.tr(QT_TRANSLATE_NOOP("Documents", "Tel. {phone}"), phone=doc.phone(head.phone)))
    return " · ".join(parts)


def letterhead(
    doc: Doc, head: Letterhead, title: str, width: float, aside: Flowable | None = None
) -> list[Any]:
    """The top of a page: the issuer's name and contacts, the document's title, a rule.

    ``aside`` (a QR code, a reference block) sits at the other end of the name.
    """
    name = doc.p(head.name, Style(size=14, bold=True, color=ACCENT))
    lines: list[Any] = [name]
    contact = contact_line(doc, head)
    if contact:
        lines.append(doc.p(contact, SMALL))
    lines.append(doc.p(title, BODY(size=12, bold=True, space_before=4)))
    if aside is None:
        return [*lines, Rule(ACCENT, 1.2, 5)]
    aside_w = getattr(aside, "width", 30) + 4
    cells = [lines, aside]
    widths = [width - aside_w, aside_w]
    if doc.rtl:
        cells.reverse()
        widths.reverse()
    block = Table([cells], colWidths=widths, hAlign="CENTER")
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [block, Rule(ACCENT, 1.2, 5)]
