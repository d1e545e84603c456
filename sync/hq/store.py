"""Storing pushed events exactly once, and reading a device's feed in HQ's order.

Push, for one batch, in one transaction:

1. each event is checked (structure, then scope, see :mod:`sync.hq.scope`); refused ones
   get ``invalid`` or ``forbidden`` and are not stored;
2. the global sequence is advanced for the candidates (this locks the counter row until
   commit, so numbers become visible in order, never with a hole filled later);
3. ``INSERT ... ON CONFLICT DO NOTHING``: what was not inserted is a ``duplicate`` (same
   id, same content hash), or a ``conflict``: ``event_id_conflict`` (same id, other content)
   or ``seq_taken`` (the device's number already holds another event);
4. grants, feed deliveries and back-fills for what was inserted.

A retried batch finds every event already there: all ``duplicate``, nothing changes.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, func, select, tuple_

from desktop.models import hlc
from desktop.models.calendar import iso, parse_iso
from sync import protocol
from sync.hq import db, devices
from sync.hq import tables as t
from sync.hq.errors import HQError
from sync.hq.scope import COVERT_STREAMS, HQ, DeviceScope, direct_principal, grants, push_refusal

_EVENT_COLUMNS = (
    "event_id",
    "stream",
    "stream_id",
    "dealership_id",
    "device_id",
    "device_seq",
    "actor_id",
    "kind",
    "hlc",
    "recorded_at",
)


def content_hash(event: protocol.WireEvent, payload_text: str) -> str:
    """A fingerprint of everything in the event: equal fingerprints, equal events.

    The text hashed is every column of :data:`_EVENT_COLUMNS` as text, then the payload's
    canonical text, joined by U+001F. HQ stores it, so it must never change.
    """
    e = event
    text = (
        f"{e.event_id}\x1f{e.stream}\x1f{e.stream_id}\x1f{e.dealership_id}\x1f{e.device_id}\x1f"
        f"{e.device_seq}\x1f{e.actor_id}\x1f{e.kind}\x1f{e.hlc}\x1f{e.recorded_at}\x1f{payload_text}"
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_maybe_sha256 = re.compile(r'"[0-9a-f]{64}"').search
# The canonical payload text: sorted keys, no spaces, UTF-8 as is, no NaN or Infinity.
_canonical = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
).encode


def structure_problem(event: protocol.WireEvent) -> tuple[str | None, str]:
    """(code, payload text): why an event that matches the schema is still invalid."""
    stamp = event.hlc
    if stamp[15:16] == stamp[22:23] == "." and stamp[:15].isdecimal() and stamp[16:22].isdecimal():
        node = stamp[23:]  # "<15 digits>.<6 digits>.<node>", what Timestamp.parse reads too
    else:
        try:
            node = hlc.Timestamp.parse(stamp).node
        except hlc.ClockError:
            return "hlc_invalid", ""
    if node != event.device_id:
        return "hlc_node", ""
    try:
        parse_iso(event.recorded_at)
    except (ValueError, OverflowError):  # not a date, or out of range once in UTC
        return "recorded_at_invalid", ""
    # The canonical text itself tells most problems, in C: NaN or Infinity (refused by
    # allow_nan=False), a lone surrogate (cannot be encoded). Only a text with an escaped NUL
    # or many brackets can hide a NUL or be too deep, so only such a payload is walked.
    try:
        text = _canonical(event.payload)
    except ValueError:
        return "payload_number", ""
    suspicious = "\\u0000" in text or text.count("[") + text.count("{") > protocol.MAX_PAYLOAD_DEPTH
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError:
        return "payload_text", ""
    if size > protocol.MAX_PAYLOAD_BYTES:
        return "payload_too_large", ""
    if suspicious:  # a NUL, or deep nesting: the exact (slower) walk decides
        try:
            protocol.check_payload(event.payload)
        except protocol.PayloadProblem as problem:
            return problem.code, ""
    return None, text


def _holders(conn: Connection, streams: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """Who holds each of these streams (stream, stream_id) -> principals."""
    found: dict[tuple[str, str], set[str]] = {}
    pairs = sorted(streams)
    if not pairs:
        return found
    if conn.dialect.name == "postgresql":
        (kinds, kinds_sql), (ids, ids_sql) = _arrays([p[0] for p in pairs], [p[1] for p in pairs])
        rows: Any = conn.exec_driver_sql(
            "SELECT a.stream, a.stream_id, a.principal FROM access a"
            f" JOIN unnest({kinds_sql}, {ids_sql}) AS q(stream, stream_id)"
            " ON a.stream = q.stream AND a.stream_id = q.stream_id",
            (kinds, ids),
        )
        for r in rows:
            found.setdefault((r.stream, r.stream_id), set()).add(r.principal)
        return found
    for start in range(0, len(pairs), 400):
        rows = conn.execute(
            select(t.access.c.stream, t.access.c.stream_id, t.access.c.principal).where(
                tuple_(t.access.c.stream, t.access.c.stream_id).in_(pairs[start : start + 400])
            )
        )
        for r in rows:
            found.setdefault((r.stream, r.stream_id), set()).add(r.principal)
    return found


def _existing(conn: Connection, ids: list[str]) -> dict[str, tuple[str, int]]:
    """event_id -> (content hash, server_seq) of the ones HQ already holds."""
    found: dict[str, tuple[str, int]] = {}
    if not ids:
        return found
    if conn.dialect.name == "postgresql":
        ((wanted, wanted_sql),) = _arrays(ids)
        rows: Any = conn.exec_driver_sql(
            f"SELECT event_id, content_hash, server_seq FROM events WHERE event_id = ANY({wanted_sql})",
            (wanted,),
        )
        return {r.event_id: (r.content_hash, int(r.server_seq)) for r in rows}
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            select(t.events.c.event_id, t.events.c.content_hash, t.events.c.server_seq).where(
                t.events.c.event_id.in_(ids[start : start + 500])
            )
        )
        found.update({r.event_id: (r.content_hash, int(r.server_seq)) for r in rows})
    return found


def _arrays(*columns: list[Any] | tuple[list[Any], str]) -> list[tuple[Any, str]]:
    """Each list as a PostgreSQL array parameter: (value, the SQL standing for it). A list
    is text unless given as (values, SQL type)."""
    found = []
    for column in columns:
        values, sql_type = column if isinstance(column, tuple) else (column, "text")
        sql, value = db.array_param(values, sql_type)
        found.append((value, sql))
    return found


class _DealershipCache:
    """Dealership codes known to HQ, per process; a code not seen yet is looked up again."""

    def __init__(self) -> None:
        self.codes: set[str] = set()
        self.lock = threading.Lock()

    def known(self, conn: Connection, wanted: set[str]) -> set[str]:
        missing = wanted - self.codes
        if missing:
            found = devices.known_dealerships(conn, missing)
            with self.lock:
                self.codes |= found
        return wanted & self.codes


_dealerships = _DealershipCache()
_epoch = db.EpochCache()


def device_max_seq(conn: Connection, device_id: str) -> int:
    value = conn.execute(
        select(func.max(t.events.c.device_seq)).where(t.events.c.device_id == device_id)
    ).scalar()
    return int(value or 0)


def _device_max_seqs(conn: Connection, device_ids: list[str]) -> dict[str, int]:
    """device_id -> the highest device_seq HQ holds for it (0: none), one indexed look-up each."""
    if conn.dialect.name == "postgresql" and len(device_ids) > 1:
        ((ids, ids_sql),) = _arrays(device_ids)
        rows: Any = conn.exec_driver_sql(
            "SELECT q.device_id, (SELECT max(e.device_seq) FROM events e WHERE e.device_id = q.device_id)"
            f" FROM unnest({ids_sql}) AS q(device_id)",
            (ids,),
        )
        return {r[0]: int(r[1] or 0) for r in rows}
    return {device_id: device_max_seq(conn, device_id) for device_id in device_ids}


def _seqs_taken(conn: Connection, pairs: list[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """(device_id, device_seq) -> event_id of the ones HQ already holds."""
    found: dict[tuple[str, int], str] = {}
    if not pairs:
        return found
    if conn.dialect.name == "postgresql":
        (ids, ids_sql), (seqs, seqs_sql) = _arrays([p[0] for p in pairs], ([p[1] for p in pairs], "bigint"))
        rows: Any = conn.exec_driver_sql(
            "SELECT e.device_id, e.device_seq, e.event_id FROM events e"
            f" JOIN unnest({ids_sql}, {seqs_sql}) AS q(device_id, device_seq)"
            " ON e.device_id = q.device_id AND e.device_seq = q.device_seq",
            (ids, seqs),
        )
        return {(r.device_id, int(r.device_seq)): r.event_id for r in rows}
    for start in range(0, len(pairs), 400):
        rows = conn.execute(
            select(t.events.c.device_id, t.events.c.device_seq, t.events.c.event_id).where(
                tuple_(t.events.c.device_id, t.events.c.device_seq).in_(pairs[start : start + 400])
            )
        )
        found.update({(r.device_id, int(r.device_seq)): r.event_id for r in rows})
    return found


class Answer(NamedTuple):
    """One event's result (:class:`sync.protocol.PushResult`, without a model's checks: HQ
    makes these itself, thousands per second)."""

    event_id: str
    status: str
    code: str | None
    server_seq: int | None


@dataclass
class PushOutcome:
    results: list[Answer]
    device_max_seq: int
    epoch: str
    accepted: int = 0
    duplicates: int = 0
    refused: int = 0
    unauthorized: bool = False  # the token is unknown or the device revoked: nothing stored


@dataclass(frozen=True, eq=False)
class _Candidate:
    job: int
    index: int
    event: protocol.WireEvent
    payload_text: str
    hash: str


@dataclass
class PushJob:
    """One push request, checked without the database: what the group writes for it.

    ``invalid``: the results already known (position in the request -> result); ``checked``:
    the events that passed the structure checks, each with its canonical payload and hash.
    """

    scope: DeviceScope | None  # None: the device is authenticated by token_key in the group's transaction
    now: datetime
    size: int
    invalid: dict[int, Answer]
    checked: list[tuple[int, protocol.WireEvent, str, str]]
    token_key: str | None = None


def prepare(
    scope: DeviceScope | None,
    events: Sequence[protocol.WireEvent],
    now: datetime,
    *,
    token_key: str | None = None,
) -> PushJob:
    """The checks a push needs no database for: structure, canonical payload, content hash.

    ``scope``: the pushing device's, or None with the key of its token
    (:func:`sync.hq.devices.token_key`): the group that stores the push then authenticates
    it in its own transaction, all of its requests in one look-up, so a device revoked a
    moment ago is refused and a push costs no query of its own.
    """
    invalid: dict[int, Answer] = {}
    checked: list[tuple[int, protocol.WireEvent, str, str]] = []
    for index, event in enumerate(events):
        code, text = structure_problem(event)
        if code:
            invalid[index] = Answer(event.event_id, "invalid", code, None)
        else:
            checked.append((index, event, text, content_hash(event, text)))
    return PushJob(scope, now, len(events), invalid, checked, token_key)


def push(
    engine: Engine, scope: DeviceScope, events: Sequence[protocol.WireEvent], now: datetime
) -> PushOutcome:
    """Store a batch of the device's events in its own transaction; one result per event."""
    job = prepare(scope, events, now)
    with db.writing(engine) as conn:
        return store_group(conn, [job])[0]


