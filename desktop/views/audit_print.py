"""The audit report's input (:class:`reports.audit_report.AuditReport`) from what is on screen.

Runs on the database worker (evidence photos are read from the blobs) and uses no Qt:
texts come from the template in the report's language and from the catalogues. A
released report names the inspector only by pseudonym, as the screen does.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.labels import label
from desktop.models import blobs, users
from desktop.models.calendar import digits
from desktop.models.db import Database
from desktop.models.users import Perm
from desktop.views.audit_detail import AuditView
from reports.audit_report import (
    Appeal,
    AuditAnswer,
    AuditReport,
    AuditSection,
    CriticalFailure,
    Evidence,
)
from reports.common import Letterhead

CONTEXT = "AuditPrint"
ISSUER = QT_TRANSLATE_NOOP("AuditPrint", "Dealer network inspection unit")
GENERAL = QT_TRANSLATE_NOOP("AuditPrint", "General")
FINALISED = QT_TRANSLATE_NOOP("AuditPrint", "Finalised")
RELEASED = QT_TRANSLATE_NOOP("AuditPrint", "Released to the dealership")
INSPECTOR = QT_TRANSLATE_NOOP("AuditPrint", "Inspector {code}")
STRUCK_OUT = QT_TRANSLATE_NOOP("AuditPrint", "struck out after an upheld appeal")


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, lang)


def _answer(view: AuditView, name: str, lang: str) -> str:
    question = view.template.question(name)
    value = view.answers.get(name)
    if value is None:
        return "—"
    if question.type == "yes_no":
        return label("audit_answer", str(value), lang)
    if question.type == "select_one":
        choice = question.choice(str(value))
        return choice.label.get(lang) if choice else str(value)
    if question.type == "select_multiple":
        chosen = [question.choice(str(v)) for v in value]
        return ("، " if lang == "fa" else ", ").join(c.label.get(lang) for c in chosen if c)
    if question.type in ("image", "file"):
        return digits(str(len(value)), lang)
    return digits(str(value), lang)


def report_input(db: Database, actor: users.User, view: AuditView, lang: str) -> AuditReport:
    """Everything the printed report shows, in ``lang``."""
    users.require(actor, Perm.DOCUMENT_PRINT)
    template = view.template
    shown = {q.name for q in template.questions if q.name in view.answers or q.name in view.score.items}
    sections = []
    for section in template.sections:
        figures = view.score.sections.get(section.name)
        rows = []
        for name in section.questions:
            if name not in shown:
                continue
            question = template.question(name)
            item = view.score.items.get(name)
            comment = view.notes.get(name, "")
            if name in view.void:
                comment = (comment + "\n" if comment else "") + _t(STRUCK_OUT, lang)
            rows.append(
                AuditAnswer(
                    question=question.label.get(lang),
                    answer=_answer(view, name, lang),
                    earned=item.earned if item and item.possible else None,
                    possible=item.possible if item and item.possible else None,
                    critical=question.critical,
                    comment=comment,
                )
            )
        capped = None
        if figures and figures.capped_by:
            capped = min(template.question(n).critical_cap for n in figures.capped_by)
        sections.append(
            AuditSection(
                name=section.label.get(lang) if section.grouped else _t(GENERAL, lang),
                weight=section.weight,
                score=figures.score if figures else None,
                capped_at=capped,
                answers=tuple(rows),
            )
        )
    failures = []
    for name in view.score.critical_failures:
        question = template.question(name)
        section = template.section(question.section)
        failures.append(
            CriticalFailure(
                section=section.label.get(lang) if section.grouped else _t(GENERAL, lang),
                question=question.label.get(lang),
                cap=question.critical_cap,
                scope=question.critical_scope,
                comment=view.notes.get(name, ""),
            )
        )
    evidence = []
    with db.read() as conn:
        for name, items in view.evidence.items():
            for item in items:
                if not item.mime.startswith("image/") or not blobs.has_blob(conn, item.sha256):
                    continue
                evidence.append(
                    Evidence(
                        caption=item.name,
                        data=blobs.get_blob(conn, item.sha256).data,
                        question=template.question(name).label.get(lang),
                    )
                )
    appeals = tuple(
        Appeal(
            question=template.question(a.question).label.get(lang),
            reason=a.reason,
            decision=label("appeal_status", a.status, lang),
            note=a.decision_note,
        )
        for a in view.appeals
    )
    inspector = _t(INSPECTOR, lang).format(code=view.inspector) if view.pseudonymous else view.inspector
    has_summary = template.has_question("summary") and template.question("summary").type == "text"
    summary = str(view.answers.get("summary", "")) if has_summary else ""
    return AuditReport(
        issuer=Letterhead(_t(ISSUER, lang)),
        dealership_name=view.dealership_name,
        dealership_code=view.dealership_id,
        template_title=template.title.get(lang),
        template_version=str(template.version),
        scenario=view.scenario_in(lang),
        visit_start=view.visit_started_at,
        visit_end=view.visit_ended_at,
        inspector=inspector,
        score=view.score.score,
        sections=tuple(sections),
        critical_failures=tuple(failures),
        evidence=tuple(evidence),
        appeals=appeals,
        status=_t(RELEASED if view.released else FINALISED, lang),
        reference=view.id.split("-")[-1][:8].upper(),
        content_hash=view.content_hash,
        uncapped_score=view.score.raw,
        summary=summary,
    )
