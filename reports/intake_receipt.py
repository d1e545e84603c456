"""The intake receipt the customer takes away: the tracking code, and what was promised.

Two layouts: A5 for an office printer and ``80mm`` for a thermal roll (as a PDF page as
long as its content; :mod:`reports.thermal` rasterises it for ESC/POS printers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from desktop.i18n import QT_TRANSLATE_NOOP
from reports.common import Letterhead, VehicleInfo, contact_line, letterhead, vehicle_text
from reports.typeset import (
    A5,
    ACCENT,
    BODY,
    HEADING,
    LABEL,
    MUTED,
    ROLL_MARGIN,
    ROLL_WIDTH,
    RULE,
    SHADE,
    SMALL,
    Doc,
    Meta,
    Rule,
    Style,
    qr_code,
    render,
    shorten,
)

LAYOUTS = ("a5", "80mm")
# The customer's words are shortened on paper; the whole text stays in the case.
WORDS_LIMIT = {"a5": 600, "80mm": 280}
A5_MARGIN = 11 * mm


@dataclass(frozen=True)
class IntakeReceipt:
    """What the intake receipt prints.

    Attributes:
        case_type, category, channel: codes (printed through the labels' translations).
        subcategory: the sub-category's name in the receipt's language ("" if none).
        respond_by: the answer promised by the service level (None: not promised).
        follow_up: how to follow the case up (a phone number, a website) in words;
            empty: the dealership's phone is given.
    """

    dealership: Letterhead
    tracking_code: str
    registered_at: datetime
    customer_name: str
    case_type: str
    category: str
    description: str
    clerk_name: str
    subcategory: str = ""
    channel: str = "walk_in"
    vehicle: VehicleInfo | None = None
    counter: str = ""
    respond_by: datetime | None = None
    follow_up: str = ""


def _pairs(doc: Doc, data: IntakeReceipt) -> list[tuple[str, str]]:
    t = doc.tr
    kind = doc.label("case_type", data.case_type)
    category = doc.label("category", data.category)
    if data.subcategory:
        category = f"{category} — {data.subcategory}"
    clerk = data.clerk_name
    if data.counter:
        counter = t(QT_TRANSLATE_NOOP("Documents", "counter {counter}"), counter=doc.digits(data.counter))
        clerk = f"{clerk}، {counter}" if doc.rtl else f"{clerk}, {counter}"
    vin = doc.code(data.vehicle.vin) if data.vehicle and data.vehicle.vin else ""
    return [
        (t(QT_TRANSLATE_NOOP("Documents", "Customer")), data.customer_name),
        (t(QT_TRANSLATE_NOOP("Documents", "Vehicle")), vehicle_text(doc, data.vehicle)),
        (t(QT_TRANSLATE_NOOP("Documents", "VIN")), vin),
        (t(QT_TRANSLATE_NOOP("Documents", "Registered")), doc.datetime(data.registered_at, "long")),
        (t(QT_TRANSLATE_NOOP("Documents", "Type")), kind),
        (t(QT_TRANSLATE_NOOP("Documents", "Subject")), category),
        (t(QT_TRANSLATE_NOOP("Documents", "Received by")), clerk),
    ]


def _promise(doc: Doc, data: IntakeReceipt) -> str:
    if data.respond_by is None:
        return ""
    return doc.tr(
        QT_TRANSLATE_NOOP("Documents", "We will answer you by {when}."),
        when=doc.datetime(data.respond_by, "long"),
    )


def _follow_up(doc: Doc, data: IntakeReceipt) -> str:
    t = doc.tr
    how = data.follow_up or (doc.phone(data.dealership.phone) if data.dealership.phone else "")
    if how:
        return t(
            QT_TRANSLATE_NOOP(
                "Documents",
                "To follow up, quote your tracking code at any counter or call {how}."
                " Keep this receipt until your case is closed.",
            ),
            how=how,
        )
    return t(
        QT_TRANSLATE_NOOP(
            "Documents",
            "To follow up, quote your tracking code at any counter."
            " Keep this receipt until your case is closed.",
        )
    )


def _code_block(doc: Doc, data: IntakeReceipt, width: float, qr_size: float) -> Table:
    """The tracking code in large type beside its QR code."""
    t = doc.tr
    words = [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Tracking code")), LABEL(size=9)),
        doc.p(doc.code(data.tracking_code), Style(size=20, bold=True, color=ACCENT, leading=1.4)),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Scan the code or read it out")), SMALL),
    ]
    cells: list[Any] = [words, qr_code(data.tracking_code, qr_size)]
    widths = [width - qr_size - 8, qr_size + 8]
    if doc.rtl:
        cells.reverse()
        widths.reverse()
    block = Table([cells], colWidths=widths)
    block.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return block


def _a5(doc: Doc, data: IntakeReceipt) -> list[Any]:
    t = doc.tr
    width = A5[0] - 2 * A5_MARGIN
    title = t(QT_TRANSLATE_NOOP("Documents", "Case receipt"))
    story: list[Any] = [
        *letterhead(doc, data.dealership, title, width),
        _code_block(doc, data, width, 30 * mm),
        doc.space(6),
        doc.fields(_pairs(doc, data), width, 0.24),
    ]
    promise = _promise(doc, data)
    if promise:
        story.append(doc.p(promise, BODY(bold=True, color=ACCENT, space_before=6)))
    story += [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "In your words")), HEADING(size=9.5)),
        doc.p(shorten(data.description, WORDS_LIMIT["a5"]), BODY(size=9)),
        Rule(space=6),
        doc.p(_follow_up(doc, data), SMALL(size=8.5, color=MUTED)),
    ]
    return story


def _roll(doc: Doc, data: IntakeReceipt, roll_width: float) -> list[Any]:
    t = doc.tr
    width = roll_width - 2 * ROLL_MARGIN
    center = Style(align="center")
    story: list[Any] = [doc.p(data.dealership.name, center(size=11.5, bold=True))]
    contact = contact_line(doc, data.dealership)
    if contact:
        story.append(doc.p(contact, SMALL(align="center", size=7.5)))
    story += [
        Rule(INK_RULE, 0.8, 4),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Case receipt")), center(size=10.5, bold=True)),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Tracking code")), center(size=8.5, color=MUTED)),
        doc.p(doc.code(data.tracking_code), center(size=18, bold=True, leading=1.4)),
    ]
    qr = qr_code(data.tracking_code, min(32 * mm, width * 0.5))
    qr.hAlign = "CENTER"
    story += [qr, doc.space(2), doc.fields(_pairs(doc, data), width, 0.3, size=8.5), Rule(INK_RULE, 0.5, 4)]
    promise = _promise(doc, data)
    if promise:
        story.append(doc.p(promise, BODY(size=9, bold=True, align="center")))
    story += [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "In your words")), BODY(size=8.5, bold=True, space_before=3)),
        doc.p(shorten(data.description, WORDS_LIMIT["80mm"]), BODY(size=8.5)),
        Rule(INK_RULE, 0.5, 4),
        doc.p(_follow_up(doc, data), BODY(size=8, align="center")),
    ]
    return story


# Thermal paper prints black or nothing: rules in full black.
INK_RULE = Style().color


def build(data: IntakeReceipt, lang: str, layout: str = "a5", *, roll_width: float = ROLL_WIDTH) -> bytes:
    """The intake receipt as a PDF in ``lang`` and ``layout`` ("a5" or "80mm").

    ``roll_width`` lays the roll out for paper of another width (58 mm printers); see
    :func:`reports.thermal.roll_width`.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    doc = Doc(lang)
    title = doc.tr(QT_TRANSLATE_NOOP("Documents", "Case receipt"))
    meta = Meta(
        title=f"{title} {data.tracking_code}",
        author=data.dealership.name,
        subject=data.customer_name,
        footer=f"{data.dealership.name} · {doc.code(data.tracking_code)}",
    )
    if layout == "80mm":
        return render(doc, _roll(doc, data, roll_width), meta, pagesize=(roll_width, 0), roll=True)
    return render(doc, _a5(doc, data), meta, pagesize=A5, margin=A5_MARGIN)
