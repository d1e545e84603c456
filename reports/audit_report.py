"""The mystery-shopper (covert visit) audit report.

The audits feature builds an :class:`AuditReport` from a finalised (or released) audit
and calls :func:`build`. Everything in it is display-ready text in the report's
language except scores, which are numbers (0 to 100, unrounded: the report rounds to
one decimal for display only), and evidence, which is image bytes.

Example::

    report = AuditReport(
        issuer=Letterhead("واحد بازرسی شبکهٔ نمایندگی‌ها"),
        dealership_name="نمایندگی آرین‌خودرو", dealership_code="1420",
        template_title="بازدید نامحسوس پذیرش خدمات", template_version="3",
        scenario="...", visit_start=start, visit_end=end, inspector="بازرس ۷",
        score=82.35, sections=(AuditSection("پذیرش", 2, 90.0), ...),
    )
    pdf = build(report, "fa")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.calendar import local
from reports.common import Letterhead, letterhead
from reports.typeset import (
    A4,
    ALERT,
    BODY,
    HEADING,
    MUTED,
    RULE,
    SMALL,
    Doc,
    Meta,
    Rule,
    Style,
    picture,
    render,
    shorten,
)

CONTENT_WIDTH = A4[0] - 2 * 14 * mm


@dataclass(frozen=True)
class AuditAnswer:
    """One question as answered, for the findings table.

    ``earned``/``possible`` are None for questions that are not scored (text, number,
    time, evidence) or that did not count (not applicable, skipped, unanswered optional).
    """

    question: str
    answer: str
    earned: float | None = None
    possible: float | None = None
    critical: bool = False
    comment: str = ""


@dataclass(frozen=True)
class AuditSection:
    """A section (group) of the template and its score (None: nothing in it counted)."""

    name: str
    weight: float
    score: float | None
    capped_at: float | None = None  # a critical failure capped this section at this score
    answers: tuple[AuditAnswer, ...] = ()


@dataclass(frozen=True)
class CriticalFailure:
    """A critical question failed: its section's (or the whole audit's) score is capped."""

    section: str
    question: str
    cap: float
    scope: str = "section"  # "section" or "audit"
    comment: str = ""


@dataclass(frozen=True)
class Evidence:
    """A photo or scan the inspector attached; ``data`` is the image's bytes."""

    caption: str
    data: bytes
    question: str = ""


@dataclass(frozen=True)
class Appeal:
    """The dealership's appeal of one item after release, and HQ's decision."""

    question: str
    reason: str
    decision: str = ""  # display text: upheld / rejected / pending, in the report's language
    note: str = ""


@dataclass(frozen=True)
class AuditReport:
    """Everything the audit report prints.

    Attributes:
        issuer: who issues the report (the HQ inspection unit), printed as the letterhead.
        dealership_name, dealership_code: the audited dealership.
        template_title, template_version: the form the audit was made with.
        scenario: what the inspector pretended to want.
        visit_start, visit_end: when the visit took place (aware datetimes).
        inspector: the inspector's name, or their pseudonym once released.
        score: the audit score 0..100 after caps, unrounded; None if nothing counted.
        sections: in template order.
        critical_failures: every failed critical question.
        evidence: thumbnails printed at the end, in this order.
        status: display text of the audit's state ("Finalised", "Released" ...).
        reference: the audit's id or number; content_hash: the frozen submission's hash.
        uncapped_score: the score before an audit-wide cap, shown beside it when different.
    """

    issuer: Letterhead
    dealership_name: str
    dealership_code: str
    template_title: str
    template_version: str
    scenario: str
    visit_start: datetime
    visit_end: datetime | None
    inspector: str
    score: float | None
    sections: tuple[AuditSection, ...]
    critical_failures: tuple[CriticalFailure, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    appeals: tuple[Appeal, ...] = ()
    status: str = ""
    reference: str = ""
    content_hash: str = ""
    uncapped_score: float | None = None
    summary: str = ""  # the inspector's overall remarks


def _score_text(doc: Doc, score: float | None) -> str:
    return doc.num(round(score, 1), 1) if score is not None else "—"


def _score_color(score: float | None) -> Any:
    if score is None:
        return MUTED
    if score >= 80:
        return colors.HexColor("#1b7f3b")
    if score >= 60:
        return colors.HexColor("#b26a00")
    return ALERT


class ScoreBar(Flowable):  # type: ignore[misc]
    """A bar filled to the score, growing in the reading direction."""

    def __init__(self, score: float | None, rtl: bool, height: float = 7) -> None:
        super().__init__()
        self.score = score
        self.rtl = rtl
        self.height = height
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colors.HexColor("#e6eaef"))
        c.setStrokeColor(RULE)
        c.roundRect(0, 0, self.width, self.height, 2, stroke=0, fill=1)
        if self.score is None:
            return
        filled = self.width * max(0.0, min(self.score, 100.0)) / 100
        c.setFillColor(_score_color(self.score))
        x = self.width - filled if self.rtl else 0
        c.roundRect(x, 0, filled, self.height, 2, stroke=0, fill=1)


