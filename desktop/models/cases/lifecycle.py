"""Commands that move a case through its life: take-up, escalation, referral, response,
waiting on the customer, happy call, closing, reopening, the authority's reply letter.

Each checks permissions, input and (through the fold) the transition, then appends one
event in the caller's write transaction and returns the case as it now is. What the
fold cannot know (the ladder, service levels, the calendar) is decided here and written
into the event. Refusals are :class:`TransitionRefused` with a reason code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from desktop.models import users
from desktop.models.business_calendar import BusinessCalendar, load_calendar
from desktop.models.calendar import iso, parse_date, parse_iso
from desktop.models.cases import codes, sla
from desktop.models.cases.commands import _append, list_subcategories
from desktop.models.cases.fold import RUNNING, CaseState
from desktop.models.cases.ladder import Ladder, load_ladder
from desktop.models.cases.store import Case, cases_table, get_case
from desktop.models.cases.units import unit_codes
from desktop.models.db import Database
from desktop.models.errors import PermissionDenied, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize
from desktop.models.users import Perm, User

MAX_TEXT = 4000

# The system records automatic escalations under this actor (no person did them).
SYSTEM_USER = User(
    id=codes.SYSTEM_ACTOR,
    username=codes.SYSTEM_ACTOR,
    display_name="",
    role=codes.SYSTEM_ACTOR,
    permissions=frozenset({Perm.CASE_ESCALATE}),
)


def _text(value: str, field: str, *, required: bool = True) -> str:
    clean = normalize(value or "")
    if required and not clean:
        raise ValidationError(field, "required")
    if len(clean) > MAX_TEXT:
        raise ValidationError(field, "too_long", maximum=MAX_TEXT)
    return clean


def _at_level(ladder: Ladder, actor: User, case: Case) -> None:
    """Refuse a decision by someone below the level the case has been escalated to."""
    if not ladder.may_act_at(actor.role, case.level):
        raise TransitionRefused("not_your_level", level=case.level, status=case.status)


def _clock(conn: Connection, state: CaseState, level: str, start: datetime) -> dict[str, Any]:
    policy = sla.policy_for(conn, state.case_type, state.category, state.priority, level)
    clock = sla.start_clock(load_calendar(conn), policy, start)
    payload = clock.payload()
    payload["warn_hours"] = policy.warn_hours
    return payload


# -- who handles it -------------------------------------------------------------------------


def _fits_segment(user: User, segment: str | None) -> bool:
    # Staff with no segment set handle every segment (small dealerships, supervisors).
    return segment is None or not user.segments or segment in user.segments


def take_up(conn: Connection, actor: User, case_id: str, *, now: datetime) -> Case:
    """The actor takes a case from their segment's pool (or from a colleague) to handle it."""
    users.require(actor, Perm.CASE_HANDLE)
    case = get_case(conn, case_id)
    if not _fits_segment(actor, case.segment):
        raise TransitionRefused("segment_mismatch", segment=case.segment or "")
    if case.assignee_id == actor.id:
        raise TransitionRefused("already_yours", status=case.status)
    return _append(conn, actor, case.id, "assigned", {"assignee_id": actor.id}, now)


def assign(conn: Connection, actor: User, case_id: str, *, assignee_id: str, now: datetime) -> Case:
    """A supervisor (or above) gives a case to someone of the case's segment."""
    users.require(actor, Perm.CASE_HANDLE)
    ladder = load_ladder(conn)
    if ladder.rank(actor.role) < 1:
        raise PermissionDenied(permission="case.assign", role=actor.role)
    case = get_case(conn, case_id)
    assignee = users.get_user(conn, assignee_id)
    if not assignee.active or not assignee.can(Perm.CASE_HANDLE):
        raise ValidationError("assignee", "cannot_handle")
    if not _fits_segment(assignee, case.segment):
        raise ValidationError("assignee", "segment_mismatch")
    return _append(conn, actor, case.id, "assigned", {"assignee_id": assignee.id}, now)


# -- the ladder -----------------------------------------------------------------------------