def store_group(conn: Connection, jobs: Sequence[PushJob]) -> list[PushOutcome]:
    """Store several push requests in the caller's (one) transaction, answering each one
    exactly as if the requests had been stored one after the other in this order."""
    group = plan_group(conn, jobs)
    write_group(conn, group)
    return answer_group(group)


Grant = tuple[str, str, str]  # (stream, stream_id, principal)
Stream = tuple[str, str]


@dataclass
class GroupWrite:
    """Push requests on their way: planned before the sequence lock (:func:`plan_group`),
    written under it (:func:`write_group`), answered once committed (:func:`answer_group`)."""

    jobs: Sequence[PushJob]
    live: dict[int, DeviceScope]  # job -> its device's scope, for the jobs of live devices
    results: list[dict[int, Answer]]
    epoch: str
    held_max: dict[str, int]
    seen_seq: int  # the sequence's value before the reads below
    before: dict[Stream, set[str]]  # who held the streams the group touches, as read
    candidates: list[_Candidate]
    granted: dict[_Candidate, set[Grant]]
    leaders: dict[str, _Candidate]
    followers: list[_Candidate]
    inserted: dict[str, int] = field(default_factory=dict)
    raced: dict[str, tuple[str, int]] = field(default_factory=dict)


def plan_group(conn: Connection, jobs: Sequence[PushJob]) -> GroupWrite:
    """Everything before the lock: one read of each kind for the whole group, then the
    requests one after the other in memory, each seeing what the earlier ones would store
    (events, streams granted, device numbers used). A retried batch stops here."""
    results: list[dict[int, Answer]] = [dict(job.invalid) for job in jobs]
    live = _authenticate(conn, jobs)
    pending = [
        _Candidate(n, index, event, text, digest)
        for n, job in enumerate(jobs)
        if n in live
        for index, event, text, digest in job.checked
    ]
    device_ids = sorted({scope.device_id for scope in live.values()})
    # The sequence first: if it has not moved when this group takes the lock, nobody
    # stored anything after the reads below, and they still hold.
    seen_seq = db.last_seq(conn)
    made = {c: grants(live[c.job], c.event) for c in pending}
    streams = {(c.event.stream, c.event.stream_id) for c in pending}
    streams |= {(s, i) for grant in made.values() for s, i, _ in grant}
    known = _dealerships.known(conn, {c.event.dealership_id for c in pending})
    before = _holders(conn, streams)
    existing = _existing(conn, [c.event.event_id for c in pending])
    held_max = _device_max_seqs(conn, device_ids)
    # A device's number can only be taken if HQ holds that number or a higher one.
    taken = _seqs_taken(
        conn,
        sorted(
            {
                (c.event.device_id, c.event.device_seq)
                for c in pending
                if c.event.event_id not in existing
                and c.event.device_seq <= held_max.get(c.event.device_id, 0)
            }
        ),
    )
    epoch = _epoch.get(lambda: db.epoch(conn))

    holders = {key: set(value) for key, value in before.items()}
    leaders: dict[str, _Candidate] = {}  # event_id -> the first candidate of the group with it
    owners: dict[tuple[str, int], str] = {}  # (device_id, device_seq) -> event_id, in the group
    followers: list[_Candidate] = []
    candidates: list[_Candidate] = []
    granted: dict[_Candidate, set[Grant]] = {}
    for cand in pending:
        event, out = cand.event, results[cand.job]
        if event.dealership_id not in known:
            out[cand.index] = _result(event, "invalid", "unknown_dealership")
            continue
        if event.device_id != live[cand.job].device_id:
            # Before any lookup: another device's event says nothing of what HQ holds.
            out[cand.index] = _result(event, "forbidden", "not_your_device")
            continue
        if event.event_id in leaders:  # answered once the leader is stored (or not)
            followers.append(cand)
            continue
        if event.event_id in existing:
            out[cand.index] = _same_id(cand, *existing[event.event_id])
            continue
        refusal = push_refusal(live[cand.job], event, holders.get((event.stream, event.stream_id), ()))
        if refusal:
            out[cand.index] = _result(event, "forbidden", refusal)
            continue
        number = (event.device_id, event.device_seq)
        if number in taken or number in owners:
            out[cand.index] = _result(event, "conflict", "seq_taken")
            continue
        for stream, stream_id, principal in made[cand]:
            holders.setdefault((stream, stream_id), set()).add(principal)
        granted[cand] = made[cand]
        leaders[event.event_id] = cand
        owners[number] = event.event_id
        candidates.append(cand)
    return GroupWrite(
        jobs, live, results, epoch, held_max, seen_seq, before, candidates, granted, leaders, followers
    )


