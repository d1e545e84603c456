"""A case's state as a pure fold of its events.

:func:`fold` takes the events in any order (duplicates too) and sorts them into fold
order, so every device holding the same events computes the same state. Each kind has
one handler; a handler may refuse an event that the state does not allow (two devices
closed the same case at once, say): the event is kept on record, listed in
``anomalies``, and changes nothing. Commands check the same rules before appending, so
anomalies arise only from concurrent work on different devices.

The lifecycle (ISO 10002): registered (or at the counter, for a walk-in) -> referred to
units and back -> responded (the customer told, and how) -> awaiting the customer's
confirmation -> closed (resolved, rejected, withdrawn) -> reopened. Escalation moves a
case up the ladder; a walk-in's escalation summons the next level to the counter. What
needs configuration (the ladder, service levels, the calendar) is decided by the command
and written into the event, so the fold needs nothing but the events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.models.calendar import parse_iso
from desktop.models.events import Event, sort_events

# Statuses in which the organisation owes the customer an answer (the clock runs).
WORKING = ("registered", "at_counter", "reopened")
RUNNING = (*WORKING, "referred")
# A happy call with a satisfaction score at least this counts as satisfied.
SATISFIED_FROM = 3
# Unanswered happy calls after which the case leaves the call-back queue.
MAX_CALL_ATTEMPTS = 3
# What a correction (``reclassified``) may change.
RECLASSIFIABLE = ("case_type", "category", "subcategory", "priority")


@dataclass(frozen=True)
class Note:
    at: str
    actor_id: str
    text: str


@dataclass(frozen=True)
class Escalation:
    at: str
    actor_id: str
    from_level: str
    to_level: str
    reason: str
    comment: str
    summons: bool
    auto: bool


@dataclass(frozen=True)
class Summons:
    """A level called to a counter, and not there yet."""

    level: str
    counter: str | None
    at: str
    actor_id: str
    reason: str
    comment: str
    arrival_minutes: int


@dataclass(frozen=True)
class Arrival:
    level: str
    actor_id: str
    summoned_at: str
    arrived_at: str
    waited_seconds: float
    arrival_minutes: int

    @property
    def late(self) -> bool:
        return self.waited_seconds > self.arrival_minutes * 60


@dataclass(frozen=True)
class Referral:
    id: str
    unit: str
    inquiry: str
    at: str
    actor_id: str
    answer: str | None = None
    answered_at: str | None = None
    answered_by: str | None = None
    cancelled: bool = False

    @property
    def open(self) -> bool:
        return self.answered_at is None and not self.cancelled


@dataclass(frozen=True)
class Response:
    at: str
    actor_id: str
    answer: str
    method: str
    level: str
    final: bool


@dataclass(frozen=True)
class HappyCall:
    at: str
    actor_id: str
    reach: str
    satisfaction: int | None
    comment: str


@dataclass(frozen=True)
class CaseState:
    id: str
    tracking_code: str = ""
    dealership_id: str = ""
    customer_id: str = ""
    vehicle_id: str | None = None
    channel: str = ""
    case_type: str = ""
    category: str = ""
    subcategory: str | None = None
    priority: str = "normal"
    segment: str | None = None
    description: str = ""
    remedy: str = ""
    status: str = ""
    resolution: str | None = None
    level: str = "desk"
    counter: str | None = None
    registered_at: str = ""
    registered_by: str = ""
    closed_at: str | None = None
    first_response_at: str | None = None
    satisfaction: int | None = None
    answer: str = ""
    authority: Mapping[str, Any] | None = None
    attachments: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    anomalies: tuple[str, ...] = ()
    last_event_at: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    # -- handling ------------------------------------------------------------------------
    assignee_id: str | None = None
    summons: Summons | None = None
    escalations: tuple[Escalation, ...] = ()
    arrivals: tuple[Arrival, ...] = ()
    referrals: tuple[Referral, ...] = ()
    responses: tuple[Response, ...] = ()
    happy_calls: tuple[HappyCall, ...] = ()
    waiting_for: str = ""  # what the customer was asked, while awaiting confirmation
    resume_status: str = ""  # where the case goes when the unit or the customer answers
    final: bool = False
    responded_at: str | None = None
    closed_by: str | None = None
    close_reason: str = ""
    reopen_count: int = 0
    reply_letter: Mapping[str, Any] | None = None
    # -- service level -------------------------------------------------------------------
    due_at: str | None = None
    warn_at: str | None = None
    warn_hours: float = 0.0
    paused_remaining: float | None = None
    promised_at: str | None = None
    overdue: bool = False
    breached_due: str | None = None
    # -- happy call ----------------------------------------------------------------------
    happy_call_pending: bool = False
    happy_call_since: str | None = None
    happy_call_attempts: int = 0

    @property
    def open_referrals(self) -> tuple[Referral, ...]:
        return tuple(r for r in self.referrals if r.open)

    @property
    def is_open(self) -> bool:
        return bool(self.status) and self.status != "closed"

    @property
    def clock_running(self) -> bool:
        return self.status in RUNNING and self.due_at is not None


class Refused(Exception):
    """A handler's refusal of an event the state does not allow (code says why)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


