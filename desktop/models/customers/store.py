"""Commands and reads of customers and vehicles; the projectors of their streams.

Every change is an event (``events.append`` inside the caller's write transaction); the
``customers``, ``vehicles``, ``vehicle_owners`` rows and the lookup index are rewritten
only by the projectors below, from all of a stream's events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, or_, select

from desktop.models import blobs, events, users
from desktop.models.calendar import local
from desktop.models.customers import fold as f
from desktop.models.customers.keys import index_text, reverse
from desktop.models.customers.records import (
    Customer,
    Document,
    Ownership,
    Reading,
    Vehicle,
    check_identified,
    check_required,
    clean_customer,
    clean_km,
    clean_vehicle,
    display_name,
)
from desktop.models.customers.schema import SEARCH_TABLE, customers, same, vehicles
from desktop.models.errors import NotFound, PishkhanError, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import fold
from desktop.models.users import Perm

CUSTOMER = "customer"
VEHICLE = "vehicle"


class LikelyDuplicate(PishkhanError):
    """Saving would probably make a second record of someone already known.

    ``matches`` lists them; the clerk opens one instead, or confirms that this is
    someone else (``confirm_duplicates=True``).
    """

    code = "likely_duplicate"

    def __init__(self, matches: Sequence[Duplicate]) -> None:
        super().__init__(count=len(matches))
        self.matches = list(matches)


@dataclass(frozen=True)
class Duplicate:
    customer: Customer
    reasons: tuple[str, ...]  # national_id, company_id, mobile, name_and_vehicle


# -- reading ----------------------------------------------------------------------------


def _customer(row: Any) -> Customer:
    r = row._mapping
    docs = tuple(Document(**d) for d in json.loads(r["documents"] or "[]"))
    return Customer(
        id=r["id"],
        kind=r["kind"],
        first_name=r["first_name"],
        last_name=r["last_name"],
        company_name=r["company_name"],
        national_id=r["national_id"],
        company_id=r["company_id"],
        contact_person=r["contact_person"],
        mobile=r["mobile"],
        phone=r["phone"],
        city=r["city"],
        address=r["address"],
        display_name=r["display_name"],
        dealership_id=r["dealership_id"],
        created_at=r["created_at"],
        created_by=r["created_by"],
        updated_at=r["updated_at"],
        merged_into=r["merged_into"],
        documents=docs,
    )


def get_customer(conn: Connection, customer_id: str, *, follow_merge: bool = True) -> Customer:
    """A customer by id; a record merged into another gives the one it was merged into."""
    seen: set[str] = set()
    while True:
        row = conn.exec_driver_sql("SELECT * FROM customers WHERE id = ?", (customer_id,)).first()
        if row is None:
            raise NotFound(what="customer", id=customer_id)
        found = _customer(row)
        if not follow_merge or found.merged_into is None or found.merged_into in seen:
            return found
        seen.add(customer_id)
        customer_id = found.merged_into


def customer_ids(conn: Connection, customer_id: str) -> list[str]:
    """The customer's id and the ids of every record merged into it (for its cases)."""
    ids = [customer_id]
    queue = [customer_id]
    while queue:
        marks = ", ".join("?" * len(queue))
        rows = conn.exec_driver_sql(f"SELECT id FROM customers WHERE merged_into IN ({marks})", tuple(queue))
        queue = [r[0] for r in rows if r[0] not in ids]
        ids.extend(queue)
    return ids


def find_by_national_id(conn: Connection, national_id: str) -> Customer | None:
    row = conn.execute(
        select(customers)
        .where(same(customers.c.national_id, national_id), customers.c.merged_into.is_(None))
        .order_by(customers.c.num)
    ).first()
    return _customer(row) if row else None


def list_customers(
    conn: Connection, *, limit: int = 200, offset: int = 0, kind: str | None = None
) -> list[Customer]:
    """Customers in name order (records merged into others left out)."""
    query = select(customers).where(customers.c.merged_into.is_(None))
    if kind:
        query = query.where(customers.c.kind == kind)
    rows = conn.execute(query.order_by(customers.c.sort_key, customers.c.num).limit(limit).offset(offset))
    return [_customer(r) for r in rows]


