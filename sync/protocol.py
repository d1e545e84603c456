"""The wire protocol between a desktop device and HQ: pydantic schemas both ends import.

Shape of an exchange (every path is under ``/v1``):

- ``POST /devices/enroll`` {code, device_id, dealership_id, name} -> a bearer token bound
  to that existing device id. A code works once and expires.
- ``POST /sync/push`` {events: [...]} (at most :data:`MAX_BATCH` events of the device, in
  device_seq order, body optionally gzip-compressed) -> one :class:`PushResult` per event:
  ``accepted``, ``duplicate`` (same id, same content: a success), ``conflict`` (same id and
  other content, or the device's sequence number already holds another event),
  ``forbidden`` (outside the device's scope) or ``invalid``. The batch is one transaction;
  sending it again changes nothing.
- ``GET /sync/pull?cursor=N&ref_cursor=R&limit=M[&cursor_event=ID]`` -> the events of the
  device's scope after ``cursor`` in HQ's order, ``next_cursor``, ``has_more``, and the
  reference records (users, counters, categories ...) changed after ``ref_cursor``.
  ``cursor_event`` is the id of the event the client received at ``cursor``; when HQ holds
  another event there (HQ was restored from an older backup) it answers 409
  ``cursor_mismatch`` and the client starts over from 0 and pushes its history again.
- ``PUT/GET/HEAD /blobs/{sha256}``: content-addressed attachments, idempotent.
- ``GET /devices/me``: the device's scope and the highest device_seq HQ holds for it.
- ``GET /health``: liveness, HQ's clock and epoch, and the size limits.

Every JSON answer of the sync endpoints carries :class:`Stamp` fields: HQ's clock
(``server_time``, an HLC reading the client merges into its own clock), ``server_epoch``
(changes when HQ is restored from a backup: the client then pushes its history again) and
``device_max_seq`` (the highest device_seq HQ holds for the asking device: a device restored
from an old backup never reuses a number). Every response, errors included, carries the
clock and epoch in the ``X-Pishkhan-Clock`` and ``X-Pishkhan-Epoch`` headers too.

Errors are JSON: ``{"error": {"code": "...", "message": "...", "details": [...]}}``.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/v1"
MAX_BATCH = 500
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 1000
MAX_REFERENCE_PAGE = 1000
MAX_PAYLOAD_DEPTH = 32
MAX_PAYLOAD_BYTES = 256 * 1024
MAX_SEQ = 2**53 - 1  # the largest integer every JSON reader keeps exactly
CLOCK_HEADER = "X-Pishkhan-Clock"
EPOCH_HEADER = "X-Pishkhan-Epoch"

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
STREAM_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
KIND_PATTERN = r"^[a-z][a-z0-9_]{0,59}$"
STREAM_ID_PATTERN = r"^[A-Za-z0-9_.:\-]{1,100}$"
DEALERSHIP_PATTERN = r"^[A-Z0-9]{2,10}$"
SHORT_CODE_PATTERN = r"^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{2}$"  # desktop.models.dealership.CODE_ALPHABET
ACTOR_PATTERN = r"^[A-Za-z0-9_.:@\-]{1,100}$"
HLC_PATTERN = r"^[0-9]{15}\.[0-9]{6}\.[0-9a-f\-]{36}$"
TIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+\-][0-9]{2}:[0-9]{2})$"
)
SHA256_PATTERN = r"^[0-9a-f]{64}$"
REF_KIND_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
REF_SCOPE_PATTERN = r"^(all|hq|inspectors|dealership:[A-Z0-9]{2,10}|device:[0-9a-f\-]{36})$"

PushStatus = Literal["accepted", "duplicate", "conflict", "forbidden", "invalid"]
DeviceRole = Literal["clerk", "inspector", "hq"]
ROLES: tuple[str, ...] = ("clerk", "inspector", "hq")
# Statuses after which the event leaves the device's outbox for good.
DONE_STATUSES = frozenset({"accepted", "duplicate"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WireEvent(_Model):
    """One event as it travels: the desktop's ``events.Event`` fields, nothing more."""

    event_id: str = Field(pattern=UUID_PATTERN, description="UUIDv7 made on the device")
    stream: str = Field(pattern=STREAM_PATTERN, examples=["case"])
    stream_id: str = Field(pattern=STREAM_ID_PATTERN)
    dealership_id: str = Field(pattern=DEALERSHIP_PATTERN, examples=["1420"])
    device_id: str = Field(pattern=UUID_PATTERN)
    device_seq: int = Field(ge=1, le=MAX_SEQ)
    actor_id: str = Field(pattern=ACTOR_PATTERN)
    kind: str = Field(pattern=KIND_PATTERN, examples=["registered"])
    payload: dict[str, Any]
    hlc: str = Field(pattern=HLC_PATTERN, description="hybrid logical clock: ms.counter.device_id")
    recorded_at: str = Field(pattern=TIME_PATTERN)