def write_group(conn: Connection, group: GroupWrite) -> None:
    """The sequence lock, taken once for the group and held to the caller's commit: the
    events, then the grants and deliveries they make."""
    candidates = group.candidates
    if not candidates:
        return
    first = db.allocate(conn, len(candidates))
    moved = first - 1 != group.seen_seq
    if moved:
        # Another writer committed after the reads: what it stored can clash with the group
        # (the same event pushed to two HQ processes at once), and it may have granted streams.
        stored, numbers = _committed_since(conn, group.seen_seq, candidates)
        group.raced = {i: found for i, found in stored.items() if i in group.leaders}
        candidates = [
            c
            for c in candidates
            if c.event.event_id not in group.raced and (c.event.device_id, c.event.device_seq) not in numbers
        ]
    seqs = {c: first + n for n, c in enumerate(group.candidates)}
    group.inserted = _insert(conn, candidates, [seqs[c] for c in candidates], group.jobs)
    missing = [c.event.event_id for c in candidates if c.event.event_id not in group.inserted]
    if missing:  # (SQLite keeps the conflict check in the INSERT)
        group.raced.update(_existing(conn, missing))
    stored_now = [c for c in candidates if c.event.event_id in group.inserted]
    if not stored_now:
        return
    before = group.before
    if moved:
        # Who holds these streams, read again under the lock: a grant committed by an
        # earlier writer is seen, so its holder still gets these events.
        streams = {(c.event.stream, c.event.stream_id) for c in stored_now}
        streams |= {(s, i) for c in stored_now for s, i, _ in group.granted[c]}
        before = _holders(conn, streams)
    _deliver(conn, stored_now, group.granted, group.inserted, before)


