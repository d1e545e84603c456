"""The documents' data read from a desktop database (the app and the command line).

Each function reads what one document needs, in one read transaction of the caller,
and returns the document's plain dataclass in the language asked for. HQ builds the
same dataclasses from its own store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.labels import label
from desktop.models import calendar, cases, customers, dealership, jobcards, settings, users
from desktop.models.audits.records import Audit
from desktop.models.audits.release import Appeal, Release
from desktop.models.audits.template import Template
from desktop.models.cases.codes import SYSTEM_ACTOR
from desktop.models.cases.ladder import load_ladder
from desktop.models.cases.units import list_units
from desktop.models.errors import NotFound, TransitionRefused
from desktop.models.events import Event
from reports.audit_report import Appeal as AuditAppeal
from reports.audit_report import AuditAnswer, AuditReport, AuditSection, CriticalFailure, Evidence
from reports.case_history import CaseHistory, HistoryEntry
from reports.common import Letterhead, VehicleInfo
from reports.intake_receipt import IntakeReceipt
from reports.reply_letter import ReplyLetter
from reports.service_receipt import BillLine, BillTotals, ServiceReceipt

CONTEXT = "Documents"


def letterhead(conn: Connection) -> Letterhead:
    dealer = dealership.get_dealership(conn)
    return Letterhead(dealer.name, dealer.address, dealer.phone, dealer.city, dealer.id)


class _People:
    """Display names of users, looked up once each."""

    def __init__(self, conn: Connection, lang: str) -> None:
        self.conn = conn
        self.lang = lang
        self.names: dict[str, str] = {}

    def __call__(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        if user_id not in self.names:
            if user_id == SYSTEM_ACTOR:
                name = translate(CONTEXT, QT_TRANSLATE_NOOP("Documents", "the system"), self.lang)
            else:
                try:
                    name = users.get_user(self.conn, user_id).display_name
                except NotFound:
                    name = user_id[:8]
            self.names[user_id] = name
        return self.names[user_id]


def _vehicle(conn: Connection, vehicle_id: str | None) -> VehicleInfo | None:
    if not vehicle_id:
        return None
    try:
        v = customers.get_vehicle(conn, vehicle_id)
    except NotFound:
        return None
    return VehicleInfo(model=v.model, plate=v.plate, vin=v.vin or v.chassis, color=v.colour)


def _customer(conn: Connection, customer_id: str) -> customers.Customer | None:
    try:
        return customers.get_customer(conn, customer_id)
    except NotFound:
        return None


def _subcategory(conn: Connection, case: cases.Case, lang: str) -> str:
    if not case.subcategory:
        return ""
    for sub in cases.list_subcategories(conn, case.category):
        if sub.code == case.subcategory:
            return sub.name(lang)
    return case.subcategory


def intake_receipt(conn: Connection, key: str, lang: str) -> IntakeReceipt:
    """The intake receipt of the case with id or tracking code ``key``.

    Raises:
        NotFound: no such case.
    """
    case = cases.get_case(conn, key)
    person = _customer(conn, case.customer_id)
    people = _People(conn, lang)
    return IntakeReceipt(
        dealership=letterhead(conn),
        tracking_code=case.tracking_code,
        registered_at=case.registered_at,
        customer_name=person.display_name if person else "",
        case_type=case.case_type,
        category=case.category,
        subcategory=_subcategory(conn, case, lang),
        description=case.description,
        clerk_name=people(case.registered_by),
        channel=case.channel,
        vehicle=_vehicle(conn, case.vehicle_id),
        counter=case.counter or "",
        respond_by=cases.promised_response(case),
        follow_up=str(settings.get(conn, "receipt_follow_up") or ""),
    )


def _unit_names(conn: Connection, lang: str) -> dict[str, str]:
    """Every unit's name in ``lang`` by code (built-in units named by the catalogue)."""
    return {
        u.code: (u.name_fa if lang == "fa" else u.name_en) or label("unit", u.code, lang)
        for u in list_units(conn, active_only=False)
    }