def _summary_box(doc: Doc, report: AuditReport) -> Table:
    score = doc.p(
        _score_text(doc, report.score),
        Style(size=26, bold=True, color=_score_color(report.score), align="center", leading=1.3),
    )
    out_of = doc.p(doc.tr(QT_TRANSLATE_NOOP("Documents", "out of 100")), SMALL(align="center"))
    side: list[Any] = [doc.p(doc.tr(QT_TRANSLATE_NOOP("Documents", "Audit score")), BODY(bold=True))]
    audit_caps = [f for f in report.critical_failures if f.scope == "audit"]
    if audit_caps:
        side.append(
            doc.p(
                doc.tr(
                    QT_TRANSLATE_NOOP(
                        "Documents", "Capped at {cap} by a critical failure (before the cap: {score})."
                    ),
                    cap=doc.num(min(f.cap for f in audit_caps), 1),
                    score=_score_text(doc, report.uncapped_score),
                ),
                BODY(color=ALERT, size=9),
            )
        )
    side.append(
        doc.p(
            doc.tr(
                QT_TRANSLATE_NOOP("Documents", "{count} sections, {failures} critical failures"),
                count=doc.num(len(report.sections)),
                failures=doc.num(len(report.critical_failures)),
            ),
            SMALL,
        )
    )
    side.append(ScoreBar(report.score, doc.rtl, 9))
    cells: list[Any] = [[score, out_of], side]
    widths = [38 * mm, CONTENT_WIDTH - 38 * mm]
    if doc.rtl:
        cells.reverse()
        widths.reverse()
    box = Table([cells], colWidths=widths)
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f7f9fa")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _sections(doc: Doc, report: AuditReport) -> list[Any]:
    t = doc.tr
    rows: list[list[Any]] = [
        [
            t(QT_TRANSLATE_NOOP("Documents", "Section")),
            t(QT_TRANSLATE_NOOP("Documents", "Weight")),
            t(QT_TRANSLATE_NOOP("Documents", "Score")),
            "",
        ]
    ]
    for section in report.sections:
        name = section.name
        if section.capped_at is not None:
            name += " — " + t(
                QT_TRANSLATE_NOOP("Documents", "capped at {cap}"), cap=doc.num(section.capped_at, 1)
            )
        score = (
            _score_text(doc, section.score)
            if section.score is not None
            else t(QT_TRANSLATE_NOOP("Documents", "not scored"))
        )
        rows.append(
            [
                name,
                doc.num(section.weight, 0 if section.weight == int(section.weight) else 1),
                score,
                ScoreBar(section.score, doc.rtl),
            ]
        )
    w = CONTENT_WIDTH
    return [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Scores by section")), HEADING),
        doc.table(
            rows, [w * 0.42, w * 0.1, w * 0.12, w * 0.36], aligns=["start", "center", "center", "start"]
        ),
    ]