def answer_group(group: GroupWrite) -> list[PushOutcome]:
    """Each request's answer, once the group is stored."""
    inserted, raced, results = group.inserted, group.raced, group.results
    top: dict[int, int] = {}  # job -> the highest device_seq it stored
    for cand in group.candidates:
        event, out = cand.event, results[cand.job]
        if event.event_id in inserted:
            out[cand.index] = _result(event, "accepted", None, inserted[event.event_id])
            top[cand.job] = max(top.get(cand.job, 0), event.device_seq)
        elif event.event_id in raced:  # another HQ process stored it meanwhile
            out[cand.index] = _same_id(cand, *raced[event.event_id])
        else:  # another event took its number meanwhile
            out[cand.index] = _result(event, "conflict", "seq_taken")
    for cand in group.followers:
        results[cand.job][cand.index] = _follow(
            cand, group.leaders[cand.event.event_id], inserted, raced, results
        )
    outcomes: list[PushOutcome] = []
    running = dict(group.held_max)
    for n, job in enumerate(group.jobs):
        if n not in group.live:
            outcomes.append(PushOutcome(results=[], device_max_seq=0, epoch=group.epoch, unauthorized=True))
            continue
        device = group.live[n].device_id
        running[device] = max(running.get(device, 0), top.get(n, 0))
        answers = [results[n][i] for i in range(job.size)]
        outcome = PushOutcome(results=answers, device_max_seq=running[device], epoch=group.epoch)
        for answer in answers:
            if answer.status == "accepted":
                outcome.accepted += 1
            elif answer.status == "duplicate":
                outcome.duplicates += 1
            else:
                outcome.refused += 1
        outcomes.append(outcome)
    return outcomes


