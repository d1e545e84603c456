"""Keeping the sub-category list: add, rename, retire and restore, as the Settings screen does.

Sub-categories are editable data under the fixed categories (``codes.CATEGORIES``).
:func:`commands.save_subcategory` is the one rule that writes them (HQ's published
records go through it too); this module adds what a person at the Settings screen
needs around it: every entry with its state, a code made from the English name,
new entries placed last, and a retired entry kept (cases name it) but no longer offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, update

from desktop.models import users
from desktop.models.cases import codes
from desktop.models.cases.commands import Subcategory, save_subcategory
from desktop.models.cases.store import subcategories_table
from desktop.models.errors import NotFound, ValidationError
from desktop.models.text import normalize
from desktop.models.users import Perm, User

_CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")


@dataclass(frozen=True)
class SubcategoryEntry:
    """A sub-category as the Settings screen lists it, retired ones included."""

    category: str
    code: str
    name_fa: str
    name_en: str
    active: bool


def list_all(conn: Connection, category: str | None = None) -> list[SubcategoryEntry]:
    """Every sub-category (of one category, or of all in the catalogue's order), retired ones too."""
    s = subcategories_table.c
    query = select(s.category, s.code, s.name_fa, s.name_en, s.active).order_by(s.position, s.code)
    if category is not None:
        query = query.where(s.category == category)
    rows = [
        SubcategoryEntry(r.category, r.code, r.name_fa, r.name_en, bool(r.active))
        for r in conn.execute(query)
    ]
    order = {c: i for i, c in enumerate(codes.CATEGORIES)}
    return sorted(rows, key=lambda e: order.get(e.category, len(order)))


def code_from_name(name_en: str) -> str:
    """A sub-category code made from its English name: ``Paint defect`` -> ``paint_defect``."""
    return re.sub(r"[^a-z0-9]+", "_", normalize(name_en).lower()).strip("_")[:64]


def _find(conn: Connection, category: str, code: str) -> SubcategoryEntry:
    for entry in list_all(conn, category):
        if entry.code == code:
            return entry
    raise NotFound(what="subcategory", id=f"{category}/{code}")


def add(
    conn: Connection, actor: User, *, category: str, name_fa: str, name_en: str, code: str | None = None
) -> Subcategory:
    """Add a sub-category at the end of its category's list; ``code`` defaults to one from ``name_en``.

    Raises:
        ValidationError: ``subcategory_code_format`` (not Latin letters, digits and
            underscores), ``subcategory_exists`` (the code is taken in this category, even
            by a retired entry: restore that one instead), and :func:`save_subcategory`'s.
    """
    users.require(actor, Perm.SETTINGS_MANAGE)
    codes.check("category", category, codes.CATEGORIES)
    clean = normalize(code or "").lower().strip() or code_from_name(name_en)
    if not normalize(name_fa) or not normalize(name_en):
        raise ValidationError("subcategory_name", "required")
    if not _CODE.fullmatch(clean):
        raise ValidationError("subcategory", "subcategory_code_format")
    s = subcategories_table.c
    if conn.execute(select(s.code).where(s.category == category, s.code == clean)).first():
        raise ValidationError("subcategory", "subcategory_exists")
    last = conn.execute(select(func.max(s.position)).where(s.category == category)).scalar() or 0
    made = save_subcategory(conn, actor, category=category, code=clean, name_fa=name_fa, name_en=name_en)
    conn.execute(
        update(subcategories_table).where(s.category == category, s.code == clean).values(position=last + 1)
    )
    return made


def rename(
    conn: Connection, actor: User, *, category: str, code: str, name_fa: str, name_en: str
) -> Subcategory:
    """Give a sub-category new Persian and English names; its code (what cases store) stays."""
    users.require(actor, Perm.SETTINGS_MANAGE)
    entry = _find(conn, category, code)
    return save_subcategory(
        conn, actor, category=category, code=code, name_fa=name_fa, name_en=name_en, active=entry.active
    )


def set_active(conn: Connection, actor: User, *, category: str, code: str, active: bool) -> Subcategory:
    """Retire a sub-category (cases keep naming it; intake no longer offers it) or restore it."""
    users.require(actor, Perm.SETTINGS_MANAGE)
    entry = _find(conn, category, code)
    return save_subcategory(
        conn, actor, category=category, code=code, name_fa=entry.name_fa, name_en=entry.name_en, active=active
    )
