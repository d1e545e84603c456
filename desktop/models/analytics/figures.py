"""The figures of a period, computed in SQL over the per-case facts (:mod:`.facts`).

Each figure has one definition, in its docstring here (a property's own, or an entry of the
"Figures:" section of the class that carries it) and, word for word and translated, in the
management report's glossary (``desktop/i18n/labels_analytics.py``, kinds ``figure`` and
``figure_definition``); ``tests/models/analytics/test_glossary.py`` checks they agree.
Cases count in the period of the local (Iran) day
they were *registered*, except where a definition says otherwise: first responses in
the period they happened, closings in the period they closed, calls and summonses in
the period they were made. Durations are in business seconds (the business calendar's
working hours and holidays), except the summons-to-arrival time, which the customer
waits in full and is counted in wall-clock seconds.

Medians: the middle value, or the mean of the two middle values. P90 (the 90th
percentile): the value at rank ceil(0.9 n) of the n values in ascending order.
Rates are fractions from 0 to 1, None when nothing was counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)

from desktop.models import events, users
from desktop.models.analytics.facts import arrival_facts, call_facts, case_facts, ticket_facts
from desktop.models.analytics.period import Period
from desktop.models.analytics.rollup import MEASURES, daily
from desktop.models.calendar import iso
from desktop.models.cases import codes
from desktop.models.cases.ladder import Ladder, load_ladder
from desktop.models.cases.store import referrals_table
from desktop.models.errors import PermissionDenied
from desktop.models.users import Perm, User

# The figure codes, in the order the report's glossary lists them.
FIGURES = (
    "cases",
    "complaints",
    "fcr_rate",
    "first_response_median",
    "first_response_p90",
    "resolution_median",
    "resolution_p90",
    "sla_breach_rate",
    "reopen_rate",
    "escalation_rate",
    "resolved_at_level",
    "arrival_median",
    "arrival_late_rate",
    "happy_call_reach_rate",
    "satisfaction_mean",
    "unhappy_reopen_rate",
    "backlog",
    "overdue",
    "queue_wait_p50",
    "queue_wait_p90",
    "queue_serve_p50",
    "queue_serve_p90",
    "no_show_rate",
    "defects",
    "audit_score",
    "audit_critical_failures",
    "appeals_upheld_rate",
)

DIMENSIONS = ("case_type", "category", "channel", "segment", "status")
F = case_facts.c


@dataclass(frozen=True)
class Filters:
    """Which cases count: one dealership (HQ may choose; None = all) and optional filters.

    ``clerk`` is the user who registered the case; ``unit`` a unit it was referred to.
    """

    dealership_id: str | None = None
    category: str | None = None
    channel: str | None = None
    segment: str | None = None
    unit: str | None = None
    clerk: str | None = None
    case_type: str | None = None

    def check(self) -> Filters:
        codes.check("category", self.category, codes.CATEGORIES, required=False)
        codes.check("channel", self.channel, codes.CHANNELS, required=False)
        codes.check("segment", self.segment, codes.SEGMENTS, required=False)
        codes.check("case_type", self.case_type, codes.CASE_TYPES, required=False)
        return self


NO_FILTERS = Filters()


def rate(part: float | None, whole: float | None) -> float | None:
    """part / whole, or None when the whole is zero (nothing to count)."""
    if not whole:
        return None
    return float(part or 0) / float(whole)


def scope(conn: Connection, actor: User, filters: Filters) -> str | None:
    """The dealership the figures cover (None: every dealership), as ``actor`` may see.

    Raises:
        PermissionDenied: no ``report.view``, or another dealership asked for without
            ``report.all_dealerships``.
    """
    users.require(actor, Perm.REPORT_VIEW)
    if actor.can(Perm.REPORT_ALL_DEALERSHIPS):
        return filters.dealership_id
    own = actor.dealership_id or events.this_device(conn).dealership_id or ""
    if filters.dealership_id not in (None, own):
        raise PermissionDenied(permission=str(Perm.REPORT_ALL_DEALERSHIPS), role=actor.role)
    return own


def conditions(dealer: str | None, filters: Filters) -> list[ColumnElement[bool]]:
    """The WHERE terms on the case facts for a dealership and the filters."""
    terms: list[ColumnElement[bool]] = []
    if dealer is not None:
        terms.append(F.dealership_id == dealer)
    for name in ("category", "channel", "segment", "case_type"):
        value = getattr(filters, name)
        if value:
            terms.append(getattr(F, name) == value)
    if filters.clerk:
        terms.append(F.clerk == filters.clerk)
    if filters.unit:
        # An alias: a query that already reads the referrals (the backlog per unit) must
        # not see its own rows correlated into this subquery.
        r = referrals_table.alias("unit_referrals").c
        terms.append(exists().where(r.case_id == F.case_id, r.unit == filters.unit))
    return terms


def in_period(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start.isoformat(), column < period.end.isoformat())


def _percentiles(conn: Connection, values: Select[Any]) -> tuple[int, float | None, float | None]:
    """(count, median, P90) of the one column ``values`` selects, in one SQL query."""
    inner = values.subquery()
    x = inner.c[0]
    ranked = select(
        x.label("x"),
        func.row_number().over(order_by=x).label("rn"),
        func.count().over().label("n"),
    ).subquery()
    rn, n, v = ranked.c.rn, ranked.c.n, ranked.c.x
    row = conn.execute(
        select(
            func.max(n),
            func.avg(case((or_(rn == (n + 1) // 2, rn == (n + 2) // 2), v))),
            func.max(case((rn == (9 * n + 9) // 10, v))),
        )
    ).one()
    count = int(row[0] or 0)
    return count, (float(row[1]) if count else None), (float(row[2]) if count else None)


# -- roll-up or facts -------------------------------------------------------------------------


def uses_rollup(filters: Filters) -> bool:
    """Whether the daily roll-up can answer: no filter but the dealership."""
    return not any(
        getattr(filters, n) for n in ("category", "channel", "segment", "unit", "clerk", "case_type")
    )


Sums = dict[tuple[str, str], dict[str, int]]


def _sums(conn: Connection, dealer: str | None, period: Period, dims: Sequence[str]) -> Sums:
    """The roll-up's measures summed over the period, per (dimension, code)."""
    d = daily.c
    terms: list[ColumnElement[bool]] = [d.dim.in_(list(dims)), in_period(d.day, period)]
    if dealer is not None:
        terms.append(d.dealership_id == dealer)
    rows = conn.execute(
        select(d.dim, d.code, *[func.sum(getattr(d, m)) for m in MEASURES])
        .where(*terms)
        .group_by(d.dim, d.code)
    )
    return {(r[0], r[1]): {m: int(v or 0) for m, v in zip(MEASURES, r[2:], strict=True)} for r in rows}


