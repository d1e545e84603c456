"""The escalation ladder: who comes to the counter when the customer is not convinced.

Levels are data (the ``ladder_levels`` table), in order from the counter clerk up. Each
level lists the roles that take it; a person may act at their own level and at every
level below it. Escalating a walk-in case summons the next level to the same counter;
the summoned person has ``arrival_minutes`` to get there. The top level's decision is
final. IKCRM's rule is the four-level preset: supervisor, head of unit, CRM manager.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Column, Connection, Integer, Table, Text, delete, insert, select, update

from desktop.models import users
from desktop.models.errors import NotFound, ValidationError
from desktop.models.meta import metadata
from desktop.models.text import normalize

ladder_levels = Table(
    "ladder_levels",
    metadata,
    Column("code", Text, primary_key=True),
    Column("position", Integer, nullable=False, unique=True),
    Column("roles", Text, nullable=False),  # JSON list of role codes
    Column("arrival_minutes", Integer, nullable=False, server_default="5"),
    Column("name_fa", Text, nullable=False, server_default=""),
    Column("name_en", Text, nullable=False, server_default=""),
)

DEFAULT_ARRIVAL_MINUTES = 5
# Preset name -> levels (code, roles) from the counter up.
PRESETS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "three_levels": (
        ("desk", ("clerk",)),
        ("supervisor", ("supervisor", "head_of_unit")),
        ("manager", ("manager",)),
    ),
    "four_levels": (
        ("desk", ("clerk",)),
        ("supervisor", ("supervisor",)),
        ("head_of_unit", ("head_of_unit",)),
        ("manager", ("manager",)),
    ),
}
DEFAULT_PRESET = "three_levels"


@dataclass(frozen=True)
class Level:
    code: str
    position: int
    roles: tuple[str, ...]
    arrival_minutes: int = DEFAULT_ARRIVAL_MINUTES
    name_fa: str = ""
    name_en: str = ""


@dataclass(frozen=True)
class Ladder:
    levels: tuple[Level, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(level.code for level in self.levels)

    def level(self, code: str) -> Level:
        for level in self.levels:
            if level.code == code:
                return level
        # A level removed since the case was escalated to it: treat it as the top.
        return Level(code, len(self.levels), (), DEFAULT_ARRIVAL_MINUTES)

    def position(self, code: str) -> int:
        return self.level(code).position

    def next_after(self, code: str) -> Level | None:
        position = self.position(code)
        above = [lv for lv in self.levels if lv.position > position]
        return min(above, key=lambda lv: lv.position) if above else None

    def is_top(self, code: str) -> bool:
        return self.next_after(code) is None

    @property
    def top(self) -> Level:
        return max(self.levels, key=lambda lv: lv.position)

    def rank(self, role: str) -> int:
        """The highest level position whose roles include ``role``; -1 for none."""
        ranks = [lv.position for lv in self.levels if role in lv.roles]
        return max(ranks) if ranks else -1

    def may_act_at(self, role: str, code: str) -> bool:
        """Whether someone of ``role`` may decide at level ``code`` (their level or below)."""
        return self.rank(role) >= self.position(code)

    def levels_of(self, role: str) -> tuple[str, ...]:
        return tuple(lv.code for lv in self.levels if role in lv.roles)


def preset_levels(name: str) -> tuple[Level, ...]:
    if name not in PRESETS:
        raise ValidationError("ladder_preset", "unknown_code", value=name)
    return tuple(
        Level(code, position, roles, DEFAULT_ARRIVAL_MINUTES)
        for position, (code, roles) in enumerate(PRESETS[name])
    )


def load_ladder(conn: Connection) -> Ladder:
    c = ladder_levels.c
    rows = conn.execute(select(ladder_levels).order_by(c.position)).all()
    if not rows:
        return Ladder(preset_levels(DEFAULT_PRESET))
    return Ladder(
        tuple(
            Level(
                r.code,
                r.position,
                tuple(json.loads(r.roles)),
                r.arrival_minutes,
                r.name_fa,
                r.name_en,
            )
            for r in rows
        )
    )


def _write(conn: Connection, levels: Iterable[Level]) -> None:
    conn.execute(delete(ladder_levels))
    for level in levels:
        conn.execute(
            insert(ladder_levels).values(
                code=level.code,
                position=level.position,
                roles=json.dumps(list(level.roles)),
                arrival_minutes=level.arrival_minutes,
                name_fa=level.name_fa,
                name_en=level.name_en,
            )
        )


def apply_preset(conn: Connection, actor: users.User, name: str) -> Ladder:
    """Replace the ladder by a preset (targets already set for kept levels stay)."""
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    old = {lv.code: lv for lv in load_ladder(conn).levels}
    levels = [
        Level(
            lv.code,
            lv.position,
            lv.roles,
            old[lv.code].arrival_minutes if lv.code in old else lv.arrival_minutes,
        )
        for lv in preset_levels(name)
    ]
    _write(conn, levels)
    return load_ladder(conn)


def save_level(
    conn: Connection,
    actor: users.User,
    code: str,
    *,
    roles: Iterable[str],
    arrival_minutes: int,
    name_fa: str | None = None,
    name_en: str | None = None,
) -> Level:
    """Change which roles take a level and how fast they must reach the counter."""
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    known = set(users.list_roles(conn))
    chosen = tuple(dict.fromkeys(roles))
    if not chosen:
        raise ValidationError("ladder_roles", "required")
    for role in chosen:
        if role not in known:
            raise ValidationError("ladder_roles", "unknown_role")
    if not 1 <= arrival_minutes <= 240:
        raise ValidationError("arrival_minutes", "out_of_range", minimum=1, maximum=240)
    ladder = load_ladder(conn)
    if code not in ladder.codes:
        raise NotFound(what="level", code=code)
    if not conn.execute(select(ladder_levels.c.code)).first():
        _write(conn, ladder.levels)  # the default ladder becomes data on its first edit
    values: dict[str, object] = {"roles": json.dumps(list(chosen)), "arrival_minutes": arrival_minutes}
    if name_fa is not None:
        values["name_fa"] = normalize(name_fa)
    if name_en is not None:
        values["name_en"] = normalize(name_en)
    conn.execute(update(ladder_levels).where(ladder_levels.c.code == code).values(**values))
    return load_ladder(conn).level(code)
