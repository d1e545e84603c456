"""The formal written reply to an authority that referred a complaint (source 000).

Laid out as an Iranian administrative letter: letterhead, number, date and enclosures
at the top corner, the recipient, the subject, the salutation, the body (the case's
response), the closing and the signature block; copies listed at the foot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table, TableStyle

from desktop.i18n import QT_TRANSLATE_NOOP
from reports.common import Letterhead, contact_line
from reports.typeset import A4, ACCENT, BODY, LABEL, SMALL, Doc, Meta, Rule, Style, render

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN


@dataclass(frozen=True)
class ReplyLetter:
    """What the reply letter prints.

    Attributes:
        reference: our letter's number; signed_on: the day it is signed.
        recipient: the authority (``سازمان حمایت مصرف‌کنندگان و تولیدکنندگان``).
        their_reference, their_date: the authority's letter we answer (may be empty).
        case_type, category: codes of the case; subject: overrides the subject built
            from them when given.
        body: the response, in the letter's language (paragraphs separated by newlines).
    """

    dealership: Letterhead
    reference: str
    signed_on: date | datetime
    recipient: str
    customer_name: str
    tracking_code: str
    case_type: str
    category: str
    body: str
    signatory_name: str
    signatory_title: str
    their_reference: str = ""
    their_date: date | None = None
    subject: str = ""
    attachments: tuple[str, ...] = ()
    copies_to: tuple[str, ...] = ()


def _corner(doc: Doc, data: ReplyLetter) -> Table:
    t = doc.tr
    attachments = (
        doc.num(len(data.attachments)) if data.attachments else t(QT_TRANSLATE_NOOP("Documents", "none"))
    )
    pairs = [
        (t(QT_TRANSLATE_NOOP("Documents", "No.")), _reference(doc, data.reference)),
        (t(QT_TRANSLATE_NOOP("Documents", "Date")), doc.date(data.signed_on)),
        (t(QT_TRANSLATE_NOOP("Documents", "Enclosures")), attachments),
    ]
    return doc.fields(pairs, 55 * mm, 0.42, size=9)


def _subject(doc: Doc, data: ReplyLetter) -> str:
    if data.subject:
        return data.subject
    kind = doc.label("case_type", data.case_type)
    return doc.tr(
        QT_TRANSLATE_NOOP(
            "Documents", "Reply on the {kind} of {customer} about {category} (tracking code {code})"
        ),
        kind=kind if doc.rtl else kind.lower(),
        customer=data.customer_name,
        category=doc.label("category", data.category),
        code=doc.code(data.tracking_code),
    )


def _opening(doc: Doc, data: ReplyLetter) -> str:
    t = doc.tr
    if data.their_reference:
        return t(
            QT_TRANSLATE_NOOP(
                "Documents",
                "Further to your letter no. {number} of {date}, we respectfully report the following:",
            ),
            number=doc.code(doc.digits(data.their_reference)),
            date=doc.date(data.their_date) if data.their_date else "",
        )
    return t(QT_TRANSLATE_NOOP("Documents", "We respectfully report the following:"))


def build(data: ReplyLetter, lang: str) -> bytes:
    """The reply letter (A4) in ``lang``."""
    doc = Doc(lang)
    t = doc.tr
    head = data.dealership
    name = doc.p(head.name, Style(size=15, bold=True, color=ACCENT, align="center"))
    corner = _corner(doc, data)
    # Number and date stand in the top left corner of a Persian letter, right of an English one.
    cells: list[Any] = [corner, name, ""] if doc.rtl else ["", name, corner]
    top = Table([cells], colWidths=[55 * mm, WIDTH - 110 * mm, 55 * mm])
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Any] = [top, Rule(ACCENT, 1.2, 8)]
    story += [
        doc.p(
            t(QT_TRANSLATE_NOOP("Documents", "To: {recipient}"), recipient=data.recipient),
            BODY(size=11, bold=True),
        ),
        doc.p(
            t(QT_TRANSLATE_NOOP("Documents", "Subject: {subject}"), subject=_subject(doc, data)),
            BODY(size=10.5, bold=True, space_before=4, space_after=10),
        ),
        doc.p(
            t(QT_TRANSLATE_NOOP("Documents", "With greetings and respect,")), BODY(size=10.5, space_after=4)
        ),
        doc.p(_opening(doc, data), BODY(size=10.5, space_after=6)),
    ]
    for paragraph in [p for p in data.body.split("\n") if p.strip()]:
        story.append(doc.p(paragraph, BODY(size=10.5, leading=1.9, space_after=5)))
    closing = [
        doc.p(
            t(QT_TRANSLATE_NOOP("Documents", "With thanks for your attention,")),
            BODY(size=10.5, space_before=10),
        ),
        doc.space(30),
        doc.p(data.signatory_name, BODY(size=10.5, bold=True, align="end")),
        doc.p(data.signatory_title, BODY(size=10, align="end")),
        doc.p(head.name, BODY(size=10, align="end")),
    ]
    story.append(KeepTogether(closing))
    if data.attachments:
        story.append(doc.p(t(QT_TRANSLATE_NOOP("Documents", "Enclosures:")), LABEL(space_before=14)))
        story += [doc.p(f"{doc.num(i)}. {name}", SMALL) for i, name in enumerate(data.attachments, start=1)]
    if data.copies_to:
        story.append(doc.p(t(QT_TRANSLATE_NOOP("Documents", "Copies to:")), LABEL(space_before=8)))
        story += [doc.p(f"- {name}", SMALL) for name in data.copies_to]
    title = t(QT_TRANSLATE_NOOP("Documents", "Letter no. {number}"), number=_reference(doc, data.reference))
    meta = Meta(title=title, author=head.name, subject=_subject(doc, data), footer=contact_line(doc, head))
    return render(doc, story, meta, pagesize=A4, margin=MARGIN)


def _reference(doc: Doc, reference: str) -> str:
    """Our letter's number: a plain number in the letter's digits (۱۴۰۵/۳۴۲); a tracking
    code exactly as on the customer's receipt (1420-PF2253), never with mixed digits."""
    return doc.code(reference if re.search("[A-Za-z]", reference) else doc.digits(reference))
