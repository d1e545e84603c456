"""Users, roles and permissions; sign-in with argon2, lockout and step-up PINs.

Roles are data (the ``roles`` table): a role is a set of permission codes. The built-in
roles below are written at every start so that a new release's permissions reach them;
roles an administrator adds are kept as they are. Every command that needs a permission
checks it here, in the model, whatever the screens show or hide.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Connection, insert, select, update

from desktop.models import tables as t
from desktop.models.calendar import iso, parse_iso
from desktop.models.db import Database
from desktop.models.errors import AuthError, NotFound, PermissionDenied, PishkhanError, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize, to_ascii_digits

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8

# Replaced by tests with cheaper parameters; production uses argon2-cffi's defaults
# (RFC 9106 low-memory profile).
HASHER = PasswordHasher()
# Verifying against this keeps the time of an unknown user's sign-in like a known one's.
_DUMMY_HASH: str | None = None


class Perm(StrEnum):
    CUSTOMER_VIEW = "customer.view"
    CUSTOMER_EDIT = "customer.edit"
    CUSTOMER_MERGE = "customer.merge"
    CUSTOMER_IMPORT = "customer.import"
    CUSTOMER_EXPORT = "customer.export"
    CASE_VIEW = "case.view"
    CASE_REGISTER = "case.register"
    CASE_HANDLE = "case.handle"
    CASE_ESCALATE = "case.escalate"
    CASE_CLOSE = "case.close"
    CASE_REOPEN = "case.reopen"
    HAPPY_CALL = "case.happy_call"
    QUEUE_OPERATE = "queue.operate"
    DOCUMENT_PRINT = "document.print"
    AUDIT_FILL = "audit.fill"
    AUDIT_VIEW = "audit.view"
    AUDIT_RELEASE = "audit.release"
    AUDIT_TEMPLATES = "audit.templates"
    AUDIT_APPEAL = "audit.appeal"
    AUDIT_DECIDE_APPEAL = "audit.decide_appeal"
    AUDIT_VIEW_RELEASED = "audit.view_released"
    REPORT_VIEW = "report.view"
    REPORT_ALL_DEALERSHIPS = "report.all_dealerships"
    IMPROVEMENT_MANAGE = "improvement.manage"
    SETTINGS_MANAGE = "settings.manage"
    USERS_MANAGE = "users.manage"
    BACKUP_MANAGE = "backup.manage"
    SYNC_MANAGE = "sync.manage"


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    HEAD_OF_UNIT = "head_of_unit"
    MANAGER = "manager"
    INSPECTOR = "inspector"
    INSPECTION_MANAGER = "inspection_manager"
    HQ = "hq"
    ADMIN = "admin"


_CLERK = {
    Perm.CUSTOMER_VIEW,
    Perm.CUSTOMER_EDIT,
    Perm.CASE_VIEW,
    Perm.CASE_REGISTER,
    Perm.CASE_HANDLE,
    Perm.CASE_ESCALATE,
    Perm.CASE_CLOSE,
    Perm.HAPPY_CALL,
    Perm.QUEUE_OPERATE,
    Perm.DOCUMENT_PRINT,
}
_SUPERVISOR = _CLERK | {Perm.CUSTOMER_MERGE, Perm.CASE_REOPEN, Perm.REPORT_VIEW}
_MANAGER = _SUPERVISOR | {
    Perm.CUSTOMER_IMPORT,
    Perm.CUSTOMER_EXPORT,
    Perm.IMPROVEMENT_MANAGE,
    Perm.AUDIT_VIEW_RELEASED,
    Perm.AUDIT_APPEAL,
}
_AUDIT_STAFF = {Perm.AUDIT_FILL, Perm.AUDIT_VIEW, Perm.DOCUMENT_PRINT}

BUILTIN_ROLES: dict[Role, frozenset[Perm]] = {
    Role.CLERK: frozenset(_CLERK),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.HEAD_OF_UNIT: frozenset(_SUPERVISOR | {Perm.IMPROVEMENT_MANAGE}),
    Role.MANAGER: frozenset(_MANAGER),
    # An inspector fills and sees their own audits; AUDIT_VIEW is narrowed to own work
    # by the audits module for this role.
    Role.INSPECTOR: frozenset({Perm.AUDIT_FILL, Perm.DOCUMENT_PRINT}),
    Role.INSPECTION_MANAGER: frozenset(
        _AUDIT_STAFF | {Perm.AUDIT_RELEASE, Perm.AUDIT_TEMPLATES, Perm.REPORT_VIEW}
    ),
    Role.HQ: frozenset(
        {
            Perm.CUSTOMER_VIEW,
            Perm.CASE_VIEW,
            Perm.CASE_HANDLE,
            Perm.HAPPY_CALL,
            Perm.DOCUMENT_PRINT,
            Perm.AUDIT_VIEW,
            Perm.AUDIT_RELEASE,
            Perm.AUDIT_TEMPLATES,
            Perm.AUDIT_DECIDE_APPEAL,
            Perm.REPORT_VIEW,
            Perm.REPORT_ALL_DEALERSHIPS,
            Perm.IMPROVEMENT_MANAGE,
        }
    ),
    # IT staff of a dealership: everything about the installation, nothing covert.
    Role.ADMIN: frozenset(
        _MANAGER - {Perm.AUDIT_VIEW_RELEASED, Perm.AUDIT_APPEAL}
        | {Perm.SETTINGS_MANAGE, Perm.USERS_MANAGE, Perm.BACKUP_MANAGE, Perm.SYNC_MANAGE}
    ),
}


@dataclass(frozen=True)
class User:
    id: str
    username: str
    display_name: str
    role: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    dealership_id: str | None = None
    unit: str | None = None
    segments: tuple[str, ...] = ()
    active: bool = True
    has_pin: bool = False

    def can(self, perm: str) -> bool:
        return perm in self.permissions


def require(user: User, perm: str) -> None:
    """Raise :class:`PermissionDenied` unless ``user`` holds ``perm``."""
    if perm not in user.permissions:
        raise PermissionDenied(permission=str(perm), role=user.role)


# -- roles ----------------------------------------------------------------------------


def ensure_builtin_roles(conn: Connection) -> None:
    """Write the built-in roles' current permissions (custom roles are left alone)."""
    for role, perms in BUILTIN_ROLES.items():
        value = json.dumps(sorted(perms))
        done = conn.execute(
            update(t.roles).where(t.roles.c.code == role.value).values(permissions=value, builtin=True)
        )
        if done.rowcount == 0:
            conn.execute(insert(t.roles).values(code=role.value, permissions=value, builtin=True))