def _critical(doc: Doc, report: AuditReport) -> list[Any]:
    t = doc.tr
    if not report.critical_failures:
        return [
            doc.p(t(QT_TRANSLATE_NOOP("Documents", "Critical failures")), HEADING),
            doc.p(t(QT_TRANSLATE_NOOP("Documents", "No critical item failed.")), BODY),
        ]
    rows: list[list[Any]] = [
        [
            t(QT_TRANSLATE_NOOP("Documents", "Section")),
            t(QT_TRANSLATE_NOOP("Documents", "Question")),
            t(QT_TRANSLATE_NOOP("Documents", "Effect")),
        ]
    ]
    for failure in report.critical_failures:
        effect = (
            t(QT_TRANSLATE_NOOP("Documents", "audit capped at {cap}"), cap=doc.num(failure.cap, 1))
            if failure.scope == "audit"
            else t(QT_TRANSLATE_NOOP("Documents", "section capped at {cap}"), cap=doc.num(failure.cap, 1))
        )
        question = failure.question + (f"\n{failure.comment}" if failure.comment else "")
        rows.append([failure.section, question, effect])
    w = CONTENT_WIDTH
    return [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Critical failures")), HEADING(color=ALERT)),
        doc.table(rows, [w * 0.25, w * 0.5, w * 0.25], valign="TOP"),
    ]


def _findings(doc: Doc, report: AuditReport) -> list[Any]:
    t = doc.tr
    story: list[Any] = []
    for section in report.sections:
        if not section.answers:
            continue
        rows: list[list[Any]] = [
            [
                t(QT_TRANSLATE_NOOP("Documents", "Question")),
                t(QT_TRANSLATE_NOOP("Documents", "Answer")),
                t(QT_TRANSLATE_NOOP("Documents", "Points")),
            ]
        ]
        for answer in section.answers:
            points = (
                # Not «۰ / ۲»: in Persian a slash between digits reads as a decimal point.
                t(
                    QT_TRANSLATE_NOOP("Documents", "{earned} of {possible}"),
                    earned=doc.num(answer.earned, 1 if answer.earned % 1 else 0),
                    possible=doc.num(answer.possible, 1 if answer.possible % 1 else 0),
                )
                if answer.earned is not None and answer.possible is not None
                else "—"
            )
            failed = answer.critical and bool(answer.possible) and answer.earned == 0
            style = BODY(size=8.5, color=ALERT if failed else BODY.color, bold=failed)
            question = ("* " if answer.critical else "") + answer.question
            text = doc.digits(answer.answer) + (f"\n{answer.comment}" if answer.comment else "")
            rows.append([doc.p(question, style), doc.p(text, style), doc.p(points, style(align="center"))])
        w = CONTENT_WIDTH
        table = doc.table(
            rows,
            [w * 0.52, w * 0.33, w * 0.15],
            aligns=["start", "start", "center"],
            size=8.5,
            valign="TOP",
        )
        story += [doc.p(section.name, HEADING(size=9.5)), table]
    if story:
        story.insert(0, doc.p(t(QT_TRANSLATE_NOOP("Documents", "Findings")), HEADING(size=11.5)))
        story.append(doc.p(t(QT_TRANSLATE_NOOP("Documents", "* critical question")), SMALL(space_before=3)))
    return story


def _evidence(doc: Doc, report: AuditReport) -> list[Any]:
    if not report.evidence:
        return []
    t = doc.tr
    columns = 3
    gap = 6.0
    cell_w = (CONTENT_WIDTH - gap * (columns - 1)) / columns
    cells: list[Any] = []
    for item in report.evidence:
        try:
            image: Any = picture(item.data, cell_w - 8, cell_w * 0.75)
            image.hAlign = "CENTER"
        except ValueError:
            image = doc.p(t(QT_TRANSLATE_NOOP("Documents", "(this file is not an image)")), SMALL)
        caption = item.caption + (f" — {item.question}" if item.question else "")
        cells.append([image, doc.p(shorten(caption, 140), SMALL(align="center"))])
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    if doc.rtl:
        rows = [list(reversed(r)) for r in rows]
    grid = Table(rows, colWidths=[cell_w] * columns, hAlign="CENTER")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [KeepTogether([doc.p(t(QT_TRANSLATE_NOOP("Documents", "Evidence")), HEADING), grid])]


