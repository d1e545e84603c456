"""The event log: every change that syncs is an immutable event; state is a fold.

A local command appends events with :func:`append`: the event, its outbox entry, the
device's next sequence number and clock move in the caller's one transaction, and the
stream's projection (the row screens query) is folded again. Events from HQ arrive
through :func:`ingest`, idempotently, and refold the streams they touch. Projections
are registered per stream by the domain modules (:func:`projector`).

Order: a stream's events are folded sorted by (hlc, device_id, event_id), so every
device holding the same set of events computes the same state, whatever order they
arrived in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.models import hlc
from desktop.models import tables as t
from desktop.models.calendar import iso
from desktop.models.errors import NotSetUp
from desktop.models.ids import uuid7


def canonical_json(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Event:
    event_id: str
    stream: str
    stream_id: str
    dealership_id: str
    device_id: str
    device_seq: int
    actor_id: str
    kind: str
    payload: Mapping[str, Any]
    hlc: str
    recorded_at: str

    def sort_key(self) -> tuple[str, str, str]:
        return (self.hlc, self.device_id, self.event_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "stream": self.stream,
            "stream_id": self.stream_id,
            "dealership_id": self.dealership_id,
            "device_id": self.device_id,
            "device_seq": self.device_seq,
            "actor_id": self.actor_id,
            "kind": self.kind,
            "payload": dict(self.payload),
            "hlc": self.hlc,
            "recorded_at": self.recorded_at,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        return cls(
            event_id=str(data["event_id"]),
            stream=str(data["stream"]),
            stream_id=str(data["stream_id"]),
            dealership_id=str(data["dealership_id"]),
            device_id=str(data["device_id"]),
            device_seq=int(data["device_seq"]),
            actor_id=str(data["actor_id"]),
            kind=str(data["kind"]),
            payload=dict(data["payload"]),
            hlc=str(data["hlc"]),
            recorded_at=str(data["recorded_at"]),
        )

    def content(self) -> str:
        """Everything but transport details, canonically: equal events have equal content."""
        return canonical_json(self.to_dict())


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Events in fold order, each event once (a duplicate ``event_id`` counts once)."""
    unique = {e.event_id: e for e in events}
    return sorted(unique.values(), key=Event.sort_key)


def from_row(row: Any) -> Event:
    """The event of a row of the ``events`` table (any query selecting its columns by name)."""
    r = row._mapping
    return Event(
        event_id=r["event_id"],
        stream=r["stream"],
        stream_id=r["stream_id"],
        dealership_id=r["dealership_id"],
        device_id=r["device_id"],
        device_seq=r["device_seq"],
        actor_id=r["actor_id"],
        kind=r["kind"],
        payload=json.loads(r["payload"]),
        hlc=r["hlc"],
        recorded_at=r["recorded_at"],
    )


# -- projections ----------------------------------------------------------------------

Projector = Callable[[Connection, str, list[Event]], None]
_PROJECTORS: dict[str, Projector] = {}

# Modules that register projectors, imported before any fold so that events arriving
# from HQ for a stream no screen has touched yet still reach their projection.
PROJECTOR_MODULES = [
    "desktop.models.cases.store",
    "desktop.models.customers.store",
    "desktop.models.queue",
    "desktop.models.audits.records",
    "desktop.models.audits.release",
    "desktop.models.improvement.fmea",
    "desktop.models.improvement.actions",
    "desktop.models.improvement.fishbone",
    "desktop.models.jobcards",
]
_loaded = False


def load_projectors() -> None:
    global _loaded
    if not _loaded:
        import importlib

        for name in PROJECTOR_MODULES:
            importlib.import_module(name)
        _loaded = True


def projector(stream: str) -> Callable[[Projector], Projector]:
    """Register the function that rewrites a stream's projection from all its events."""

    def register(fn: Projector) -> Projector:
        _PROJECTORS[stream] = fn
        return fn

    return register


def refold(conn: Connection, stream: str, stream_id: str) -> None:
    load_projectors()
    fn = _PROJECTORS.get(stream)
    if fn is not None:
        fn(conn, stream_id, load_stream(conn, stream, stream_id))


# -- the device -----------------------------------------------------------------------


@dataclass(frozen=True)
class Device:
    device_id: str
    short_code: str
    dealership_id: str | None
    name: str


def this_device(conn: Connection) -> Device:
    row = conn.exec_driver_sql(_DEVICE_SQL).first()
    if row is None:
        raise NotSetUp()
    return Device(row[0], row[1], row[2], row[3])


# The hot path (every command appends events) runs as plain prepared SQL: building and
# caching SQLAlchemy constructs cost more than the statements themselves.
_DEVICE_SQL = "SELECT device_id, short_code, dealership_id, name, next_seq, last_hlc FROM device LIMIT 1"
_INSERT_EVENT_SQL = (
    "INSERT INTO events (event_id, stream, stream_id, dealership_id, device_id, device_seq,"
    " actor_id, kind, payload, hlc, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INGEST_EVENT_SQL = (
    "INSERT INTO events (event_id, stream, stream_id, dealership_id, device_id, device_seq,"
    " actor_id, kind, payload, hlc, recorded_at, server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (event_id) DO NOTHING"
)
_STREAM_SQL = (
    "SELECT event_id, stream, stream_id, dealership_id, device_id, device_seq, actor_id, kind,"
    " payload, hlc, recorded_at FROM events WHERE stream = ? AND stream_id = ?"
    " ORDER BY hlc, device_id, event_id"
)


