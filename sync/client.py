"""The desktop side of sync: enrol, push the outbox, pull the device's feed. No Qt.

Guarantees, and how (see ``../shared/DESIGN.md`` "Sync" and the failure stories it cites):

- *Nothing is lost.* An event leaves the outbox only when HQ answered ``accepted`` or
  ``duplicate`` for it, i.e. after HQ committed it (unlike PouchDB's early checkpoints,
  apache/pouchdb#1240). A pulled page, its reference records and the new cursor commit in
  one SQLite transaction: a crash in between leaves the old cursor and the page comes again.
- *Nothing twice.* Every event has its UUIDv7 from birth; HQ answers a repeated one
  ``duplicate`` and stores nothing (unlike Odoo's re-created orders after a time-out,
  odoo/odoo#40567); a repeated pull is ingested idempotently.
- *HQ restored from a backup.* Each answer carries ``server_epoch`` and the highest
  device_seq HQ holds for this device; a new epoch, HQ knowing fewer of our events than it
  once acknowledged, or HQ holding another event at our cursor (``cursor_mismatch``) all
  mean HQ lost history: the device pulls from 0 and pushes its whole history again.
- *This device restored from a backup.* :func:`after_restore` makes the next sync learn
  the highest device_seq HQ holds for it before anything else, so numbers are never reused;
  events made meanwhile under a taken number are renumbered (they were never accepted).
- *Clocks days off.* HQ's clock is merged into the device's hybrid logical clock at each
  answer; the fold order never depends on wall clocks alone.

The network goes through a :class:`Transport` (``requests`` by default), so tests can drop,
repeat and reorder requests. ``faults`` names points where a test may crash the client.
"""

from __future__ import annotations

import gzip
import json
import logging
import random
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
from pydantic import ValidationError as SchemaError
from sqlalchemy import Connection, select

from desktop.models import blobs as local_blobs
from desktop.models import dealership, events, reference, syncstate
from desktop.models import tables as t
from desktop.models.audits import access as audit_access
from desktop.models.calendar import iso, utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from sync import protocol
from sync.tokens import Credentials, TokenStore, default_store

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 60.0
GZIP_OVER_BYTES = 4096
BLOBS_PER_SYNC = 50
INTERVAL_S = 60.0
RETRY_BASE_S = 5.0
RETRY_CAP_S = 300.0


# -- errors -----------------------------------------------------------------------------


class SyncError(PishkhanError):
    """Sync could not finish; ``code`` says why (the screens and the CLI word it)."""

    code = "sync_failed"


class HQUnreachable(SyncError):
    code = "hq_unreachable"


class DeviceUnauthorized(SyncError):
    """HQ refused the token (revoked, or unknown): sync stops until the device enrols again."""

    code = "device_unauthorized"


class NotEnrolled(SyncError):
    code = "not_enrolled"


class HQRefused(SyncError):
    """HQ answered with an error; ``code`` is HQ's (``code_expired``, ``device_bound`` ...)."""


# -- transport --------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)

    def error_code(self) -> str:
        try:
            return str(self.json()["error"]["code"])
        except (ValueError, KeyError, TypeError):
            return f"http_{self.status}"


class Transport(Protocol):
    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply: ...


class HttpTransport:
    """HTTP with ``requests``: keep-alive, time-outs; network failures become HQUnreachable."""

    def __init__(self, base_url: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        try:
            answer = self.session.request(
                method,
                self.base_url + path,
                params=dict(params or {}),
                data=body,
                headers=dict(headers or {}),
                timeout=(CONNECT_TIMEOUT_S, READ_TIMEOUT_S),
            )
        except requests.RequestException as exc:
            raise HQUnreachable(detail=type(exc).__name__) from exc
        return Reply(answer.status_code, answer.content, dict(answer.headers))


def normalise_url(text: str) -> str:
    """HQ's address as typed (``hq.example.ir``, ``https://hq.example.ir/``) in one form."""
    value = text.strip()
    if value and "://" not in value:
        value = "https://" + value
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        raise ValidationError("hq_url", "url_format") from None
    if (
        parts.scheme not in ("http", "https")
        or not re.fullmatch(r"[A-Za-z0-9.\-:\[\]]+", host)
        or parts.query
        or parts.fragment
    ):
        raise ValidationError("hq_url", "url_format")
    return value.rstrip("/")


def retry_delay(failures: int, rng: random.Random | None = None) -> float:
    """Seconds before the next try after ``failures`` failures in a row (full jitter)."""
    ceiling = min(RETRY_CAP_S, RETRY_BASE_S * 2 ** max(0, failures - 1))
    return max(1.0, (rng or random).uniform(ceiling / 2, ceiling))


# -- results ----------------------------------------------------------------------------


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    pending: int = 0
    refused: int = 0
    errors: list[str] = field(default_factory=list)
    streams: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    started_over: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "pending": self.pending,
            "refused": self.refused,
            "errors": list(self.errors),
        }


