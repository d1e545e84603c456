"""This device's sync state with HQ (migration 0006): cursors, epoch, errors, refusals.

The sync client (:mod:`sync.client`) reads and writes it; screens read :func:`status`.
Everything here runs inside the caller's transaction, so a pulled page, the reference
records it brought and the new cursor commit together or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Integer,
    Table,
    Text,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.models import events
from desktop.models import tables as t
from desktop.models.calendar import iso, parse_iso
from desktop.models.meta import metadata

sync_state = Table(
    "sync_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("hq_url", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("dealerships", Text, nullable=False, server_default="[]"),
    Column("enrolled_at", Text, nullable=False),
    Column("server_epoch", Text, nullable=False, server_default=""),
    Column("cursor", Integer, nullable=False, server_default="0"),
    Column("cursor_event", Text, nullable=True),
    Column("ref_cursor", Integer, nullable=False, server_default="0"),
    Column("acked_max_seq", Integer, nullable=False, server_default="0"),
    Column("hq_max_seq", Integer, nullable=False, server_default="0"),
    Column("resync_pending", Boolean, nullable=False, server_default="0"),
    Column("stopped", Text, nullable=True),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("last_attempt_at", Text, nullable=True),
    Column("last_success_at", Text, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("last_pushed", Integer, nullable=False, server_default="0"),
    Column("last_pulled", Integer, nullable=False, server_default="0"),
)

sync_rejected = Table(
    "sync_rejected",
    metadata,
    Column("event_id", Text, primary_key=True),
    Column("status", Text, nullable=False),
    Column("code", Text, nullable=True),
    Column("at", Text, nullable=False),
)

sync_blobs = Table(
    "sync_blobs",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("state", Text, nullable=False),
    Column("at", Text, nullable=False),
)


@dataclass(frozen=True)
class SyncState:
    hq_url: str
    role: str
    dealerships: tuple[str, ...]
    enrolled_at: str
    server_epoch: str
    cursor: int
    cursor_event: str | None
    ref_cursor: int
    acked_max_seq: int
    hq_max_seq: int
    resync_pending: bool
    stopped: str | None
    failures: int
    last_attempt_at: str | None
    last_success_at: str | None
    last_error: str | None
    last_pushed: int
    last_pulled: int


@dataclass(frozen=True)
class Status:
    """What the status bar and Settings show about sync."""

    enrolled: bool
    hq_url: str
    pending: int
    refused: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None
    stopped: str | None
    failures: int


def get_state(conn: Connection) -> SyncState | None:
    row = conn.execute(select(sync_state).where(sync_state.c.id == 1)).first()
    if row is None:
        return None
    r = row._mapping
    return SyncState(
        hq_url=r["hq_url"],
        role=r["role"],
        dealerships=tuple(json.loads(r["dealerships"] or "[]")),
        enrolled_at=r["enrolled_at"],
        server_epoch=r["server_epoch"],
        cursor=int(r["cursor"]),
        cursor_event=r["cursor_event"],
        ref_cursor=int(r["ref_cursor"]),
        acked_max_seq=int(r["acked_max_seq"]),
        hq_max_seq=int(r["hq_max_seq"]),
        resync_pending=bool(r["resync_pending"]),
        stopped=r["stopped"],
        failures=int(r["failures"]),
        last_attempt_at=r["last_attempt_at"],
        last_success_at=r["last_success_at"],
        last_error=r["last_error"],
        last_pushed=int(r["last_pushed"]),
        last_pulled=int(r["last_pulled"]),
    )


def save_enrolment(
    conn: Connection,
    *,
    hq_url: str,
    role: str,
    dealerships: list[str],
    enrolled_at: str,
    server_epoch: str,
    resync: bool = False,
) -> None:
    """Record a (new) enrolment. A different HQ or epoch starts the cursors over."""
    old = get_state(conn)
    values: dict[str, Any] = {
        "hq_url": hq_url,
        "role": role,
        "dealerships": json.dumps(sorted(dealerships)),
        "enrolled_at": enrolled_at,
        "server_epoch": server_epoch,
        "stopped": None,
        "failures": 0,
        "last_error": None,
    }
    fresh = old is None or old.hq_url != hq_url or old.server_epoch != server_epoch
    if fresh:
        values.update(cursor=0, cursor_event=None, ref_cursor=0, acked_max_seq=0)
    if old is None:
        conn.execute(insert(sync_state).values(id=1, resync_pending=resync, **values))
    else:
        conn.execute(update(sync_state).where(sync_state.c.id == 1).values(**values))
    if fresh and old is not None:
        events.requeue_all_local(conn)


def update_state(conn: Connection, **values: Any) -> None:
    conn.execute(update(sync_state).where(sync_state.c.id == 1).values(**values))


def start_over(conn: Connection, epoch: str) -> int:
    """HQ lost history (restored from a backup): pull from 0 and push every own event again."""
    update_state(conn, server_epoch=epoch, cursor=0, cursor_event=None, ref_cursor=0, acked_max_seq=0)
    return events.requeue_all_local(conn)


def learn_hq_max_seq(conn: Connection, hq_max: int) -> None:
    """Never reuse a sequence number HQ already holds (a device restored from an old backup)."""
    dev = events.this_device(conn)
    conn.execute(
        update(t.device)
        .where(t.device.c.device_id == dev.device_id, t.device.c.next_seq <= hq_max)
        .values(next_seq=hq_max + 1)
    )
    update_state(conn, hq_max_seq=hq_max)


def renumber(conn: Connection, event_ids: list[str]) -> int:
    """Give unsent own events fresh sequence numbers (HQ holds others at their numbers).

    Only events still in the outbox are touched: nobody else has seen them, so their
    number may change. Their order among themselves is kept. Returns how many moved.
    """
    if not event_ids:
        return 0
    dev = events.this_device(conn)
    rows = conn.execute(
        select(t.outbox.c.event_id, t.outbox.c.device_seq)
        .where(t.outbox.c.event_id.in_(event_ids))
        .order_by(t.outbox.c.device_seq)
    ).all()
    for row in rows:
        seq = int(
            conn.execute(
                select(t.device.c.next_seq).where(t.device.c.device_id == dev.device_id)
            ).scalar_one()
        )
        conn.execute(update(t.device).where(t.device.c.device_id == dev.device_id).values(next_seq=seq + 1))
        conn.execute(update(t.events).where(t.events.c.event_id == row.event_id).values(device_seq=seq))
        conn.execute(update(t.outbox).where(t.outbox.c.event_id == row.event_id).values(device_seq=seq))
    return len(rows)


def reject(conn: Connection, event_id: str, status: str, code: str | None, now: datetime) -> None:
    """HQ will never take this event: keep it, but out of the outbox, and say so."""
    conn.execute(
        sqlite_insert(sync_rejected)
        .values(event_id=event_id, status=status, code=code, at=iso(now))
        .on_conflict_do_update(
            index_elements=["event_id"], set_={"status": status, "code": code, "at": iso(now)}
        )
    )
    conn.execute(t.outbox.delete().where(t.outbox.c.event_id == event_id))


def refused_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(sync_rejected)).scalar_one())


def blob_state(conn: Connection, sha256: str) -> str | None:
    value = conn.execute(select(sync_blobs.c.state).where(sync_blobs.c.sha256 == sha256)).scalar()
    return str(value) if value is not None else None


def mark_blob(conn: Connection, sha256: str, state: str, now: datetime) -> None:
    conn.execute(
        sqlite_insert(sync_blobs)
        .values(sha256=sha256, state=state, at=iso(now))
        .on_conflict_do_update(index_elements=["sha256"], set_={"state": state, "at": iso(now)})
    )


def blobs_to_upload(conn: Connection, limit: int = 50) -> list[str]:
    """Local blobs HQ has neither confirmed nor refused (a refused one, too large or of a
    kind HQ does not take, is not sent again: it would hold back every newer one)."""
    uploaded = select(sync_blobs.c.sha256).where(sync_blobs.c.state.in_(("uploaded", "refused")))
    rows = conn.execute(
        select(t.blobs.c.sha256)
        .where(t.blobs.c.sha256.not_in(uploaded))
        .order_by(t.blobs.c.created_at)
        .limit(limit)
    )
    return [r.sha256 for r in rows]


def blobs_wanted(conn: Connection, limit: int = 50) -> list[str]:
    """Blobs named by pulled events that this PC does not hold yet, the longest-waiting
    first (one HQ cannot give yet goes to the back: :func:`mark_blob` with ``wanted``)."""
    rows = conn.execute(
        select(sync_blobs.c.sha256)
        .where(sync_blobs.c.state == "wanted")
        .order_by(sync_blobs.c.at, sync_blobs.c.sha256)
        .limit(limit)
    )
    return [r.sha256 for r in rows]


def status(conn: Connection) -> Status:
    state = get_state(conn)
    pending = events.pending_count(conn)
    if state is None:
        return Status(False, "", pending, 0, None, None, None, None, 0)
    return Status(
        enrolled=True,
        hq_url=state.hq_url,
        pending=pending,
        refused=refused_count(conn),
        last_success_at=parse_iso(state.last_success_at) if state.last_success_at else None,
        last_attempt_at=parse_iso(state.last_attempt_at) if state.last_attempt_at else None,
        last_error=state.last_error,
        stopped=state.stopped,
        failures=state.failures,
    )
