"""The figures of a period, computed in SQL over the per-case facts (:mod:`.facts`).

Each figure has one definition, in its docstring here and (word for word, translated)
in the management report's glossary (``desktop/i18n/labels_analytics.py``, kinds
``figure`` and ``figure_definition``). Cases count in the period of the local (Iran) day
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
from desktop.models.analytics.facts import arrival_facts, call_facts, case_facts
from desktop.models.analytics.period import Period
from desktop.models.calendar import iso
from desktop.models.cases import codes
from desktop.models.cases.ladder import load_ladder
from desktop.models.cases.store import referrals_table
from desktop.models.errors import PermissionDenied, ValidationError
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
        r = referrals_table.c
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


# -- the case figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class Durations:
    count: int
    median: float | None  # seconds
    p90: float | None


@dataclass(frozen=True)
class CaseFigures:
    """The case figures of a period (see each field's definition in the glossary)."""

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
        """First-contact resolution: cases resolved by the first person the customer met,
        before any escalation or referral, out of all cases registered."""
        return rate(self.first_contact, self.cases)

    @property
    def sla_breach_rate(self) -> float | None:
        """Cases that missed their service level (a breach or automatic escalation was
        recorded, they were answered after their due time, or are open past it now), out
        of the cases that had a service-level clock."""
        return rate(self.sla_breached, self.sla_cases)

    @property
    def reopen_rate(self) -> float | None:
        """Cases reopened at least once, out of the cases closed at least once."""
        return rate(self.reopened, self.closed_once)

    def escalation_rate(self, level: str) -> float | None:
        """Cases escalated to ``level`` or beyond, out of all cases registered."""
        return rate(self.escalated_to.get(level, 0), self.cases)

    def resolved_share(self, level: str) -> float | None:
        """Resolved cases closed at ``level`` (the level reached), out of all resolved."""
        return rate(self.resolved_at.get(level, 0), self.resolved)


def case_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS, *, now: datetime
) -> CaseFigures:
    """The case figures of ``period`` (six SQL queries, whatever the number of cases)."""
    dealer = scope(conn, actor, filters.check())
    terms = conditions(dealer, filters)
    cohort = [in_period(F.reg_day, period), *terms]
    ladder = load_ladder(conn)
    above = [lv for lv in ladder.levels if lv.position > 0]
    resolved = and_(F.status == "closed", F.resolution != "withdrawn")
    breached = or_(F.breached == 1, and_(F.due_at.is_not(None), F.due_at < iso(now)))
    columns: list[Any] = [
        func.count(),
        func.sum(case((F.case_type == "complaint", 1), else_=0)),
        func.sum(F.first_contact),
        func.sum(F.had_sla),
        func.sum(case((and_(F.had_sla == 1, breached), 1), else_=0)),
        func.sum(F.ever_closed),
        func.sum(case((F.reopened > 0, 1), else_=0)),
        func.sum(case((resolved, 1), else_=0)),
    ]
    columns += [func.sum(case((F.level_rank >= lv.position, 1), else_=0)) for lv in above]
    columns += [func.sum(case((and_(resolved, F.level == lv.code), 1), else_=0)) for lv in ladder.levels]
    row = conn.execute(select(*columns).where(*cohort)).one()
    values = [int(v or 0) for v in row]
    fixed, rest = values[:8], values[8:]
    escalated = {lv.code: rest[i] for i, lv in enumerate(above)}
    resolved_at = {lv.code: rest[len(above) + i] for i, lv in enumerate(ladder.levels)}
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
        sla_breached=fixed[4],
        closed_once=fixed[5],
        reopened=fixed[6],
        resolved=fixed[7],
        escalated_to=escalated,
        resolved_at=resolved_at,
        first_response=Durations(*first),
        resolution=Durations(*closing),
        breakdown=breakdown(conn, dealer, period, filters),
    )


def breakdown(
    conn: Connection, dealer: str | None, period: Period, filters: Filters
) -> dict[str, dict[str, int]]:
    """Cases registered in the period by type, category, channel, segment and current status.

    One scan of the period's cases (grouped once, then rolled up per dimension).
    """
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
    arrivals: int
    median: float | None  # wall-clock seconds
    p90: float | None
    late: int

    @property
    def late_rate(self) -> float | None:
        """Summoned superiors who arrived after the level's arrival target, out of all arrivals."""
        return rate(self.late, self.arrivals)