@dataclass(frozen=True)
class Enrollment:
    device_id: str
    role: str
    dealership_id: str
    dealerships: tuple[str, ...]
    hq_url: str


Faults = Callable[[str], None]


def _no_faults(_point: str) -> None:
    return None


# -- enrolment --------------------------------------------------------------------------


def enroll(
    db: Database,
    hq_url: str,
    code: str,
    *,
    transport: Transport | None = None,
    tokens: TokenStore | None = None,
    now: datetime | None = None,
) -> Enrollment:
    """Connect this device to HQ with a one-time code; the token goes to the token store.

    Raises:
        ValidationError: a malformed address or an empty code.
        HQUnreachable, HQRefused: ``code_unknown``, ``code_expired``, ``code_used``,
            ``dealership_mismatch``, ``device_bound``.
    """
    url = normalise_url(hq_url)
    clean = code.strip()
    if not clean:
        raise ValidationError("enrolment_code", "required")
    if not 4 <= len(clean) <= 40:
        raise ValidationError("enrolment_code", "code_format")
    tokens = tokens or default_store()
    with db.read() as conn:
        device = events.this_device(conn)
        dealer = dealership.get_dealership(conn)
    transport = transport or HttpTransport(url)
    request = protocol.EnrollRequest(
        code=clean,
        device_id=device.device_id,
        dealership_id=dealer.id,
        name=(device.name or dealer.name)[:100],
        short_code=device.short_code,
    )
    reply = transport.request("POST", "/v1/devices/enroll", body=_json(request.model_dump()), headers=_JSON)
    if reply.status != 200:
        raise HQRefused(reply.error_code())
    answer = protocol.EnrollResponse.model_validate_json(reply.body)
    moment = now or utcnow()
    tokens.save(
        device.device_id,
        Credentials(
            token=answer.token,
            hq_url=url,
            role=answer.device.role,
            dealerships=tuple(answer.device.dealerships),
            enrolled_at=iso(moment),
        ),
    )
    with db.write() as conn:
        syncstate.save_enrolment(
            conn,
            hq_url=url,
            role=answer.device.role,
            dealerships=answer.device.dealerships,
            enrolled_at=iso(moment),
            server_epoch=answer.server_epoch,
        )
        syncstate.learn_hq_max_seq(conn, answer.device_max_seq)
        events.observe_clock(conn, answer.server_time, moment)
        if answer.short_code:
            dealership.adopt_short_code(conn, answer.short_code)
    return Enrollment(device.device_id, answer.device.role, dealer.id, tuple(answer.device.dealerships), url)


def after_restore(db: Database) -> None:
    """Call after this device's database was replaced by a backup (the backup feature does).

    The next sync first asks HQ for the highest device_seq it holds for this device (so no
    number is reused), pushes every own event again and pulls what the backup lacks.
    """
    with db.write() as conn:
        if syncstate.get_state(conn) is not None:
            syncstate.update_state(conn, resync_pending=True)


# -- one sync ---------------------------------------------------------------------------

