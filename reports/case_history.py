"""The case history printout: the case's particulars and its whole timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm

from desktop.i18n import QT_TRANSLATE_NOOP
from reports.common import Letterhead, VehicleInfo, letterhead, vehicle_text
from reports.typeset import A4, BODY, HEADING, SMALL, Doc, Meta, render

MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN


@dataclass(frozen=True)
class HistoryEntry:
    """One event of the timeline.

    ``kind`` is the event's code (printed through the ``case_event`` labels, or as is
    when a newer release made it); ``details`` is display text in the document's language.
    """

    at: datetime
    actor: str
    kind: str
    details: str = ""


@dataclass(frozen=True)
class CaseHistory:
    """What the case history prints; codes are printed through the labels."""

    dealership: Letterhead
    tracking_code: str
    customer_name: str
    case_type: str
    category: str
    channel: str
    priority: str
    status: str
    registered_at: datetime
    description: str
    entries: tuple[HistoryEntry, ...]
    printed_at: datetime
    printed_by: str
    subcategory: str = ""
    resolution: str = ""
    level: str = ""
    closed_at: datetime | None = None
    customer_mobile: str = ""
    vehicle: VehicleInfo | None = None
    counter: str = ""


def _particulars(doc: Doc, data: CaseHistory) -> Any:
    t = doc.tr
    category = doc.label("category", data.category)
    if data.subcategory:
        category = f"{category} — {data.subcategory}"
    status = doc.label("case_status", data.status)
    if data.resolution:
        status = f"{status} ({doc.label('resolution', data.resolution)})"
    person = [
        (t(QT_TRANSLATE_NOOP("Documents", "Customer")), data.customer_name),
        (t(QT_TRANSLATE_NOOP("Documents", "Mobile")), doc.phone(data.customer_mobile)),
        (t(QT_TRANSLATE_NOOP("Documents", "Vehicle")), vehicle_text(doc, data.vehicle)),
        (t(QT_TRANSLATE_NOOP("Documents", "VIN")), doc.code(data.vehicle.vin) if data.vehicle else ""),
        (t(QT_TRANSLATE_NOOP("Documents", "Registered")), doc.datetime(data.registered_at)),
        (t(QT_TRANSLATE_NOOP("Documents", "Closed")), doc.datetime(data.closed_at)),
    ]
    case = [
        (t(QT_TRANSLATE_NOOP("Documents", "Type")), doc.label("case_type", data.case_type)),
        (t(QT_TRANSLATE_NOOP("Documents", "Subject")), category),
        (t(QT_TRANSLATE_NOOP("Documents", "Status")), status),
        (t(QT_TRANSLATE_NOOP("Documents", "Priority")), doc.label("priority", data.priority)),
        (t(QT_TRANSLATE_NOOP("Documents", "Level")), doc.label("level", data.level)),
        (t(QT_TRANSLATE_NOOP("Documents", "Channel")), doc.label("channel", data.channel)),
        (t(QT_TRANSLATE_NOOP("Documents", "Counter")), doc.digits(data.counter)),
    ]
    return doc.two_columns(person, case, WIDTH, 0.3)


def _timeline(doc: Doc, data: CaseHistory) -> list[Any]:
    t = doc.tr
    rows: list[list[Any]] = [
        [
            t(QT_TRANSLATE_NOOP("Documents", "When")),
            t(QT_TRANSLATE_NOOP("Documents", "What")),
            t(QT_TRANSLATE_NOOP("Documents", "Details")),
            t(QT_TRANSLATE_NOOP("Documents", "By")),
        ]
    ]
    for entry in sorted(data.entries, key=lambda e: e.at):
        rows.append([doc.datetime(entry.at), doc.label("case_event", entry.kind), entry.details, entry.actor])
    w = WIDTH
    return [
        doc.p(
            t(QT_TRANSLATE_NOOP("Documents", "Timeline ({count} events)"), count=doc.num(len(data.entries))),
            HEADING,
        ),
        doc.table(rows, [w * 0.17, w * 0.18, w * 0.47, w * 0.18], size=8.5, valign="TOP"),
    ]


def build(data: CaseHistory, lang: str) -> bytes:
    """The case history (A4, as many pages as it takes) in ``lang``."""
    doc = Doc(lang)
    t = doc.tr
    title = t(QT_TRANSLATE_NOOP("Documents", "Case history {code}"), code=doc.code(data.tracking_code))
    story: list[Any] = [
        *letterhead(doc, data.dealership, title, WIDTH),
        _particulars(doc, data),
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "The customer's words")), HEADING),
        doc.p(data.description, BODY(size=9.5)),
        *_timeline(doc, data),
        doc.p(
            t(
                QT_TRANSLATE_NOOP("Documents", "Printed {when} by {who}."),
                when=doc.datetime(data.printed_at),
                who=data.printed_by,
            )
            if data.printed_by
            else t(QT_TRANSLATE_NOOP("Documents", "Printed {when}."), when=doc.datetime(data.printed_at)),
            SMALL(space_before=8),
        ),
    ]
    meta = Meta(
        title=title,
        author=data.dealership.name,
        subject=data.customer_name,
        footer=f"{data.dealership.name} · {doc.code(data.tracking_code)}",
    )
    return render(doc, story, meta, pagesize=A4, margin=MARGIN)
