"""Dealerships, devices, enrolment codes and tokens.

An enrolment code is typed by a person (12 letters and digits that cannot be misread,
grouped by four); it works once and expires. Enrolling binds a random token to the
device's *existing* device id (its events made before enrolment keep their id and
numbers). Codes and tokens are stored only as SHA-256 hashes: both are random and long
enough that a slow hash adds nothing, and a stolen database gives no working token.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from desktop.models.calendar import iso
from desktop.models.dealership import CODE_ALPHABET, dealership_code
from desktop.models.errors import ValidationError
from desktop.models.text import normalize, to_ascii_digits
from sync import protocol
from sync.hq import tables as t
from sync.hq.errors import AdminError, EnrolmentRefused
from sync.hq.scope import DeviceScope

TOKEN_PREFIX = "pkhq_"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(text: str) -> str:
    """An enrolment code as typed (dashes, spaces, Persian digits, lower case) in its one form."""
    return "".join(c for c in to_ascii_digits(text).upper() if c.isalnum())


def _code(value: str, field: str = "dealership") -> str:
    try:
        return dealership_code(value, field)
    except ValidationError as exc:
        raise AdminError(f"{field}: not a dealership code (2 to 10 letters and digits): {value!r}") from exc


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    role: str
    dealership: str
    dealerships: tuple[str, ...]
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None
    short_code: str | None = None


def create_dealership(conn: Connection, code: str, name: str, now: datetime) -> str:
    clean = _code(code, "code")
    display = normalize(name)
    if not display:
        raise AdminError("name: required")
    if conn.execute(select(t.dealerships.c.code).where(t.dealerships.c.code == clean)).first():
        raise AdminError(f"dealership {clean} already exists")
    conn.execute(insert(t.dealerships).values(code=clean, name=display, created_at=iso(now)))
    return clean


def known_dealerships(conn: Connection, codes: set[str]) -> set[str]:
    if not codes:
        return set()
    rows = conn.execute(select(t.dealerships.c.code).where(t.dealerships.c.code.in_(sorted(codes))))
    return {r.code for r in rows}


def _require_dealerships(conn: Connection, codes: list[str]) -> list[str]:
    clean = sorted({_code(c) for c in codes})
    missing = set(clean) - known_dealerships(conn, set(clean))
    if missing:
        raise AdminError(f"unknown dealership(s): {', '.join(sorted(missing))} (create-dealership first)")
    return clean


def issue_enrolment(
    conn: Connection,
    *,
    dealership: str,
    name: str,
    role: str,
    now: datetime,
    dealerships: list[str] | None = None,
    hours: int = 72,
) -> tuple[str, str]:
    """A one-time enrolment code for a device; returns (code, expires_at)."""
    if role not in protocol.ROLES:
        raise AdminError(f"role must be one of {', '.join(protocol.ROLES)}")
    home = _require_dealerships(conn, [dealership])[0]
    assigned = _require_dealerships(conn, dealerships or []) if role == "inspector" else []
    if dealerships and role != "inspector":
        raise AdminError("only an inspector's device is assigned dealerships to audit")
    if not 1 <= hours <= 24 * 30:
        raise AdminError("a code lives between 1 hour and 30 days")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    expires = iso(now + timedelta(hours=hours))
    conn.execute(
        insert(t.enrolments).values(
            code_hash=_hash(raw),
            dealership_code=home,
            name=normalize(name),  # empty: the device's own name, or the dealership's
            role=role,
            dealerships=json.dumps(assigned),
            created_at=iso(now),
            expires_at=expires,
        )
    )
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4)), expires


def free_short_code(conn: Connection, dealership: str, device_id: str, wanted: str | None) -> str:
    """The two characters ``device_id`` is to put in its tracking codes: ``wanted`` (what it
    uses now) unless another device of the dealership holds it, then a free one. A revoked
    device's code stays taken: its cases are out there under it."""
    taken = set(
        conn.execute(
            select(t.devices.c.short_code).where(
                t.devices.c.dealership_code == dealership,
                t.devices.c.device_id != device_id,
                t.devices.c.short_code.is_not(None),
            )
        ).scalars()
    )
    if wanted and wanted not in taken:
        return wanted
    free = [a + b for a in CODE_ALPHABET for b in CODE_ALPHABET if a + b not in taken]
    if not free:
        raise EnrolmentRefused("no_device_code")
    return secrets.choice(free)