class PulledEvent(WireEvent):
    server_seq: int = Field(ge=1, description="HQ's position of this event in the device's feed")


class Stamp(_Model):
    """What every sync answer carries."""

    server_time: str = Field(description="HQ's clock as an HLC reading")
    server_epoch: str = Field(description="changes when HQ is restored from a backup")
    device_max_seq: int = Field(ge=0, description="the highest device_seq HQ holds for this device")


class PushRequest(_Model):
    events: list[WireEvent] = Field(max_length=MAX_BATCH)


class PushResult(_Model):
    event_id: str
    status: PushStatus
    code: str | None = Field(default=None, description="why, for conflict, forbidden and invalid")
    server_seq: int | None = None


class PushResponse(Stamp):
    results: list[PushResult]
    accepted: int
    duplicates: int
    refused: int


class ReferenceRecord(_Model):
    """A piece of reference data HQ publishes (a user, a counter, a category ...)."""

    kind: str = Field(pattern=REF_KIND_PATTERN, examples=["user"])
    key: str = Field(min_length=1, max_length=200)
    scope: str = Field(pattern=REF_SCOPE_PATTERN, examples=["dealership:1420"])
    version: int = Field(ge=1)
    seq: int = Field(ge=1)
    deleted: bool = False
    body: dict[str, Any]


class PullResponse(Stamp):
    events: list[PulledEvent]
    next_cursor: int
    has_more: bool
    reference: list[ReferenceRecord]
    next_ref_cursor: int
    ref_has_more: bool


class EnrollRequest(_Model):
    code: str = Field(min_length=4, max_length=40, description="the one-time enrolment code from HQ")
    device_id: str = Field(pattern=UUID_PATTERN, description="the device's existing id")
    dealership_id: str = Field(
        pattern=DEALERSHIP_PATTERN, description="the dealership the device is set up for"
    )
    name: str = Field(default="", max_length=100)
    short_code: str | None = Field(
        default=None,
        pattern=SHORT_CODE_PATTERN,
        description="the two characters the device puts in its tracking codes",
    )


class DeviceScope(_Model):
    device_id: str
    name: str
    role: DeviceRole
    dealership_id: str
    dealerships: list[str] = Field(description="dealerships an inspector may audit")


class EnrollResponse(Stamp):
    token: str
    device: DeviceScope
    short_code: str | None = Field(
        default=None,
        description="the two characters the device must put in its tracking codes from now on"
        " (another of the dealership's devices may already hold the ones it sent)",
    )


class DeviceInfo(Stamp):
    device: DeviceScope
    enrolled_at: str
    device_event_count: int


class Limits(_Model):
    max_batch_events: int
    max_body_bytes: int
    max_decompressed_bytes: int
    max_blob_bytes: int
    max_pull_limit: int


class Health(_Model):
    status: Literal["ok"]
    version: str
    database: str
    server_time: str
    server_epoch: str
    limits: Limits


class BlobStored(_Model):
    sha256: str
    size: int
    mime: str
    created: bool


class ErrorDetail(_Model):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorBody(_Model):
    error: ErrorDetail


# -- checks both ends share ------------------------------------------------------------


class PayloadProblem(ValueError):
    """A payload that is valid JSON but cannot be stored faithfully everywhere."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def check_payload(value: Any, depth: int = 0) -> None:
    """Refuse what PostgreSQL or canonical JSON would mangle: NUL, lone surrogates, NaN, depth.

    Raises:
        PayloadProblem: ``payload_too_deep``, ``payload_text`` or ``payload_number``.
    """
    if depth > MAX_PAYLOAD_DEPTH:
        raise PayloadProblem("payload_too_deep")
    if isinstance(value, str):
        _check_text(value)
    elif isinstance(value, bool | int) or value is None:
        return
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise PayloadProblem("payload_number")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key)
            check_payload(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_payload(item, depth + 1)
    else:
        raise PayloadProblem("payload_type")


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise PayloadProblem("payload_text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise PayloadProblem("payload_text") from None


def blob_refs(value: Any) -> set[str]:
    """Every SHA-256 key named anywhere in a payload (attachments, photos ...)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if len(item) == 64 and all(c in "0123456789abcdef" for c in item):
                found.add(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