def observe_clock(conn: Connection, remote: str, now: datetime) -> None:
    """Merge a clock reading from elsewhere (an event or HQ) into this device's clock."""
    dev = this_device(conn)
    last_text = conn.execute(
        select(t.device.c.last_hlc).where(t.device.c.device_id == dev.device_id)
    ).scalar()
    last = hlc.Timestamp.parse(last_text) if last_text else None
    merged = hlc.receive(last, hlc.Timestamp.parse(remote), int(now.timestamp() * 1000), dev.device_id)
    conn.execute(
        update(t.device).where(t.device.c.device_id == dev.device_id).values(last_hlc=merged.encode())
    )


# -- writing --------------------------------------------------------------------------


def append(
    conn: Connection,
    *,
    stream: str,
    stream_id: str,
    kind: str,
    payload: Mapping[str, Any],
    actor_id: str,
    now: datetime,
    dealership_id: str | None = None,
    refold_stream: bool = True,
) -> Event:
    """Record a new local event with its outbox entry, then refold its stream.

    Must run inside a write transaction (``Database.write()``), so the event, the outbox
    entry, the device's sequence and the projection commit or vanish together.
    """
    row = conn.exec_driver_sql(_DEVICE_SQL).first()
    if row is None:
        raise NotSetUp()
    device_id, _short, own_dealer, _name, seq, last_text = row
    dealer = dealership_id or own_dealer
    if not dealer:
        raise NotSetUp()
    last = hlc.Timestamp.parse(last_text) if last_text else None
    stamp = hlc.tick(last, int(now.timestamp() * 1000), device_id).encode()
    conn.exec_driver_sql(
        "UPDATE device SET next_seq = ?, last_hlc = ? WHERE device_id = ?", (seq + 1, stamp, device_id)
    )
    event = Event(
        event_id=uuid7(int(now.timestamp() * 1000)),
        stream=stream,
        stream_id=stream_id,
        dealership_id=dealer,
        device_id=device_id,
        device_seq=seq,
        actor_id=actor_id,
        kind=kind,
        payload=dict(payload),
        hlc=stamp,
        recorded_at=iso(now),
    )
    conn.exec_driver_sql(
        _INSERT_EVENT_SQL,
        (
            event.event_id,
            stream,
            stream_id,
            dealer,
            device_id,
            seq,
            actor_id,
            kind,
            canonical_json(event.payload),
            stamp,
            event.recorded_at,
        ),
    )
    conn.exec_driver_sql("INSERT INTO outbox (event_id, device_seq) VALUES (?, ?)", (event.event_id, seq))
    if refold_stream:
        refold(conn, stream, stream_id)
    return event


def ingest(
    conn: Connection,
    incoming: Iterable[Event],
    now: datetime,
    server_seqs: Mapping[str, int] | None = None,
) -> list[Event]:
    """Store events from elsewhere; events already held are skipped. Returns the new ones.

    The streams they touch are folded again and the device clock moves past theirs.
    """
    fresh: list[Event] = []
    touched: set[tuple[str, str]] = set()
    newest: str | None = None
    seqs = server_seqs or {}
    for event in incoming:
        done = conn.exec_driver_sql(
            _INGEST_EVENT_SQL,
            (
                event.event_id,
                event.stream,
                event.stream_id,
                event.dealership_id,
                event.device_id,
                event.device_seq,
                event.actor_id,
                event.kind,
                canonical_json(event.payload),
                event.hlc,
                event.recorded_at,
                seqs.get(event.event_id),
            ),
        )
        if done.rowcount:
            fresh.append(event)
            touched.add((event.stream, event.stream_id))
        newest = event.hlc if newest is None or event.hlc > newest else newest
    if newest is not None:
        observe_clock(conn, newest, now)
    for stream, stream_id in sorted(touched):
        refold(conn, stream, stream_id)
    return fresh


# -- reading --------------------------------------------------------------------------


def load_stream(conn: Connection, stream: str, stream_id: str) -> list[Event]:
    """A stream's events in fold order."""
    return [
        Event(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8]), r[9], r[10])
        for r in conn.exec_driver_sql(_STREAM_SQL, (stream, stream_id))
    ]


def pending_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(t.outbox)).scalar_one())


def outbox_batch(conn: Connection, limit: int = 500) -> list[Event]:
    """The oldest events not yet acknowledged by HQ, in device_seq order."""
    rows = conn.execute(
        select(t.events)
        .join(t.outbox, t.outbox.c.event_id == t.events.c.event_id)
        .order_by(t.outbox.c.device_seq)
        .limit(limit)
    )
    return [from_row(r) for r in rows]


def acknowledge(conn: Connection, event_ids: Iterable[str]) -> None:
    """Remove events HQ has durably stored from the outbox."""
    ids = list(event_ids)
    for start in range(0, len(ids), 500):
        conn.execute(t.outbox.delete().where(t.outbox.c.event_id.in_(ids[start : start + 500])))


def requeue_all_local(conn: Connection) -> int:
    """Put every event this device made back in the outbox (HQ restored from a backup)."""
    dev = this_device(conn)
    rows = conn.execute(
        select(t.events.c.event_id, t.events.c.device_seq).where(t.events.c.device_id == dev.device_id)
    ).all()
    for event_id, seq in rows:
        conn.execute(
            sqlite_insert(t.outbox)
            .values(event_id=event_id, device_seq=seq)
            .on_conflict_do_nothing(index_elements=["event_id"])
        )
    return len(rows)
