"""The daily roll-up: the facts counted per local day, dealership and code of a dimension.

An unfiltered dashboard (or one filtered to a dealership) sums a few hundred of these
rows per dimension instead of scanning hundreds of thousands of cases; the figures are
the same, because every count here is a sum of per-case (or per-call, per-ticket) facts
over the day they belong to. Filters other than the dealership need the cases themselves
and read the facts directly.

Dimensions (``dim``) and the day each counts on:

- ``all`` (code ""), ``case_type``, ``category``, ``channel``, ``segment``, ``status``,
  ``level``: cases by their day of registration;
- ``cause`` ("category/sub-category", complaints only) and ``defect`` ("model|part",
  product-quality cases that name a vehicle): also by registration;
- ``fr``: cases by the day of their first response; ``res``: by the day they were closed
  (still closed, not withdrawn); ``call``: happy calls; ``arrival``: summonses;
  ``ticket`` (code: the ticket's status), ``ticket_wait``, ``ticket_serve``: tickets.

The rows of a day are recomputed from the facts whenever a fact counting on that day
changes (:func:`rebuild_days`, called by ``facts.refresh``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    Table,
    Text,
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    select,
)

from desktop.models.analytics.facts import arrival_facts, call_facts, case_facts, ticket_facts
from desktop.models.meta import metadata

MEASURES = (
    "n",
    "first_contact",
    "complaints",
    "had_sla",
    "breached",
    "ever_closed",
    "reopened",
    "resolved",
    "late",
    "reached",
    "scored",
    "score_sum",
    "unhappy",
    "unhappy_reopened",
)

daily = Table(
    "analytics_daily",
    metadata,
    Column("day", Text, primary_key=True),
    Column("dealership_id", Text, primary_key=True),
    Column("dim", Text, primary_key=True),
    Column("code", Text, primary_key=True),
    Column("month", Integer, nullable=False, server_default="0"),  # Solar Hijri yyyymm (dim "all")
    *[Column(m, Integer, nullable=False, server_default="0") for m in MEASURES],
    Index("ix_analytics_daily_dim", "dim", "day", "dealership_id"),
    Index("ix_analytics_daily_month", "dim", "month", "dealership_id"),
)

F = case_facts.c
CASE_DIMS: dict[str, Any] = {
    "all": literal(""),
    "case_type": F.case_type,
    "category": F.category,
    "channel": F.channel,
    "segment": func.coalesce(F.segment, ""),
    "status": F.status,
    "level": F.level,
}


def _flag(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _case_measures() -> dict[str, Any]:
    return {
        "n": func.count(),
        "first_contact": func.sum(F.first_contact),
        "complaints": _flag(F.case_type == "complaint"),
        "had_sla": func.sum(F.had_sla),
        "breached": _flag(and_(F.had_sla == 1, F.breached == 1)),
        "ever_closed": func.sum(F.ever_closed),
        "reopened": _flag(F.reopened > 0),
        "resolved": _flag(and_(F.status == "closed", F.resolution != "withdrawn")),
    }


def _insert(conn: Connection, dim: str, query: Any, columns: list[str]) -> None:
    conn.execute(insert(daily).from_select(["day", "dealership_id", "dim", "code", *columns], query))


def _in(column: Any, days: list[str] | None) -> list[Any]:
    return [] if days is None else [column.in_(days)]


def rebuild_days(conn: Connection, days: Iterable[str] | None) -> None:
    """Recompute the roll-up rows of these days (None: of every day), from the facts."""
    chosen = None if days is None else sorted(set(days))
    if chosen is not None and not chosen:
        return
    for start in range(0, len(chosen or [""]), 400):
        part = None if chosen is None else chosen[start : start + 400]
        _rebuild(conn, part)


def _rebuild(conn: Connection, days: list[str] | None) -> None:
    conn.execute(delete(daily).where(*_in(daily.c.day, days)))
    measures = _case_measures()
    for dim, code in CASE_DIMS.items():
        extra = [F.reg_month] if dim == "all" else []
        query = (
            select(F.reg_day, F.dealership_id, literal(dim), code, *extra, *measures.values())
            .where(*_in(F.reg_day, days))
            .group_by(F.reg_day, F.dealership_id, code, *extra)
        )
        _insert(conn, dim, query, [*(["month"] if extra else []), *measures])
    cause = F.category + "/" + func.coalesce(F.subcategory, "")
    _insert(
        conn,
        "cause",
        select(F.reg_day, F.dealership_id, literal("cause"), cause, func.count())
        .where(F.case_type == "complaint", *_in(F.reg_day, days))
        .group_by(F.reg_day, F.dealership_id, cause),
        ["n"],
    )
    defect = func.coalesce(F.vehicle_model, "") + "|" + func.coalesce(F.subcategory, "")
    _insert(
        conn,
        "defect",
        select(F.reg_day, F.dealership_id, literal("defect"), defect, func.count())
        .where(F.category == "quality", F.vehicle_id.is_not(None), *_in(F.reg_day, days))
        .group_by(F.reg_day, F.dealership_id, defect),
        ["n"],
    )
    _insert(
        conn,
        "fr",
        select(F.fr_day, F.dealership_id, literal("fr"), literal(""), func.count())
        .where(F.fr_s.is_not(None), F.fr_day.is_not(None), *_in(F.fr_day, days))
        .group_by(F.fr_day, F.dealership_id),
        ["n"],
    )
    _insert(
        conn,
        "res",
        select(F.closed_day, F.dealership_id, literal("res"), literal(""), func.count())
        .where(F.res_s.is_not(None), F.resolution != "withdrawn", *_in(F.closed_day, days))
        .group_by(F.closed_day, F.dealership_id),
        ["n"],
    )
    c = call_facts.c
    _insert(
        conn,
        "call",
        select(
            c.day,
            c.dealership_id,
            literal("call"),
            literal(""),
            func.count(),
            func.sum(c.reached),
            _flag(and_(c.reached == 1, c.score.is_not(None))),
            func.coalesce(func.sum(case((c.reached == 1, c.score), else_=0)), 0),
            func.sum(c.unhappy),
            _flag(and_(c.unhappy == 1, c.reopened == 1)),
        )
        .where(*_in(c.day, days))
        .group_by(c.day, c.dealership_id),
        ["n", "reached", "scored", "score_sum", "unhappy", "unhappy_reopened"],
    )
    a = arrival_facts.c
    _insert(
        conn,
        "arrival",
        select(a.day, a.dealership_id, literal("arrival"), literal(""), func.count(), func.sum(a.late))
        .where(*_in(a.day, days))
        .group_by(a.day, a.dealership_id),
        ["n", "late"],
    )
    k = ticket_facts.c
    _insert(
        conn,
        "ticket",
        select(k.day, k.dealership_id, literal("ticket"), k.status, func.count())
        .where(*_in(k.day, days))
        .group_by(k.day, k.dealership_id, k.status),
        ["n"],
    )
    for dim, column in (("ticket_wait", k.wait_s), ("ticket_serve", k.serve_s)):
        _insert(
            conn,
            dim,
            select(k.day, k.dealership_id, literal(dim), literal(""), func.count())
            .where(column.is_not(None), *_in(k.day, days))
            .group_by(k.day, k.dealership_id),
            ["n"],
        )
