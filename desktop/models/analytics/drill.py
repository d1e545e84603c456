"""Drill-down: the cases behind a bar of a chart (a category, a channel, a cause ...)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select

from desktop.models.analytics import figures as fg
from desktop.models.analytics.facts import case_facts
from desktop.models.analytics.figures import Filters
from desktop.models.analytics.period import Period
from desktop.models.calendar import parse_iso
from desktop.models.cases.store import cases_table
from desktop.models.errors import ValidationError
from desktop.models.users import User

F = case_facts.c
C = cases_table.c
# What a bar can stand for: a column of the facts, or "cause" (category/sub-category).
DIMENSIONS = ("case_type", "category", "channel", "segment", "status", "level", "month", "cause")
LIMIT = 500


@dataclass(frozen=True)
class DrillRow:
    case_id: str
    tracking_code: str
    registered_at: datetime
    case_type: str
    category: str
    subcategory: str | None
    channel: str
    status: str
    level: str


@dataclass(frozen=True)
class Drill:
    rows: list[DrillRow]  # newest first, at most ``limit``
    total: int


def matching_cases(
    conn: Connection,
    actor: User,
    period: Period,
    dimension: str,
    code: str,
    filters: Filters = fg.NO_FILTERS,
    *,
    limit: int = LIMIT,
) -> Drill:
    """The cases registered in ``period`` whose ``dimension`` is ``code``, with the filters.

    ``month`` codes are ``"1405-09"``; ``cause`` codes ``"category/sub-category"`` (complaints
    only; an empty sub-category means none was chosen).
    """
    dealer = fg.scope(conn, actor, filters.check())
    terms = [fg.in_period(F.reg_day, period), *fg.conditions(dealer, filters)]
    if dimension == "month":
        try:
            year, month = (int(p) for p in code.split("-"))
        except ValueError:
            raise ValidationError("month", "month_invalid") from None
        terms = [F.reg_month == year * 100 + month, *fg.conditions(dealer, filters)]
    elif dimension == "cause":
        category, _, sub = code.partition("/")
        terms += [F.case_type == "complaint", F.category == category]
        terms.append(F.subcategory == sub if sub else F.subcategory.is_(None))
    elif dimension in DIMENSIONS:
        terms.append(getattr(F, dimension) == code)
    else:
        raise ValidationError("dimension", "unknown_code", value=dimension)
    total = conn.execute(select(func.count()).where(*terms)).scalar_one()
    rows = conn.execute(
        select(
            F.case_id,
            C.tracking_code,
            C.registered_at,
            F.case_type,
            F.category,
            F.subcategory,
            F.channel,
            F.status,
            F.level,
        )
        .select_from(case_facts.join(cases_table, C.id == F.case_id))
        .where(*terms)
        .order_by(C.registered_at.desc(), F.case_id)
        .limit(limit)
    )
    return Drill(
        [DrillRow(r[0], r[1], parse_iso(r[2]), r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows],
        int(total),
    )