def _total(sums: Sums, dim: str, measure: str = "n") -> int:
    return sum(v[measure] for (d, _), v in sums.items() if d == dim)


@dataclass(frozen=True)
class Series:
    """A column of durations, with its covering indexes by day and by value."""

    table: str
    value: str
    day: str
    by_day: str
    by_value: str
    dim: str  # its count in the roll-up
    extra: str = ""


FIRST_RESPONSE = Series(
    "analytics_cases", "fr_s", "fr_day", "ix_analytics_cases_fr", "ix_analytics_cases_fr_value", "fr"
)
RESOLUTION = Series(
    "analytics_cases",
    "res_s",
    "closed_day",
    "ix_analytics_cases_closed",
    "ix_analytics_cases_res_value",
    "res",
    "resolution <> 'withdrawn'",
)
ARRIVAL = Series(
    "analytics_arrivals",
    "waited_s",
    "day",
    "ix_analytics_arrivals_day",
    "ix_analytics_arrivals_value",
    "arrival",
)
QUEUE_WAIT = Series(
    "analytics_tickets",
    "wait_s",
    "day",
    "ix_analytics_tickets_wait",
    "ix_analytics_tickets_wait_value",
    "ticket_wait",
)
QUEUE_SERVE = Series(
    "analytics_tickets",
    "serve_s",
    "day",
    "ix_analytics_tickets_serve",
    "ix_analytics_tickets_serve_value",
    "ticket_serve",
)


