"""Per-case facts for the figures: one row per case, plus its arrivals and happy calls.

The figures are computed in SQL over these tables. They hold what a SQL query cannot
derive cheaply from the ``cases`` projection: durations in *business* seconds (the
business calendar's working hours and holidays), the local (Iran) day and Solar Hijri
month of each moment, and what happened along the way (was the service level ever
breached, did an unhappy happy call reopen the case, how long each summoned superior
took to arrive).

They are a cache derived from the case events, not a projection of their own: the
``cases`` stream has one projector (the case-handling feature's), so :func:`refresh`
catches up instead, recomputing every case that has an event the facts have not seen
(tracked by the events table's rowid, which grows with every stored event, local or
from HQ). A case's facts come from folding its events one by one with the case fold
itself, so they agree with the case screens. :func:`rebuild` recomputes everything
(after the business calendar or the ladder changed, say).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Index,
    Integer,
    Table,
    Text,
    delete,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.sqlite import insert

from desktop.models import settings
from desktop.models import tables as t
from desktop.models.business_calendar import BusinessCalendar, load_calendar
from desktop.models.calendar import local, parse_iso, to_jalali
from desktop.models.cases.fold import CaseState, apply
from desktop.models.cases.ladder import Ladder, load_ladder
from desktop.models.events import Event, from_row, sort_events
from desktop.models.meta import metadata

WATERMARK = "analytics.event_rowid"
BATCH = 400
# Happy calls at or below this satisfaction are unhappy (the case fold reopens below 3).
UNHAPPY_BELOW = 3

case_facts = Table(
    "analytics_cases",
    metadata,
    Column("case_id", Text, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("reg_day", Text, nullable=False),  # local date of registration, ISO
    Column("reg_month", Integer, nullable=False),  # Solar Hijri year * 100 + month
    Column("case_type", Text, nullable=False),
    Column("category", Text, nullable=False),
    Column("subcategory", Text, nullable=True),
    Column("channel", Text, nullable=False),
    Column("segment", Text, nullable=True),
    Column("priority", Text, nullable=False),
    Column("clerk", Text, nullable=False),  # who registered it
    Column("assignee_id", Text, nullable=True),
    Column("counter", Text, nullable=True),
    Column("vehicle_id", Text, nullable=True),
    Column("vehicle_model", Text, nullable=True),  # as the vehicle's record named it then
    Column("status", Text, nullable=False),
    Column("resolution", Text, nullable=True),
    Column("is_open", Integer, nullable=False),
    Column("level", Text, nullable=False),
    Column("level_rank", Integer, nullable=False),
    Column("first_contact", Integer, nullable=False),
    Column("fr_day", Text, nullable=True),  # local date of the first response
    Column("fr_s", Float, nullable=True),  # business seconds, registration to first response
    Column("closed_day", Text, nullable=True),
    Column("res_s", Float, nullable=True),  # business seconds, registration to (last) closing
    Column("had_sla", Integer, nullable=False),
    Column("breached", Integer, nullable=False),
    Column("due_at", Text, nullable=True),  # the running clock's due time, if any
    Column("ever_closed", Integer, nullable=False),
    Column("reopened", Integer, nullable=False),  # times reopened
    Column("escalations", Integer, nullable=False),
    Column("satisfaction", Integer, nullable=True),
    Index("ix_analytics_cases_reg", "reg_day", "dealership_id"),
    Index("ix_analytics_cases_month", "reg_month", "dealership_id"),
    # Covering indexes: durations by day, and by value (percentiles walk these in order).
    Index("ix_analytics_cases_fr", "fr_day", "dealership_id", "fr_s"),
    Index("ix_analytics_cases_fr_value", "fr_s", "fr_day", "dealership_id"),
    Index("ix_analytics_cases_closed", "closed_day", "dealership_id", "resolution", "res_s"),
    Index("ix_analytics_cases_res_value", "res_s", "closed_day", "dealership_id", "resolution"),
    Index(
        "ix_analytics_cases_open",
        "is_open",
        "dealership_id",
        "reg_day",
        "had_sla",
        "breached",
        "due_at",
        "assignee_id",
    ),
)

arrival_facts = Table(
    "analytics_arrivals",
    metadata,
    Column("case_id", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("day", Text, nullable=False),  # local date of the summons
    Column("level", Text, nullable=False),
    Column("waited_s", Float, nullable=False),  # wall-clock seconds: the customer waits them all
    Column("late", Integer, nullable=False),
    Index("ix_analytics_arrivals_day", "day", "dealership_id", "waited_s"),
    Index("ix_analytics_arrivals_value", "waited_s", "day", "dealership_id"),
)

call_facts = Table(
    "analytics_calls",
    metadata,
    Column("case_id", Text, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("day", Text, nullable=False),  # local date of the call
    Column("reached", Integer, nullable=False),
    Column("score", Integer, nullable=True),
    Column("unhappy", Integer, nullable=False),
    Column("reopened", Integer, nullable=False),  # this call reopened the case
    Index("ix_analytics_calls_day", "day"),
)

# The walk-in queue's tickets, compact and indexed for percentiles (from the "ticket" stream).
ticket_facts = Table(
    "analytics_tickets",
    metadata,
    Column("ticket_id", Text, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("day", Text, nullable=False),
    Column("called_by", Text, nullable=True),
    Column("status", Text, nullable=False),
    Column("wait_s", Float, nullable=True),
    Column("serve_s", Float, nullable=True),
    Index("ix_analytics_tickets_wait", "day", "dealership_id", "wait_s"),
    Index("ix_analytics_tickets_wait_value", "wait_s", "day", "dealership_id"),
    Index("ix_analytics_tickets_serve", "day", "dealership_id", "serve_s"),
    Index("ix_analytics_tickets_serve_value", "serve_s", "day", "dealership_id"),
)


@dataclass
class Facts:
    """What :func:`compute` makes of one case: its row and its arrivals' and calls' rows."""

    case: dict[str, Any]
    arrivals: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)


def _day(moment: str | None) -> str | None:
    return local(parse_iso(moment)).date().isoformat() if moment else None


def _month(moment: str) -> int:
    y, m, _ = to_jalali(local(parse_iso(moment)).date())
    return y * 100 + m


def _business(calendar: BusinessCalendar, start: str, end: str | None) -> float | None:
    if not end:
        return None
    return max(calendar.seconds_between(parse_iso(start), parse_iso(end)), 0.0)


def compute(
    case_id: str,
    history: Iterable[Event],
    calendar: BusinessCalendar,
    ladder: Ladder,
    models: dict[str, str] | None = None,
) -> Facts | None:
    """A case's facts, folding its events one by one; None before its registration arrived."""
    state = CaseState(id=case_id)
    had_sla = breached = ever_closed = False
    calls: list[dict[str, Any]] = []
    for event in sort_events(history):
        before = state
        state = apply(state, event)
        if len(state.anomalies) > len(before.anomalies):
            continue  # refused by the fold: changes nothing
        answered = event.kind in ("responded", "resolved_at_first_contact")
        if answered and before.due_at and event.recorded_at > before.due_at:
            breached = True  # answered after its due time, whether or not a breach was recorded
        had_sla = had_sla or state.due_at is not None
        ever_closed = ever_closed or state.status == "closed"
        if event.kind == "happy_call" and state.happy_calls:
            call = state.happy_calls[-1]
            score = int(call.satisfaction) if call.satisfaction is not None else None
            reached = call.reach == "reached"
            calls.append(
                {
                    "case_id": case_id,
                    "seq": len(calls) + 1,
                    "dealership_id": state.dealership_id,
                    "day": _day(call.at),
                    "reached": int(reached),
                    "score": score,
                    "unhappy": int(reached and score is not None and score < UNHAPPY_BELOW),
                    "reopened": int(state.reopen_count > before.reopen_count),
                }
            )
    if not state.status:
        return None
    breached = breached or state.breached_due is not None or state.overdue
    closed = state.status == "closed"
    running_due = state.due_at if state.clock_running else None
    row = {
        "case_id": case_id,
        "dealership_id": state.dealership_id,
        "reg_day": _day(state.registered_at),
        "reg_month": _month(state.registered_at),
        "case_type": state.case_type,
        "category": state.category,
        "subcategory": state.subcategory,
        "channel": state.channel,
        "segment": state.segment,
        "priority": state.priority,
        "clerk": state.registered_by,
        "assignee_id": state.assignee_id,
        "counter": state.counter,
        "vehicle_id": state.vehicle_id,
        "vehicle_model": (models or {}).get(state.vehicle_id or "") or None,
        "status": state.status,
        "resolution": state.resolution,
        "is_open": int(not closed),
        "level": state.level,
        "level_rank": ladder.position(state.level),
        "first_contact": int(state.resolution == "resolved_first_contact"),
        "fr_day": _day(state.first_response_at),
        "fr_s": _business(calendar, state.registered_at, state.first_response_at),
        "closed_day": _day(state.closed_at) if closed else None,
        "res_s": _business(calendar, state.registered_at, state.closed_at) if closed else None,
        "had_sla": int(had_sla),
        "breached": int(breached),
        "due_at": running_due,
        "ever_closed": int(ever_closed),
        "reopened": state.reopen_count,
        "escalations": len(state.escalations),
        "satisfaction": state.satisfaction,
    }
    arrivals = [
        {
            "case_id": case_id,
            "seq": seq,
            "dealership_id": state.dealership_id,
            "day": _day(a.summoned_at),
            "level": a.level,
            "waited_s": a.waited_seconds,
            "late": int(a.late),
        }
        for seq, a in enumerate(state.arrivals, start=1)
    ]
    return Facts(row, arrivals, calls)