def escalate(
    conn: Connection, actor: User, case_id: str, *, reason: str, comment: str = "", now: datetime
) -> Case:
    """Send the case one level up; a walk-in's next level is summoned to the counter."""
    users.require(actor, Perm.CASE_ESCALATE)
    codes.check("reason", reason, codes.ESCALATION_REASONS[:-1])
    note = _text(comment, "comment", required=False)
    case = get_case(conn, case_id)
    ladder = load_ladder(conn)
    _at_level(ladder, actor, case)
    return _escalate(conn, actor, case, ladder, reason, note, now, auto=False)


def _escalate(
    conn: Connection,
    actor: User,
    case: Case,
    ladder: Ladder,
    reason: str,
    comment: str,
    now: datetime,
    *,
    auto: bool,
) -> Case:
    above = ladder.next_after(case.level)
    if above is None:
        raise TransitionRefused("top_level", level=case.level, status=case.status)
    payload: dict[str, Any] = {
        "from_level": case.level,
        "to_level": above.code,
        "reason": reason,
        "comment": comment,
        "summons": case.status == "at_counter",
        "counter": case.counter,
        "arrival_minutes": above.arrival_minutes,
        "auto": auto,
    }
    if case.status in RUNNING:
        payload["sla"] = _clock(conn, case.state, above.code, now)
    return _append(conn, actor, case.id, "escalated", payload, now)


def arrive(conn: Connection, superior: User, case_id: str, *, now: datetime) -> Case:
    """The summoned person is at the counter and takes the case over (after their PIN)."""
    users.require(superior, Perm.CASE_HANDLE)
    case = get_case(conn, case_id)
    summons = case.state.summons
    if summons is None:
        raise TransitionRefused("no_summons", status=case.status)
    if not load_ladder(conn).may_act_at(superior.role, summons.level):
        raise TransitionRefused("not_your_level", level=summons.level, status=case.status)
    return _append(conn, superior, case.id, "supervisor_arrived", {"level": summons.level}, now)


def take_over(db: Database, case_id: str, *, user_id: str, pin: str, now: datetime) -> tuple[User, Case]:
    """Step-up at the clerk's PC: check the superior's PIN, then record their arrival.

    The PIN attempt is counted in its own transaction (a wrong PIN is never rolled back).

    Raises:
        AuthError: wrong PIN (``bad_credentials`` with ``attempts_left``), ``locked``, ``no_pin``.
        TransitionRefused: nobody was summoned, or the person is below the summoned level.
    """
    with db.read() as conn:
        case = get_case(conn, case_id)
        summons = case.state.summons
        candidate = users.get_user(conn, user_id)
        if summons is None:
            raise TransitionRefused("no_summons", status=case.status)
        if not load_ladder(conn).may_act_at(candidate.role, summons.level):
            raise TransitionRefused("not_your_level", level=summons.level, status=case.status)
    superior = users.step_up(db, user_id, pin, now)
    with db.write() as conn:
        return superior, arrive(conn, superior, case_id, now=now)


def summoned_candidates(conn: Connection, case_id: str) -> list[User]:
    """Who may answer the summons of a case: active users at its level or above."""
    case = get_case(conn, case_id)
    summons = case.state.summons
    if summons is None:
        return []
    ladder = load_ladder(conn)
    return [
        u
        for u in users.list_users(conn)
        if u.has_pin and ladder.may_act_at(u.role, summons.level) and u.can(Perm.CASE_HANDLE)
    ]


# -- units ----------------------------------------------------------------------------------


def refer(conn: Connection, actor: User, case_id: str, *, unit: str, inquiry: str, now: datetime) -> Case:
    """Ask a unit (sales, accounting ...) with an inquiry; several may be open at once."""
    users.require(actor, Perm.CASE_HANDLE)
    if unit not in unit_codes(conn):
        raise ValidationError("unit", "unknown_code", value=unit)
    question = _text(inquiry, "inquiry")
    case = get_case(conn, case_id)
    _at_level(load_ladder(conn), actor, case)
    payload = {"referral_id": uuid7(int(now.timestamp() * 1000)), "unit": unit, "inquiry": question}
    return _append(conn, actor, case.id, "referred", payload, now)


