"""Reference data from HQ: users, counters, categories, units, SLA policies, templates ...

HQ publishes *reference records*: ``(kind, scope, key) -> body`` (a JSON object) with a
``version`` and a position ``seq``. Each pull brings the records changed since the last
one; they are kept here in ``reference_records`` (a mirror of what HQ sent) and each is
handed to the *applier* registered for its kind, in the same transaction as the pulled
events and the new cursor.

Registering an applier (the case-handling and audits features do this for ``category``,
``unit``, ``sla_policy``, ``escalation_ladder``, ``audit_template``, ``visit`` ...)::

    from desktop.models import reference

    @reference.applier("unit")
    def _apply_unit(conn: Connection, record: reference.Record, now: datetime) -> None:
        if record.deleted:
            ...  # HQ withdrew it: deactivate, never delete rows that events name
        else:
            ...  # upsert your own table from record.body (record.key is the unit's code)

Rules for an applier:

- it runs inside the pull's write transaction; it must not append events and must be
  idempotent (the same version can come again, e.g. after HQ was restored);
- raise :class:`ReferenceProblem` (or ``ValidationError``) to refuse a bad record: the
  record stays in the mirror with its error code and the sync status shows it;
- a record of a kind nobody has registered yet is kept and applied later by
  :func:`apply_pending` (the sync client calls it after loading every model module);
- module import registers the applier, so put the decorator in a module under
  ``desktop/models`` (the sync client imports them all before applying).

The foundation's own kinds are applied below: ``user`` (body: username, display_name,
role, password_hash, pin_hash, active, dealership_id, unit, segments; key = the user id)
and ``counter`` (body: name, active; key = the counter's code). HQ's accounts win: a local
account with the same user name but another id is renamed ``<name>~<id prefix>`` and
disabled, so the one HQ knows signs in.
"""

from __future__ import annotations

import importlib
import json
import logging
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Integer, Table, Text, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.models import tables as t
from desktop.models.calendar import iso
from desktop.models.errors import PishkhanError
from desktop.models.meta import metadata

log = logging.getLogger(__name__)