def count_customers(conn: Connection) -> int:
    query = select(func.count()).select_from(customers).where(customers.c.merged_into.is_(None))
    return int(conn.execute(query).scalar_one())


def customers_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, Customer]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Customer] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        rows = conn.exec_driver_sql(f"SELECT * FROM customers WHERE id IN ({marks})", tuple(chunk))
        found.update({r.id: _customer(r) for r in rows})
    return found


def _vehicle(row: Any, owners: tuple[Ownership, ...] = ()) -> Vehicle:
    r = row._mapping
    return Vehicle(
        id=r["id"],
        owner_id=r["owner_id"],
        vin=r["vin"],
        chassis=r["chassis"],
        engine_no=r["engine_no"],
        plate=r["plate"],
        model=r["model"],
        colour=r["colour"],
        segment=r["segment"],
        delivered_on=r["delivered_on"],
        warranty_end=r["warranty_end"],
        odometer=tuple(Reading(int(o["km"]), str(o["on"])) for o in json.loads(r["odometer"] or "[]")),
        owners=owners,
    )


def _owners(conn: Connection, vehicle_ids: list[str]) -> dict[str, tuple[Ownership, ...]]:
    if not vehicle_ids:
        return {}
    marks = ", ".join("?" * len(vehicle_ids))
    rows = conn.exec_driver_sql(
        f"SELECT * FROM vehicle_owners WHERE vehicle_id IN ({marks}) ORDER BY vehicle_id, position",
        tuple(vehicle_ids),
    ).all()
    names = {c.id: c.display_name for c in customers_by_id(conn, {r.owner_id for r in rows}).values()}
    result: dict[str, list[Ownership]] = {}
    for r in rows:
        result.setdefault(r.vehicle_id, []).append(
            Ownership(r.owner_id, names.get(r.owner_id, ""), r.since, r.until, r.reason)
        )
    return {k: tuple(v) for k, v in result.items()}


def get_vehicle(conn: Connection, vehicle_id: str) -> Vehicle:
    row = conn.exec_driver_sql("SELECT * FROM vehicles WHERE id = ?", (vehicle_id,)).first()
    if row is None:
        raise NotFound(what="vehicle", id=vehicle_id)
    return _vehicle(row, _owners(conn, [vehicle_id]).get(vehicle_id, ()))


def vehicles_of(conn: Connection, customer_id: str, *, former: bool = False) -> list[Vehicle]:
    """The vehicles a customer (with records merged into it) owns; ``former``: owned before."""
    ids = tuple(customer_ids(conn, customer_id))
    marks = ", ".join("?" * len(ids))
    if former:
        sql = (
            "SELECT * FROM vehicles WHERE id IN (SELECT vehicle_id FROM vehicle_owners"
            f" WHERE owner_id IN ({marks}) AND until IS NOT NULL) AND owner_id NOT IN ({marks}) ORDER BY num"
        )
        rows = conn.exec_driver_sql(sql, ids + ids).all()
    else:
        rows = conn.exec_driver_sql(
            f"SELECT * FROM vehicles WHERE owner_id IN ({marks}) ORDER BY num", ids
        ).all()
    owners = _owners(conn, [r.id for r in rows])
    return [_vehicle(r, owners.get(r.id, ())) for r in rows]