def answer_inquiry(
    conn: Connection, actor: User, case_id: str, *, referral_id: str, answer: str, now: datetime
) -> Case:
    """Record a unit's answer to its inquiry (typed by the unit or by the CRM expert)."""
    users.require(actor, Perm.CASE_HANDLE)
    text = _text(answer, "answer")
    case = get_case(conn, case_id)
    return _append(
        conn, actor, case.id, "inquiry_answered", {"referral_id": referral_id, "answer": text}, now
    )


# -- the customer ---------------------------------------------------------------------------


def respond(conn: Connection, actor: User, case_id: str, *, answer: str, method: str, now: datetime) -> Case:
    """Give the customer the answer and record how they were told.

    At the top of the ladder (after an escalation) the answer is the final decision.
    """
    users.require(actor, Perm.CASE_HANDLE)
    codes.check("method", method, codes.NOTIFY_METHODS)
    text = _text(answer, "answer")
    case = get_case(conn, case_id)
    ladder = load_ladder(conn)
    _at_level(ladder, actor, case)
    final = ladder.is_top(case.level) and case.level != ladder.levels[0].code
    payload = {"answer": text, "method": method, "final": final}
    return _append(conn, actor, case.id, "responded", payload, now)


def request_confirmation(
    conn: Connection, actor: User, case_id: str, *, question: str, now: datetime
) -> Case:
    """Wait on the customer (their confirmation, documents, a visit); the clock pauses."""
    users.require(actor, Perm.CASE_HANDLE)
    text = _text(question, "question")
    case = get_case(conn, case_id)
    state = case.state
    payload: dict[str, Any] = {"question": text}
    if state.clock_running and state.due_at:
        payload["sla_remaining"] = load_calendar(conn).seconds_between(now, parse_iso(state.due_at))
    return _append(conn, actor, case.id, "confirmation_requested", payload, now)


def record_customer_reply(conn: Connection, actor: User, case_id: str, *, text: str, now: datetime) -> Case:
    """The customer answered what we waited for; the clock runs again where it stopped."""
    users.require(actor, Perm.CASE_HANDLE)
    reply = _text(text, "reply")
    case = get_case(conn, case_id)
    state = case.state
    payload: dict[str, Any] = {"text": reply}
    if state.status == "awaiting_confirmation" and state.resume_status in RUNNING:
        if state.paused_remaining is not None:
            clock = sla.resume_clock(load_calendar(conn), state.paused_remaining, state.warn_hours, now)
            payload["sla"] = clock.payload() | {"warn_hours": state.warn_hours}
        else:
            payload["sla"] = _clock(conn, state, state.level, now)
    return _append(conn, actor, case.id, "customer_replied", payload, now)


def record_happy_call(
    conn: Connection,
    actor: User,
    case_id: str,
    *,
    reach: str,
    now: datetime,
    satisfaction: int | None = None,
    comment: str = "",
) -> Case:
    """Record a call-back: reach, satisfaction 1-5 and comment.

    Satisfied closes the case. Not satisfied reopens it and sends it back to the unit that
    answered (or to whoever responded), unless the answer was the top level's final one.
    """
    users.require(actor, Perm.HAPPY_CALL)
    codes.check("reach", reach, codes.REACHES)
    words = _text(comment, "comment", required=False)
    if reach == "reached":
        if satisfaction is None:
            raise ValidationError("satisfaction", "required")
        if not 1 <= satisfaction <= 5:
            raise ValidationError("satisfaction", "out_of_range", minimum=1, maximum=5)
    else:
        satisfaction = None
    case = get_case(conn, case_id)
    state = case.state
    payload: dict[str, Any] = {"reach": reach, "satisfaction": satisfaction, "comment": words}
    from desktop.models.cases.fold import SATISFIED_FROM

    unhappy = reach == "reached" and satisfaction is not None and satisfaction < SATISFIED_FROM
    if unhappy and not state.final and state.happy_call_pending:
        answered = [r for r in state.referrals if r.answered_at]
        if answered:
            last = max(answered, key=lambda r: r.answered_at or "")
            payload["referral"] = {
                "referral_id": uuid7(int(now.timestamp() * 1000)),
                "unit": last.unit,
                "inquiry": words,
            }
        elif state.responses:
            payload["assignee_id"] = state.responses[-1].actor_id
        payload["sla"] = _clock(conn, state, state.level, now)
    return _append(conn, actor, case.id, "happy_call", payload, now)