def role_permissions(conn: Connection, role: str) -> frozenset[str]:
    value = conn.execute(select(t.roles.c.permissions).where(t.roles.c.code == role)).scalar()
    return frozenset(json.loads(value)) if value else frozenset()


def list_roles(conn: Connection) -> list[str]:
    return list(conn.execute(select(t.roles.c.code).order_by(t.roles.c.code)).scalars())


# -- users ----------------------------------------------------------------------------


def _username(value: str) -> str:
    name = to_ascii_digits(normalize(value)).lower()
    if not name:
        raise ValidationError("username", "required")
    if len(name) > 64 or any(c.isspace() for c in name):
        raise ValidationError("username", "username_format")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", "password_too_short", minimum=MIN_PASSWORD_LENGTH)
    return password


def check_pin(pin: str) -> str:
    pin = to_ascii_digits(pin.strip())
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("pin", "pin_format")
    return pin


def _row_to_user(conn: Connection, row: object, permissions: frozenset[str] | None = None) -> User:
    """A ``users`` row as a User; ``permissions`` of its role when already read."""
    r = row._mapping  # type: ignore[attr-defined]
    return User(
        id=r["id"],
        username=r["username"],
        display_name=r["display_name"],
        role=r["role"],
        permissions=role_permissions(conn, r["role"]) if permissions is None else permissions,
        dealership_id=r["dealership_id"],
        unit=r["unit"],
        segments=tuple(json.loads(r["segments"] or "[]")),
        active=bool(r["active"]),
        has_pin=r["pin_hash"] is not None,
    )


def create_user(
    conn: Connection,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str | None,
    now: datetime,
    pin: str | None = None,
    dealership_id: str | None = None,
    unit: str | None = None,
    segments: tuple[str, ...] = (),
    actor: User | None = None,
    user_id: str | None = None,
    password_hash: str | None = None,
    pin_hash: str | None = None,
) -> User:
    """Create a user. ``actor`` needs ``users.manage`` (``None`` only during set-up).

    ``password_hash``/``pin_hash`` take an argon2 hash made elsewhere instead of the
    secret (HQ's user records; the demo, whose users share one password and PIN: argon2
    is slow on purpose, and hashing once saves seconds).
    """
    if actor is not None:
        require(actor, Perm.USERS_MANAGE)
    name = _username(username)
    display = normalize(display_name)
    if not display:
        raise ValidationError("display_name", "required")
    if not role_permissions(conn, role):
        raise ValidationError("role", "unknown_role")
    if conn.execute(select(t.users.c.id).where(t.users.c.username == name)).first():
        raise ValidationError("username", "username_taken")
    unit, segments = check_unit(conn, unit), check_segments(segments)
    stamp = iso(now)
    uid = user_id or uuid7()
    conn.execute(
        insert(t.users).values(
            id=uid,
            username=name,
            display_name=display,
            role=role,
            password_hash=_given_or_hash(password_hash, password, check_password),
            pin_hash=_given_or_hash(pin_hash, pin, check_pin) if (pin or pin_hash) else None,
            dealership_id=dealership_id,
            unit=unit,
            segments=json.dumps(list(segments)),
            created_at=stamp,
            updated_at=stamp,
        )
    )
    return get_user(conn, uid)


