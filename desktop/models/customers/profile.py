"""The 360° view of a customer: profile, vehicles and their owners, every case with its
timeline, happy-call results and documents, read in one snapshot.

Built for speed (a customer with hundreds of cases opens at once): the cases' events are
read in one query and folded here with the case core's pure fold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from desktop.models import tables as t
from desktop.models.customers.records import Customer, Document, Vehicle
from desktop.models.customers.store import customer_ids, get_customer, vehicles_of
from desktop.models.events import Event, from_row


@dataclass(frozen=True)
class CaseLine:
    """A case as the 360° view lists it: the projection's row (no refold needed)."""

    id: str
    tracking_code: str
    case_type: str
    category: str
    status: str
    resolution: str | None
    description: str
    registered_at: str
    vehicle_id: str | None
    attachments: tuple[str, ...]


@dataclass(frozen=True)
class CaseEntry:
    state: CaseLine
    timeline: tuple[Event, ...]


@dataclass(frozen=True)
class HappyCall:
    case_id: str
    tracking_code: str
    at: str
    actor_id: str
    payload: dict[str, Any]

    @property
    def satisfaction(self) -> int | None:
        value = self.payload.get("satisfaction", self.payload.get("score"))
        return int(value) if isinstance(value, int | float) else None


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    name: str
    mime: str
    size: int
    added_at: str
    case_tracking_code: str | None  # None: kept with the customer's record


@dataclass(frozen=True)
class Profile:
    customer: Customer
    merged_ids: tuple[str, ...]
    vehicles: tuple[Vehicle, ...]
    former_vehicles: tuple[Vehicle, ...]
    cases: tuple[CaseEntry, ...]  # newest first
    happy_calls: tuple[HappyCall, ...]
    files: tuple[FileEntry, ...]

    @property
    def open_cases(self) -> int:
        return sum(1 for c in self.cases if c.state.status != "closed")


def customer_profile(conn: Connection, customer_id: str, *, case_limit: int = 1000) -> Profile:
    """Everything known about a customer (and the records merged into them)."""
    customer = get_customer(conn, customer_id)
    ids = customer_ids(conn, customer.id)
    marks = ", ".join("?" * len(ids))
    case_rows = conn.exec_driver_sql(
        "SELECT id, tracking_code, case_type, category, status, resolution, description, registered_at,"
        f" vehicle_id FROM cases WHERE customer_id IN ({marks}) ORDER BY registered_at DESC, id DESC LIMIT ?",
        (*ids, case_limit),
    ).all()
    case_ids = [r.id for r in case_rows]
    history: dict[str, list[Event]] = {cid: [] for cid in case_ids}
    for start in range(0, len(case_ids), 500):
        chunk = tuple(case_ids[start : start + 500])
        rows = conn.exec_driver_sql(
            f"SELECT * FROM events WHERE stream = 'case' AND stream_id IN ({', '.join('?' * len(chunk))})"
            " ORDER BY hlc, device_id, event_id",
            chunk,
        )
        for row in rows:
            history[row.stream_id].append(from_row(row))
    entries = []
    calls = []
    names: dict[str, tuple[str, str, str]] = {}  # sha -> (name, added_at, tracking code)
    for row in case_rows:
        timeline = tuple(history[row.id])
        attached: list[str] = []
        for event in timeline:
            if event.kind == "registered":
                attached.extend(str(a) for a in event.payload.get("attachments") or ())
            elif event.kind == "happy_call":
                calls.append(
                    HappyCall(
                        row.id, row.tracking_code, event.recorded_at, event.actor_id, dict(event.payload)
                    )
                )
            elif event.kind == "attachment_added":
                sha = str(event.payload.get("sha256"))
                attached.append(sha)
                names[sha] = (str(event.payload.get("name", "")), event.recorded_at, row.tracking_code)
        for sha in attached:
            names.setdefault(sha, ("", row.registered_at, row.tracking_code))
        line = CaseLine(
            row.id,
            row.tracking_code,
            row.case_type,
            row.category,
            row.status,
            row.resolution,
            row.description,
            row.registered_at,
            row.vehicle_id,
            tuple(dict.fromkeys(attached)),
        )
        entries.append(CaseEntry(line, timeline))
    files = _files(conn, customer.documents)
    meta = _blob_meta(conn, list(names))
    case_files = [
        FileEntry(sha, name, *meta.get(sha, ("", 0)), added_at=at, case_tracking_code=code)
        for sha, (name, at, code) in names.items()
    ]
    return Profile(
        customer=customer,
        merged_ids=tuple(i for i in ids if i != customer.id),
        vehicles=tuple(vehicles_of(conn, customer.id)),
        former_vehicles=tuple(vehicles_of(conn, customer.id, former=True)),
        cases=tuple(entries),
        happy_calls=tuple(sorted(calls, key=lambda c: c.at, reverse=True)),
        files=tuple(sorted([*files, *case_files], key=lambda f: f.added_at, reverse=True)),
    )


def _blob_meta(conn: Connection, keys: list[str]) -> dict[str, tuple[str, int]]:
    if not keys:
        return {}
    rows = conn.execute(
        select(t.blobs.c.sha256, t.blobs.c.mime, t.blobs.c.size).where(t.blobs.c.sha256.in_(keys))
    )
    return {r.sha256: (r.mime, r.size) for r in rows}


def _files(conn: Connection, documents: tuple[Document, ...]) -> list[FileEntry]:
    meta = _blob_meta(conn, [d.sha256 for d in documents])
    return [
        FileEntry(d.sha256, d.name, d.mime, meta.get(d.sha256, ("", 0))[1], d.added_at, None)
        for d in documents
    ]