# -- the end --------------------------------------------------------------------------------


def close_case(
    conn: Connection, actor: User, case_id: str, *, resolution: str, reason: str = "", now: datetime
) -> Case:
    """Close a case: resolved or rejected after the customer was answered, or withdrawn."""
    users.require(actor, Perm.CASE_CLOSE)
    codes.check("resolution", resolution, codes.CLOSE_RESOLUTIONS)
    why = _text(reason, "reason", required=resolution != "resolved")
    case = get_case(conn, case_id)
    if resolution != "withdrawn":
        _at_level(load_ladder(conn), actor, case)
    return _append(conn, actor, case.id, "closed", {"resolution": resolution, "reason": why}, now)


def reopen_case(conn: Connection, actor: User, case_id: str, *, reason: str, now: datetime) -> Case:
    users.require(actor, Perm.CASE_REOPEN)
    why = _text(reason, "reason")
    case = get_case(conn, case_id)
    payload: dict[str, Any] = {"reason": why}
    if case.status == "closed":
        payload["sla"] = _clock(conn, case.state, case.level, now)
    return _append(conn, actor, case.id, "reopened", payload, now)


def record_reply_letter(
    conn: Connection,
    actor: User,
    case_id: str,
    *,
    letter_no: str,
    letter_date: str,
    text: str,
    now: datetime,
) -> Case:
    """The formal written reply to the authority that referred the case (needed to close it)."""
    users.require(actor, Perm.CASE_HANDLE)
    number = _text(letter_no, "reply_letter_no")
    when = parse_date(letter_date, "reply_letter_date")
    body = _text(text, "reply_letter_text")
    case = get_case(conn, case_id)
    payload = {"letter_no": number, "letter_date": when.isoformat(), "text": body}
    return _append(conn, actor, case.id, "reply_letter_recorded", payload, now)


# -- corrections ----------------------------------------------------------------------------


def reclassify(
    conn: Connection,
    actor: User,
    case_id: str,
    *,
    reason: str,
    now: datetime,
    case_type: str | None = None,
    category: str | None = None,
    subcategory: str | None = None,
    priority: str | None = None,
) -> Case:
    """Correct the case's type, category, sub-category or priority (a new event, with why).

    ``None`` keeps a value; ``subcategory=""`` clears it, and a new category drops a
    sub-category it does not have. Someone who may act at the case's level, or a
    supervisor or above, may correct an open case. The service-level clock is counted
    again for the new classification from where it started.

    Raises:
        ValidationError: an unknown code, a sub-category of another category, no reason,
            or nothing changed.
        TransitionRefused: the case is closed (``closed``), or the actor is below its level.
    """
    users.require(actor, Perm.CASE_HANDLE)
    codes.check("case_type", case_type, codes.CASE_TYPES, required=False)
    codes.check("category", category, codes.CATEGORIES, required=False)
    codes.check("priority", priority, codes.PRIORITIES, required=False)
    why = _text(reason, "reason")
    case = get_case(conn, case_id)
    state = case.state
    ladder = load_ladder(conn)
    if not _may_correct(ladder, actor, case):
        raise TransitionRefused("not_your_level", level=case.level, status=case.status)
    wanted: dict[str, Any] = {
        "case_type": case_type or state.case_type,
        "category": category or state.category,
        "priority": priority or state.priority,
    }
    if subcategory is None:
        sub = state.subcategory if wanted["category"] == state.category else None
    else:
        sub = subcategory or None
    if sub is not None and sub not in {s.code for s in list_subcategories(conn, wanted["category"])}:
        if subcategory is None:
            sub = None  # the old one does not exist under the new category
        else:
            raise ValidationError("subcategory", "unknown_code", value=sub)
    wanted["subcategory"] = sub
    changed = {k: v for k, v in wanted.items() if getattr(state, k) != v}
    if not changed:
        raise ValidationError("classification", "nothing_changed")
    payload: dict[str, Any] = {**changed, "reason": why}
    if changed.keys() & {"case_type", "category", "priority"}:
        payload.update(_recounted_clock(conn, case, wanted))
    return _append(conn, actor, case.id, "reclassified", payload, now)