def _authenticate(conn: Connection, jobs: Sequence[PushJob]) -> dict[int, DeviceScope]:
    """job -> the scope of its device, for the jobs whose device is live.

    The devices' rows are locked here to the group's commit (:func:`devices.touch_many`,
    which also records them as seen): a revoke arriving meanwhile waits for the commit,
    and one that committed after the look-up still refuses the device. A job given its
    scope by the caller (:func:`push`) is taken as it is.
    """
    keys = {job.token_key for job in jobs if job.scope is None and job.token_key}
    found = devices.authenticate_keys(conn, keys) if keys else {}
    scopes: dict[int, DeviceScope] = {}
    for n, job in enumerate(jobs):
        scope = job.scope or found.get(job.token_key or "")
        if scope is not None:
            scopes[n] = scope
    if not scopes:
        return scopes
    alive = devices.touch_many(
        conn, sorted({scope.device_id for scope in scopes.values()}), max(job.now for job in jobs)
    )
    return {n: scope for n, scope in scopes.items() if jobs[n].scope is not None or scope.device_id in alive}


def _same_id(cand: _Candidate, stored_hash: str, seq: int | None) -> Answer:
    """An event whose id HQ holds (under ``seq``): a duplicate when its content is the
    same, else a conflict; both name the stored event's number."""
    if stored_hash == cand.hash:
        return _result(cand.event, "duplicate", None, seq)
    return _result(cand.event, "conflict", "event_id_conflict", seq)


_COMMITTED = (
    "SELECT event_id, device_id, device_seq, content_hash, server_seq FROM events WHERE server_seq > %s"
)


def _committed_since(
    conn: Connection, since: int, candidates: list[_Candidate]
) -> tuple[dict[str, tuple[str, int]], set[tuple[str, int]]]:
    """What writers stored after ``since`` under these events' ids or devices:
    (event_id -> (content hash, server_seq), {(device_id, device_seq)}).

    Only PostgreSQL gets here: SQLite takes its write lock at BEGIN, before the group's
    reads, so the sequence never moves under a SQLite writer.
    """
    stored: dict[str, tuple[str, int]] = {}
    numbers: set[tuple[str, int]] = set()
    if conn.dialect.name != "postgresql":
        return stored, numbers
    (ids, ids_sql), (devs, devs_sql) = _arrays(
        sorted({c.event.event_id for c in candidates}), sorted({c.event.device_id for c in candidates})
    )
    rows = conn.exec_driver_sql(
        _COMMITTED + f" AND (event_id = ANY({ids_sql}) OR device_id = ANY({devs_sql}))", (since, ids, devs)
    )
    for r in rows:  # the query keeps only these ids and devices
        stored[r.event_id] = (r.content_hash, int(r.server_seq))
        numbers.add((r.device_id, int(r.device_seq)))
    return stored, numbers


