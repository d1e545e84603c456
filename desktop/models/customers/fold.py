"""The folds of the "customer" and "vehicle" streams: events in, current state out.

Pure functions. Events come sorted by (hlc, device_id, event_id); each event carries only
the fields it sets, so applying them in that order is a last-writer-wins *per field*: two
clerks who change different fields of one customer offline both keep their change, and
when they change the same field every device keeps the same one (the later clock).
Unknown event kinds and fields are skipped, so an older release folds a newer one's log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.models.customers.records import CUSTOMER_FIELDS, KINDS, VEHICLE_FIELDS
from desktop.models.events import Event

# Event kinds of the "customer" stream.
CUSTOMER_CREATED = "customer_created"
CUSTOMER_CHANGED = "customer_changed"
CUSTOMERS_MERGED = "customers_merged"  # on both streams: {"survivor": id, "merged": id}
DOCUMENT_ADDED = "document_added"
# Event kinds of the "vehicle" stream.
VEHICLE_ADDED = "vehicle_added"
VEHICLE_CHANGED = "vehicle_changed"
OWNERSHIP_TRANSFERRED = "ownership_transferred"
ODOMETER_RECORDED = "odometer_recorded"


@dataclass
class CustomerState:
    id: str
    kind: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    dealership_id: str = ""
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    merged_into: str | None = None
    merged: list[str] = field(default_factory=list)
    documents: list[dict[str, str]] = field(default_factory=list)


def _fields(payload: Any, allowed: tuple[str, ...]) -> dict[str, str]:
    values = payload.get("fields", {}) if isinstance(payload, dict) else {}
    return {k: str(v) for k, v in values.items() if k in allowed and v is not None}


def fold_customer(stream_id: str, events: Iterable[Event]) -> CustomerState | None:
    """The customer as of these events; None while its creation has not arrived."""
    state = CustomerState(id=stream_id, fields=dict.fromkeys(CUSTOMER_FIELDS, ""))
    created = False
    for event in events:
        payload = dict(event.payload)
        if event.kind == CUSTOMER_CREATED:
            created = True
            kind = str(payload.get("kind", "person"))
            state.kind = kind if kind in KINDS else "person"
            state.fields.update(_fields(payload, CUSTOMER_FIELDS))
            state.dealership_id = event.dealership_id
            state.created_at = event.recorded_at
            state.created_by = event.actor_id
        elif event.kind == CUSTOMER_CHANGED:
            state.fields.update(_fields(payload, CUSTOMER_FIELDS))
        elif event.kind == CUSTOMERS_MERGED:
            survivor, merged = str(payload.get("survivor", "")), str(payload.get("merged", ""))
            if merged == stream_id and survivor and survivor != stream_id:
                state.merged_into = survivor
            elif survivor == stream_id and merged and merged not in state.merged:
                state.merged.append(merged)
        elif event.kind == DOCUMENT_ADDED:
            key = str(payload.get("sha256", ""))
            if key and all(d["sha256"] != key for d in state.documents):
                state.documents.append(
                    {
                        "sha256": key,
                        "name": str(payload.get("name", "")),
                        "mime": str(payload.get("mime", "")),
                        "added_at": event.recorded_at,
                        "added_by": event.actor_id,
                    }
                )
        else:
            continue
        state.updated_at = max(state.updated_at, event.recorded_at)
    return state if created else None


@dataclass
class VehicleState:
    id: str
    owner_id: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    dealership_id: str = ""
    created_at: str = ""
    updated_at: str = ""
    odometer: list[dict[str, Any]] = field(default_factory=list)
    owners: list[dict[str, Any]] = field(default_factory=list)


def fold_vehicle(stream_id: str, events: Iterable[Event]) -> VehicleState | None:
    """The vehicle as of these events, with its owners in order; None before it was added."""
    state = VehicleState(id=stream_id, fields=dict.fromkeys(VEHICLE_FIELDS, ""))
    state.fields["segment"] = "passenger"
    added = False
    for event in events:
        payload = dict(event.payload)
        on = str(payload.get("on") or event.recorded_at[:10])
        if event.kind == VEHICLE_ADDED:
            added = True
            state.owner_id = str(payload.get("owner_id", ""))
            state.fields.update(_fields(payload, VEHICLE_FIELDS))
            state.dealership_id = event.dealership_id
            state.created_at = event.recorded_at
            state.owners = [{"owner_id": state.owner_id, "since": on, "until": None, "reason": "added"}]
        elif event.kind == VEHICLE_CHANGED:
            state.fields.update(_fields(payload, VEHICLE_FIELDS))
        elif event.kind == OWNERSHIP_TRANSFERRED:
            new_owner = str(payload.get("to_owner", ""))
            if not new_owner or new_owner == state.owner_id:
                continue
            if state.owners:
                state.owners[-1]["until"] = on
            state.owners.append({"owner_id": new_owner, "since": on, "until": None, "reason": "transfer"})
            state.owner_id = new_owner
        elif event.kind == ODOMETER_RECORDED:
            try:
                km = int(payload.get("km", -1))
            except (TypeError, ValueError):
                continue
            if km >= 0:
                state.odometer.append({"km": km, "on": on})
        else:
            continue
        state.updated_at = max(state.updated_at, event.recorded_at)
    return state if added else None
