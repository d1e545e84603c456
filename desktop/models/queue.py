"""The walk-in queue: numbered tickets, called to a counter, served or marked no-show.

Stream "ticket", one per ticket: ``ticket_issued``, ``ticket_called`` (again for a
recall), ``ticket_finished``, ``ticket_no_show``. Waiting time (issue to first call)
and serving time (first call to finish) are kept per ticket: HQ analyses them.
Numbers start at 1 each local day on the PC that prints them (one dispenser per hall).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Connection, Index, Integer, Table, Text, select

from desktop.models import events, settings, users
from desktop.models.calendar import local, parse_iso
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.meta import metadata, upsert
from desktop.models.users import Perm

STREAM = "ticket"
WAITING, CALLED, DONE, NO_SHOW = "waiting", "called", "done", "no_show"
STATUSES = (WAITING, CALLED, DONE, NO_SHOW)

tickets = Table(
    "tickets",
    metadata,
    Column("id", Text, primary_key=True),
    Column("day", Text, nullable=False),
    Column("number", Integer, nullable=False),
    Column("status", Text, nullable=False),
    Column("issued_at", Text, nullable=False),
    Column("called_at", Text, nullable=True),
    Column("finished_at", Text, nullable=True),
    Column("counter", Text, nullable=True),
    Column("called_by", Text, nullable=True),
    Column("customer_id", Text, nullable=True),
    Column("case_id", Text, nullable=True),
    Column("calls", Integer, nullable=False, server_default="0"),
    Column("wait_seconds", Integer, nullable=True),
    Column("serve_seconds", Integer, nullable=True),
    Column("dealership_id", Text, nullable=False),
    Index("ix_tickets_day_status", "day", "status", "number"),
)


@dataclass(frozen=True)
class Ticket:
    id: str
    day: str
    number: int
    status: str
    issued_at: str
    called_at: str | None
    finished_at: str | None
    counter: str | None
    called_by: str | None
    customer_id: str | None
    case_id: str | None
    calls: int
    wait_seconds: int | None
    serve_seconds: int | None

    def waited(self, now: datetime) -> int:
        """Seconds waited so far (until the first call)."""
        end = parse_iso(self.called_at) if self.called_at else now
        return max(0, int((end - parse_iso(self.issued_at)).total_seconds()))


@dataclass(frozen=True)
class DayFigures:
    issued: int
    waiting: int
    served: int
    no_show: int
    average_wait: float | None  # seconds, of the tickets called
    average_serve: float | None  # seconds, of the tickets finished


def _seconds(start: str | None, end: str | None) -> int | None:
    if not start or not end:
        return None
    return max(0, int((parse_iso(end) - parse_iso(start)).total_seconds()))


def fold_ticket(stream_id: str, stream: Iterable[events.Event]) -> dict[str, Any] | None:
    """A ticket's row from its events; moves the state does not allow are ignored."""
    row: dict[str, Any] | None = None
    for event in stream:
        p = dict(event.payload)
        if event.kind == "ticket_issued":
            row = {
                "id": stream_id,
                "day": str(p.get("day", event.recorded_at[:10])),
                "number": int(p.get("number", 0)),
                "status": WAITING,
                "issued_at": event.recorded_at,
                "called_at": None,
                "finished_at": None,
                "counter": None,
                "called_by": None,
                "customer_id": None,
                "case_id": None,
                "calls": 0,
                "dealership_id": event.dealership_id,
            }
        elif row is None:
            continue
        elif event.kind == "ticket_called" and row["status"] in (WAITING, CALLED):
            row["status"] = CALLED
            row["called_at"] = row["called_at"] or event.recorded_at
            row["counter"] = str(p.get("counter") or "") or None
            row["called_by"] = event.actor_id
            row["calls"] += 1
        elif event.kind == "ticket_finished" and row["status"] == CALLED:
            row["status"] = DONE
            row["finished_at"] = event.recorded_at
            row["customer_id"] = p.get("customer_id") or row["customer_id"]
            row["case_id"] = p.get("case_id") or row["case_id"]
        elif event.kind == "ticket_no_show" and row["status"] in (WAITING, CALLED):
            row["status"] = NO_SHOW
            row["finished_at"] = event.recorded_at
    if row is not None:
        row["wait_seconds"] = _seconds(row["issued_at"], row["called_at"])
        row["serve_seconds"] = (
            _seconds(row["called_at"], row["finished_at"]) if row["status"] == DONE else None
        )
    return row


@events.projector(STREAM)
def project_ticket(conn: Connection, stream_id: str, stream: list[events.Event]) -> None:
    row = fold_ticket(stream_id, stream)
    if row is None:
        return
    upsert(conn, tickets, row)


def _ticket(row: Any) -> Ticket:
    r = row._mapping
    return Ticket(**{name: r[name] for name in Ticket.__dataclass_fields__})