def _quantiles(
    conn: Connection, series: Series, period: Period, dealer: str | None, n: int
) -> tuple[float | None, float | None]:
    """Exact (median, P90) of a series over the period, knowing its count ``n``.

    Two ordered reads, each stopping at its rank (the P90 read from the top down):
    through the index by day (then a sort) when the period holds a small part of all
    values, else through the index by value (already in order, skipping other days).
    """
    if n <= 0:
        return None, None
    d = daily.c
    everything = conn.execute(
        select(func.coalesce(func.sum(d.n), 0)).where(
            d.dim == series.dim, *([d.dealership_id == dealer] if dealer is not None else [])
        )
    ).scalar_one()
    # Reading in value order costs about the same whatever the period; sorting the period's
    # values grows with them: past a tenth of all values the ordered read wins.
    index = series.by_value if 10 * n > int(everything) else series.by_day
    where = f"{series.value} IS NOT NULL AND {series.day} >= ? AND {series.day} < ?"
    params: list[Any] = [period.start.isoformat(), period.end.isoformat()]
    if dealer is not None:
        where += " AND dealership_id = ?"
        params.append(dealer)
    if series.extra:
        where += " AND " + series.extra
    source = f"{series.table} INDEXED BY {index}"
    ordered = f"SELECT {series.value} AS x FROM {source} WHERE {where} ORDER BY {series.value}"
    low, high = (n + 1) // 2, (n + 2) // 2
    median = conn.exec_driver_sql(
        f"SELECT avg(x) FROM ({ordered} LIMIT ? OFFSET ?)", (*params, high - low + 1, low - 1)
    ).scalar()
    # The P90 is nearer the top: read down from the largest value (a tenth of the walk).
    p90 = conn.exec_driver_sql(f"{ordered} DESC LIMIT 1 OFFSET ?", (*params, n - (9 * n + 9) // 10)).scalar()
    return (float(median) if median is not None else None), (float(p90) if p90 is not None else None)


# -- the case figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class Durations:
    count: int
    median: float | None  # seconds
    p90: float | None


@dataclass(frozen=True)
class CaseFigures:
    """The case figures of a period.

    Figures:
        cases: Requests, complaints and questions registered in the period (Iran local days).
        complaints: Cases of the type complaint registered in the period.
        first_response_median: From registration to the first answer given to the customer, in
            working hours (the business calendar's hours, holidays excluded), over the cases
            first answered in the period. The median is the middle value (or the mean of the
            two middle values).
        first_response_p90: The same durations' 90th percentile: the value at rank ceil(0.9 n)
            of the n durations in ascending order; nine cases in ten were answered within it.
        resolution_median: From registration to closing (resolved or rejected; withdrawn cases
            left out), in working hours, over the cases closed in the period and still closed.
        resolution_p90: The 90th percentile (rank ceil(0.9 n)) of the same durations to
            resolution.
    """

    cases: int
    complaints: int
    first_contact: int
    sla_cases: int
    sla_breached: int
    closed_once: int
    reopened: int
    escalated_to: dict[str, int]  # level -> cases that reached it (levels above the desk)
    resolved: int  # closed, not withdrawn
    resolved_at: dict[str, int]  # level -> resolved cases closed at that level
    first_response: Durations
    resolution: Durations
    breakdown: dict[str, dict[str, int]] = field(default_factory=dict)  # dimension -> code -> cases

    @property
    def fcr_rate(self) -> float | None:
        """Cases resolved by the first person the customer met, before any escalation or
        referral, out of all cases registered in the period."""
        return rate(self.first_contact, self.cases)

    @property
    def sla_breach_rate(self) -> float | None:
        """Cases that missed their service level (a breach or an automatic escalation was
        recorded, they were answered after their due time, or they are open past it now), out
        of the cases of the period that had a service-level clock."""
        return rate(self.sla_breached, self.sla_cases)

    @property
    def reopen_rate(self) -> float | None:
        """Cases of the period reopened at least once, out of those closed at least once."""
        return rate(self.reopened, self.closed_once)

    def escalation_rate(self, level: str) -> float | None:
        """For each level above the counter: cases of the period escalated to that level or
        beyond, out of all cases of the period."""
        return rate(self.escalated_to.get(level, 0), self.cases)

    def resolved_share(self, level: str) -> float | None:
        """For each level: resolved cases of the period (closed, not withdrawn) that were
        closed at that level, out of all resolved cases of the period."""
        return rate(self.resolved_at.get(level, 0), self.resolved)


def _late_now(dealer: str | None, period: Period, now: datetime, terms: Sequence[ColumnElement[bool]]) -> Any:
    """Open cases of the period past their due time now that no breach has flagged yet."""
    return select(func.count()).where(
        F.is_open == 1,
        *([F.dealership_id == dealer] if dealer is not None else []),
        in_period(F.reg_day, period),
        F.had_sla == 1,
        F.breached == 0,
        F.due_at.is_not(None),
        F.due_at < iso(now),
        *terms,
    )


def case_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS, *, now: datetime
) -> CaseFigures:
    """The case figures of ``period``: from the daily roll-up when no filter but the
    dealership is set, else from the per-case facts; the same numbers either way."""
    dealer = scope(conn, actor, filters.check())
    ladder = load_ladder(conn)
    if uses_rollup(filters):
        return _case_figures_rollup(conn, dealer, period, ladder, now)
    terms = conditions(dealer, filters)
    cohort = [in_period(F.reg_day, period), *terms]
    above = [lv for lv in ladder.levels if lv.position > 0]
    resolved = and_(F.status == "closed", F.resolution != "withdrawn")
    columns: list[Any] = [
        func.count(),
        func.sum(case((F.case_type == "complaint", 1), else_=0)),
        func.sum(F.first_contact),
        func.sum(F.had_sla),
        func.sum(case((and_(F.had_sla == 1, F.breached == 1), 1), else_=0)),
        func.sum(F.ever_closed),
        func.sum(case((F.reopened > 0, 1), else_=0)),
        func.sum(case((resolved, 1), else_=0)),
    ]
    columns += [func.sum(case((F.level_rank >= lv.position, 1), else_=0)) for lv in above]
    columns += [func.sum(case((and_(resolved, F.level == lv.code), 1), else_=0)) for lv in ladder.levels]
    row = conn.execute(select(*columns).where(*cohort)).one()
    values = [int(v or 0) for v in row]
    fixed, rest = values[:8], values[8:]
    late = int(conn.execute(_late_now(None, period, now, terms)).scalar_one())
    first = _percentiles(conn, select(F.fr_s).where(in_period(F.fr_day, period), F.fr_s.is_not(None), *terms))
    closing = _percentiles(
        conn,
        select(F.res_s).where(
            in_period(F.closed_day, period), F.res_s.is_not(None), F.resolution != "withdrawn", *terms
        ),
    )
    return CaseFigures(
        cases=fixed[0],
        complaints=fixed[1],
        first_contact=fixed[2],
        sla_cases=fixed[3],
        sla_breached=fixed[4] + late,
        closed_once=fixed[5],
        reopened=fixed[6],
        resolved=fixed[7],
        escalated_to={lv.code: rest[i] for i, lv in enumerate(above)},
        resolved_at={lv.code: rest[len(above) + i] for i, lv in enumerate(ladder.levels)},
        first_response=Durations(*first),
        resolution=Durations(*closing),
        breakdown=breakdown(conn, dealer, period, filters),
    )


def _case_figures_rollup(
    conn: Connection, dealer: str | None, period: Period, ladder: Ladder, now: datetime
) -> CaseFigures:
    sums = _sums(conn, dealer, period, ("all", *DIMENSIONS, "level", "fr", "res"))
    total = sums.get(("all", ""), dict.fromkeys(MEASURES, 0))
    levels = {code: v for (dim, code), v in sums.items() if dim == "level"}
    late = int(conn.execute(_late_now(dealer, period, now, [])).scalar_one())
    fr_n, res_n = _total(sums, "fr"), _total(sums, "res")
    return CaseFigures(
        cases=total["n"],
        complaints=total["complaints"],
        first_contact=total["first_contact"],
        sla_cases=total["had_sla"],
        sla_breached=total["breached"] + late,
        closed_once=total["ever_closed"],
        reopened=total["reopened"],
        resolved=total["resolved"],
        escalated_to={
            lv.code: sum(v["n"] for code, v in levels.items() if ladder.position(code) >= lv.position)
            for lv in ladder.levels
            if lv.position > 0
        },
        resolved_at={lv.code: levels.get(lv.code, {}).get("resolved", 0) for lv in ladder.levels},
        first_response=Durations(fr_n, *_quantiles(conn, FIRST_RESPONSE, period, dealer, fr_n)),
        resolution=Durations(res_n, *_quantiles(conn, RESOLUTION, period, dealer, res_n)),
        breakdown={dim: {code: v["n"] for (d, code), v in sums.items() if d == dim} for dim in DIMENSIONS},
    )


def breakdown(
    conn: Connection, dealer: str | None, period: Period, filters: Filters
) -> dict[str, dict[str, int]]:
    """Cases registered in the period by type, category, channel, segment and current status.

    From the roll-up when it can answer, else one scan of the period's cases (grouped
    once, then rolled up per dimension).
    """
    if uses_rollup(filters):
        sums = _sums(conn, dealer, period, DIMENSIONS)
        return {dim: {code: v["n"] for (d, code), v in sums.items() if d == dim} for dim in DIMENSIONS}
    cols = [getattr(F, d) for d in DIMENSIONS]
    grouped = (
        select(*cols, func.count().label("n"))
        .where(in_period(F.reg_day, period), *conditions(dealer, filters))
        .group_by(*cols)
        .cte("g")
        .prefix_with("MATERIALIZED")
    )
    parts = [
        select(
            literal(d).label("dim"), grouped.c[d].label("code"), func.sum(grouped.c.n).label("n")
        ).group_by(grouped.c[d])
        for d in DIMENSIONS
    ]
    result: dict[str, dict[str, int]] = {d: {} for d in DIMENSIONS}
    for dim, code, n in conn.execute(union_all(*parts)):
        result[dim][code or ""] = int(n)
    return result


# -- escalation: summons to arrival ----------------------------------------------------------


@dataclass(frozen=True)
class ArrivalFigures:
    """Summons to arrival over the summonses of the period.

    Figures:
        arrival_median: From a walk-in case's escalation, which summons the next level to the
            counter, to that person taking the case over at the counter; wall-clock time,
            because the customer waits all of it; over the summonses of the period.
    """

    arrivals: int
    median: float | None  # wall-clock seconds
    p90: float | None
    late: int

    @property
    def late_rate(self) -> float | None:
        """Summoned superiors who arrived after their level's arrival target, out of all arrivals."""
        return rate(self.late, self.arrivals)


def _case_join(table: Any, terms: Sequence[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    return [exists().where(F.case_id == table.c.case_id, *terms)] if terms else []


def arrival_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS
) -> ArrivalFigures:
    """Summons to arrival for the summonses of the period (see :class:`ArrivalFigures`)."""
    dealer = scope(conn, actor, filters.check())
    if uses_rollup(filters):
        v = _sums(conn, dealer, period, ("arrival",)).get(("arrival", ""), dict.fromkeys(MEASURES, 0))
        return ArrivalFigures(v["n"], *_quantiles(conn, ARRIVAL, period, dealer, v["n"]), v["late"])
    a = arrival_facts.c
    terms: list[ColumnElement[bool]] = [in_period(a.day, period)]
    if dealer is not None:
        terms.append(a.dealership_id == dealer)
    terms += _case_join(arrival_facts, conditions(None, filters))
    count, median, p90 = _percentiles(conn, select(a.waited_s).where(*terms))
    late = conn.execute(select(func.coalesce(func.sum(a.late), 0)).where(*terms)).scalar_one()
    return ArrivalFigures(count, median, p90, int(late))


# -- happy calls -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CallFigures:
    calls: int  # happy calls made in the period
    reached: int  # of them, calls that reached the customer
    scored: int
    score_sum: int
    unhappy: int  # reached calls scored below 3
    unhappy_reopened: int

    @property
    def reach_rate(self) -> float | None:
        """Happy calls of the period that reached the customer, out of all happy calls made in
        the period (each attempt counts)."""
        return rate(self.reached, self.calls)

    @property
    def satisfaction_mean(self) -> float | None:
        """The mean satisfaction score (1 to 5) of the happy calls of the period that reached
        the customer."""
        return rate(self.score_sum, self.scored)

    @property
    def unhappy_reopen_rate(self) -> float | None:
        """Unhappy happy calls of the period (satisfaction below 3) that reopened the case, out
        of all unhappy calls; a top level's final decision is recorded, not reopened."""
        return rate(self.unhappy_reopened, self.unhappy)


def call_figures(conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS) -> CallFigures:
    dealer = scope(conn, actor, filters.check())
    if uses_rollup(filters):
        v = _sums(conn, dealer, period, ("call",)).get(("call", ""), dict.fromkeys(MEASURES, 0))
        return CallFigures(
            v["n"], v["reached"], v["scored"], v["score_sum"], v["unhappy"], v["unhappy_reopened"]
        )
    c = call_facts.c
    terms = [in_period(c.day, period), *_case_join(call_facts, conditions(dealer, filters))]
    row = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(c.reached), 0),
            func.coalesce(func.sum(case((and_(c.reached == 1, c.score.is_not(None)), 1), else_=0)), 0),
            func.coalesce(func.sum(case((c.reached == 1, c.score), else_=0)), 0),
            func.coalesce(func.sum(c.unhappy), 0),
            func.coalesce(func.sum(case((and_(c.unhappy == 1, c.reopened == 1), 1), else_=0)), 0),
        ).where(*terms)
    ).one()
    return CallFigures(*(int(x) for x in row))