def _may_correct(ladder: Ladder, actor: User, case: Case) -> bool:
    # Whoever may decide at the case's level, and any supervisor or above.
    return ladder.may_act_at(actor.role, case.level) or ladder.rank(actor.role) >= 1


def _recounted_clock(conn: Connection, case: Case, wanted: dict[str, Any]) -> dict[str, Any]:
    """The clock of the corrected classification, counted from the running clock's start.

    The difference between the two policies' hours is added to (or taken from) the time
    the current clock was given, so a clock resumed after waiting on the customer keeps
    what it had used. An authority's own deadline still comes first.
    """
    state = case.state
    old = sla.policy_for(conn, state.case_type, state.category, state.priority, state.level)
    new = sla.policy_for(conn, wanted["case_type"], wanted["category"], wanted["priority"], state.level)
    delta = (new.hours - old.hours) * 3600
    if state.status == "awaiting_confirmation" and state.paused_remaining is not None:
        return {"sla_remaining": state.paused_remaining + delta, "clock_remaining": state.paused_remaining}
    if not state.clock_running or state.due_at is None:
        return {}
    anomalies = set(state.anomalies)
    for event in reversed(case.events):
        clock = event.payload.get("sla")
        if event.event_id in anomalies or not isinstance(clock, dict) or clock.get("due_at") != state.due_at:
            continue
        start = parse_iso(str(clock.get("started_at") or event.recorded_at))
        given = float(clock.get("hours") or 0.0) * 3600
        fresh = sla.resume_clock(load_calendar(conn), max(given + delta, 0.0), new.warn_hours, start)
        due, warn = fresh.due_at, fresh.warn_at
        if state.authority:
            limit = sla.end_of_local_day(str(state.authority["due_date"]))
            due, warn = min(due, limit), min(warn, limit)
        payload = {
            "due_at": iso(due),
            "warn_at": iso(warn),
            "policy": new.id,
            "hours": fresh.hours,
            "warn_hours": new.warn_hours,
            "started_at": iso(start),
        }
        return {"sla": payload, "clock_due": state.due_at}
    return {}


# -- the clock ------------------------------------------------------------------------------


def auto_escalate(conn: Connection, now: datetime, *, limit: int = 200) -> list[str]:
    """Escalate every case past its due time by one level (or flag it, at the top).

    Recorded under the system actor. Two devices doing this for the same case at once
    make two events that fold into one escalation (the second names a level the case
    has already left). Returns the ids of the cases it changed.
    """
    c = cases_table.c
    rows = conn.execute(
        select(c.id)
        .where(c.due_at.is_not(None), c.due_at <= iso(now), c.sla_breached == 0, c.summons_level.is_(None))
        .order_by(c.due_at, c.id)
        .limit(limit)
    ).scalars()
    ladder = load_ladder(conn)
    changed = []
    for case_id in list(rows):
        case = get_case(conn, case_id)
        state = case.state
        if not state.clock_running or state.due_at is None or parse_iso(state.due_at) > now:
            continue
        if state.summons is not None or state.breached_due == state.due_at:
            continue
        if ladder.next_after(case.level) is not None and not state.final:
            _escalate(conn, SYSTEM_USER, case, ladder, "overdue", "", now, auto=True)
        else:
            _append(
                conn, SYSTEM_USER, case.id, "sla_breached", {"due_at": state.due_at, "level": case.level}, now
            )
        changed.append(case_id)
    return changed


def remaining_seconds(calendar: BusinessCalendar, state: CaseState, now: datetime) -> float | None:
    """Working seconds left on the case's clock (negative when late); None if it is not running."""
    if state.paused_remaining is not None and state.status == "awaiting_confirmation":
        return state.paused_remaining
    if not state.clock_running or state.due_at is None:
        return None
    return calendar.seconds_between(now, parse_iso(state.due_at))


