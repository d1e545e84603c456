"""The units a case is referred to with an inquiry (sales, accounting, after-sales ...).

Units are data: the five every dealership has come with the database, and an
administrator adds their own (a paint shop, a parts warehouse). Built-in units are
named by the translation catalogue; added ones carry their Persian and English names.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Connection, Integer, Table, Text, insert, select, update

from desktop.models import users
from desktop.models.errors import ValidationError
from desktop.models.meta import metadata
from desktop.models.text import normalize

units_table = Table(
    "units",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name_fa", Text, nullable=False, server_default=""),
    Column("name_en", Text, nullable=False, server_default=""),
    Column("builtin", Integer, nullable=False, server_default="0"),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("position", Integer, nullable=False, server_default="0"),
)

BUILTIN_UNITS = ("sales", "accounting", "after_sales", "technical", "warranty")


@dataclass(frozen=True)
class Unit:
    code: str
    name_fa: str = ""
    name_en: str = ""
    builtin: bool = False
    active: bool = True


def list_units(conn: Connection, *, active_only: bool = True) -> list[Unit]:
    c = units_table.c
    query = select(units_table).order_by(c.position, c.code)
    if active_only:
        query = query.where(c.active == 1)
    return [Unit(r.code, r.name_fa, r.name_en, bool(r.builtin), bool(r.active)) for r in conn.execute(query)]


def unit_codes(conn: Connection) -> set[str]:
    return {u.code for u in list_units(conn)}


def save_unit(
    conn: Connection, actor: users.User, *, code: str, name_fa: str, name_en: str = "", active: bool = True
) -> Unit:
    """Add a unit or rename one; built-in units keep their names, but may be switched off."""
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    clean = normalize(code).lower().replace(" ", "_")
    if not clean or not clean.replace("_", "").isascii() or not clean.replace("_", "").isalnum():
        raise ValidationError("unit_code", "unit_code_format")
    fa, en = normalize(name_fa), normalize(name_en)
    existing = conn.execute(select(units_table).where(units_table.c.code == clean)).first()
    if existing is not None and existing.builtin:
        conn.execute(update(units_table).where(units_table.c.code == clean).values(active=int(active)))
        return Unit(clean, existing.name_fa, existing.name_en, True, active)
    if not fa:
        raise ValidationError("unit_name", "required")
    values = {"name_fa": fa, "name_en": en or fa, "active": int(active)}
    if existing is None:
        position = len(list_units(conn, active_only=False)) + 1
        conn.execute(insert(units_table).values(code=clean, builtin=0, position=position, **values))
    else:
        conn.execute(update(units_table).where(units_table.c.code == clean).values(**values))
    return Unit(clean, fa, en or fa, False, active)
