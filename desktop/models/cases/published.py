"""Case-handling settings that HQ publishes as reference data (``sync.hq publish``).

HQ keeps one list for every dealership (scope ``all``) or for one (``dealership:<code>``); a PC
applies what it pulls through the same rules as its own Settings screens, so a record
HQ could not have typed there is refused the same way (the sync status shows why).

- ``unit``: key: the unit's code; body: ``name_fa``, ``name_en``, ``active``. Withdrawn:
  the unit is switched off (cases name it, so it is never deleted).
- ``category``: a sub-category; key: ``<category>/<code>`` (``quality/paint``); body:
  ``name_fa``, ``name_en``, ``active``. Withdrawn: switched off.
- ``sla_policy``: key: HQ's own name for the policy; body: ``hours``, ``warn_hours`` and
  the selectors ``case_type``, ``category``, ``priority``, ``level`` (absent or null:
  any). A local policy with the same selectors is replaced; withdrawn: removed.
- ``escalation_ladder``: key: the level's code; body: ``roles`` (role codes),
  ``arrival_minutes``, ``name_fa``, ``name_en``. A level is never withdrawn (cases name
  it): a withdrawn record leaves the level as it is.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, select

from desktop.models import reference, users
from desktop.models.cases import commands, ladder, sla, units
from desktop.models.cases.store import subcategories_table
from desktop.models.errors import NotFound

# The authority HQ's records are applied with: the same rules as an administrator's
# Settings screens, without a person at this PC.
HQ_AUTHORITY = users.User(
    id="hq",
    username="hq",
    display_name="HQ",
    role="hq",
    permissions=frozenset({users.Perm.SETTINGS_MANAGE}),
)


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key, "")
    if not isinstance(value, str):
        raise reference.ReferenceProblem("reference_field", field=key)
    return value


@reference.applier("unit")
def apply_unit(conn: Connection, record: reference.Record, now: datetime) -> None:
    body = record.body
    existing = next((u for u in units.list_units(conn, active_only=False) if u.code == record.key), None)
    name_fa = _text(body, "name_fa") or (existing.name_fa if existing else "")
    name_en = _text(body, "name_en") or (existing.name_en if existing else "")
    active = not record.deleted and bool(body.get("active", True))
    if record.deleted and existing is None:
        return
    units.save_unit(conn, HQ_AUTHORITY, code=record.key, name_fa=name_fa, name_en=name_en, active=active)


@reference.applier("category")
def apply_subcategory(conn: Connection, record: reference.Record, now: datetime) -> None:
    category, slash, code = record.key.partition("/")
    if not slash or not code:
        raise reference.ReferenceProblem("reference_field", field="key")
    body = record.body
    s = subcategories_table.c
    old = conn.execute(select(s.name_fa, s.name_en).where(s.category == category, s.code == code)).first()
    if record.deleted and old is None:
        return
    commands.save_subcategory(
        conn,
        HQ_AUTHORITY,
        category=category,
        code=code,
        name_fa=_text(body, "name_fa") or (old.name_fa if old else ""),
        name_en=_text(body, "name_en") or (old.name_en if old else ""),
        active=not record.deleted and bool(body.get("active", True)),
    )


_SELECTORS = ("case_type", "category", "priority", "level")


@reference.applier("sla_policy")
def apply_sla_policy(conn: Connection, record: reference.Record, now: datetime) -> None:
    body = record.body
    chosen = {name: (body.get(name) or None) for name in _SELECTORS}
    for name, value in chosen.items():
        if value is not None and not isinstance(value, str):
            raise reference.ReferenceProblem("reference_field", field=name)
    c = sla.sla_policies.c
    same = conn.execute(
        select(c.id).where(
            and_(*(c[name].is_(None) if v is None else c[name] == v for name, v in chosen.items()))
        )
    ).scalar()
    if record.deleted:
        if same is not None:
            sla.remove_policy(conn, HQ_AUTHORITY, int(same))
        return
    try:
        hours, warn = float(body["hours"]), float(body.get("warn_hours", 2))
    except (KeyError, TypeError, ValueError):
        raise reference.ReferenceProblem("reference_field", field="hours") from None
    sla.save_policy(
        conn,
        HQ_AUTHORITY,
        hours=hours,
        warn_hours=warn,
        policy_id=int(same) if same is not None else None,
        **chosen,
    )


@reference.applier("escalation_ladder")
def apply_level(conn: Connection, record: reference.Record, now: datetime) -> None:
    if record.deleted:
        return
    body = record.body
    roles = body.get("roles")
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise reference.ReferenceProblem("reference_field", field="roles")
    try:
        minutes = int(body.get("arrival_minutes", ladder.DEFAULT_ARRIVAL_MINUTES))
    except (TypeError, ValueError):
        raise reference.ReferenceProblem("reference_field", field="arrival_minutes") from None
    try:
        ladder.save_level(
            conn,
            HQ_AUTHORITY,
            record.key,
            roles=roles,
            arrival_minutes=minutes,
            name_fa=_text(body, "name_fa") or None,
            name_en=_text(body, "name_en") or None,
        )
    except NotFound:  # a level this version does not have
        raise reference.ReferenceProblem("reference_field", field="key") from None