def check_unit(conn: Connection, unit: str | None) -> str | None:
    """A user's unit: ``None`` (no unit) or the code of an active unit of this dealership."""
    from desktop.models.cases.units import unit_codes  # cases import this module

    if unit is None or not unit.strip():
        return None
    if unit.strip() not in unit_codes(conn):
        raise ValidationError("unit", "unknown_code")
    return unit.strip()


def check_segments(segments: Iterable[str]) -> tuple[str, ...]:
    """The vehicle segments a user handles, in the catalogue's order; none means every segment."""
    from desktop.models.cases.codes import SEGMENTS  # cases import this module

    chosen = set(segments)
    if chosen - set(SEGMENTS):
        raise ValidationError("segment", "unknown_code")
    return tuple(s for s in SEGMENTS if s in chosen)


def managed_by_hq(conn: Connection, user_id: str) -> bool:
    """Whether HQ publishes this account: then HQ's record wins and edits are made at HQ."""
    return user_id in hq_managed_ids(conn, user_id)


def hq_managed_ids(conn: Connection, user_id: str | None = None) -> frozenset[str]:
    """The ids of the accounts HQ publishes (only ``user_id``'s, if given), in one query."""
    from desktop.models.reference import reference_records as r

    query = select(r.c.key).where(r.c.kind == "user", r.c.deleted.is_(False))
    if user_id is not None:
        query = query.where(r.c.key == user_id)
    return frozenset(conn.execute(query).scalars())


_KEEP: Any = object()


def update_user(
    conn: Connection,
    actor: User,
    user_id: str,
    *,
    now: datetime,
    display_name: str | None = None,
    role: str | None = None,
    unit: str | None = _KEEP,
    segments: Iterable[str] | None = None,
    active: bool | None = None,
) -> User:
    """Change a user's name, role, unit, vehicle segments or whether they may sign in.

    Arguments left out keep their value; ``unit=None`` takes the user out of any unit and
    ``segments=()`` lets them handle every segment. An account HQ publishes is changed at
    HQ (``python -m sync.hq update-user``): its next record would undo a local edit.

    Raises:
        PermissionDenied: the actor lacks ``users.manage``, or ``managed_by_hq``.
        ValidationError: ``unknown_code`` (unit, segment), ``unknown_role``, ``required``
            (display name).
        PishkhanError: ``last_admin`` when no active user could manage users any more.
    """
    require(actor, Perm.USERS_MANAGE)
    current = get_user(conn, user_id)
    if managed_by_hq(conn, user_id):
        raise PermissionDenied("managed_by_hq")
    values: dict[str, Any] = {}
    if display_name is not None:
        values["display_name"] = normalize(display_name)
        if not values["display_name"]:
            raise ValidationError("display_name", "required")
    if role is not None and role != current.role:
        if not role_permissions(conn, role):
            raise ValidationError("role", "unknown_role")
        values["role"] = role
    if unit is not _KEEP and unit != current.unit:
        values["unit"] = check_unit(conn, unit)
    if segments is not None:
        values["segments"] = json.dumps(list(check_segments(segments)))
    if active is not None:
        values["active"] = bool(active)
    if not values:
        return current
    still_manages = values.get("active", current.active) and Perm.USERS_MANAGE in role_permissions(
        conn, values.get("role", current.role)
    )
    if current.active and current.can(Perm.USERS_MANAGE) and not still_manages:
        others = [u for u in list_users(conn) if u.id != user_id and u.can(Perm.USERS_MANAGE)]
        if not others:
            raise PishkhanError("last_admin")
    conn.execute(update(t.users).where(t.users.c.id == user_id).values(updated_at=iso(now), **values))
    return get_user(conn, user_id)


def _given_or_hash(known: str | None, secret: str | None, check: Callable[[str], str]) -> str:
    if known is not None:
        if not known.startswith("$argon2"):
            raise ValidationError("password", "not_a_hash")
        return known
    return HASHER.hash(check(secret or ""))


def get_user(conn: Connection, user_id: str) -> User:
    row = conn.execute(select(t.users).where(t.users.c.id == user_id)).first()
    if row is None:
        raise NotFound(what="user", id=user_id)
    return _row_to_user(conn, row)


def find_user(conn: Connection, username: str) -> User | None:
    row = conn.execute(select(t.users).where(t.users.c.username == _username(username))).first()
    return _row_to_user(conn, row) if row else None


