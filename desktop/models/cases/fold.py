"""A case's state as a pure fold of its events.

:func:`fold` takes the events in any order (duplicates too) and sorts them into fold
order, so every device holding the same events computes the same state. Each kind has
one handler; a handler may refuse an event that the state does not allow (two devices
closed the same case at once, say): the event is kept on record, listed in
``anomalies``, and changes nothing. Commands check the same rules before appending, so
anomalies arise only from concurrent work on different devices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.models.events import Event, sort_events


@dataclass(frozen=True)
class Note:
    at: str
    actor_id: str
    text: str


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


def check(state: CaseState, kind: str, payload: Mapping[str, Any]) -> None:
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
        actor_id="probe",
        kind=kind,
        payload=dict(payload),
        hlc="",
        recorded_at=state.last_event_at,
    )
    if not state.status and kind != "registered":
        raise Refused("no_such_case")
    handler(state, probe)


# -- handlers -----------------------------------------------------------------------------


@handles("registered")
def _registered(state: CaseState, event: Event) -> CaseState:
    if state.status:
        raise Refused("already_registered")
    p = event.payload
    walk_in = p["channel"] == "walk_in"
    return replace(
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
    )


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
    return replace(
        state,
        status="closed",
        resolution="resolved_first_contact",
        answer=str(event.payload.get("answer", "")),
        satisfaction=event.payload.get("satisfaction"),
        closed_at=event.recorded_at,
        first_response_at=state.first_response_at or event.recorded_at,
    )