def vehicles_by_customer(conn: Connection, customer_ids: Sequence[str]) -> dict[str, list[Vehicle]]:
    """What :func:`vehicles_of` gives each of many customers, in a few queries (without the
    ownership history): their vehicles and those of the records merged into them."""
    root = {cid: cid for cid in customer_ids}  # a record merged (perhaps in a chain) -> survivor
    queue = list(customer_ids)
    while queue:
        merged = []
        for start in range(0, len(queue), 500):
            chunk = tuple(queue[start : start + 500])
            marks = ", ".join("?" * len(chunk))
            sql = f"SELECT id, merged_into FROM customers WHERE merged_into IN ({marks})"
            for child, parent in conn.exec_driver_sql(sql, chunk):
                if child not in root:
                    root[child] = root[parent]
                    merged.append(child)
        queue = merged
    owners = list(root)
    rows: list[Any] = []
    for start in range(0, len(owners), 500):
        chunk = tuple(owners[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        rows += conn.exec_driver_sql(f"SELECT * FROM vehicles WHERE owner_id IN ({marks})", chunk).all()
    found: dict[str, list[Vehicle]] = {cid: [] for cid in customer_ids}
    for row in sorted(rows, key=lambda r: r.num):
        found[root[row.owner_id]].append(_vehicle(row))
    return found


def find_vehicle(conn: Connection, *, vin: str = "", chassis: str = "") -> Vehicle | None:
    """The vehicle with exactly this VIN or chassis number (stored forms)."""
    clauses = []
    if vin:
        clauses.append(same(vehicles.c.vin_rev, reverse(vin)))
    if chassis:
        clauses.append(same(vehicles.c.chassis_rev, reverse(chassis)))
    if not clauses:
        return None
    row = conn.execute(select(vehicles).where(or_(*clauses)).order_by(vehicles.c.num)).first()
    return _vehicle(row) if row else None


# -- duplicates -------------------------------------------------------------------------


def find_duplicates(
    conn: Connection,
    kind: str,
    values: Mapping[str, str],
    *,
    vehicle: Mapping[str, str] | None = None,
    exclude: str | None = None,
) -> list[Duplicate]:
    """Records that are probably this customer: same national ID (or company ID), same
    mobile, or the same name with the same vehicle. ``values`` are cleaned fields."""
    reasons: dict[str, list[str]] = {}

    def add(ids: Iterable[str], reason: str) -> None:
        for cid in ids:
            if cid != exclude and reason not in reasons.setdefault(cid, []):
                reasons[cid].append(reason)

    live = customers.c.merged_into.is_(None)
    for name in ("national_id", "company_id", "mobile"):
        value = values.get(name, "")
        if value:
            add(
                conn.execute(
                    select(customers.c.id).where(same(getattr(customers.c, name), value), live)
                ).scalars(),
                name,
            )
    if vehicle:
        vin, chassis = vehicle.get("vin", ""), vehicle.get("chassis", "")
        found = find_vehicle(conn, vin=vin, chassis=chassis)
        wanted = fold(display_name(kind, values))
        if found is not None and wanted:
            for cid in customer_ids(conn, found.owner_id):
                owner = conn.execute(select(customers.c.sort_key).where(customers.c.id == cid)).scalar()
                if owner == wanted:
                    add([get_customer(conn, cid).id], "name_and_vehicle")
    people = customers_by_id(conn, reasons)
    return [Duplicate(people[cid], tuple(why)) for cid, why in reasons.items() if cid in people]


# -- commands ---------------------------------------------------------------------------


def _today(now: datetime) -> str:
    return local(now).date().isoformat()


def create_customer(
    conn: Connection,
    actor: users.User,
    values: Mapping[str, Any],
    *,
    now: datetime,
    kind: str = "person",
    confirm_duplicates: bool = False,
    customer_id: str | None = None,
    vehicle: Mapping[str, Any] | None = None,
) -> Customer:
    """Register a person or an organisation.

    ``vehicle`` is the first vehicle the clerk typed with the customer (added separately):
    only its VIN and chassis are read here, to find the same name with the same vehicle.

    Raises:
        ValidationError: a bad field; ``national_id_taken`` / ``company_id_taken`` when
            that identifier already has a record (open it instead).
        LikelyDuplicate: the same mobile, or the same name with the same vehicle,
            unless ``confirm_duplicates``.
    """
    users.require(actor, Perm.CUSTOMER_EDIT)
    clean = clean_customer(kind, values)
    _refuse_taken_ids(conn, clean, exclude=None)
    if not confirm_duplicates:
        soft = find_duplicates(conn, kind, clean, vehicle=vehicle_keys(vehicle))
        if soft:
            raise LikelyDuplicate(soft)
    new_id = customer_id or uuid7(int(now.timestamp() * 1000))
    payload = {"kind": kind, "fields": {k: v for k, v in clean.items() if v}}
    events.append(
        conn,
        stream=CUSTOMER,
        stream_id=new_id,
        kind=f.CUSTOMER_CREATED,
        payload=payload,
        actor_id=actor.id,
        now=now,
    )
    return get_customer(conn, new_id)


def vehicle_keys(values: Mapping[str, Any] | None) -> dict[str, str]:
    """The cleaned VIN and chassis of typed vehicle fields; a malformed one is left out."""
    keys: dict[str, str] = {}
    for name in ("vin", "chassis"):
        value = str((values or {}).get(name) or "")
        if not value.strip():
            continue
        try:
            keys.update({k: v for k, v in clean_vehicle({name: value}, partial=True).items() if v})
        except ValidationError:
            continue
    return keys


def _refuse_taken_ids(conn: Connection, clean: Mapping[str, str], exclude: str | None) -> None:
    for name in ("national_id", "company_id"):
        value = clean.get(name)
        if not value:
            continue
        query = select(customers.c.id).where(
            same(getattr(customers.c, name), value), customers.c.merged_into.is_(None)
        )
        if exclude:
            query = query.where(customers.c.id.not_in(customer_ids(conn, exclude)))
        other = conn.execute(query).scalar()
        if other:
            raise ValidationError(name, f"{name}_taken", customer_id=other)


def update_customer(
    conn: Connection, actor: users.User, customer_id: str, values: Mapping[str, Any], *, now: datetime
) -> Customer:
    """Change some of a customer's fields; only the fields that differ are recorded."""
    users.require(actor, Perm.CUSTOMER_EDIT)
    current = get_customer(conn, customer_id)
    clean = clean_customer(current.kind, values, partial=True)
    merged = {**current.fields(), **clean}
    check_required(current.kind, merged)
    changed = {k: v for k, v in clean.items() if getattr(current, k) != v}
    if not changed:
        return current
    _refuse_taken_ids(conn, changed, exclude=current.id)
    events.append(
        conn,
        stream=CUSTOMER,
        stream_id=current.id,
        kind=f.CUSTOMER_CHANGED,
        payload={"fields": changed},
        actor_id=actor.id,
        now=now,
    )
    return get_customer(conn, current.id)


def merge_customers(
    conn: Connection, actor: users.User, survivor_id: str, merged_id: str, *, now: datetime
) -> Customer:
    """Merge a duplicate record into another: its cases and vehicles show under the survivor.

    Fields the survivor lacks are taken from the merged record; both streams record the
    merge (with who did it), so it travels to HQ and other devices.
    """
    users.require(actor, Perm.CUSTOMER_MERGE)
    survivor = get_customer(conn, survivor_id)
    merged = get_customer(conn, merged_id)
    if survivor.id == merged.id:
        raise TransitionRefused("merge_same_customer")
    fill = {k: v for k, v in merged.fields().items() if v and not getattr(survivor, k)}
    if survivor.kind == "person":
        fill = {k: v for k, v in fill.items() if k not in ("company_name", "company_id", "contact_person")}
    payload = {"survivor": survivor.id, "merged": merged.id, "merged_name": merged.display_name}
    for stream_id in (merged.id, survivor.id):
        events.append(
            conn,
            stream=CUSTOMER,
            stream_id=stream_id,
            kind=f.CUSTOMERS_MERGED,
            payload=payload,
            actor_id=actor.id,
            now=now,
        )
    if fill:
        events.append(
            conn,
            stream=CUSTOMER,
            stream_id=survivor.id,
            kind=f.CUSTOMER_CHANGED,
            payload={"fields": fill},
            actor_id=actor.id,
            now=now,
        )
    return get_customer(conn, survivor.id)


def add_document(
    conn: Connection, actor: users.User, customer_id: str, data: bytes, name: str, *, now: datetime
) -> Document:
    """Keep a file (PDF or image) with the customer's record."""
    users.require(actor, Perm.CUSTOMER_EDIT)
    customer = get_customer(conn, customer_id)
    mime = blobs.guess_mime(name, data)
    key = blobs.store_blob(conn, data, mime, now)
    events.append(
        conn,
        stream=CUSTOMER,
        stream_id=customer.id,
        kind=f.DOCUMENT_ADDED,
        payload={"sha256": key, "name": name, "mime": mime},
        actor_id=actor.id,
        now=now,
    )
    return next(d for d in get_customer(conn, customer.id).documents if d.sha256 == key)


def _refuse_taken_vehicle(conn: Connection, clean: Mapping[str, str], exclude: str | None) -> None:
    for name in ("vin", "chassis"):
        value = clean.get(name)
        if not value:
            continue
        other = find_vehicle(conn, **{name: value})
        if other is not None and other.id != exclude:
            raise ValidationError(name, f"{name}_taken", vehicle_id=other.id, owner_id=other.owner_id)


def add_vehicle(
    conn: Connection,
    actor: users.User,
    owner_id: str,
    values: Mapping[str, Any],
    *,
    now: datetime,
    since: date | None = None,
    vehicle_id: str | None = None,
) -> Vehicle:
    """Add a vehicle to a customer.

    Raises:
        ValidationError: a bad field, or ``vin_taken`` / ``chassis_taken`` (params
            ``vehicle_id``, ``owner_id``) when the vehicle is known: transfer it instead.
    """
    users.require(actor, Perm.CUSTOMER_EDIT)
    owner = get_customer(conn, owner_id)
    clean = clean_vehicle(values)
    _refuse_taken_vehicle(conn, clean, exclude=None)
    new_id = vehicle_id or uuid7(int(now.timestamp() * 1000))
    events.append(
        conn,
        stream=VEHICLE,
        stream_id=new_id,
        kind=f.VEHICLE_ADDED,
        payload={
            "owner_id": owner.id,
            "on": since.isoformat() if since else _today(now),
            "fields": {k: v for k, v in clean.items() if v},
        },
        actor_id=actor.id,
        now=now,
    )
    return get_vehicle(conn, new_id)


def update_vehicle(
    conn: Connection, actor: users.User, vehicle_id: str, values: Mapping[str, Any], *, now: datetime
) -> Vehicle:
    users.require(actor, Perm.CUSTOMER_EDIT)
    current = get_vehicle(conn, vehicle_id)
    clean = clean_vehicle(values, partial=True)
    check_identified({**current.fields(), **clean})
    changed = {k: v for k, v in clean.items() if getattr(current, k) != v}
    if not changed:
        return current
    _refuse_taken_vehicle(conn, changed, exclude=current.id)
    events.append(
        conn,
        stream=VEHICLE,
        stream_id=current.id,
        kind=f.VEHICLE_CHANGED,
        payload={"fields": changed},
        actor_id=actor.id,
        now=now,
    )
    return get_vehicle(conn, current.id)


def transfer_ownership(
    conn: Connection,
    actor: users.User,
    vehicle_id: str,
    new_owner_id: str,
    *,
    now: datetime,
    on: date | None = None,
) -> Vehicle:
    """Link a vehicle to its new owner after a resale; the former owners stay on record."""
    users.require(actor, Perm.CUSTOMER_EDIT)
    vehicle = get_vehicle(conn, vehicle_id)
    new_owner = get_customer(conn, new_owner_id)
    if new_owner.id in customer_ids(conn, get_customer(conn, vehicle.owner_id).id):
        raise TransitionRefused("same_owner")
    day = on.isoformat() if on else _today(now)
    if vehicle.owners and day < vehicle.owners[-1].since:
        raise ValidationError("date", "before_last_owner", since=vehicle.owners[-1].since)
    events.append(
        conn,
        stream=VEHICLE,
        stream_id=vehicle.id,
        kind=f.OWNERSHIP_TRANSFERRED,
        payload={"from_owner": vehicle.owner_id, "to_owner": new_owner.id, "on": day},
        actor_id=actor.id,
        now=now,
    )
    return get_vehicle(conn, vehicle.id)


def record_odometer(
    conn: Connection, actor: users.User, vehicle_id: str, km: Any, *, now: datetime, on: date | None = None
) -> Vehicle:
    users.require(actor, Perm.CUSTOMER_EDIT)
    vehicle = get_vehicle(conn, vehicle_id)
    value = clean_km(km)
    if vehicle.odometer and value < vehicle.odometer[-1].km:
        raise ValidationError("odometer", "odometer_lower", last=vehicle.odometer[-1].km)
    events.append(
        conn,
        stream=VEHICLE,
        stream_id=vehicle.id,
        kind=f.ODOMETER_RECORDED,
        payload={"km": value, "on": on.isoformat() if on else _today(now)},
        actor_id=actor.id,
        now=now,
    )
    return get_vehicle(conn, vehicle.id)


# -- projections ----------------------------------------------------------------------------


def customer_row(state: f.CustomerState) -> dict[str, Any]:
    """The ``customers`` row of a folded customer (the bench writes the same rows)."""
    name = display_name(state.kind, state.fields)
    return {
        "id": state.id,
        "kind": state.kind,
        **state.fields,
        "display_name": name,
        "sort_key": fold(name),
        "documents": json.dumps(state.documents, ensure_ascii=False),
        "merged_into": state.merged_into,
        "dealership_id": state.dealership_id,
        "created_at": state.created_at,
        "created_by": state.created_by,
        "updated_at": state.updated_at,
    }


def search_words(kind: str, fields: Mapping[str, str]) -> str:
    """The words the lookup index keeps for a customer."""
    if kind == "organisation":
        return index_text(fields.get("company_name", ""), fields.get("contact_person", ""))
    return index_text(fields.get("first_name", ""), fields.get("last_name", ""))


def _upsert(table: str, columns: list[str], returning: str = "") -> str:
    """``INSERT ... ON CONFLICT(id) DO UPDATE`` for a projection row (built once per table)."""
    names = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
    tail = f" RETURNING {returning}" if returning else ""
    return f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}{tail}"


_CUSTOMER_COLUMNS = [c.name for c in customers.columns if c.name != "num"]
_VEHICLE_COLUMNS = [c.name for c in vehicles.columns if c.name != "num"]
_UPSERT_CUSTOMER = _upsert("customers", _CUSTOMER_COLUMNS, "num")
_UPSERT_VEHICLE = _upsert("vehicles", _VEHICLE_COLUMNS)


@events.projector(CUSTOMER)
def project_customer(conn: Connection, stream_id: str, stream: list[events.Event]) -> None:
    state = f.fold_customer(stream_id, stream)
    if state is None:
        return
    row = customer_row(state)
    num = conn.exec_driver_sql(_UPSERT_CUSTOMER, tuple(row[c] for c in _CUSTOMER_COLUMNS)).scalar_one()
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", (num,))
    if state.merged_into is None:
        conn.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE} (rowid, words) VALUES (?, ?)",
            (num, search_words(state.kind, state.fields)),
        )


def vehicle_row(state: f.VehicleState) -> dict[str, Any]:
    return {
        "id": state.id,
        "owner_id": state.owner_id,
        **state.fields,
        "vin_rev": reverse(state.fields.get("vin", "")),
        "chassis_rev": reverse(state.fields.get("chassis", "")),
        "odometer": json.dumps(state.odometer),
        "dealership_id": state.dealership_id,
        "created_at": state.created_at,
        "updated_at": state.updated_at,
    }


@events.projector(VEHICLE)
def project_vehicle(conn: Connection, stream_id: str, stream: list[events.Event]) -> None:
    state = f.fold_vehicle(stream_id, stream)
    if state is None:
        return
    row = vehicle_row(state)
    conn.exec_driver_sql(_UPSERT_VEHICLE, tuple(row[c] for c in _VEHICLE_COLUMNS))
    conn.exec_driver_sql("DELETE FROM vehicle_owners WHERE vehicle_id = ?", (state.id,))
    if state.owners:
        conn.exec_driver_sql(
            "INSERT INTO vehicle_owners (vehicle_id, position, owner_id, since, until, reason)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (state.id, i, o["owner_id"], o["since"], o["until"], o["reason"])
                for i, o in enumerate(state.owners)
            ],
        )