# -- backlog now -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Backlog:
    """Open cases now, and those of them past their due time, per unit and per handler.

    Figures:
        backlog: Cases open at the time of the report, per unit (open referrals) and per
            handler.
        overdue: Open cases that have missed their service level: past their due time now, or
            breached earlier (and escalated) and still open.
    """

    open: int
    overdue: int
    by_unit: dict[str, tuple[int, int]]  # unit -> (open referrals, of them overdue)
    by_assignee: dict[str, tuple[int, int]]  # user id ("" = nobody yet) -> (open, overdue)


def backlog(conn: Connection, actor: User, filters: Filters = NO_FILTERS, *, now: datetime) -> Backlog:
    """The backlog and the overdue cases now (see :class:`Backlog`).

    Per unit: the open referrals to each unit (to the chosen unit only, when filtered).
    """
    dealer = scope(conn, actor, filters.check())
    terms = [F.is_open == 1, *conditions(dealer, filters)]
    late = case((or_(F.breached == 1, and_(F.due_at.is_not(None), F.due_at < iso(now))), 1), else_=0)
    total, overdue = conn.execute(select(func.count(), func.coalesce(func.sum(late), 0)).where(*terms)).one()
    by_assignee = {
        (r[0] or ""): (int(r[1]), int(r[2]))
        for r in conn.execute(
            select(F.assignee_id, func.count(), func.sum(late)).where(*terms).group_by(F.assignee_id)
        )
    }
    r = referrals_table.c
    by_unit = {
        row[0]: (int(row[1]), int(row[2]))
        for row in conn.execute(
            select(r.unit, func.count(), func.sum(late))
            .select_from(referrals_table.join(case_facts, F.case_id == r.case_id))
            .where(r.is_open == 1, *([r.unit == filters.unit] if filters.unit else []), *terms)
            .group_by(r.unit)
        )
    }
    return Backlog(int(total), int(overdue), by_unit, by_assignee)