def _days_of(conn: Connection, case_ids: Sequence[str]) -> set[str]:
    """Every day the current facts of these cases count on (registration, answers, calls...)."""
    days: set[str] = set()
    f = case_facts.c
    for row in conn.execute(select(f.reg_day, f.fr_day, f.closed_day).where(f.case_id.in_(list(case_ids)))):
        days.update(d for d in row if d)
    for table in (arrival_facts, call_facts):
        days.update(conn.execute(select(table.c.day).where(table.c.case_id.in_(list(case_ids)))).scalars())
    return days


def store(conn: Connection, facts: Sequence[Facts], case_ids: Iterable[str] = ()) -> set[str]:
    """Replace the facts of these cases (and drop those of ``case_ids`` that have none).

    Returns the days whose roll-up rows the change touches (before and after).
    """
    ids = list({f.case["case_id"] for f in facts} | set(case_ids))
    touched: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        touched |= _days_of(conn, chunk)
        for table in (case_facts, arrival_facts, call_facts):
            conn.execute(delete(table).where(table.c.case_id.in_(chunk)))
    rows = [f.case for f in facts]
    arrivals = [a for f in facts for a in f.arrivals]
    calls = [c for f in facts for c in f.calls]
    for table, values in ((case_facts, rows), (arrival_facts, arrivals), (call_facts, calls)):
        if values:
            conn.execute(insert(table), values)
    for f in facts:
        touched.update(d for d in (f.case["reg_day"], f.case["fr_day"], f.case["closed_day"]) if d)
        touched.update(a["day"] for a in f.arrivals)
        touched.update(c["day"] for c in f.calls)
    return touched


