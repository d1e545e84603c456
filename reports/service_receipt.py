"""The service receipt handed over with the car: every action and every cost.

It lists each labour item and part with who pays for it (the customer, the warranty,
or the dealership as goodwill), and shows what the warranty covered as the customer's
saving, as source 004 asks, so the customer sees what was done for free too. The
amounts come frozen from the job card's bill; this module only prints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from desktop.i18n import QT_TRANSLATE_NOOP
from reports.amounts import rials, rials_and_toman, rials_in_words, toman
from reports.common import Letterhead, VehicleInfo, format_plate, letterhead
from reports.typeset import (
    A4,
    ACCENT,
    BODY,
    HEADING,
    LABEL,
    RULE,
    SHADE,
    SMALL,
    Doc,
    Meta,
    Style,
    ltr,
    render,
)

MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
PAYERS = ("customer", "warranty", "goodwill")
COVERED = colors.HexColor("#dcebed")  # lines the customer does not pay for


@dataclass(frozen=True)
class BillLine:
    """One labour item or part; ``kind`` is "labour" or "part", ``payer`` one of PAYERS."""

    kind: str
    description: str
    quantity: Decimal
    unit_price: int  # Rials
    total: int  # Rials, as the bill froze it
    payer: str
    code: str = ""  # part number or labour code


@dataclass(frozen=True)
class BillTotals:
    """The bill's sums in Rials, as frozen when the job card was issued.

    ``tax`` is charged on the customer's share only (warranty and goodwill work is not
    billed to the customer); ``saving`` is what the customer would have paid without
    the warranty and goodwill, tax included.
    """

    labour: int
    parts: int
    value: int  # labour + parts, whoever pays
    warranty: int
    goodwill: int
    customer_share: int
    tax_rate: Decimal  # percent, e.g. 10
    tax: int
    to_pay: int
    saving: int


@dataclass(frozen=True)
class ServiceReceipt:
    """What the service receipt prints.

    Attributes:
        number: the job card's number.
        category: the linked case's category code ("" when there is no case).
        request: what the customer asked for at reception; work_done: the workshop's report.
    """

    dealership: Letterhead
    number: str
    customer_name: str
    vehicle: VehicleInfo
    received_at: datetime
    issued_at: datetime
    lines: tuple[BillLine, ...]
    totals: BillTotals
    advisor_name: str
    odometer_in: int | None = None
    odometer_out: int | None = None
    customer_phone: str = ""
    request: str = ""
    work_done: str = ""
    case_tracking_code: str = ""
    category: str = ""


def _quantity(doc: Doc, value: Decimal) -> str:
    places = max(0, -int(value.normalize().as_tuple().exponent))
    return doc.num(float(value), min(places, 2))


def _header(doc: Doc, data: ServiceReceipt) -> list[Any]:
    t = doc.tr
    vehicle = data.vehicle
    km = t(QT_TRANSLATE_NOOP("Documents", "{km} km"), km="{km}")
    left = [
        (t(QT_TRANSLATE_NOOP("Documents", "Customer")), data.customer_name),
        (t(QT_TRANSLATE_NOOP("Documents", "Phone")), doc.phone(data.customer_phone)),
        (t(QT_TRANSLATE_NOOP("Documents", "Received")), doc.datetime(data.received_at)),
        (t(QT_TRANSLATE_NOOP("Documents", "Handed back")), doc.datetime(data.issued_at)),
    ]
    if data.case_tracking_code:
        case = doc.code(data.case_tracking_code)
        if data.category:
            case += f" ({doc.label('category', data.category)})"
        left.append((t(QT_TRANSLATE_NOOP("Documents", "Case")), case))
    right = [
        (
            t(QT_TRANSLATE_NOOP("Documents", "Vehicle")),
            doc.digits(" ".join(p for p in (vehicle.model, vehicle.color) if p)),
        ),
        (t(QT_TRANSLATE_NOOP("Documents", "VIN")), doc.code(vehicle.vin)),
        (
            t(QT_TRANSLATE_NOOP("Documents", "Plate")),
            format_plate(vehicle.plate, doc.lang) if vehicle.plate else "",
        ),
        (
            t(QT_TRANSLATE_NOOP("Documents", "Odometer in")),
            km.format(km=doc.num(data.odometer_in)) if data.odometer_in is not None else "",
        ),
        (
            t(QT_TRANSLATE_NOOP("Documents", "Odometer out")),
            km.format(km=doc.num(data.odometer_out)) if data.odometer_out is not None else "",
        ),
    ]
    return [doc.two_columns(left, right, WIDTH, 0.3)]


def _lines(doc: Doc, data: ServiceReceipt) -> list[Any]:
    t = doc.tr
    rows: list[list[Any]] = [
        [
            "#",
            t(QT_TRANSLATE_NOOP("Documents", "Work or part")),
            t(QT_TRANSLATE_NOOP("Documents", "Qty")),
            t(QT_TRANSLATE_NOOP("Documents", "Unit price")),
            t(QT_TRANSLATE_NOOP("Documents", "Total")),
            t(QT_TRANSLATE_NOOP("Documents", "Paid by")),
        ]
    ]
    covered_rows = []
    ordered = [line for line in data.lines if line.kind == "labour"] + [
        line for line in data.lines if line.kind != "labour"
    ]
    for index, line in enumerate(ordered, start=1):
        kind = doc.label("bill_line", line.kind)
        text = f"{kind}: {line.description}"
        if line.code:
            text += f" ({doc.code(line.code)})"
        rows.append(
            [
                doc.num(index),
                text,
                _quantity(doc, line.quantity),
                doc.num(line.unit_price),
                doc.num(line.total),
                doc.label("payer", line.payer),
            ]
        )
        if line.payer != "customer":
            covered_rows.append(len(rows) - 1)
    w = WIDTH
    table = doc.table(
        rows,
        [w * 0.05, w * 0.41, w * 0.08, w * 0.16, w * 0.16, w * 0.14],
        aligns=["center", "start", "center", "end", "end", "center"],
        size=8.5,
        zebra=False,
        shaded_rows=covered_rows,
        shade=COVERED,
    )
    caption = t(QT_TRANSLATE_NOOP("Documents", "Amounts in Rials. Shaded lines are not charged to you."))
    return [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Work done and parts")), HEADING),
        table,
        doc.p(caption, SMALL),
    ]


def _totals(doc: Doc, data: ServiceReceipt) -> list[Any]:
    t = doc.tr
    s = data.totals
    rate = doc.num(float(s.tax_rate), 0 if s.tax_rate == s.tax_rate.to_integral() else 1)
    minus = "−"
    rows: list[list[Any]] = [
        [t(QT_TRANSLATE_NOOP("Documents", "Labour")), doc.num(s.labour)],
        [t(QT_TRANSLATE_NOOP("Documents", "Parts")), doc.num(s.parts)],
        [t(QT_TRANSLATE_NOOP("Documents", "Value of the work")), doc.num(s.value)],
    ]
    if s.warranty:
        rows.append(
            [
                t(QT_TRANSLATE_NOOP("Documents", "Covered by the warranty")),
                ltr(f"{minus}{doc.num(s.warranty)}"),
            ]
        )
    if s.goodwill:
        rows.append(
            [
                t(QT_TRANSLATE_NOOP("Documents", "Covered by the dealership (goodwill)")),
                ltr(f"{minus}{doc.num(s.goodwill)}"),
            ]
        )
    rows += [
        [t(QT_TRANSLATE_NOOP("Documents", "Your share")), doc.num(s.customer_share)],
        [t(QT_TRANSLATE_NOOP("Documents", "VAT {rate}%"), rate=rate), doc.num(s.tax)],
        [t(QT_TRANSLATE_NOOP("Documents", "To pay (Rials)")), doc.num(s.to_pay)],
    ]
    w = WIDTH * 0.5
    table = doc.table(
        rows,
        [w * 0.62, w * 0.38],
        header=False,
        zebra=False,
        aligns=["start", "end"],
        size=9,
        bold_rows=[len(rows) - 1],
        shaded_rows=[len(rows) - 1],
    )
    table.hAlign = "LEFT" if doc.rtl else "RIGHT"
    words = t(
        QT_TRANSLATE_NOOP("Documents", "To pay: {amount}, in words: {words}."),
        amount=rials_and_toman(s.to_pay, doc.lang),
        words=rials_in_words(s.to_pay, doc.lang),
    )
    story: list[Any] = [doc.space(6), table, doc.p(words, BODY(size=9, bold=True, space_before=4))]
    if s.saving:
        story.append(_saving_box(doc, s))
    return story


def _saving_box(doc: Doc, s: BillTotals) -> Table:
    t = doc.tr
    text = t(
        QT_TRANSLATE_NOOP(
            "Documents",
            "You saved {amount} ({toman}): the work the warranty and the dealership paid for, with its VAT.",
        ),
        amount=rials(s.saving, doc.lang),
        toman=toman(s.saving, doc.lang),
    )
    box = Table([[doc.p(text, Style(size=9.5, bold=True, color=ACCENT))]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    box.spaceBefore = 6
    return box


def _signatures(doc: Doc, data: ServiceReceipt) -> Any:
    t = doc.tr
    customer = [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Customer")), LABEL),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "I received my vehicle and this bill.")), SMALL),
        doc.space(26),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Signature")), SMALL),
    ]
    advisor = [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Service advisor")), LABEL),
        doc.p(data.advisor_name, BODY(size=9)),
        doc.space(26),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Signature and stamp")), SMALL),
    ]
    cells: list[Any] = [customer, advisor]
    if doc.rtl:
        cells.reverse()
    grid = Table([cells], colWidths=[WIDTH / 2 - 4, WIDTH / 2 - 4], spaceBefore=12)
    grid.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (0, 0), 0.6, RULE),
                ("BOX", (1, 0), (1, 0), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return KeepTogether([grid])


def build(data: ServiceReceipt, lang: str) -> bytes:
    """The service receipt (A4) in ``lang``."""
    doc = Doc(lang)
    t = doc.tr
    title = t(QT_TRANSLATE_NOOP("Documents", "Service receipt no. {number}"), number=doc.code(data.number))
    story: list[Any] = [*letterhead(doc, data.dealership, title, WIDTH), *_header(doc, data)]
    if data.request:
        story += [
            doc.p(t(QT_TRANSLATE_NOOP("Documents", "Your request")), HEADING),
            doc.p(data.request, BODY(size=9)),
        ]
    if data.work_done:
        story += [
            doc.p(t(QT_TRANSLATE_NOOP("Documents", "Workshop report")), HEADING),
            doc.p(data.work_done, BODY(size=9)),
        ]
    story += _lines(doc, data)
    story.append(KeepTogether(_totals(doc, data)))
    story.append(_signatures(doc, data))
    meta = Meta(
        title=title,
        author=data.dealership.name,
        subject=data.customer_name,
        footer=f"{data.dealership.name} · {doc.code(data.number)}",
    )
    return render(doc, story, meta, pagesize=A4, margin=MARGIN)