Handler = Callable[[CaseState, Event], CaseState]
HANDLERS: dict[str, Handler] = {}


def handles(kind: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[kind] = fn
        return fn

    return register


def fold(case_id: str, events: Iterable[Event]) -> CaseState:
    """The state of case ``case_id`` after all its events, in fold order."""
    state = CaseState(id=case_id)
    for event in sort_events(events):
        state = apply(state, event)
    return state


def apply(state: CaseState, event: Event) -> CaseState:
    """One event on a state; an event the state refuses is kept only as an anomaly."""
    handler = HANDLERS.get(event.kind)
    if handler is None:
        # A kind this release does not know (made by a newer one): keep it, change nothing.
        return replace(state, anomalies=(*state.anomalies, event.event_id))
    if not state.status and event.kind != "registered":
        return replace(state, anomalies=(*state.anomalies, event.event_id))
    try:
        new = handler(state, event)
    except Refused:
        return replace(state, anomalies=(*state.anomalies, event.event_id))
    return replace(new, last_event_at=event.recorded_at)


def check(state: CaseState, kind: str, payload: Mapping[str, Any], actor_id: str = "probe") -> None:
    """Raise :class:`Refused` if the event ``kind`` would be refused by the fold now."""
    handler = HANDLERS.get(kind)
    if handler is None:
        raise Refused("unknown_kind")
    probe = Event(
        event_id="probe",
        stream="case",
        stream_id=state.id,
        dealership_id=state.dealership_id,
        device_id="probe",
        device_seq=0,
        actor_id=actor_id,
        kind=kind,
        payload=dict(payload),
        hlc="",
        recorded_at=state.last_event_at,
    )
    if not state.status and kind != "registered":
        raise Refused("no_such_case")
    handler(state, probe)


def allowed(state: CaseState, kind: str, payload: Mapping[str, Any]) -> str | None:
    """None if ``kind`` may happen now, else the reason code (for buttons and menus)."""
    try:
        check(state, kind, payload)
    except Refused as exc:
        return exc.code
    return None


# -- helpers ------------------------------------------------------------------------------


def _sla(state: CaseState, payload: Mapping[str, Any]) -> CaseState:
    """Start the clock the command computed (``payload["sla"]``), if it sent one."""
    clock = payload.get("sla")
    if not isinstance(clock, Mapping) or not clock.get("due_at"):
        return state
    return replace(
        state,
        due_at=str(clock["due_at"]),
        warn_at=str(clock.get("warn_at") or clock["due_at"]),
        warn_hours=float(clock.get("warn_hours", state.warn_hours) or 0.0),
        paused_remaining=None,
    )


def _stop_clock(state: CaseState) -> CaseState:
    return replace(state, due_at=None, warn_at=None, paused_remaining=None)


def _open_only(state: CaseState) -> None:
    if state.status == "closed":
        raise Refused("closed")


def _no_summons(state: CaseState) -> None:
    if state.summons is not None:
        raise Refused("awaiting_arrival")


def _seconds(start: str, end: str) -> float:
    if not start or not end:
        return 0.0
    return max((parse_iso(end) - parse_iso(start)).total_seconds(), 0.0)


def _leave_counter(status: str) -> str:
    # A walk-in whose case goes to a unit or waits on them has left the counter.
    return "registered" if status == "at_counter" else status


# -- handlers -----------------------------------------------------------------------------


@handles("registered")
def _registered(state: CaseState, event: Event) -> CaseState:
    if state.status:
        raise Refused("already_registered")
    p = event.payload
    walk_in = p["channel"] == "walk_in"
    new = replace(
        state,
        tracking_code=p["tracking_code"],
        dealership_id=event.dealership_id,
        customer_id=p["customer_id"],
        vehicle_id=p.get("vehicle_id"),
        channel=p["channel"],
        case_type=p["case_type"],
        category=p["category"],
        subcategory=p.get("subcategory"),
        priority=p.get("priority", "normal"),
        segment=p.get("segment"),
        description=p.get("description", ""),
        remedy=p.get("remedy", ""),
        # A walk-in customer is being served at the counter from the first moment.
        status="at_counter" if walk_in else "registered",
        level="desk",
        counter=p.get("counter"),
        registered_at=event.recorded_at,
        registered_by=event.actor_id,
        authority=p.get("authority"),
        attachments=tuple(p.get("attachments", ())),
        # The clerk serving a walk-in handles it; other cases wait in their segment's pool.
        assignee_id=p.get("assignee_id", event.actor_id if walk_in else None),
    )
    new = _sla(new, p)
    return replace(new, promised_at=new.due_at)


@handles("note_added")
def _note(state: CaseState, event: Event) -> CaseState:
    note = Note(event.recorded_at, event.actor_id, str(event.payload.get("text", "")))
    return replace(state, notes=(*state.notes, note))


@handles("attachment_added")
def _attachment(state: CaseState, event: Event) -> CaseState:
    sha = str(event.payload["sha256"])
    if sha in state.attachments:
        return state
    return replace(state, attachments=(*state.attachments, sha))


@handles("resolved_at_first_contact")
def _first_contact(state: CaseState, event: Event) -> CaseState:
    # Answered by the first person the customer met, before any escalation or referral.
    if state.status not in ("registered", "at_counter") or state.level != "desk":
        raise Refused("not_first_contact")
    if state.channel == "authority" and state.reply_letter is None:
        # Closing an authority's case needs the formal reply, on the spot too.
        raise Refused("reply_letter_required")
    return replace(
        _stop_clock(state),
        status="closed",
        resolution="resolved_first_contact",
        answer=str(event.payload.get("answer", "")),
        satisfaction=event.payload.get("satisfaction"),
        closed_at=event.recorded_at,
        closed_by=event.actor_id,
        first_response_at=state.first_response_at or event.recorded_at,
        responded_at=event.recorded_at,
    )


@handles("assigned")
def _assigned(state: CaseState, event: Event) -> CaseState:
    _open_only(state)
    return replace(state, assignee_id=str(event.payload["assignee_id"]))


@handles("escalated")
def _escalated(state: CaseState, event: Event) -> CaseState:
    p = event.payload
    _open_only(state)
    if state.status in ("responded", "awaiting_confirmation"):
        raise Refused("answered" if state.status == "responded" else "waiting_on_customer")
    if p.get("from_level") != state.level:
        # Another person or device escalated first: this one is a duplicate.
        raise Refused("already_escalated")
    _no_summons(state)
    if state.final:
        raise Refused("decision_final")
    summons = bool(p.get("summons"))
    if summons and state.status != "at_counter":
        raise Refused("not_at_counter")
    step = Escalation(
        at=event.recorded_at,
        actor_id=event.actor_id,
        from_level=state.level,
        to_level=str(p["to_level"]),
        reason=str(p.get("reason", "")),
        comment=str(p.get("comment", "")),
        summons=summons,
        auto=bool(p.get("auto")),
    )
    new = replace(state, level=step.to_level, escalations=(*state.escalations, step))
    if summons:
        new = replace(
            new,
            summons=Summons(
                level=step.to_level,
                counter=p.get("counter", state.counter),
                at=event.recorded_at,
                actor_id=event.actor_id,
                reason=step.reason,
                comment=step.comment,
                arrival_minutes=int(p.get("arrival_minutes", 5)),
            ),
        )
    if step.auto:
        new = replace(new, overdue=True, breached_due=state.due_at)
    return _sla(new, p)


@handles("supervisor_arrived")
def _arrived(state: CaseState, event: Event) -> CaseState:
    summons = state.summons
    if summons is None or event.payload.get("level") != summons.level:
        raise Refused("no_summons")
    arrival = Arrival(
        level=summons.level,
        actor_id=event.actor_id,
        summoned_at=summons.at,
        arrived_at=event.recorded_at,
        waited_seconds=_seconds(summons.at, event.recorded_at),
        arrival_minutes=summons.arrival_minutes,
    )
    return replace(state, summons=None, arrivals=(*state.arrivals, arrival), assignee_id=event.actor_id)


@handles("referred")
def _referred(state: CaseState, event: Event) -> CaseState:
    p = event.payload
    _open_only(state)
    _no_summons(state)
    if state.status not in (*WORKING, "referred"):
        raise Refused("not_referable")
    if any(r.id == p["referral_id"] for r in state.referrals):
        raise Refused("duplicate")
    referral = Referral(
        id=str(p["referral_id"]),
        unit=str(p["unit"]),
        inquiry=str(p.get("inquiry", "")),
        at=event.recorded_at,
        actor_id=event.actor_id,
    )
    resume = state.resume_status if state.status == "referred" else _leave_counter(state.status)
    return replace(state, status="referred", resume_status=resume, referrals=(*state.referrals, referral))


@handles("inquiry_answered")
def _answered(state: CaseState, event: Event) -> CaseState:
    p = event.payload
    _open_only(state)
    target = next((r for r in state.referrals if r.id == p.get("referral_id") and r.open), None)
    if target is None:
        raise Refused("no_open_referral")
    done = replace(
        target,
        answer=str(p.get("answer", "")),
        answered_at=event.recorded_at,
        answered_by=event.actor_id,
    )
    referrals = tuple(done if r.id == target.id else r for r in state.referrals)
    new = replace(state, referrals=referrals)
    if state.status == "referred" and not new.open_referrals:
        new = replace(new, status=state.resume_status or "registered", resume_status="")
    return new


@handles("responded")
def _responded(state: CaseState, event: Event) -> CaseState:
    p = event.payload
    _open_only(state)
    _no_summons(state)
    if state.status == "referred":
        raise Refused("referrals_open")
    response = Response(
        at=event.recorded_at,
        actor_id=event.actor_id,
        answer=str(p.get("answer", "")),
        method=str(p.get("method", "")),
        level=state.level,
        final=bool(p.get("final")),
    )
    return replace(
        _stop_clock(state),
        status="responded",
        resume_status="",
        waiting_for="",
        responses=(*state.responses, response),
        answer=response.answer,
        final=state.final or response.final,
        responded_at=event.recorded_at,
        first_response_at=state.first_response_at or event.recorded_at,
        happy_call_pending=True,
        happy_call_since=state.happy_call_since if state.happy_call_pending else event.recorded_at,
        happy_call_attempts=state.happy_call_attempts if state.happy_call_pending else 0,
    )


@handles("confirmation_requested")
def _confirmation_requested(state: CaseState, event: Event) -> CaseState:
    _open_only(state)
    _no_summons(state)
    if state.status not in (*WORKING, "responded"):
        raise Refused("waiting_on_customer" if state.status == "awaiting_confirmation" else "referrals_open")
    remaining = event.payload.get("sla_remaining")
    return replace(
        state,
        status="awaiting_confirmation",
        resume_status=_leave_counter(state.status),
        waiting_for=str(event.payload.get("question", "")),
        due_at=None,
        warn_at=None,
        paused_remaining=float(remaining) if remaining is not None and state.clock_running else None,
    )


@handles("customer_replied")
def _customer_replied(state: CaseState, event: Event) -> CaseState:
    if state.status != "awaiting_confirmation":
        raise Refused("not_waiting")
    new = replace(state, status=state.resume_status or "registered", resume_status="", waiting_for="")
    return _sla(new, event.payload) if new.status in RUNNING else replace(new, paused_remaining=None)


@handles("happy_call")
def _happy_call(state: CaseState, event: Event) -> CaseState:
    p = event.payload
    if not state.happy_call_pending:
        raise Refused("no_happy_call_due")
    reach = str(p.get("reach", ""))
    score = p.get("satisfaction")
    call = HappyCall(event.recorded_at, event.actor_id, reach, score, str(p.get("comment", "")))
    new = replace(state, happy_calls=(*state.happy_calls, call))
    if reach != "reached":
        attempts = state.happy_call_attempts + 1
        return replace(new, happy_call_attempts=attempts, happy_call_pending=attempts < MAX_CALL_ATTEMPTS)
    new = replace(new, happy_call_pending=False, satisfaction=score)
    satisfied = score is not None and int(score) >= SATISFIED_FROM
    if satisfied or state.final:
        # The top level's decision is final: an unhappy customer is recorded, not reopened.
        if new.status == "closed":
            return new
        return replace(
            _stop_clock(new),
            status="closed",
            resolution="resolved",
            closed_at=event.recorded_at,
            closed_by=event.actor_id,
            waiting_for="",
            resume_status="",
        )
    # Not satisfied: reopened and sent back to the unit that answered (IKCRM's rule).
    new = replace(
        new,
        status="reopened",
        resolution=None,
        closed_at=None,
        closed_by=None,
        waiting_for="",
        reopen_count=state.reopen_count + 1,
        assignee_id=p.get("assignee_id") or state.assignee_id,
    )
    new = _sla(new, p)
    back = p.get("referral")
    if isinstance(back, Mapping):
        referral = Referral(
            id=str(back["referral_id"]),
            unit=str(back["unit"]),
            inquiry=str(back.get("inquiry", "")),
            at=event.recorded_at,
            actor_id=event.actor_id,
        )
        new = replace(new, status="referred", resume_status="reopened", referrals=(*new.referrals, referral))
    return new


@handles("closed")
def _closed(state: CaseState, event: Event) -> CaseState:
    p = event.payload
    if state.status == "closed":
        raise Refused("already_closed")
    resolution = str(p.get("resolution", ""))
    if state.channel == "authority" and state.reply_letter is None:
        raise Refused("reply_letter_required")
    if resolution != "withdrawn":
        _no_summons(state)
        if state.status not in ("responded", "awaiting_confirmation"):
            raise Refused("not_responded")
    referrals = tuple(replace(r, cancelled=True) if r.open else r for r in state.referrals)
    called = any(c.reach == "reached" and c.at >= (state.responded_at or "") for c in state.happy_calls)
    pending = resolution in ("resolved", "rejected") and not called
    return replace(
        _stop_clock(state),
        status="closed",
        resolution=resolution,
        close_reason=str(p.get("reason", "")),
        closed_at=event.recorded_at,
        closed_by=event.actor_id,
        summons=None,
        referrals=referrals,
        waiting_for="",
        resume_status="",
        happy_call_pending=pending,
        happy_call_since=(state.happy_call_since or event.recorded_at) if pending else None,
    )


@handles("reopened")
def _reopened(state: CaseState, event: Event) -> CaseState:
    if state.status != "closed":
        raise Refused("not_closed")
    new = replace(
        state,
        status="reopened",
        resolution=None,
        closed_at=None,
        closed_by=None,
        final=False,
        reopen_count=state.reopen_count + 1,
        happy_call_pending=False,
        happy_call_since=None,
        happy_call_attempts=0,
    )
    return _sla(new, event.payload)


@handles("reply_letter_recorded")
def _reply_letter(state: CaseState, event: Event) -> CaseState:
    _open_only(state)
    if state.channel != "authority":
        raise Refused("not_authority")
    # A later letter record replaces an earlier one: a correction is a new event.
    return replace(state, reply_letter=dict(event.payload))


@handles("sla_breached")
def _breached(state: CaseState, event: Event) -> CaseState:
    due = event.payload.get("due_at")
    if not state.clock_running or state.due_at != due or state.breached_due == due:
        raise Refused("not_overdue")
    return replace(state, overdue=True, breached_due=due)


@handles("reclassified")
def _reclassified(state: CaseState, event: Event) -> CaseState:
    # A correction of how the case was classified: the registration stays on record.
    _open_only(state)
    p = event.payload
    changes: dict[str, Any] = {name: p[name] for name in RECLASSIFIABLE if name in p}
    if not changes:
        raise Refused("nothing_changed")
    new = replace(state, **changes)
    # The command re-counted the clock for the new classification; it applies only if the
    # clock is still where the command saw it (another device may have answered meanwhile).
    if new.clock_running and p.get("clock_due") == state.due_at:
        new = _sla(new, p)
    elif new.status == "awaiting_confirmation" and new.paused_remaining is not None:
        remaining = p.get("sla_remaining")
        if remaining is not None and p.get("clock_remaining") == state.paused_remaining:
            new = replace(new, paused_remaining=float(remaining))
    return new
