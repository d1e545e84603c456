"""The dealership this installation serves, its counters, and first-run set-up."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from desktop.models import settings, users
from desktop.models import tables as t
from desktop.models.calendar import iso
from desktop.models.errors import NotSetUp, ValidationError
from desktop.models.identity import phone
from desktop.models.ids import uuid7
from desktop.models.text import normalize, to_ascii_digits

# Characters of device short codes and tracking codes: no 0/O, 1/I/L or U to misread.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class Dealership:
    id: str
    name: str
    city: str
    phone: str
    address: str


@dataclass(frozen=True)
class Counter:
    code: str
    name: str


def dealership_code(value: str, field: str = "dealership_code") -> str:
    """A dealership code as HQ assigns it: 2 to 10 letters and digits, e.g. ``1420``."""
    code = to_ascii_digits(normalize(value)).upper()
    if not code:
        raise ValidationError(field, "required")
    if not re.fullmatch(r"[A-Z0-9]{2,10}", code):
        raise ValidationError(field, "dealership_code_format")
    return code


def is_set_up(conn: Connection) -> bool:
    return conn.execute(select(t.dealership.c.id)).first() is not None


def get_dealership(conn: Connection) -> Dealership:
    row = conn.execute(select(t.dealership)).first()
    if row is None:
        raise NotSetUp()
    return Dealership(row.id, row.name, row.city, row.phone, row.address)


def update_dealership(
    conn: Connection, actor: users.User, *, name: str, city: str, phone_number: str, address: str
) -> Dealership:
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    values = _profile(name, city, phone_number, address)
    conn.execute(update(t.dealership).values(**values))
    return get_dealership(conn)


def _profile(name: str, city: str, phone_number: str, address: str) -> dict[str, str]:
    clean_name = normalize(name)
    if not clean_name:
        raise ValidationError("dealership_name", "required")
    return {
        "name": clean_name,
        "city": normalize(city),
        "phone": phone(phone_number) if phone_number.strip() else "",
        "address": normalize(address),
    }


def ensure_device(conn: Connection, now: datetime, name: str = "") -> str:
    """This installation's device identity, made once: a UUIDv7 and a short code."""
    row = conn.execute(select(t.device.c.device_id)).first()
    if row is not None:
        return str(row.device_id)
    device_id = uuid7()
    short = "".join(secrets.choice(CODE_ALPHABET) for _ in range(2))
    conn.execute(
        insert(t.device).values(device_id=device_id, name=name, short_code=short, created_at=iso(now))
    )
    return device_id


def adopt_short_code(conn: Connection, code: str) -> bool:
    """Use ``code`` (given by HQ at enrolment) in this PC's tracking codes from now on.

    Codes issued before keep their two characters (they are on printed receipts); HQ gives
    a new code only when another PC of the dealership already held this one. Returns
    whether the code changed.
    """
    if len(code) != 2 or any(ch not in CODE_ALPHABET for ch in code):
        raise ValidationError("short_code", "code_format")
    current = conn.execute(select(t.device.c.short_code)).scalar()
    if current == code:
        return False
    conn.execute(update(t.device).values(short_code=code))
    return True


def setup(
    conn: Connection,
    *,
    code: str,
    name: str,
    admin_username: str,
    admin_password: str,
    now: datetime,
    admin_display_name: str = "",
    city: str = "",
    phone_number: str = "",
    address: str = "",
    admin_pin: str | None = None,
) -> tuple[Dealership, users.User]:
    """First-run set-up: the dealership profile, this device, built-in roles, the admin.

    Raises:
        ValidationError: bad input, or ``already_set_up``.
    """
    if is_set_up(conn):
        raise ValidationError("dealership_code", "already_set_up")
    dealer = dealership_code(code)
    profile = _profile(name, city, phone_number, address)
    users.ensure_builtin_roles(conn)
    conn.execute(insert(t.dealership).values(id=dealer, created_at=iso(now), **profile))
    ensure_device(conn, now)
    conn.execute(update(t.device).values(dealership_id=dealer))
    if not conn.execute(select(t.counters.c.code)).first():
        add_counter(conn, "1", "", actor=None)
    admin = users.create_user(
        conn,
        username=admin_username,
        display_name=admin_display_name or admin_username,
        role=users.Role.ADMIN,
        password=admin_password,
        pin=admin_pin,
        dealership_id=dealer,
        now=now,
    )
    settings.put(conn, "setup_completed_at", iso(now))
    return get_dealership(conn), admin


def add_counter(conn: Connection, code: str, name: str, *, actor: users.User | None) -> Counter:
    """A reception counter (باجه); the name may be empty (then the code is shown).

    ``actor``: who adds it (needs the permission to manage settings); None only for the
    program's own set-up (the first counter, the demo).
    """
    if actor is not None:
        users.require(actor, users.Perm.SETTINGS_MANAGE)
    clean = to_ascii_digits(normalize(code))
    if not clean:
        raise ValidationError("counter_code", "required")
    if conn.execute(select(t.counters.c.code).where(t.counters.c.code == clean)).first():
        raise ValidationError("counter_code", "counter_exists")
    conn.execute(insert(t.counters).values(code=clean, name=normalize(name)))
    return Counter(clean, normalize(name))


def list_counters(conn: Connection) -> list[Counter]:
    rows = conn.execute(
        select(t.counters.c.code, t.counters.c.name)
        .where(t.counters.c.active.is_(True))
        .order_by(t.counters.c.code)
    )
    return [Counter(r.code, r.name) for r in rows]