def _case_join(table: Any, terms: Sequence[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    return [exists().where(F.case_id == table.c.case_id, *terms)] if terms else []


def arrival_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS
) -> ArrivalFigures:
    """Summons-to-arrival: from a walk-in case's escalation (the next level summoned to the
    counter) to that person taking it over at the counter, for summonses in the period."""
    dealer = scope(conn, actor, filters.check())
    a = arrival_facts.c
    terms = [in_period(a.day, period), *_case_join(arrival_facts, conditions(dealer, filters))]
    count, median, p90 = _percentiles(conn, select(a.waited_s).where(*terms))
    late = conn.execute(select(func.coalesce(func.sum(a.late), 0)).where(*terms)).scalar_one()
    return ArrivalFigures(count, median, p90, int(late))


# -- happy calls -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CallFigures:
    called: int  # cases with at least one call in the period
    reached: int  # of those, cases where a call reached the customer
    scored: int
    score_sum: int
    unhappy: int  # reached calls scored below 3
    unhappy_reopened: int

    @property
    def reach_rate(self) -> float | None:
        """Happy Call reach rate: cases whose customer was reached by a call in the period,
        out of the cases called in the period."""
        return rate(self.reached, self.called)

    @property
    def satisfaction_mean(self) -> float | None:
        """Mean satisfaction (1 to 5) of the happy calls that reached the customer."""
        return rate(self.score_sum, self.scored)

    @property
    def unhappy_reopen_rate(self) -> float | None:
        """Unhappy calls (satisfaction below 3) that reopened the case, out of all unhappy calls."""
        return rate(self.unhappy_reopened, self.unhappy)


def call_figures(conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS) -> CallFigures:
    dealer = scope(conn, actor, filters.check())
    c = call_facts.c
    terms = [in_period(c.day, period), *_case_join(call_facts, conditions(dealer, filters))]
    if dealer is not None:
        terms.append(c.dealership_id == dealer)
    per_case = (
        select(
            c.case_id,
            func.max(c.reached).label("reached"),
        )
        .where(*terms)
        .group_by(c.case_id)
        .subquery()
    )
    called, reached = conn.execute(select(func.count(), func.coalesce(func.sum(per_case.c.reached), 0))).one()
    scored, score_sum, unhappy, reopened = conn.execute(
        select(
            func.count(c.score),
            func.coalesce(func.sum(c.score), 0),
            func.coalesce(func.sum(c.unhappy), 0),
            func.coalesce(func.sum(case((and_(c.unhappy == 1, c.reopened == 1), 1), else_=0)), 0),
        ).where(*terms, c.reached == 1)
    ).one()
    return CallFigures(int(called), int(reached), int(scored), int(score_sum), int(unhappy), int(reopened))


# -- backlog now -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Backlog:
    """Open cases now, and those of them past their due time, per unit and per handler."""

    open: int
    overdue: int
    by_unit: dict[str, tuple[int, int]]  # unit -> (open referrals, of them overdue)
    by_assignee: dict[str, tuple[int, int]]  # user id ("" = nobody yet) -> (open, overdue)


def backlog(conn: Connection, actor: User, filters: Filters = NO_FILTERS, *, now: datetime) -> Backlog:
    """Backlog: cases open now; overdue: open cases that have missed their service level
    (past their due time now, or breached earlier, escalated, and still open)."""
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
            .where(r.is_open == 1, *terms)
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
    """Cases, complaints, first-contact resolutions and breaches per Solar Hijri month of
    registration (months with no case come back as zeros), in one grouped query."""
    dealer = scope(conn, actor, filters.check())
    keys = [y * 100 + m for y, m in months]
    if not keys:
        return []
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
    issued: int
    served: int
    no_show: int
    wait: Durations  # issue to first call, wall-clock seconds
    serve: Durations  # first call to finish

    @property
    def no_show_rate(self) -> float | None:
        """Tickets marked no-show, out of the tickets issued in the period."""
        return rate(self.no_show, self.issued)


def queue_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = NO_FILTERS
) -> QueueFigures:
    """The walk-in queue of the period: waiting time (ticket issued to first called) and
    serving time (called to finished), P50 and P90, and no-shows. Of the filters only
    the dealership and the clerk (who called the ticket) apply: tickets have no category."""
    from desktop.models.queue import tickets

    dealer = scope(conn, actor, filters)
    q = tickets.c
    terms: list[ColumnElement[bool]] = [in_period(q.day, period)]
    if dealer is not None:
        terms.append(q.dealership_id == dealer)
    if filters.clerk:
        terms.append(q.called_by == filters.clerk)
    issued, served, no_show = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((q.status == "done", 1), else_=0)), 0),
            func.coalesce(func.sum(case((q.status == "no_show", 1), else_=0)), 0),
        ).where(*terms)
    ).one()
    wait = _percentiles(conn, select(q.wait_seconds).where(*terms, q.wait_seconds.is_not(None)))
    serve = _percentiles(conn, select(q.serve_seconds).where(*terms, q.serve_seconds.is_not(None)))
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
    """Product-quality cases of the period that name a vehicle, per vehicle model and part
    (the quality sub-category), most frequent first."""
    from desktop.models.customers.schema import vehicles

    dealer = scope(conn, actor, filters.check())
    v = vehicles.c
    rows = conn.execute(
        select(v.model, F.subcategory, func.count().label("n"))
        .select_from(case_facts.join(vehicles, v.id == F.vehicle_id))
        .where(in_period(F.reg_day, period), F.category == "quality", *conditions(dealer, filters))
        .group_by(v.model, F.subcategory)
        .order_by(func.count().desc(), v.model, F.subcategory)
        .limit(limit)
    )
    return [Defect(r[0] or "", r[1], int(r[2])) for r in rows]


def validate_dimension(name: str) -> str:
    if name not in (*DIMENSIONS, "level", "subcategory", "unit", "clerk"):
        raise ValidationError("dimension", "unknown_code", value=name)
    return name