def enroll(
    conn: Connection,
    *,
    code: str,
    device_id: str,
    dealership_id: str,
    name: str,
    now: datetime,
    short_code: str | None = None,
) -> tuple[DeviceScope, str, str]:
    """Spend an enrolment code: bind a new token to the device's existing id.

    Returns the device's scope, its token and the two characters it is to put in its
    tracking codes from now on: ``short_code`` (what it uses now) unless another device of
    the dealership holds them (:func:`free_short_code`). The device's name is the one
    HQ's operator gave the code, else the one the device sends.

    Raises:
        EnrolmentRefused: ``code_unknown``, ``code_expired``, ``code_used``,
            ``dealership_mismatch`` or ``device_bound`` (the id holds a live token).
    """
    row = conn.execute(
        select(t.enrolments).where(t.enrolments.c.code_hash == _hash(normalise_code(code))).with_for_update()
    ).first()
    if row is None:
        raise EnrolmentRefused("code_unknown")
    if row.used_at is not None:
        raise EnrolmentRefused("code_used")
    if row.expires_at <= iso(now):
        raise EnrolmentRefused("code_expired")
    if row.dealership_code != dealership_id:
        raise EnrolmentRefused("dealership_mismatch")
    existing = conn.execute(select(t.devices).where(t.devices.c.device_id == device_id)).first()
    if existing is not None and existing.revoked_at is None:
        raise EnrolmentRefused("device_bound")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    code_chars = free_short_code(conn, row.dealership_code, device_id, short_code)
    values = {
        "name": normalize(row.name) or normalize(name) or row.dealership_code,
        "short_code": code_chars,
        "role": row.role,
        "dealership_code": row.dealership_code,
        "token_hash": _hash(token),
        "enrolled_at": iso(now),
        "revoked_at": None,
        "last_seen_at": iso(now),
    }
    if existing is None:
        conn.execute(insert(t.devices).values(device_id=device_id, **values))
    else:
        conn.execute(update(t.devices).where(t.devices.c.device_id == device_id).values(**values))
    conn.execute(delete(t.device_dealerships).where(t.device_dealerships.c.device_id == device_id))
    assigned = json.loads(row.dealerships)
    if assigned:
        conn.execute(
            insert(t.device_dealerships), [{"device_id": device_id, "dealership_code": c} for c in assigned]
        )
    conn.execute(
        update(t.enrolments)
        .where(t.enrolments.c.code_hash == row.code_hash)
        .values(used_at=iso(now), device_id=device_id)
    )
    scope = device_scope(conn, device_id)
    assert scope is not None
    return scope, token, code_chars


def device_scope(conn: Connection, device_id: str) -> DeviceScope | None:
    """The scope of a device, revoked or not (None: unknown)."""
    found = _scopes(conn, t.devices.c.device_id == device_id)
    return found[0][1] if found else None