_JSON = {"Content-Type": "application/json"}


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _Run:
    """One sync: push everything, pull everything, fetch missing attachments."""

    def __init__(
        self,
        db: Database,
        transport: Transport,
        token: str,
        now: Callable[[], datetime],
        faults: Faults,
        push_limit: int,
        pull_limit: int,
    ) -> None:
        self.db = db
        self.transport = transport
        self.auth = {"Authorization": f"Bearer {token}"}
        self.now = now
        self.faults = faults
        self.push_limit = push_limit
        self.pull_limit = pull_limit
        self.result = SyncResult()
        self.restarts = 0
        self.scope = audit_access.DeviceScope("dealership")

    def learn_scope(self) -> None:
        """What this device may receive, as the audit rules see it (its enrolment)."""
        with self.db.read() as conn:
            self.scope = audit_access.device_scope(conn) or audit_access.DeviceScope("dealership")

    # -- HTTP --

    def call(self, method: str, path: str, **kwargs: Any) -> Reply:
        headers = dict(self.auth)
        headers.update(kwargs.pop("headers", {}) or {})
        reply = self.transport.request(method, path, headers=headers, **kwargs)
        if reply.status == 401:
            raise DeviceUnauthorized()
        if reply.status >= 500:
            raise HQUnreachable(status=reply.status)
        return reply

    def stamp(self, conn: Connection, answer: protocol.Stamp) -> bool:
        """Merge HQ's clock; learn its epoch and our highest number. True: HQ lost history."""
        events.observe_clock(conn, answer.server_time, self.now())
        state = syncstate.get_state(conn)
        assert state is not None
        syncstate.learn_hq_max_seq(conn, answer.device_max_seq)
        lost = answer.server_epoch != state.server_epoch or answer.device_max_seq < state.acked_max_seq
        if lost:
            log.warning("HQ lost history (new epoch or fewer of our events): starting over")
            syncstate.start_over(conn, answer.server_epoch)
            self.result.started_over = True
            self.restarts += 1
            if self.restarts > 3:
                raise SyncError("hq_unstable")
        return lost

    # -- steps --

    def reconcile(self) -> None:
        reply = self.call("GET", "/v1/devices/me")
        if reply.status != 200:
            raise HQRefused(reply.error_code())
        info = protocol.DeviceInfo.model_validate_json(reply.body)
        with self.db.write() as conn:
            events.observe_clock(conn, info.server_time, self.now())
            syncstate.learn_hq_max_seq(conn, info.device_max_seq)
            state = syncstate.get_state(conn)
            assert state is not None
            if info.server_epoch != state.server_epoch:
                syncstate.start_over(conn, info.server_epoch)
            else:
                events.requeue_all_local(conn)
                syncstate.update_state(conn, acked_max_seq=0)
            syncstate.update_state(conn, resync_pending=False)

    def upload_blobs(self) -> None:
        with self.db.read() as conn:
            wanted = syncstate.blobs_to_upload(conn, BLOBS_PER_SYNC)
        for sha in wanted:
            with self.db.read() as conn:
                blob = local_blobs.get_blob(conn, sha)
            reply = self.call("PUT", f"/v1/blobs/{sha}", body=blob.data, headers={"Content-Type": blob.mime})
            state = "uploaded" if reply.status == 200 else "refused"
            if reply.status not in (200, 400, 413, 415):
                raise HQRefused(reply.error_code())
            with self.db.write() as conn:
                syncstate.mark_blob(conn, sha, state, self.now())

    def push_all(self) -> None:
        while True:
            with self.db.read() as conn:
                batch = events.outbox_batch(conn, self.push_limit)
            if not batch:
                return
            if not self.push(batch):
                return

    def push(self, batch: list[events.Event]) -> bool:
        """Push one batch; True when something changed (acknowledged, renumbered, refused)."""
        body = _json({"events": [e.to_dict() for e in batch]})
        headers = dict(_JSON)
        if len(body) > GZIP_OVER_BYTES:
            body = gzip.compress(body, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        reply = self.call("POST", "/v1/sync/push", body=body, headers=headers)
        if reply.status in (413, 422):
            return self.split(batch, reply)
        if reply.status != 200:
            raise HQRefused(reply.error_code())
        answer = protocol.PushResponse.model_validate_json(reply.body)
        self.faults("push.before_ack")
        changed = False
        with self.db.write() as conn:
            self.stamp(conn, answer)
            done = [r.event_id for r in answer.results if r.status in protocol.DONE_STATUSES]
            ours = {e.event_id: e.device_seq for e in batch}
            events.acknowledge(conn, done)
            if done:
                state = syncstate.get_state(conn)
                assert state is not None
                top = max(ours.get(i, 0) for i in done)
                if top > state.acked_max_seq:
                    syncstate.update_state(conn, acked_max_seq=top)
            taken = [r.event_id for r in answer.results if r.code == "seq_taken"]
            syncstate.renumber(conn, taken)
            for r in answer.results:
                if r.status not in protocol.DONE_STATUSES and r.code != "seq_taken":
                    log.warning("HQ refused event %s: %s %s", r.event_id, r.status, r.code)
                    syncstate.reject(conn, r.event_id, r.status, r.code, self.now())
                    self.result.refused += 1
            changed = bool(done or taken or answer.refused)
        self.result.pushed += answer.accepted + answer.duplicates
        return changed

    def split(self, batch: list[events.Event], reply: Reply) -> bool:
        """HQ refused the whole batch (schema, size): find the event at fault by halves."""
        if len(batch) == 1:
            code = "too_large" if reply.status == 413 else "schema"
            log.warning("HQ refused event %s as a whole request: %s", batch[0].event_id, reply.error_code())
            with self.db.write() as conn:
                syncstate.reject(conn, batch[0].event_id, "invalid", code, self.now())
            self.result.refused += 1
            return True
        middle = len(batch) // 2
        first = self.push(batch[:middle])
        second = self.push(batch[middle:])
        return first or second

    def pull_all(self) -> None:
        mismatches = 0
        while True:
            with self.db.read() as conn:
                state = syncstate.get_state(conn)
            assert state is not None
            params: dict[str, Any] = {
                "cursor": state.cursor,
                "ref_cursor": state.ref_cursor,
                "limit": self.pull_limit,
            }
            if state.cursor_event and state.cursor > 0:
                params["cursor_event"] = state.cursor_event
            reply = self.call("GET", "/v1/sync/pull", params=params)
            if reply.status == 409 and reply.error_code() == "cursor_mismatch":
                mismatches += 1
                if mismatches > 2:
                    raise SyncError("hq_unstable")
                with self.db.write() as conn:
                    syncstate.start_over(conn, state.server_epoch)
                self.result.started_over = True
                self.push_all()
                continue
            if reply.status != 200:
                raise HQRefused(reply.error_code())
            try:
                answer = protocol.PullResponse.model_validate_json(reply.body)
            except SchemaError as exc:
                raise HQRefused("hq_answer_invalid") from exc
            if not self.apply(answer):
                self.push_all()
                continue
            if not (answer.has_more or answer.ref_has_more):
                return

    def apply(self, answer: protocol.PullResponse) -> bool:
        """Store a page and its cursor in one transaction; False when HQ lost history."""
        pulled = [events.Event.from_dict(e.model_dump(exclude={"server_seq"})) for e in answer.events]
        allowed = audit_access.filter_events(pulled, self.scope)
        if len(allowed) != len(pulled):
            # HQ applies the same rule; this is the second lock on the door (covert audits).
            log.warning("dropped %d event(s) outside this device's scope", len(pulled) - len(allowed))
            pulled = allowed
        seqs = {e.event_id: e.server_seq for e in answer.events}
        records = [
            reference.Record(r.kind, r.scope, r.key, r.version, r.seq, r.deleted, r.body)
            for r in answer.reference
        ]
        with self.db.write() as conn:
            if self.stamp(conn, answer):
                return False
            now = self.now()
            _clear_seq_collisions(conn, pulled)
            fresh = events.ingest(conn, pulled, now, seqs)
            kinds = reference.apply(conn, records, now)
            values: dict[str, Any] = {"cursor": answer.next_cursor, "ref_cursor": answer.next_ref_cursor}
            if answer.events:
                values["cursor_event"] = answer.events[-1].event_id
            syncstate.update_state(conn, **values)
            for event in fresh:
                for sha in protocol.blob_refs(event.payload):
                    if not local_blobs.has_blob(conn, sha) and syncstate.blob_state(conn, sha) is None:
                        syncstate.mark_blob(conn, sha, "wanted", now)
            self.faults("pull.before_commit")
        self.faults("pull.after_commit")
        self.result.pulled += len(fresh)
        self.result.streams.update(e.stream for e in fresh)
        self.result.kinds.update(kinds)
        return True

    def download_blobs(self) -> None:
        with self.db.read() as conn:
            wanted = syncstate.blobs_wanted(conn, BLOBS_PER_SYNC)
        for sha in wanted:
            reply = self.call("GET", f"/v1/blobs/{sha}")
            if reply.status == 404:
                # Not (yet) at HQ, or not ours to see: asked again, after the others.
                with self.db.write() as conn:
                    syncstate.mark_blob(conn, sha, "wanted", self.now())
                continue
            if reply.status != 200:
                raise HQRefused(reply.error_code())
            mime = reply.headers.get("content-type", reply.headers.get("Content-Type", ""))
            with self.db.write() as conn:
                if local_blobs.sha256_of(reply.body) == sha:
                    local_blobs.store_blob(conn, reply.body, mime.split(";", maxsplit=1)[0], self.now())
                    syncstate.mark_blob(conn, sha, "uploaded", self.now())
                else:
                    log.warning("HQ sent other bytes for blob %s", sha)


def _clear_seq_collisions(conn: Connection, pulled: Iterable[events.Event]) -> None:
    """Our own events coming back from HQ may hold numbers that unsent local events took
    after this database was restored from a backup: those local events move first."""
    me = events.this_device(conn).device_id
    own = {e.device_seq: e.event_id for e in pulled if e.device_id == me}
    if not own:
        return
    rows = conn.execute(
        select(t.events.c.event_id, t.events.c.device_seq).where(
            t.events.c.device_id == me, t.events.c.device_seq.in_(sorted(own))
        )
    ).all()
    clashing = [r.event_id for r in rows if own[r.device_seq] != r.event_id]
    if clashing:
        syncstate.renumber(conn, clashing)


def _credentials(db: Database, tokens: TokenStore) -> tuple[syncstate.SyncState, Credentials]:
    with db.read() as conn:
        state = syncstate.get_state(conn)
        device = events.this_device(conn)
    creds = tokens.load(device.device_id)
    if state is None:
        if creds is None:
            raise NotEnrolled()
        # The database was restored from a backup made before enrolment: the token store
        # still knows HQ. Take it up again, as after any restore.
        with db.write() as conn:
            syncstate.save_enrolment(
                conn,
                hq_url=creds.hq_url,
                role=creds.role,
                dealerships=list(creds.dealerships),
                enrolled_at=creds.enrolled_at,
                server_epoch="",
                resync=True,
            )
            state = syncstate.get_state(conn)
        assert state is not None
    if creds is None:
        raise DeviceUnauthorized(reason="token_missing")
    return state, creds


def sync_once(
    db: Database,
    *,
    transport: Transport | None = None,
    tokens: TokenStore | None = None,
    now: Callable[[], datetime] = utcnow,
    faults: Faults | None = None,
    push_limit: int = protocol.MAX_BATCH,
    pull_limit: int = protocol.DEFAULT_PULL_LIMIT,
) -> SyncResult:
    """Push the outbox, pull the feed, exchange attachments. Never raises for HQ's or the
    network's failures: they are in ``errors`` (and in the saved state for the status bar).

    Raises:
        NotEnrolled: the device was never connected to HQ.
    """
    reference.load_model_modules()
    tokens = tokens or default_store()
    try:
        state, creds = _credentials(db, tokens)
    except DeviceUnauthorized as exc:  # the token is gone (a copied database): enrol again
        result = SyncResult()
        _failed(db, result, exc, now(), stopped="unauthorized")
        with db.read() as conn:
            result.pending = events.pending_count(conn)
        return result
    run = _Run(
        db,
        transport or HttpTransport(state.hq_url),
        creds.token,
        now,
        faults or _no_faults,
        push_limit,
        pull_limit,
    )
    run.learn_scope()
    with db.write() as conn:
        syncstate.update_state(conn, last_attempt_at=iso(now()))
        run.result.kinds.update(reference.apply_pending(conn, now()))
    try:
        if state.resync_pending:
            run.reconcile()
        run.upload_blobs()
        run.push_all()
        run.pull_all()
        run.download_blobs()
    except DeviceUnauthorized as exc:
        _failed(db, run.result, exc, now(), stopped="unauthorized")
    except SyncError as exc:
        _failed(db, run.result, exc, now())
    else:
        with db.write() as conn:
            syncstate.update_state(
                conn,
                last_success_at=iso(now()),
                failures=0,
                last_error=None,
                stopped=None,
                last_pushed=run.result.pushed,
                last_pulled=run.result.pulled,
            )
    with db.read() as conn:
        run.result.pending = events.pending_count(conn)
    return run.result


def _failed(
    db: Database, result: SyncResult, exc: SyncError, now: datetime, stopped: str | None = None
) -> None:
    log.info("sync failed: %s", exc)
    result.errors.append(exc.code)
    with db.write() as conn:
        state = syncstate.get_state(conn)
        failures = (state.failures if state else 0) + 1
        values: dict[str, Any] = {"failures": failures, "last_error": exc.code}
        if stopped:
            values["stopped"] = stopped
        syncstate.update_state(conn, **values)


def status(db: Database) -> syncstate.Status:
    with db.read() as conn:
        return syncstate.status(conn)