def _follow(
    cand: _Candidate,
    leader: _Candidate,
    inserted: dict[str, int],
    raced: dict[str, tuple[str, int]],
    results: list[dict[int, Answer]],
) -> Answer:
    """The answer for an event whose id came earlier in the group: what the earlier one
    left stored decides. A later request finds it as a stored event, with its number (as
    it would after the earlier request's commit); within one request the repeat carries
    no number (as a batch always answered it)."""
    event = cand.event
    event_id = event.event_id
    stored = (leader.hash, inserted[event_id]) if event_id in inserted else raced.get(event_id)
    if stored is not None:
        return _same_id(cand, stored[0], stored[1] if leader.job != cand.job else None)
    if leader.hash == cand.hash:  # the same event, not stored: it gets the same answer
        first = results[leader.job][leader.index]
        return _result(event, first.status, first.code, first.server_seq)
    return _result(event, "conflict", "event_id_conflict")


def _result(event: protocol.WireEvent, status: str, code: str | None, seq: int | None = None) -> Answer:
    return Answer(event.event_id, status, code, seq)


def _insert(
    conn: Connection, candidates: list[_Candidate], seqs: list[int], jobs: Sequence[PushJob]
) -> dict[str, int]:
    """Insert the events under their numbers; returns event_id -> server_seq of the rows stored.

    Under the lock nobody else inserts events, and the group's own events were checked
    against everything committed (before the lock, and again if the sequence moved), so on
    PostgreSQL this is a plain ``INSERT``: no conflict handling or returned rows to pay for.
    """
    if not candidates:
        return {}
    stamps = {job.now: iso(job.now) for job in jobs}
    events = [c.event for c in candidates]
    columns: dict[str, list[Any]] = {
        "server_seq": seqs,
        **{name: [getattr(e, name) for e in events] for name in _EVENT_COLUMNS},
        "payload": [c.payload_text for c in candidates],
        "content_hash": [c.hash for c in candidates],
        "received_at": [stamps[jobs[c.job].now] for c in candidates],
    }
    if conn.dialect.name == "postgresql":
        db.bulk_insert_columns(conn, t.events, columns, plain=True)
        return {e.event_id: seq for e, seq in zip(events, seqs, strict=True)}
    done = db.bulk_insert_columns(conn, t.events, columns, returning=("event_id", "server_seq"))
    return {r[0]: int(r[1]) for r in done}


def _deliver(
    conn: Connection,
    stored: list[_Candidate],
    granted: dict[_Candidate, set[tuple[str, str, str]]],
    inserted: dict[str, int],
    before: dict[tuple[str, str], set[str]],
) -> None:
    """Grants, feed entries for principals outside the event's own dealership, back-fills.

    ``before``: who held the streams before this batch (read under the lock).
    """
    holders = {key: set(value) for key, value in before.items()}
    for cand in stored:
        for stream, stream_id, principal in granted[cand]:
            holders.setdefault((stream, stream_id), set()).add(principal)
    wanted: dict[tuple[str, str, str], int] = {}
    refs: set[tuple[str, int]] = set()
    feed_rows: list[dict[str, Any]] = []
    for cand in stored:
        event = cand.event
        seq = inserted[event.event_id]
        for grant in granted[cand]:
            stream, stream_id, principal = grant
            if principal not in before.get((stream, stream_id), ()) and grant not in wanted:
                wanted[grant] = seq
        direct = direct_principal(event.stream, event.dealership_id)
        for principal in holders.get((event.stream, event.stream_id), ()):
            if principal not in (HQ, direct):
                feed_rows.append({"principal": principal, "seq": seq, "server_seq": seq})
        if _maybe_sha256(cand.payload_text):  # the walk only when some value could be a key
            refs.update((sha, seq) for sha in protocol.blob_refs(event.payload))
    new_grants: list[tuple[str, str, str]] = []
    if wanted:
        rows = [
            {"stream": s, "stream_id": i, "principal": p, "granted_seq": seq}
            for (s, i, p), seq in wanted.items()
        ]
        db.bulk_insert(conn, t.access, rows)
        # A stream that already had events before this batch: the newcomer gets them too.
        new_grants = [g for g in wanted if (g[0], g[1]) in before and g[2] != HQ]
    if feed_rows:
        db.bulk_insert(conn, t.feed, feed_rows)
    if new_grants:
        _backfill(conn, new_grants, min(inserted.values()))
    if refs:
        db.bulk_insert(conn, t.blob_refs, [{"sha256": sha, "server_seq": seq} for sha, seq in sorted(refs)])