def token_key(token: str) -> str | None:
    """What HQ stores of a bearer token (its hash), or None for a text that is no token."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    return _hash(token)


def authenticate_keys(conn: Connection, keys: set[str]) -> dict[str, DeviceScope]:
    """token key (:func:`token_key`) -> the live device it belongs to, for the keys of live
    devices (a whole group of pushes is authenticated with one look-up)."""
    if not keys:
        return {}
    live = _scopes(conn, t.devices.c.token_hash.in_(sorted(keys)), t.devices.c.revoked_at.is_(None))
    return {str(key): scope for key, scope in live}


def _scopes(conn: Connection, *where: Any) -> list[tuple[str | None, DeviceScope]]:
    """(token hash, scope) of the devices ``where`` selects: one query for the devices, one
    for the dealerships assigned to them."""
    rows = conn.execute(
        select(
            t.devices.c.token_hash,
            t.devices.c.device_id,
            t.devices.c.name,
            t.devices.c.role,
            t.devices.c.dealership_code,
        ).where(*where)
    ).all()
    assigned: dict[str, set[str]] = {}
    if rows:
        for device_id, code in conn.execute(
            select(t.device_dealerships.c.device_id, t.device_dealerships.c.dealership_code).where(
                t.device_dealerships.c.device_id.in_(sorted(row.device_id for row in rows))
            )
        ):
            assigned.setdefault(device_id, set()).add(code)
    return [
        (
            row.token_hash,
            DeviceScope(
                row.device_id,
                row.name,
                row.role,
                row.dealership_code,
                frozenset(assigned.get(row.device_id, ())),
            ),
        )
        for row in rows
    ]


def touch(conn: Connection, device_id: str, now: datetime) -> None:
    conn.execute(update(t.devices).where(t.devices.c.device_id == device_id).values(last_seen_at=iso(now)))


def touch_many(conn: Connection, device_ids: list[str], now: datetime) -> set[str]:
    """Record that these devices were seen, and return the ones not revoked.

    Their rows are locked to the end of the transaction, in one order (by id), so two
    writers touching overlapping devices never deadlock, and a revoke made meanwhile
    waits for the commit; one committed first takes the device out of the answer
    (PostgreSQL checks the condition again on the locked row).
    """
    if not device_ids:
        return set()
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(
            "UPDATE devices d SET last_seen_at = %s FROM (SELECT device_id FROM devices"
            " WHERE device_id = ANY(%s::text[]) AND revoked_at IS NULL ORDER BY device_id FOR UPDATE) s"
            " WHERE d.device_id = s.device_id RETURNING d.device_id",
            (iso(now), sorted(device_ids)),
        )
        return {r[0] for r in rows}
    rows = conn.execute(
        update(t.devices)
        .where(t.devices.c.device_id.in_(sorted(device_ids)), t.devices.c.revoked_at.is_(None))
        .values(last_seen_at=iso(now))
        .returning(t.devices.c.device_id)
    )
    return {r[0] for r in rows}


def revoke(conn: Connection, device_id: str, now: datetime) -> None:
    done = conn.execute(
        update(t.devices)
        .where(t.devices.c.device_id == device_id, t.devices.c.revoked_at.is_(None))
        .values(revoked_at=iso(now), token_hash=None)
    )
    if not done.rowcount:
        known = conn.execute(select(t.devices.c.device_id).where(t.devices.c.device_id == device_id)).first()
        raise AdminError(f"device {device_id} is already revoked" if known else f"no device {device_id}")


def assign(conn: Connection, device_id: str, dealerships: list[str]) -> list[str]:
    """Set the dealerships an inspector's device may audit."""
    scope = device_scope(conn, device_id)
    if scope is None:
        raise AdminError(f"no device {device_id}")
    if scope.role != "inspector":
        raise AdminError("only an inspector's device is assigned dealerships to audit")
    clean = _require_dealerships(conn, dealerships)
    conn.execute(delete(t.device_dealerships).where(t.device_dealerships.c.device_id == device_id))
    if clean:
        conn.execute(
            insert(t.device_dealerships), [{"device_id": device_id, "dealership_code": c} for c in clean]
        )
    return clean


def list_devices(conn: Connection) -> list[DeviceRow]:
    assigned: dict[str, list[str]] = {}
    for r in conn.execute(select(t.device_dealerships).order_by(t.device_dealerships.c.dealership_code)):
        assigned.setdefault(r.device_id, []).append(r.dealership_code)
    rows = conn.execute(select(t.devices).order_by(t.devices.c.dealership_code, t.devices.c.name))
    return [
        DeviceRow(
            r.device_id,
            r.name,
            r.role,
            r.dealership_code,
            tuple(assigned.get(r.device_id, [])),
            r.enrolled_at,
            r.revoked_at,
            r.last_seen_at,
            r.short_code,
        )
        for r in rows
    ]


def event_count(conn: Connection, device_id: str) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(t.events).where(t.events.c.device_id == device_id)
        ).scalar_one()
    )