def _details(
    event: Event,
    lang: str,
    people: _People,
    units: Mapping[str, str],
    subcategories: Mapping[str, str] | None = None,
) -> str:
    """What an event says, in words, for the history's timeline (``units`` and
    ``subcategories``: names by code)."""
    p: Mapping[str, Any] = event.payload

    def tr(text: str, **params: Any) -> str:
        return translate(CONTEXT, text, lang).format(**params)

    def unit(code: str) -> str:
        return units.get(code) or label("unit", code, lang)

    kind = event.kind
    parts: list[str] = []
    if kind == "registered":
        parts.append(label("channel", str(p.get("channel", "")), lang))
        if p.get("counter"):
            parts.append(tr(QT_TRANSLATE_NOOP("Documents", "counter {counter}"), counter=p["counter"]))
    elif kind in ("note_added", "customer_replied"):
        parts.append(str(p.get("text", "")))
    elif kind == "attachment_added":
        parts.append(str(p.get("name", "")))
    elif kind == "resolved_at_first_contact":
        parts.append(str(p.get("answer", "")))
        if p.get("satisfaction"):
            parts.append(
                tr(QT_TRANSLATE_NOOP("Documents", "satisfaction {score} of 5"), score=p["satisfaction"])
            )
    elif kind == "assigned":
        parts.append(people(str(p.get("assignee_id", ""))))
    elif kind == "escalated":
        parts.append(
            tr(
                QT_TRANSLATE_NOOP("Documents", "to {level}"),
                level=label("level", str(p.get("to_level")), lang),
            )
        )
        if p.get("reason"):
            parts.append(label("escalation_reason", str(p["reason"]), lang))
        if p.get("comment"):
            parts.append(str(p["comment"]))
    elif kind == "supervisor_arrived":
        parts.append(label("level", str(p.get("level", "")), lang))
    elif kind == "referred":
        parts.append(f"{unit(str(p.get('unit', '')))}: {p.get('inquiry', '')}")
    elif kind in ("inquiry_answered", "responded"):
        parts.append(str(p.get("answer", "")))
        if p.get("method"):
            parts.append(label("notify_method", str(p["method"]), lang))
    elif kind == "confirmation_requested":
        parts.append(str(p.get("question", "")))
    elif kind == "happy_call":
        parts.append(label("reach", str(p.get("reach", "")), lang))
        if p.get("satisfaction"):
            parts.append(
                tr(QT_TRANSLATE_NOOP("Documents", "satisfaction {score} of 5"), score=p["satisfaction"])
            )
        if p.get("comment"):
            parts.append(str(p["comment"]))
    elif kind == "closed":
        if p.get("resolution"):
            parts.append(label("resolution", str(p["resolution"]), lang))
        if p.get("reason"):
            parts.append(str(p["reason"]))
    elif kind == "reopened":
        parts.append(str(p.get("reason", "")))
    elif kind == "reply_letter_recorded":
        parts.append(
            tr(
                QT_TRANSLATE_NOOP("Documents", "letter no. {number} of {date}"),
                number=p.get("letter_no", ""),
                date=calendar.format_date(date.fromisoformat(str(p["letter_date"])), lang)
                if p.get("letter_date")
                else "",
            )
        )
    elif kind == "reclassified":
        # What the correction changed (only the changed fields are in it), then why.
        for key in ("case_type", "category", "priority"):
            if key in p:
                parts.append(label(key, str(p[key]), lang))
        if p.get("subcategory"):
            code = str(p["subcategory"])
            parts.append((subcategories or {}).get(code, code))
        parts.append(str(p.get("reason", "")))
    elif kind == "sla_breached" and p.get("due_at"):
        due = calendar.format_datetime(calendar.parse_iso(str(p["due_at"])), lang)
        parts.append(tr(QT_TRANSLATE_NOOP("Documents", "due {when}"), when=due))
    separator = "، " if lang == "fa" else "; "
    return separator.join(part for part in parts if part)


def case_history(
    conn: Connection, key: str, lang: str, *, now: datetime, printed_by: users.User | None = None
) -> CaseHistory:
    """The case history of ``key`` (id or tracking code): particulars and every event."""
    case = cases.get_case(conn, key)
    person = _customer(conn, case.customer_id)
    people = _People(conn, lang)
    units = _unit_names(conn, lang)
    subcategories = {sub.code: sub.name(lang) for sub in cases.list_subcategories(conn, case.category)}
    entries = tuple(
        HistoryEntry(
            at=calendar.parse_iso(e.recorded_at),
            actor=people(e.actor_id),
            kind=e.kind,
            details=_details(e, lang, people, units, subcategories),
        )
        for e in case.events
    )
    return CaseHistory(
        dealership=letterhead(conn),
        tracking_code=case.tracking_code,
        customer_name=person.display_name if person else "",
        case_type=case.case_type,
        category=case.category,
        channel=case.channel,
        priority=case.priority,
        status=case.status,
        registered_at=case.registered_at,
        description=case.description,
        entries=entries,
        printed_at=now,
        printed_by=printed_by.display_name if printed_by else "",
        subcategory=_subcategory(conn, case, lang),
        resolution=case.resolution or "",
        level=case.level,
        closed_at=case.closed_at,
        customer_mobile=person.mobile if person else "",
        vehicle=_vehicle(conn, case.vehicle_id),
        counter=case.counter or "",
    )