# -- months ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    cases: int
    complaints: int
    first_contact: int
    sla_cases: int
    sla_breached: int

    @property
    def fcr_rate(self) -> float | None:
        return rate(self.first_contact, self.cases)

    @property
    def sla_breach_rate(self) -> float | None:
        return rate(self.sla_breached, self.sla_cases)


def monthly(
    conn: Connection, actor: User, months: Sequence[tuple[int, int]], filters: Filters = NO_FILTERS
) -> list[MonthPoint]:
    """Cases, complaints, first-contact resolutions and recorded breaches per Solar Hijri
    month of registration (months with no case come back as zeros), in one grouped query."""
    dealer = scope(conn, actor, filters.check())
    keys = [y * 100 + m for y, m in months]
    if not keys:
        return []
    if uses_rollup(filters):
        d = daily.c
        rows = conn.execute(
            select(
                d.month,
                func.sum(d.n),
                func.sum(d.complaints),
                func.sum(d.first_contact),
                func.sum(d.had_sla),
                func.sum(d.breached),
            )
            .where(
                d.dim == "all",
                d.month.in_(keys),
                *([d.dealership_id == dealer] if dealer is not None else []),
            )
            .group_by(d.month)
        ).all()
    else:
        rows = conn.execute(
            select(
                F.reg_month,
                func.count(),
                func.sum(case((F.case_type == "complaint", 1), else_=0)),
                func.sum(F.first_contact),
                func.sum(F.had_sla),
                func.sum(case((and_(F.had_sla == 1, F.breached == 1), 1), else_=0)),
            )
            .where(F.reg_month.in_(keys), *conditions(dealer, filters))
            .group_by(F.reg_month)
        ).all()
    found = {int(r[0]): [int(v or 0) for v in r[1:]] for r in rows}
    return [MonthPoint(k // 100, k % 100, *found.get(k, [0, 0, 0, 0, 0])) for k in keys]


# -- the walk-in queue -------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueFigures:
    """The walk-in queue of the period.

    Figures:
        queue_wait_p50: From a walk-in ticket's issue to its first call to a counter, median,
            for the tickets of the period.
        queue_wait_p90: The same waiting times' 90th percentile.
        queue_serve_p50: From a ticket's first call to its being finished, median, for tickets
            served in the period.
        queue_serve_p90: The same serving times' 90th percentile.
    """

    issued: int
    served: int
    no_show: int
    wait: Durations  # issue to first call, wall-clock seconds
    serve: Durations  # first call to finish

    @property
    def no_show_rate(self) -> float | None:
        """Tickets marked as no-show, out of the tickets issued in the period."""
        return rate(self.no_show, self.issued)


def queue_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS
) -> QueueFigures:
    """The walk-in queue of the period: waiting time (ticket issued to first called) and
    serving time (called to finished), P50 and P90, and no-shows. Of the filters only
    the dealership and the clerk (who called the ticket) apply: tickets have no category."""
    dealer = scope(conn, actor, filters)
    if not filters.clerk:
        sums = _sums(conn, dealer, period, ("ticket", "ticket_wait", "ticket_serve"))
        statuses = {code: v["n"] for (dim, code), v in sums.items() if dim == "ticket"}
        wait_n, serve_n = _total(sums, "ticket_wait"), _total(sums, "ticket_serve")
        return QueueFigures(
            sum(statuses.values()),
            statuses.get("done", 0),
            statuses.get("no_show", 0),
            Durations(wait_n, *_quantiles(conn, QUEUE_WAIT, period, dealer, wait_n)),
            Durations(serve_n, *_quantiles(conn, QUEUE_SERVE, period, dealer, serve_n)),
        )
    k = ticket_facts.c
    terms: list[ColumnElement[bool]] = [in_period(k.day, period), k.called_by == filters.clerk]
    if dealer is not None:
        terms.append(k.dealership_id == dealer)
    issued, served, no_show = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((k.status == "done", 1), else_=0)), 0),
            func.coalesce(func.sum(case((k.status == "no_show", 1), else_=0)), 0),
        ).where(*terms)
    ).one()
    wait = _percentiles(conn, select(k.wait_s).where(*terms, k.wait_s.is_not(None)))
    serve = _percentiles(conn, select(k.serve_s).where(*terms, k.serve_s.is_not(None)))
    return QueueFigures(int(issued), int(served), int(no_show), Durations(*wait), Durations(*serve))