def list_users(conn: Connection, *, active_only: bool = True) -> list[User]:
    query = select(t.users).order_by(t.users.c.display_name)
    if active_only:
        query = query.where(t.users.c.active.is_(True))
    roles = {
        code: frozenset(json.loads(value)) if value else frozenset()
        for code, value in conn.execute(select(t.roles.c.code, t.roles.c.permissions))
    }
    return [_row_to_user(conn, row, roles.get(row.role, frozenset())) for row in conn.execute(query)]


def _verify(secret_hash: str | None, secret: str) -> bool:
    if not secret_hash:
        return False
    try:
        return HASHER.verify(secret_hash, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_attempt(conn: Connection, row: object, ok: bool, now: datetime) -> None:
    """Count a sign-in or PIN attempt; lock the account after too many failures."""
    r = row._mapping  # type: ignore[attr-defined]
    locked_until = parse_iso(r["locked_until"]) if r["locked_until"] else None
    if locked_until and locked_until > now:
        raise AuthError("locked", until=iso(locked_until))
    if ok:
        if r["failed_attempts"] or r["locked_until"]:
            conn.execute(
                update(t.users).where(t.users.c.id == r["id"]).values(failed_attempts=0, locked_until=None)
            )
        return
    failures = r["failed_attempts"] + 1
    values: dict[str, object] = {"failed_attempts": failures}
    if failures >= MAX_FAILED_ATTEMPTS:
        values = {"failed_attempts": 0, "locked_until": iso(now + LOCKOUT)}
    conn.execute(update(t.users).where(t.users.c.id == r["id"]).values(**values))
    if "locked_until" in values:
        raise AuthError("locked", until=values["locked_until"])
    raise AuthError("bad_credentials", attempts_left=MAX_FAILED_ATTEMPTS - failures)


def authenticate(conn: Connection, username: str, password: str, now: datetime) -> User:
    """Check a password. Five failures in a row lock the account for five minutes.

    Raises:
        AuthError: ``bad_credentials`` (unknown user or wrong password, not told apart),
            ``locked`` with ``until``, or ``inactive``.
    """
    global _DUMMY_HASH
    try:
        name = _username(username)
    except ValidationError:
        raise AuthError("bad_credentials") from None
    row = conn.execute(select(t.users).where(t.users.c.username == name)).first()
    if row is None:
        _DUMMY_HASH = _DUMMY_HASH or HASHER.hash("not a password")
        _verify(_DUMMY_HASH, password)
        raise AuthError("bad_credentials")
    if not row.active:
        raise AuthError("inactive")
    locked = row.locked_until and parse_iso(row.locked_until) > now
    _check_attempt(conn, row, not locked and _verify(row.password_hash, password), now)
    return _row_to_user(conn, row)


def authenticate_pin(conn: Connection, user_id: str, pin: str, now: datetime) -> User:
    """Step-up: a superior proves who they are with their PIN at someone else's PC."""
    row = conn.execute(select(t.users).where(t.users.c.id == user_id)).first()
    if row is None or not row.active:
        raise AuthError("bad_credentials")
    if row.pin_hash is None:
        raise AuthError("no_pin")
    locked = row.locked_until and parse_iso(row.locked_until) > now
    _check_attempt(conn, row, not locked and _verify(row.pin_hash, to_ascii_digits(pin)), now)
    return _row_to_user(conn, row)


def set_password(
    conn: Connection, user_id: str, password: str, now: datetime, actor: User | None = None
) -> None:
    if actor is not None and actor.id != user_id:
        require(actor, Perm.USERS_MANAGE)
    conn.execute(
        update(t.users)
        .where(t.users.c.id == user_id)
        .values(password_hash=HASHER.hash(check_password(password)), updated_at=iso(now))
    )


def set_pin(conn: Connection, user_id: str, pin: str, now: datetime, actor: User | None = None) -> None:
    if actor is not None and actor.id != user_id:
        require(actor, Perm.USERS_MANAGE)
    conn.execute(
        update(t.users)
        .where(t.users.c.id == user_id)
        .values(pin_hash=HASHER.hash(check_pin(pin)), updated_at=iso(now))
    )


def sign_in(db: Database, username: str, password: str, now: datetime) -> User:
    """:func:`authenticate` in its own transaction, committed even when refused.

    A refused attempt must be counted, so the failure is raised only after the
    transaction that recorded it has committed.
    """
    with db.write() as conn:
        try:
            return authenticate(conn, username, password, now)
        except AuthError as exc:
            refused = exc
    raise refused


def step_up(db: Database, user_id: str, pin: str, now: datetime) -> User:
    """:func:`authenticate_pin` in its own transaction, counting refused attempts."""
    with db.write() as conn:
        try:
            return authenticate_pin(conn, user_id, pin, now)
        except AuthError as exc:
            refused = exc
    raise refused