def _signatory(conn: Connection, case: cases.Case, lang: str) -> tuple[str, str]:
    """Who signs a formal reply, and their title: the holder of the ladder's top level.

    A formal letter speaks for the dealership, and the top level (the CRM manager in both
    presets) has the final word on a case, so a clerk who typed the response or recorded
    the letter does not sign it. The person who recorded the reply letter, else who last
    responded, signs when they hold the top level; otherwise an active user who does
    (first by name); with none, the level's title alone, to be signed by hand.
    """
    ladder = load_ladder(conn)
    top = ladder.top
    acted = [e.actor_id for e in reversed(case.events) if e.kind in ("reply_letter_recorded", "responded")]
    for user_id in acted:
        try:
            user = users.get_user(conn, user_id)
        except NotFound:
            continue
        if ladder.may_act_at(user.role, top.code):
            return user.display_name, label("role", user.role, lang)
    for user in users.list_users(conn):
        if ladder.may_act_at(user.role, top.code):
            return user.display_name, label("role", user.role, lang)
    named = top.name_fa if lang == "fa" else top.name_en
    return "", named or label("level", top.code, lang)


def reply_letter(conn: Connection, key: str, lang: str, *, now: datetime) -> ReplyLetter:
    """The formal reply letter of a case: to the referring authority, else to the customer.

    The body is the reply letter recorded on the case, else its latest response; it is
    signed by the holder of the escalation ladder's top level (see :func:`_signatory`).

    Raises:
        NotFound: no such case.
        TransitionRefused: ``no_response_yet`` when the case has nothing to reply with.
    """
    case = cases.get_case(conn, key)
    state = case.state
    person = _customer(conn, case.customer_id)
    recorded: Mapping[str, Any] = state.reply_letter or {}
    body = str(recorded.get("text", "")) or state.answer
    if not body:
        raise TransitionRefused("no_response_yet", status=case.status)
    signatory_name, signatory_title = _signatory(conn, case, lang)
    authority: Mapping[str, Any] = state.authority or {}
    customer_name = person.display_name if person else ""
    signed = recorded.get("letter_date")
    return ReplyLetter(
        dealership=letterhead(conn),
        reference=str(recorded.get("letter_no", "")) or case.tracking_code,
        signed_on=date.fromisoformat(str(signed)) if signed else calendar.local(now).date(),
        recipient=str(authority.get("name", "")) or customer_name,
        customer_name=customer_name,
        tracking_code=case.tracking_code,
        case_type=case.case_type,
        category=case.category,
        body=body,
        signatory_name=signatory_name,
        signatory_title=signatory_title,
        their_reference=str(authority.get("letter_no", "")),
        their_date=date.fromisoformat(str(authority["letter_date"]))
        if authority.get("letter_date")
        else None,
    )


def service_receipt(conn: Connection, key: str, lang: str) -> ServiceReceipt:
    """The service receipt of an issued job card (id or number).

    Raises:
        NotFound: no such job card.
        TransitionRefused: ``jobcard_open`` / ``jobcard_cancelled``: there is no bill to print.
    """
    card = jobcards.get_jobcard(conn, key)
    if card.bill is None or card.issued_at is None:
        raise TransitionRefused("jobcard_" + card.status, status=card.status)
    bill = card.bill
    people = _People(conn, lang)
    tracking, category = "", ""
    if card.case_id:
        try:
            case = cases.get_case(conn, card.case_id)
            tracking, category = case.tracking_code, case.category
        except NotFound:
            pass
    return ServiceReceipt(
        dealership=letterhead(conn),
        number=card.number,
        customer_name=card.customer_name,
        vehicle=VehicleInfo(card.vehicle_model, card.vehicle_plate, card.vehicle_vin, card.vehicle_colour),
        received_at=card.opened_at,
        issued_at=card.issued_at,
        lines=tuple(
            BillLine(x.kind, x.description, x.quantity, x.unit_price, x.total, x.payer, x.code)
            for x in bill.lines
        ),
        totals=BillTotals(
            labour=bill.labour,
            parts=bill.parts,
            value=bill.value,
            warranty=bill.warranty,
            goodwill=bill.goodwill,
            customer_share=bill.customer_share,
            tax_rate=bill.tax_rate,
            tax=bill.tax,
            to_pay=bill.to_pay,
            saving=bill.saving,
        ),
        advisor_name=people(card.issued_by),
        odometer_in=card.odometer_in,
        odometer_out=card.odometer_out,
        customer_phone=card.customer_mobile,
        request=card.request,
        work_done=card.work_done,
        case_tracking_code=tracking,
        category=category,
    )


# -- the audit report ---------------------------------------------------------------------