# -- defects -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Defect:
    model: str
    part: str | None  # the quality sub-category (engine, electrics ...), None if not named
    cases: int


def defects(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS, *, limit: int = 20
) -> list[Defect]:
    """Product-quality cases of the period that name a vehicle, counted per vehicle model
    and per part (the quality sub-category).

    Most frequent first; ties by model, then part (none first), so that the roll-up and
    the facts cut the same rows at ``limit``.
    """
    dealer = scope(conn, actor, filters.check())
    if uses_rollup(filters):
        d = daily.c
        # The code is "model|part" and a part code has no "|": with "|" replaced by a
        # character below any other, the codes sort as (model, part) do ("A|x" before
        # "A B|x", where "|" itself would sort after the space).
        rows = conn.execute(
            select(d.code, func.sum(d.n).label("n"))
            .where(
                d.dim == "defect",
                in_period(d.day, period),
                *([d.dealership_id == dealer] if dealer is not None else []),
            )
            .group_by(d.code)
            .order_by(func.sum(d.n).desc(), func.replace(d.code, "|", "\x01"))
            .limit(limit)
        )
        found = []
        for code, n in rows:
            name, _, part = str(code).rpartition("|")
            found.append(Defect(name, part or None, int(n)))
        return found
    model, sub = func.coalesce(F.vehicle_model, ""), func.coalesce(F.subcategory, "")
    detail = conn.execute(
        select(model, sub, func.count())
        .where(
            in_period(F.reg_day, period),
            F.category == "quality",
            F.vehicle_id.is_not(None),
            *conditions(dealer, filters),
        )
        .group_by(model, sub)
        .order_by(func.count().desc(), model, sub)
        .limit(limit)
    )
    return [Defect(r[0], r[1] or None, int(r[2])) for r in detail]