def _backfill(conn: Connection, new_grants: list[tuple[str, str, str]], batch_first: int) -> None:
    streams = sorted({(s, i) for s, i, _ in new_grants})
    earlier: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for start in range(0, len(streams), 400):
        rows = conn.execute(
            select(t.events.c.stream, t.events.c.stream_id, t.events.c.server_seq, t.events.c.dealership_id)
            .where(
                tuple_(t.events.c.stream, t.events.c.stream_id).in_(streams[start : start + 400]),
                t.events.c.server_seq < batch_first,
            )
            .order_by(t.events.c.server_seq)
        )
        for r in rows:
            earlier.setdefault((r.stream, r.stream_id), []).append((int(r.server_seq), r.dealership_id))
    deliveries: list[tuple[str, int]] = []
    for stream, stream_id, principal in sorted(new_grants):
        for seq, dealership in earlier.get((stream, stream_id), []):
            if principal != direct_principal(stream, dealership):
                deliveries.append((principal, seq))
    if not deliveries:
        return
    first = db.allocate(conn, len(deliveries))
    db.bulk_insert(
        conn,
        t.feed,
        [{"principal": p, "seq": first + n, "server_seq": seq} for n, (p, seq) in enumerate(deliveries)],
    )


def render_push(outcome: PushOutcome, server_time: str) -> bytes:
    """The push answer as JSON (:class:`sync.protocol.PushResponse`, the same text pydantic
    writes), without building and checking the answer's model again. Event ids passed the
    schema's UUID pattern and codes are HQ's own identifiers: neither needs escaping."""
    parts = []
    for r in outcome.results:
        code = "null" if r.code is None else f'"{r.code}"'
        seq = "null" if r.server_seq is None else r.server_seq
        parts.append(f'{{"event_id":"{r.event_id}","status":"{r.status}","code":{code},"server_seq":{seq}}}')
    results = ",".join(parts)
    dumps = json.dumps
    return (
        f'{{"server_time":{dumps(server_time)},"server_epoch":{dumps(outcome.epoch)},'
        f'"device_max_seq":{int(outcome.device_max_seq)},"results":[{results}],'
        f'"accepted":{outcome.accepted},"duplicates":{outcome.duplicates},"refused":{outcome.refused}}}'
    ).encode()


# -- pull -----------------------------------------------------------------------------


class CursorMismatch(HQError):
    def __init__(self) -> None:
        super().__init__(
            409,
            "cursor_mismatch",
            "HQ holds another event at this cursor (HQ was restored from a backup): pull from 0"
            " and push your history again",
        )


@dataclass
class PullPage:
    events: list[tuple[int, Any]]
    next_cursor: int
    has_more: bool
    reference: list[Any]
    next_ref_cursor: int
    ref_has_more: bool
    device_max_seq: int
    epoch: str