AUDIT_CONTEXT = "AuditPrint"
ISSUER = QT_TRANSLATE_NOOP("AuditPrint", "Dealer network inspection unit")
GENERAL = QT_TRANSLATE_NOOP("AuditPrint", "General")
FINALISED = QT_TRANSLATE_NOOP("AuditPrint", "Finalised")
RELEASED = QT_TRANSLATE_NOOP("AuditPrint", "Released to the dealership")
INSPECTOR = QT_TRANSLATE_NOOP("AuditPrint", "Inspector {code}")
STRUCK_OUT = QT_TRANSLATE_NOOP("AuditPrint", "struck out after an upheld appeal")
# The text question whose answer is printed as the inspector's remarks (once, not in the findings).
SUMMARY_QUESTION = "summary"


def _audit_answer(template: Template, answers: Mapping[str, Any], name: str, lang: str) -> str:
    question = template.question(name)
    value = answers.get(name)
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
        return calendar.digits(str(len(value)), lang)
    return calendar.digits(str(value), lang)


def audit_report(
    audit: Audit | Release,
    lang: str,
    *,
    inspector: str = "",
    appeals: Sequence[Appeal] | None = None,
    image: Callable[[str], bytes | None] = lambda sha256: None,
) -> AuditReport:
    """The audit report's data from a finalised audit or a released report, in ``lang``.

    Pure: the desktop and HQ call it alike with what they read from their own store.

    Args:
        audit: the covert record (:class:`Audit`) or the dealership's :class:`Release`, which
            prints the answers after HQ's decisions on appeals and only the inspector's pseudonym.
        inspector: the inspector's display name (an :class:`Audit` only).
        appeals: the appeals to print with an :class:`Audit` (a release carries its own).
        image: the bytes of an evidence file by its SHA-256, None when not at hand.
    """
    template = audit.template
    if isinstance(audit, Release):
        answers, void, appeal_list = audit.adjusted, audit.void, tuple(audit.appeals)
        who = translate(AUDIT_CONTEXT, INSPECTOR, lang).format(code=audit.pseudonym)
        released = True
    else:
        answers, void, appeal_list = audit.answers, frozenset(), tuple(appeals or ())
        who = inspector
        released = audit.released
    scored = audit.score
    has_summary = (
        template.has_question(SUMMARY_QUESTION) and template.question(SUMMARY_QUESTION).type == "text"
    )
    summary = str(answers.get(SUMMARY_QUESTION) or "") if has_summary else ""
    shown = {q.name for q in template.questions if q.name in answers or q.name in scored.items}
    if summary:
        shown.discard(SUMMARY_QUESTION)

    def section_name(name: str) -> str:
        section = template.section(name)
        return section.label.get(lang) if section.grouped else translate(AUDIT_CONTEXT, GENERAL, lang)

    sections = []
    for section in template.sections:
        figures = scored.sections.get(section.name)
        rows = []
        for name in section.questions:
            if name not in shown:
                continue
            question = template.question(name)
            item = scored.items.get(name)
            comment = audit.notes.get(name, "")
            if name in void:
                comment = (comment + "\n" if comment else "") + translate(AUDIT_CONTEXT, STRUCK_OUT, lang)
            rows.append(
                AuditAnswer(
                    question=question.label.get(lang),
                    answer=_audit_answer(template, answers, name, lang),
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
                name=section_name(section.name),
                weight=section.weight,
                score=figures.score if figures else None,
                capped_at=capped,
                answers=tuple(rows),
            )
        )
    failures = tuple(
        CriticalFailure(
            section=section_name(template.question(name).section),
            question=template.question(name).label.get(lang),
            cap=template.question(name).critical_cap,
            scope=template.question(name).critical_scope,
            comment=audit.notes.get(name, ""),
        )
        for name in scored.critical_failures
    )
    evidence = []
    for name, items in audit.evidence.items():
        for file in items:
            data = image(file.sha256) if file.mime.startswith("image/") else None
            if data is not None:
                evidence.append(
                    Evidence(caption=file.name, data=data, question=template.question(name).label.get(lang))
                )
    printed_appeals = tuple(
        AuditAppeal(
            question=template.question(a.question).label.get(lang),
            reason=a.reason,
            decision=label("appeal_status", a.status, lang),
            note=a.decision_note,
        )
        for a in appeal_list
    )
    return AuditReport(
        issuer=Letterhead(translate(AUDIT_CONTEXT, ISSUER, lang)),
        dealership_name=audit.dealership_name,
        dealership_code=audit.dealership_id,
        template_title=template.title.get(lang),
        template_version=str(template.version),
        scenario=audit.scenario_text(lang),
        visit_start=audit.visit_started_at,
        visit_end=audit.visit_ended_at,
        inspector=who,
        score=scored.score,
        sections=tuple(sections),
        critical_failures=failures,
        evidence=tuple(evidence),
        appeals=printed_appeals,
        status=translate(AUDIT_CONTEXT, RELEASED if released else FINALISED, lang),
        reference=audit.id.split("-")[-1][:8].upper(),
        content_hash=audit.content_hash,
        uncapped_score=scored.raw,
        summary=summary,
    )
