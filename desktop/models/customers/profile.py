"""The 360° view of a customer: profile, vehicles and their owners, every case with its
timeline, happy-call results and documents, read in one snapshot.

Built for speed (a customer with hundreds of cases opens at once): the cases' events are
read in one query and folded here with the case core's pure fold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from desktop.models import cases
from desktop.models import tables as t
from desktop.models.cases.store import cases_table
from desktop.models.customers.records import Customer, Document, Vehicle
from desktop.models.customers.store import customer_ids, get_customer, vehicles_of
from desktop.models.events import Event


@dataclass(frozen=True)
class CaseEntry:
    state: cases.CaseState
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


def _event(row: Any) -> Event:
    r = dict(row._mapping)
    r["payload"] = json.loads(r["payload"])
    return Event.from_dict(r)


def customer_profile(conn: Connection, customer_id: str, *, case_limit: int = 1000) -> Profile:
    """Everything known about a customer (and the records merged into them)."""
    customer = get_customer(conn, customer_id)
    ids = customer_ids(conn, customer.id)
    case_ids = list(
        conn.execute(
            select(cases_table.c.id)
            .where(cases_table.c.customer_id.in_(ids))
            .order_by(cases_table.c.registered_at.desc(), cases_table.c.id.desc())
            .limit(case_limit)
        ).scalars()
    )
    history: dict[str, list[Event]] = {cid: [] for cid in case_ids}
    for start in range(0, len(case_ids), 500):
        rows = conn.execute(
            select(t.events)
            .where(t.events.c.stream == "case", t.events.c.stream_id.in_(case_ids[start : start + 500]))
            .order_by(t.events.c.hlc, t.events.c.device_id, t.events.c.event_id)
        )
        for row in rows:
            history[row.stream_id].append(_event(row))
    entries = []
    calls = []
    names: dict[str, tuple[str, str, str]] = {}  # sha -> (name, added_at, tracking code)
    for cid in case_ids:
        timeline = tuple(history[cid])
        state = cases.fold(cid, timeline)
        entries.append(CaseEntry(state, timeline))
        for event in timeline:
            if event.kind == "happy_call":
                calls.append(
                    HappyCall(
                        cid, state.tracking_code, event.recorded_at, event.actor_id, dict(event.payload)
                    )
                )
            elif event.kind == "attachment_added":
                names[str(event.payload.get("sha256"))] = (
                    str(event.payload.get("name", "")),
                    event.recorded_at,
                    state.tracking_code,
                )
        for sha in state.attachments:
            names.setdefault(sha, ("", state.registered_at, state.tracking_code))
    files = [_files(conn, customer.documents)]
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
        files=tuple(sorted([*files[0], *case_files], key=lambda f: f.added_at, reverse=True)),
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