def service_state(state: CaseState, now: datetime) -> str:
    """``ok``, ``warning``, ``overdue``, ``paused`` or ``stopped``: how the clock stands now."""
    if state.status == "awaiting_confirmation" and state.paused_remaining is not None:
        return "paused"
    if not state.clock_running or state.due_at is None:
        return "stopped"
    if parse_iso(state.due_at) <= now:
        return "overdue"
    if state.overdue:
        return "overdue"
    if state.warn_at and parse_iso(state.warn_at) <= now:
        return "warning"
    return "ok"


# -- what a person may do now ---------------------------------------------------------------

ACTIONS = (
    "take_up",
    "escalate",
    "take_over",
    "refer",
    "answer_inquiry",
    "respond",
    "request_confirmation",
    "customer_replied",
    "happy_call",
    "close",
    "reopen",
    "reply_letter",
    "reclassify",
    "note",
)
# action -> (permission, event kind, a payload the fold accepts, decided at the case's level)
_RULES: dict[str, tuple[str, str, dict[str, Any], bool]] = {
    "take_up": (Perm.CASE_HANDLE, "assigned", {"assignee_id": "x"}, False),
    "escalate": (Perm.CASE_ESCALATE, "escalated", {}, True),
    "take_over": (Perm.CASE_HANDLE, "supervisor_arrived", {}, False),
    "refer": (Perm.CASE_HANDLE, "referred", {"referral_id": "?", "unit": "x"}, True),
    "answer_inquiry": (Perm.CASE_HANDLE, "inquiry_answered", {}, False),
    "respond": (Perm.CASE_HANDLE, "responded", {}, True),
    "request_confirmation": (Perm.CASE_HANDLE, "confirmation_requested", {}, False),
    "customer_replied": (Perm.CASE_HANDLE, "customer_replied", {}, False),
    "happy_call": (Perm.HAPPY_CALL, "happy_call", {"reach": "no_answer"}, False),
    "close": (Perm.CASE_CLOSE, "closed", {"resolution": "withdrawn"}, False),
    "reopen": (Perm.CASE_REOPEN, "reopened", {}, False),
    "reply_letter": (Perm.CASE_HANDLE, "reply_letter_recorded", {}, False),
    "reclassify": (Perm.CASE_HANDLE, "reclassified", {"priority": "normal"}, False),
    "note": (Perm.CASE_HANDLE, "note_added", {}, False),
}


def available_actions(conn: Connection, actor: User, case: Case) -> dict[str, str | None]:
    """Each action of the case screen: None if ``actor`` may take it now, else why not."""
    from desktop.models.cases.fold import allowed

    ladder = load_ladder(conn)
    state = case.state
    result: dict[str, str | None] = {}
    for action in ACTIONS:
        perm, kind, sample, at_level = _RULES[action]
        payload = dict(sample)
        if action == "escalate":
            above = ladder.next_after(case.level)
            payload = {"from_level": case.level, "to_level": above.code if above else ""}
            payload["summons"] = case.status == "at_counter"
        elif action == "take_over" and state.summons is not None:
            payload = {"level": state.summons.level}
        elif action == "answer_inquiry" and state.open_referrals:
            payload = {"referral_id": state.open_referrals[0].id}
        reason: str | None
        reason = "permission_denied" if not actor.can(perm) else allowed(state, kind, payload)
        if reason is None and at_level and not ladder.may_act_at(actor.role, case.level):
            reason = "not_your_level"
        if reason is None and action == "escalate" and ladder.next_after(case.level) is None:
            reason = "top_level"
        if reason is None and action == "take_up":
            if case.assignee_id == actor.id:
                reason = "already_yours"
            elif not _fits_segment(actor, case.segment):
                reason = "segment_mismatch"
        if reason is None and action == "reclassify" and not _may_correct(ladder, actor, case):
            reason = "not_your_level"
        if reason is None and action == "close" and state.channel == "authority" and not state.reply_letter:
            reason = "reply_letter_required"
        result[action] = reason
    return result
