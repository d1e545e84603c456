"""Who may push and pull what: the scope of a device, taken from its token alone.

A device is a *principal*: a dealership's counter PCs share ``dealer:<code>``; an
inspector's laptop is ``device:<id>``; an HQ device is ``hq`` and sees everything.

Push (each event; the first rule that fails names the refusal):

==========  ================================================================================
any         the event's ``device_id`` is the pushing device's (``not_your_device``)
clerk       ``dealership_id`` is the device's dealership (``other_dealership``); never a covert
            stream (``covert_stream``); on ``audit_release`` only the kinds a dealership may
            add (:data:`DEALER_RELEASE_KINDS`: an appeal) (``release_kind``); the stream is
            new or already the dealership's (``stream_out_of_scope``)
inspector   only covert streams (``inspector_stream``), for an assigned dealership
            (``dealership_not_assigned``), on a stream that is new or the inspector's own
            (``stream_out_of_scope``)
hq          anything
==========  ================================================================================

Pull: a dealership's devices receive the events of their dealership except covert ones,
plus every event of a stream they were granted (a customer or vehicle their cases name,
a case HQ works on); an inspector receives the audit streams it made, and what HQ adds to
them; an HQ device receives everything. Grants are made as events arrive (:func:`grants`);
the covert ``audit`` stream is never granted to a dealership, so audits and the photos
they name never reach a dealership's devices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.models.audits.access import COVERT_STREAM, RELEASE_STREAM
from sync import protocol

COVERT_STREAMS = frozenset({COVERT_STREAM})
DEALER_RELEASE_KINDS = frozenset({"appeal_filed"})
# Payload keys that name another stream: a dealership whose event names a customer or a
# vehicle is granted that stream (with everything other dealerships recorded on it).
REFERENCE_KEYS: Mapping[str, str] = {
    "customer_id": "customer",
    "vehicle_id": "vehicle",
    "into_customer_id": "customer",
    "from_customer_id": "customer",
    "owner_id": "customer",
    "from_owner": "customer",
    "to_owner": "customer",
    "survivor": "customer",
    "merged": "customer",
}
HQ = "hq"


@dataclass(frozen=True)
class DeviceScope:
    device_id: str
    name: str
    role: str
    dealership: str
    dealerships: frozenset[str] = frozenset()

    @property
    def principal(self) -> str:
        if self.role == "hq":
            return HQ
        if self.role == "inspector":
            return f"device:{self.device_id}"
        return f"dealer:{self.dealership}"

    def to_wire(self) -> protocol.DeviceScope:
        return protocol.DeviceScope(
            device_id=self.device_id,
            name=self.name,
            role=self.role,  # type: ignore[arg-type]
            dealership_id=self.dealership,
            dealerships=sorted(self.dealerships),
        )


def dealer(code: str) -> str:
    return f"dealer:{code}"


def push_refusal(scope: DeviceScope, event: protocol.WireEvent, holders: Iterable[str]) -> str | None:
    """Why ``scope`` may not push ``event`` (a code), or None when it may.

    Args:
        holders: the principals that already have the event's stream (empty: a new stream).
    """
    if event.device_id != scope.device_id:
        return "not_your_device"
    if scope.role == "hq":
        return None
    holding = set(holders)
    if scope.role == "inspector":
        if event.stream not in COVERT_STREAMS:
            return "inspector_stream"
        if event.dealership_id not in scope.dealerships:
            return "dealership_not_assigned"
    else:
        if event.dealership_id != scope.dealership:
            return "other_dealership"
        if event.stream in COVERT_STREAMS:
            return "covert_stream"
        if event.stream == RELEASE_STREAM and event.kind not in DEALER_RELEASE_KINDS:
            return "release_kind"
    if holding and scope.principal not in holding:
        return "stream_out_of_scope"
    return None


def grants(scope: DeviceScope, event: protocol.WireEvent) -> set[tuple[str, str, str]]:
    """(stream, stream_id, principal) that an accepted event grants."""
    made: set[tuple[str, str, str]] = {(event.stream, event.stream_id, scope.principal)}
    if event.stream in COVERT_STREAMS:
        return made
    owner = dealer(event.dealership_id)
    made.add((event.stream, event.stream_id, owner))
    for key, stream in REFERENCE_KEYS.items():
        value = event.payload.get(key)
        if (
            isinstance(value, str)
            and _stream_id(value)
            and (stream, value) != (event.stream, event.stream_id)
        ):
            made.add((stream, value, owner))
    return made


# A stream id as the wire allows it (protocol.STREAM_ID_PATTERN): ASCII letters, digits, "_.:-".
_stream_id = re.compile(r"[A-Za-z0-9_.:\-]{1,100}").fullmatch


def direct_principal(event_stream: str, event_dealership: str) -> str | None:
    """The principal that receives an event without a feed entry (its own dealership)."""
    return None if event_stream in COVERT_STREAMS else dealer(event_dealership)


def reference_scopes(scope: DeviceScope) -> list[str]:
    """The reference-record scopes a device receives."""
    mine = ["all", f"device:{scope.device_id}"]
    if scope.role == "clerk":
        return [*mine, f"dealership:{scope.dealership}"]
    if scope.role == "inspector":
        return [*mine, "inspectors"]
    return [*mine, "hq", "inspectors"]