def pull(
    engine: Engine,
    scope: DeviceScope,
    *,
    cursor: int,
    limit: int,
    ref_cursor: int,
    ref_scopes: list[str],
    cursor_event: str | None = None,
) -> PullPage:
    """The device's events after ``cursor`` and reference records after ``ref_cursor``."""
    principal = scope.principal
    with db.reading(engine) as conn:
        if cursor_event and cursor > 0 and _event_at(conn, principal, cursor) != cursor_event:
            raise CursorMismatch()
        merged: list[tuple[int, Any]] = []
        if principal == HQ:
            rows = conn.execute(
                select(t.events)
                .where(t.events.c.server_seq > cursor)
                .order_by(t.events.c.server_seq)
                .limit(limit + 1)
            )
            merged = [(int(r.server_seq), r) for r in rows]
        else:
            if principal.startswith("dealer:"):
                rows = conn.execute(
                    select(t.events)
                    .where(
                        t.events.c.dealership_id == scope.dealership,
                        t.events.c.server_seq > cursor,
                        t.events.c.stream.not_in(sorted(COVERT_STREAMS)),
                    )
                    .order_by(t.events.c.server_seq)
                    .limit(limit + 1)
                )
                merged = [(int(r.server_seq), r) for r in rows]
            fed = conn.execute(
                select(t.feed.c.seq, t.events)
                .join(t.events, t.events.c.server_seq == t.feed.c.server_seq)
                .where(t.feed.c.principal == principal, t.feed.c.seq > cursor)
                .order_by(t.feed.c.seq)
                .limit(limit + 1)
            )
            merged.extend((int(r.seq), r) for r in fed)
            merged.sort(key=lambda item: item[0])
        # An event may come twice (directly and by a feed entry): the client ingests once.
        page = merged[:limit]
        next_cursor = page[-1][0] if page else cursor
        refs = list(
            conn.execute(
                select(t.reference)
                .where(t.reference.c.scope.in_(ref_scopes), t.reference.c.seq > ref_cursor)
                .order_by(t.reference.c.seq)
                .limit(protocol.MAX_REFERENCE_PAGE + 1)
            )
        )
        ref_page = refs[: protocol.MAX_REFERENCE_PAGE]
        return PullPage(
            events=page,
            next_cursor=next_cursor,
            has_more=len(merged) > limit,
            reference=ref_page,
            next_ref_cursor=int(ref_page[-1].seq) if ref_page else ref_cursor,
            ref_has_more=len(refs) > len(ref_page),
            device_max_seq=device_max_seq(conn, scope.device_id),
            epoch=db.epoch(conn),
        )


def _event_at(conn: Connection, principal: str, seq: int) -> str | None:
    """The id of the event a principal received at position ``seq`` of its feed."""
    fed = conn.execute(
        select(t.events.c.event_id)
        .join(t.feed, t.feed.c.server_seq == t.events.c.server_seq)
        .where(t.feed.c.principal == principal, t.feed.c.seq == seq)
    ).scalar()
    if fed is not None:
        return str(fed)
    direct = conn.execute(select(t.events.c.event_id).where(t.events.c.server_seq == seq)).scalar()
    return str(direct) if direct is not None else None


def render_pull(page: PullPage, server_time: str) -> bytes:
    """The pull answer as JSON, embedding each stored payload's canonical text as it is."""
    dumps = json.dumps
    parts = []
    for seq, r in page.events:
        parts.append(
            f'{{"event_id":{dumps(r.event_id)},"stream":{dumps(r.stream)},"stream_id":{dumps(r.stream_id)},'
            f'"dealership_id":{dumps(r.dealership_id)},"device_id":{dumps(r.device_id)},'
            f'"device_seq":{int(r.device_seq)},"actor_id":{dumps(r.actor_id)},"kind":{dumps(r.kind)},'
            f'"payload":{r.payload},"hlc":{dumps(r.hlc)},"recorded_at":{dumps(r.recorded_at)},'
            f'"server_seq":{seq}}}'
        )
    refs = [
        f'{{"kind":{dumps(r.kind)},"key":{dumps(r.key)},"scope":{dumps(r.scope)},"version":{int(r.version)},'
        f'"seq":{int(r.seq)},"deleted":{"true" if r.deleted else "false"},"body":{r.body}}}'
        for r in page.reference
    ]
    head = dumps(
        {
            "next_cursor": page.next_cursor,
            "has_more": page.has_more,
            "next_ref_cursor": page.next_ref_cursor,
            "ref_has_more": page.ref_has_more,
            "server_time": server_time,
            "server_epoch": page.epoch,
            "device_max_seq": page.device_max_seq,
        }
    )
    body = head[:-1] + ',"events":[' + ",".join(parts) + '],"reference":[' + ",".join(refs) + "]}"
    return body.encode("utf-8")


def stream_events(conn: Connection, stream: str, stream_id: str) -> list[Any]:
    """Every event of one stream as stored at HQ, in HQ's order."""
    return list(
        conn.execute(
            select(t.events)
            .where(t.events.c.stream == stream, t.events.c.stream_id == stream_id)
            .order_by(t.events.c.server_seq)
        )
    )