reference_records = Table(
    "reference_records",
    metadata,
    Column("kind", Text, primary_key=True),
    Column("scope", Text, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("version", Integer, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default="0"),
    Column("body", Text, nullable=False),
    Column("applied", Boolean, nullable=False, server_default="0"),
    Column("error", Text, nullable=True),
)


class ReferenceProblem(PishkhanError):
    """An applier refuses a record; ``code`` says why."""

    code = "reference_invalid"


@dataclass(frozen=True)
class Record:
    kind: str
    scope: str
    key: str
    version: int
    seq: int
    deleted: bool
    body: dict[str, Any]


Applier = Callable[[Connection, Record, datetime], None]
_APPLIERS: dict[str, Applier] = {}
_loaded = False


def applier(kind: str) -> Callable[[Applier], Applier]:
    """Register the function that applies reference records of ``kind``."""

    def register(fn: Applier) -> Applier:
        _APPLIERS[kind] = fn
        return fn

    return register


def registered_kinds() -> set[str]:
    return set(_APPLIERS)


def load_model_modules() -> None:
    """Import every model module once, so every projector and applier is registered."""
    global _loaded
    if _loaded:
        return
    import desktop.models as package

    for info in pkgutil.walk_packages(package.__path__, "desktop.models."):
        if ".migrations" in info.name:
            continue
        try:
            importlib.import_module(info.name)
        except Exception:  # a half-written feature module must not stop sync
            log.exception("cannot import %s", info.name)
    _loaded = True


def apply(conn: Connection, records: Iterable[Record], now: datetime) -> set[str]:
    """Keep records in the mirror and apply each whose kind has an applier; returns the kinds."""
    kinds: set[str] = set()
    for record in records:
        old = conn.execute(
            select(reference_records.c.version).where(
                reference_records.c.kind == record.kind,
                reference_records.c.scope == record.scope,
                reference_records.c.key == record.key,
            )
        ).scalar()
        if old is not None and int(old) > record.version:
            continue  # an older version arriving late changes nothing
        values = {
            "version": record.version,
            "seq": record.seq,
            "deleted": record.deleted,
            "body": json.dumps(record.body, ensure_ascii=False, sort_keys=True),
            "applied": False,
            "error": None,
        }
        conn.execute(
            sqlite_insert(reference_records)
            .values(kind=record.kind, scope=record.scope, key=record.key, **values)
            .on_conflict_do_update(index_elements=["kind", "scope", "key"], set_=values)
        )
        if _apply_one(conn, record, now):
            kinds.add(record.kind)
    return kinds


def _apply_one(conn: Connection, record: Record, now: datetime) -> bool:
    fn = _APPLIERS.get(record.kind)
    if fn is None:
        return False
    where = (
        reference_records.c.kind == record.kind,
        reference_records.c.scope == record.scope,
        reference_records.c.key == record.key,
    )
    try:
        with conn.begin_nested():
            fn(conn, record, now)
    except PishkhanError as exc:
        log.warning("reference %s/%s refused: %s", record.kind, record.key, exc.code)
        conn.execute(update(reference_records).where(*where).values(error=exc.code))
        return False
    except Exception:
        # A bug in one feature's applier must not stop every later pull: it is logged with
        # its traceback and the record is marked, so the status shows it.
        log.exception("applier of %s failed on %s", record.kind, record.key)
        conn.execute(update(reference_records).where(*where).values(error="applier_failed"))
        return False
    conn.execute(update(reference_records).where(*where).values(applied=True, error=None))
    return True


def apply_pending(conn: Connection, now: datetime) -> set[str]:
    """Apply kept records whose applier registered after they arrived."""
    kinds = registered_kinds()
    if not kinds:
        return set()
    rows = conn.execute(
        select(reference_records)
        .where(reference_records.c.applied.is_(False), reference_records.c.kind.in_(sorted(kinds)))
        .where(reference_records.c.error.is_(None))
        .order_by(reference_records.c.seq)
    ).all()
    done: set[str] = set()
    for row in rows:
        if _apply_one(conn, _from_row(row), now):
            done.add(row.kind)
    return done


def _from_row(row: Any) -> Record:
    return Record(
        row.kind, row.scope, row.key, int(row.version), int(row.seq), bool(row.deleted), json.loads(row.body)
    )


def records(conn: Connection, kind: str) -> list[Record]:
    """Every kept record of a kind, withdrawn ones included, in HQ's order."""
    rows = conn.execute(
        select(reference_records).where(reference_records.c.kind == kind).order_by(reference_records.c.seq)
    )
    return [_from_row(r) for r in rows]


def problems(conn: Connection) -> list[tuple[str, str, str]]:
    """(kind, key, error code) of records an applier refused."""
    rows = conn.execute(
        select(reference_records.c.kind, reference_records.c.key, reference_records.c.error).where(
            reference_records.c.error.is_not(None)
        )
    )
    return [(r.kind, r.key, r.error) for r in rows]


# -- the foundation's kinds -------------------------------------------------------------


def _text(body: dict[str, Any], key: str, default: str | None = None) -> str:
    value = body.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise ReferenceProblem("reference_field", field=key)
    return value


@applier("user")
def _apply_user(conn: Connection, record: Record, now: datetime) -> None:
    body = record.body
    if record.deleted:
        conn.execute(
            update(t.users).where(t.users.c.id == record.key).values(active=False, updated_at=iso(now))
        )
        return
    username = _text(body, "username").strip().lower()
    role = _text(body, "role")
    if conn.execute(select(t.roles.c.code).where(t.roles.c.code == role)).first() is None:
        raise ReferenceProblem("unknown_role", role=role)
    pin_hash = body.get("pin_hash")
    values: dict[str, Any] = {
        "username": username,
        "display_name": _text(body, "display_name", username),
        "role": role,
        "password_hash": _text(body, "password_hash"),
        "pin_hash": pin_hash if isinstance(pin_hash, str) and pin_hash else None,
        "active": bool(body.get("active", True)),
        "dealership_id": body.get("dealership_id"),
        "unit": body.get("unit"),
        "segments": json.dumps([s for s in body.get("segments", []) if isinstance(s, str)]),
        "updated_at": iso(now),
    }
    clash = conn.execute(
        select(t.users.c.id).where(t.users.c.username == username, t.users.c.id != record.key)
    ).scalar()
    if clash is not None:
        conn.execute(
            update(t.users)
            .where(t.users.c.id == clash)
            .values(username=f"{username}~{str(clash)[:8]}", active=False, updated_at=iso(now))
        )
    done = conn.execute(update(t.users).where(t.users.c.id == record.key).values(**values))
    if not done.rowcount:
        conn.execute(insert(t.users).values(id=record.key, created_at=iso(now), **values))


@applier("counter")
def _apply_counter(conn: Connection, record: Record, now: datetime) -> None:
    name = record.body.get("name", "")
    values = {
        "name": name if isinstance(name, str) else "",
        "active": not record.deleted and bool(record.body.get("active", True)),
    }
    done = conn.execute(update(t.counters).where(t.counters.c.code == record.key).values(**values))
    if not done.rowcount:
        conn.execute(insert(t.counters).values(code=record.key, **values))