def _appeals(doc: Doc, report: AuditReport) -> list[Any]:
    if not report.appeals:
        return []
    t = doc.tr
    rows: list[list[Any]] = [
        [
            t(QT_TRANSLATE_NOOP("Documents", "Question")),
            t(QT_TRANSLATE_NOOP("Documents", "Dealership's reason")),
            t(QT_TRANSLATE_NOOP("Documents", "HQ's decision")),
        ]
    ]
    for appeal in report.appeals:
        decision = appeal.decision + (f"\n{appeal.note}" if appeal.note else "")
        rows.append([appeal.question, appeal.reason, decision])
    w = CONTENT_WIDTH
    return [
        doc.p(t(QT_TRANSLATE_NOOP("Documents", "Appeals")), HEADING),
        doc.table(rows, [w * 0.35, w * 0.35, w * 0.3], valign="TOP"),
    ]


def build(report: AuditReport, lang: str) -> bytes:
    """The audit report as a PDF (A4) in ``lang`` ("fa" right to left, or "en")."""
    doc = Doc(lang)
    t = doc.tr
    title = t(QT_TRANSLATE_NOOP("Documents", "Mystery-shopper audit report"))
    visit = doc.datetime(report.visit_start)
    if report.visit_end is not None:
        visit += " – " + doc.digits(local(report.visit_end).strftime("%H:%M"))
    dealership = report.dealership_name
    if report.dealership_code:
        code = t(QT_TRANSLATE_NOOP("Documents", "code {code}"), code=doc.digits(report.dealership_code))
        dealership += f" ({code})"
    template = report.template_title + (
        " — "
        + t(QT_TRANSLATE_NOOP("Documents", "version {version}"), version=doc.digits(report.template_version))
        if report.template_version
        else ""
    )
    pairs = [
        (t(QT_TRANSLATE_NOOP("Documents", "Dealership")), dealership),
        (t(QT_TRANSLATE_NOOP("Documents", "Visit")), visit),
        (t(QT_TRANSLATE_NOOP("Documents", "Form")), template),
        (t(QT_TRANSLATE_NOOP("Documents", "Scenario")), report.scenario),
        (t(QT_TRANSLATE_NOOP("Documents", "Inspector")), report.inspector),
        (t(QT_TRANSLATE_NOOP("Documents", "Status")), report.status),
        (t(QT_TRANSLATE_NOOP("Documents", "Reference")), doc.code(report.reference)),
    ]
    story: list[Any] = [
        *letterhead(doc, report.issuer, title, CONTENT_WIDTH),
        doc.fields(pairs, CONTENT_WIDTH, 0.18, valign="TOP"),
        doc.space(8),
        _summary_box(doc, report),
    ]
    if report.summary:
        story += [
            doc.p(t(QT_TRANSLATE_NOOP("Documents", "Inspector's remarks")), HEADING),
            doc.p(report.summary, BODY),
        ]
    story += _sections(doc, report)
    story.append(KeepTogether(_critical(doc, report)))
    story += _findings(doc, report)
    story += _evidence(doc, report)
    story += _appeals(doc, report)
    if report.content_hash:
        story += [
            Rule(space=8),
            doc.p(
                t(
                    QT_TRANSLATE_NOOP("Documents", "Fingerprint of the frozen submission (SHA-256): {hash}"),
                    hash=doc.code(report.content_hash),
                ),
                SMALL,
            ),
        ]
    footer = f"{report.dealership_name} · {doc.date(report.visit_start)}"
    meta = Meta(title=title, author=report.issuer.name, subject=report.dealership_name, footer=footer)
    return render(doc, story, meta, pagesize=A4)