def _case_events(conn: Connection, case_ids: Sequence[str]) -> dict[str, list[Event]]:
    e = t.events.c
    grouped: dict[str, list[Event]] = {cid: [] for cid in case_ids}
    rows = conn.execute(select(t.events).where(e.stream == "case", e.stream_id.in_(list(case_ids))))
    for row in rows:
        event = from_row(row)
        grouped[event.stream_id].append(event)
    return grouped


def _vehicle_models(conn: Connection, histories: Iterable[list[Event]]) -> dict[str, str]:
    from desktop.models.customers.schema import vehicles

    ids = {
        str(e.payload.get("vehicle_id"))
        for history in histories
        for e in history
        if e.kind == "registered" and e.payload.get("vehicle_id")
    }
    if not ids:
        return {}
    v = vehicles.c
    return {r.id: r.model for r in conn.execute(select(v.id, v.model).where(v.id.in_(list(ids))))}


def _tickets(conn: Connection, ticket_ids: Sequence[str]) -> set[str]:
    """Copy these tickets from the queue's projection; returns the days touched."""
    from desktop.models.queue import tickets

    q, k = tickets.c, ticket_facts.c
    touched = set(conn.execute(select(k.day).where(k.ticket_id.in_(list(ticket_ids)))).scalars())
    conn.execute(delete(ticket_facts).where(k.ticket_id.in_(list(ticket_ids))))
    rows = [
        {
            "ticket_id": r.id,
            "dealership_id": r.dealership_id,
            "day": r.day,
            "called_by": r.called_by,
            "status": r.status,
            "wait_s": r.wait_seconds,
            "serve_s": r.serve_seconds,
        }
        for r in conn.execute(select(tickets).where(q.id.in_(list(ticket_ids))))
    ]
    if rows:
        conn.execute(insert(ticket_facts), rows)
    return touched | {r["day"] for r in rows}


Progress = Callable[[int, int], None]


def refresh(conn: Connection, *, progress: Progress | None = None) -> int:
    """Bring the facts and their daily roll-up up to date with the stored events.

    Returns how many cases and tickets changed. Runs in the caller's write transaction;
    cheap when nothing is new (one indexed query).
    """
    from desktop.models.analytics import rollup

    rowid: Any = literal_column("rowid")
    seen = int(settings.get(conn, WATERMARK, 0) or 0)
    top = conn.execute(select(func.max(rowid)).select_from(t.events)).scalar()
    if top is None or int(top) <= seen:
        return 0
    e = t.events.c
    streams = conn.execute(
        select(e.stream, e.stream_id).where(rowid > seen, e.stream.in_(("case", "ticket"))).distinct()
    ).all()
    changed = [sid for stream, sid in streams if stream == "case"]
    tickets = [sid for stream, sid in streams if stream == "ticket"]
    calendar, ladder = load_calendar(conn), load_ladder(conn)
    touched: set[str] = set()
    for start in range(0, len(changed), BATCH):
        chunk = changed[start : start + BATCH]
        grouped = _case_events(conn, chunk)
        models = _vehicle_models(conn, grouped.values())
        made = [f for cid in chunk if (f := compute(cid, grouped[cid], calendar, ladder, models)) is not None]
        touched |= store(conn, made, chunk)
        if progress is not None:
            progress(min(start + BATCH, len(changed)), len(changed))
    for start in range(0, len(tickets), BATCH):
        touched |= _tickets(conn, tickets[start : start + BATCH])
    full = seen == 0
    rollup.rebuild_days(conn, None if full else touched)
    settings.put(conn, WATERMARK, int(top))
    return len(changed) + len(tickets)


def rebuild(conn: Connection, *, progress: Progress | None = None) -> int:
    """Recompute every case's facts (after the calendar or the ladder changed)."""
    from desktop.models.analytics import rollup

    for table in (case_facts, arrival_facts, call_facts, ticket_facts, rollup.daily):
        conn.execute(delete(table))
    settings.put(conn, WATERMARK, 0)
    return refresh(conn, progress=progress)