def get_ticket(conn: Connection, ticket_id: str) -> Ticket:
    row = conn.execute(select(tickets).where(tickets.c.id == ticket_id)).first()
    if row is None:
        raise NotFound(what="ticket", id=ticket_id)
    return _ticket(row)


def day_of(now: datetime) -> str:
    return local(now).date().isoformat()


def _append(
    conn: Connection, actor: users.User, ticket_id: str, kind: str, payload: dict[str, Any], now: datetime
) -> Ticket:
    events.append(
        conn, stream=STREAM, stream_id=ticket_id, kind=kind, payload=payload, actor_id=actor.id, now=now
    )
    return get_ticket(conn, ticket_id)


def issue_ticket(conn: Connection, actor: users.User, *, now: datetime) -> Ticket:
    """The next numbered ticket of today."""
    users.require(actor, Perm.QUEUE_OPERATE)
    day = day_of(now)
    number = settings.next_number(conn, f"ticket.{day}")
    ticket_id = uuid7(int(now.timestamp() * 1000))
    return _append(conn, actor, ticket_id, "ticket_issued", {"day": day, "number": number}, now)


def call_next(conn: Connection, actor: users.User, *, counter: str | None, now: datetime) -> Ticket | None:
    """Call the longest-waiting ticket of today to this counter; None when nobody waits.

    Whoever this counter was serving is finished first: calling the next means done.
    """
    users.require(actor, Perm.QUEUE_OPERATE)
    if not counter:
        raise ValidationError("counter", "required")
    for current in serving(conn, counter=counter, now=now):
        finish(conn, actor, current.id, now=now)
    row = conn.execute(
        select(tickets.c.id)
        .where(tickets.c.day == day_of(now), tickets.c.status == WAITING)
        .order_by(tickets.c.number)
        .limit(1)
    ).first()
    if row is None:
        return None
    return _append(conn, actor, row.id, "ticket_called", {"counter": counter}, now)


def recall(
    conn: Connection, actor: users.User, ticket_id: str, *, counter: str | None, now: datetime
) -> Ticket:
    """Call a ticket again (the customer did not come yet)."""
    users.require(actor, Perm.QUEUE_OPERATE)
    ticket = get_ticket(conn, ticket_id)
    if ticket.status not in (WAITING, CALLED):
        raise TransitionRefused("ticket_closed", number=ticket.number)
    return _append(conn, actor, ticket.id, "ticket_called", {"counter": counter or ticket.counter}, now)


def finish(
    conn: Connection,
    actor: users.User,
    ticket_id: str,
    *,
    now: datetime,
    customer_id: str | None = None,
    case_id: str | None = None,
) -> Ticket:
    """The customer of this ticket has been served (optionally: who, and which case)."""
    users.require(actor, Perm.QUEUE_OPERATE)
    ticket = get_ticket(conn, ticket_id)
    if ticket.status != CALLED:
        raise TransitionRefused("ticket_not_called", number=ticket.number)
    payload = {k: v for k, v in (("customer_id", customer_id), ("case_id", case_id)) if v}
    return _append(conn, actor, ticket.id, "ticket_finished", payload, now)


def mark_no_show(conn: Connection, actor: users.User, ticket_id: str, *, now: datetime) -> Ticket:
    users.require(actor, Perm.QUEUE_OPERATE)
    ticket = get_ticket(conn, ticket_id)
    if ticket.status not in (WAITING, CALLED):
        raise TransitionRefused("ticket_closed", number=ticket.number)
    return _append(conn, actor, ticket.id, "ticket_no_show", {}, now)


def day_tickets(conn: Connection, day: date | str) -> list[Ticket]:
    key = day if isinstance(day, str) else day.isoformat()
    rows = conn.execute(select(tickets).where(tickets.c.day == key).order_by(tickets.c.number))
    return [_ticket(r) for r in rows]


def serving(conn: Connection, *, counter: str, now: datetime) -> list[Ticket]:
    rows = conn.execute(
        select(tickets).where(
            tickets.c.day == day_of(now), tickets.c.status == CALLED, tickets.c.counter == counter
        )
    )
    return [_ticket(r) for r in rows]


def figures(tickets_of_day: list[Ticket]) -> DayFigures:
    """The day's queue in numbers: how many, and how long people waited and were served."""
    waits = [t.wait_seconds for t in tickets_of_day if t.wait_seconds is not None]
    serves = [t.serve_seconds for t in tickets_of_day if t.serve_seconds is not None]
    return DayFigures(
        issued=len(tickets_of_day),
        waiting=sum(t.status == WAITING for t in tickets_of_day),
        served=sum(t.status == DONE for t in tickets_of_day),
        no_show=sum(t.status == NO_SHOW for t in tickets_of_day),
        average_wait=sum(waits) / len(waits) if waits else None,
        average_serve=sum(serves) / len(serves) if serves else None,
    )
