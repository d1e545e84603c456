"""Reference data HQ publishes to devices: one generic record store.

A record is (kind, scope, key) -> JSON body, with a version that grows at each change and
a position ``seq`` in the global sequence. Pull returns the records of the device's scopes
changed after its ``ref_cursor`` (see :func:`sync.hq.scope.reference_scopes`). Kinds are
free: ``user`` and ``counter`` are applied by the desktop's foundation; other features
register appliers for theirs (``category``, ``unit``, ``sla_policy``, ``escalation_ladder``,
``audit_template``, ``visit`` ...) in :mod:`desktop.models.reference`.

Scopes: ``all``, ``hq``, ``inspectors``, ``dealership:<code>``, ``device:<id>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from desktop.models import users
from desktop.models.calendar import iso
from desktop.models.cases.codes import SEGMENTS
from desktop.models.cases.units import BUILTIN_UNITS
from desktop.models.errors import ValidationError
from desktop.models.events import canonical_json
from desktop.models.ids import uuid7
from sync import protocol
from sync.hq import db
from sync.hq import tables as t
from sync.hq.errors import AdminError


@dataclass(frozen=True)
class Published:
    kind: str
    scope: str
    key: str
    version: int
    seq: int


def _check(kind: str, scope: str, key: str, body: Any) -> str:
    if not re.fullmatch(protocol.REF_KIND_PATTERN, kind):
        raise AdminError(f"kind {kind!r}: lower-case letters, digits and _ only")
    if not re.fullmatch(protocol.REF_SCOPE_PATTERN, scope):
        raise AdminError(f"scope {scope!r}: all, hq, inspectors, dealership:<code> or device:<id>")
    if not key or len(key) > 200:
        raise AdminError("key: 1 to 200 characters")
    if not isinstance(body, dict):
        raise AdminError(f"{kind}/{key}: the body must be a JSON object")
    try:
        protocol.check_payload(body)
    except protocol.PayloadProblem as problem:
        raise AdminError(f"{kind}/{key}: {problem.code}") from None
    return canonical_json(body)


def publish(conn: Connection, records: list[dict[str, Any]], now: datetime) -> list[Published]:
    """Create or change records: ``{"kind", "scope", "key", "body", "deleted"?}`` each.

    A record whose body did not change keeps its version and is not sent again.
    """
    checked = []
    for record in records:
        if not isinstance(record, dict):
            raise AdminError("each record is a JSON object with kind, scope, key and body")
        kind, scope, key = (
            str(record.get("kind", "")),
            str(record.get("scope", "")),
            str(record.get("key", "")),
        )
        body = record.get("body", {})
        text = _check(kind, scope, key, body)
        checked.append((kind, scope, key, text, bool(record.get("deleted", False))))
    done: list[Published] = []
    for kind, scope, key, text, deleted in checked:
        where = (t.reference.c.kind == kind, t.reference.c.scope == scope, t.reference.c.key == key)
        old = conn.execute(select(t.reference).where(*where)).first()
        if old is not None and old.body == text and bool(old.deleted) == deleted:
            done.append(Published(kind, scope, key, int(old.version), int(old.seq)))
            continue
        seq = db.allocate(conn, 1)
        version = int(old.version) + 1 if old is not None else 1
        values = {"version": version, "seq": seq, "deleted": deleted, "body": text, "updated_at": iso(now)}
        if old is None:
            conn.execute(t.reference.insert().values(kind=kind, scope=scope, key=key, **values))
        else:
            conn.execute(update(t.reference).where(*where).values(**values))
        done.append(Published(kind, scope, key, version, seq))
    return done


def user_record(
    *,
    dealership: str,
    username: str,
    display_name: str,
    role: str,
    password: str,
    pin: str | None = None,
    user_id: str | None = None,
    unit: str | None = None,
    segments: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A ``user`` record for a dealership, hashing the password and PIN as the desktop does."""
    if role not in {r.value for r in users.Role}:
        raise AdminError(f"role must be one of {', '.join(r.value for r in users.Role)}")
    try:
        password_hash = users.HASHER.hash(users.check_password(password))
        pin_hash = users.HASHER.hash(users.check_pin(pin)) if pin else None
    except ValidationError as exc:
        raise AdminError(f"{exc.field}: {exc.code}") from None
    name = username.strip().lower()
    if not name or any(c.isspace() for c in name):
        raise AdminError("username: required, without spaces")
    unit, segments = check_unit(unit), check_segments(segments)
    return {
        "kind": "user",
        "scope": f"dealership:{dealership}",
        "key": user_id or uuid7(),
        "body": {
            "username": name,
            "display_name": display_name.strip() or name,
            "role": role,
            "password_hash": password_hash,
            "pin_hash": pin_hash,
            "active": True,
            "dealership_id": dealership,
            "unit": unit,
            "segments": list(segments),
        },
    }


def check_unit(unit: str | None) -> str | None:
    """A unit code as the desktop writes them (HQ does not hold each dealership's own units)."""
    if unit is None or not unit.strip():
        return None
    code = unit.strip().lower()
    if not re.fullmatch(r"[a-z0-9_]{1,64}", code):
        raise AdminError(f"unit {unit!r}: a unit code such as {', '.join(BUILTIN_UNITS)}, or one added there")
    return code


def check_segments(segments: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Vehicle segments a user handles (none: every segment), in the catalogue's order: the
    desktop's rule (:func:`desktop.models.users.check_segments`), its refusal said for HQ's
    operator."""
    try:
        return users.check_segments(segments)
    except ValidationError:
        unknown = sorted(set(segments) - set(SEGMENTS))
        raise AdminError(f"segment {unknown[0]!r}: one of {', '.join(SEGMENTS)}") from None


_KEEP: Any = object()


def changed_user_record(
    conn: Connection,
    *,
    dealership: str,
    username: str,
    display_name: str | None = None,
    role: str | None = None,
    unit: str | None = _KEEP,
    segments: tuple[str, ...] | None = None,
    active: bool | None = None,
) -> dict[str, Any]:
    """The dealership's published ``user`` record with the given fields changed.

    Left-out fields keep their value; ``unit=None`` clears the unit and ``segments=()``
    lets the user handle every segment.
    """
    name = username.strip().lower()
    scope = f"dealership:{dealership}"
    rows = conn.execute(
        select(t.reference.c.key, t.reference.c.body).where(
            t.reference.c.kind == "user", t.reference.c.scope == scope, t.reference.c.deleted.is_(False)
        )
    )
    found = [(row.key, json.loads(row.body)) for row in rows if json.loads(row.body).get("username") == name]
    if not found:
        raise AdminError(f"no user {name!r} published to dealership {dealership}")
    key, body = found[0]
    if display_name is not None:
        if not display_name.strip():
            raise AdminError("name: required")
        body["display_name"] = display_name.strip()
    if role is not None:
        if role not in {r.value for r in users.Role}:
            raise AdminError(f"role must be one of {', '.join(r.value for r in users.Role)}")
        body["role"] = role
    if unit is not _KEEP:
        body["unit"] = check_unit(unit)
    if segments is not None:
        body["segments"] = list(check_segments(segments))
    if active is not None:
        body["active"] = active
    return {"kind": "user", "scope": scope, "key": key, "body": body}
