"""What each role's dashboard shows, read in one go on the database worker.

- :func:`my_day`: a clerk's own day (cases registered and solved on the spot, cases in
  hand and overdue, tickets served, happy calls waiting, improvement actions owed);
- :func:`counters`: a supervisor's view of the counters now (who is at which counter,
  summonses not answered yet, today's cases and escalations per counter, the queue);
- :func:`manager_figures`: the figures of a period for managers and HQ, with the
  previous period's headline figures to compare, the months, complaint causes for the
  Pareto chart, the backlog, the queue and defects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, and_, case, func, or_, select

from desktop.models import users
from desktop.models.analytics import figures as fg
from desktop.models.analytics.facts import case_facts
from desktop.models.analytics.figures import Filters
from desktop.models.analytics.period import Period, today
from desktop.models.analytics.rollup import daily
from desktop.models.calendar import iso, parse_iso
from desktop.models.cases.store import cases_table
from desktop.models.improvement import actions
from desktop.models.improvement.schema import improvement_actions
from desktop.models.users import Perm, User

F = case_facts.c
C = cases_table.c


def _overdue(now: datetime) -> ColumnElement[bool]:
    """An open case that has missed its service level: flagged by a breach, or past due now."""
    return or_(C.overdue == 1, and_(C.due_at.is_not(None), C.due_at < iso(now)))


# -- the clerk -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MyDay:
    registered: int  # cases I registered today
    first_contact: int  # of them, solved on the spot
    escalated: int  # of them, escalated
    in_hand: int  # open cases assigned to me
    overdue: int  # of them, past their due time
    tickets_served: int  # walk-in tickets I finished today
    happy_calls_due: int  # cases waiting for a happy call (for those who make them)
    actions_owed: int  # open improvement actions I own or am on the team of

    @property
    def fcr_rate(self) -> float | None:
        return fg.rate(self.first_contact, self.registered)


def my_day(conn: Connection, actor: User, *, now: datetime) -> MyDay:
    """The signed-in person's day; needs nothing but to be someone who handles cases."""
    users.require(actor, Perm.CASE_VIEW)
    day = today(now)
    mine = conn.execute(
        select(
            func.count(),
            func.coalesce(func.sum(F.first_contact), 0),
            func.coalesce(func.sum(case((F.escalations > 0, 1), else_=0)), 0),
        ).where(fg.in_period(F.reg_day, day), F.clerk == actor.id)
    ).one()
    late = case((_overdue(now), 1), else_=0)
    in_hand, overdue = conn.execute(
        select(func.count(), func.coalesce(func.sum(late), 0)).where(
            C.assignee_id == actor.id, C.is_open == 1
        )
    ).one()
    from desktop.models.queue import tickets

    served = conn.execute(
        select(func.count()).where(
            tickets.c.day == day.start.isoformat(),
            tickets.c.called_by == actor.id,
            tickets.c.status == "done",
        )
    ).scalar_one()
    calls_due = 0
    if actor.can(Perm.HAPPY_CALL):
        dealer = actor.dealership_id
        calls_due = conn.execute(
            select(func.count()).where(
                C.happy_call_pending == 1, *([C.dealership_id == dealer] if dealer else [])
            )
        ).scalar_one()
    a = improvement_actions.c
    owed = conn.execute(
        select(func.count()).where(
            a.status.in_(actions.OPEN_STATUSES),
            or_(a.owner_id == actor.id, a.team.contains(f'"user_id": "{actor.id}"')),
        )
    ).scalar_one()
    return MyDay(
        registered=int(mine[0]),
        first_contact=int(mine[1]),
        escalated=int(mine[2]),
        in_hand=int(in_hand),
        overdue=int(overdue),
        tickets_served=int(served),
        happy_calls_due=int(calls_due),
        actions_owed=int(owed),
    )


# -- the supervisor --------------------------------------------------------------------------


@dataclass(frozen=True)
class CounterRow:
    counter: str
    cases_today: int
    first_contact: int
    escalated: int
    at_counter_now: int


@dataclass(frozen=True)
class OpenSummons:
    case_id: str
    tracking_code: str
    level: str
    counter: str | None
    summoned_at: datetime
    waited_seconds: float


@dataclass(frozen=True)
class Counters:
    counters: list[CounterRow]
    summonses: list[OpenSummons]  # not answered yet, oldest first
    waiting_tickets: int
    overdue: int  # open cases past their due time
    arrivals: fg.ArrivalFigures  # today's


def counters(conn: Connection, actor: User, *, now: datetime) -> Counters:
    """The counters today and now (supervisors and up)."""
    users.require(actor, Perm.REPORT_VIEW)
    dealer = fg.scope(conn, actor, Filters())
    day = today(now)
    own_f = [F.dealership_id == dealer] if dealer is not None else []
    own_c = [C.dealership_id == dealer] if dealer is not None else []
    today_rows = {
        r[0]: (int(r[1]), int(r[2]), int(r[3]))
        for r in conn.execute(
            select(
                F.counter,
                func.count(),
                func.sum(F.first_contact),
                func.sum(case((F.escalations > 0, 1), else_=0)),
            )
            .where(fg.in_period(F.reg_day, day), F.counter.is_not(None), *own_f)
            .group_by(F.counter)
        )
    }
    now_rows = {
        r[0]: int(r[1])
        for r in conn.execute(
            select(C.counter, func.count())
            .where(C.status == "at_counter", C.counter.is_not(None), *own_c)
            .group_by(C.counter)
        )
    }
    rows = [
        CounterRow(code, *today_rows.get(code, (0, 0, 0)), now_rows.get(code, 0))
        for code in sorted(set(today_rows) | set(now_rows), key=lambda c: (len(c), c))
    ]
    summonses = [
        OpenSummons(
            r.id,
            r.tracking_code,
            r.summons_level,
            r.summons_counter,
            parse_iso(r.summons_at),
            max((now - parse_iso(r.summons_at)).total_seconds(), 0.0),
        )
        for r in conn.execute(
            select(C.id, C.tracking_code, C.summons_level, C.summons_counter, C.summons_at)
            .where(C.summons_level.is_not(None), *own_c)
            .order_by(C.summons_at)
        )
    ]
    from desktop.models.queue import tickets

    q = tickets.c
    waiting = conn.execute(
        select(func.count()).where(
            q.day == day.start.isoformat(),
            q.status == "waiting",
            *([q.dealership_id == dealer] if dealer else []),
        )
    ).scalar_one()
    overdue = conn.execute(select(func.count()).where(C.is_open == 1, _overdue(now), *own_c)).scalar_one()
    return Counters(rows, summonses, int(waiting), int(overdue), fg.arrival_figures(conn, actor, day))


# -- managers and HQ -------------------------------------------------------------------------


@dataclass(frozen=True)
class Cause:
    category: str
    subcategory: str | None
    complaints: int


@dataclass(frozen=True)
class ManagerFigures:
    period: Period
    cases: fg.CaseFigures
    previous: fg.CaseFigures
    arrivals: fg.ArrivalFigures
    calls: fg.CallFigures
    previous_calls: fg.CallFigures  # the previous period's, to compare satisfaction and reach
    backlog: fg.Backlog
    months: list[fg.MonthPoint]
    causes: list[Cause]
    queue: fg.QueueFigures
    defects: list[fg.Defect]


def complaint_causes(
    conn: Connection, actor: User, period: Period, filters: Filters = fg.NO_FILTERS
) -> list[Cause]:
    """Complaints of the period per category and sub-category (the causes), most first."""
    dealer = fg.scope(conn, actor, filters.check())
    if fg.uses_rollup(filters):
        d = daily.c
        found = conn.execute(
            select(d.code, func.sum(d.n))
            .where(
                d.dim == "cause",
                fg.in_period(d.day, period),
                *([d.dealership_id == dealer] if dealer else []),
            )
            .group_by(d.code)
            .order_by(func.sum(d.n).desc(), d.code)
        )
        causes = []
        for code, n in found:
            category, _, sub = str(code).partition("/")
            causes.append(Cause(category, sub or None, int(n)))
        return causes
    rows = conn.execute(
        select(F.category, F.subcategory, func.count())
        .where(fg.in_period(F.reg_day, period), F.case_type == "complaint", *fg.conditions(dealer, filters))
        .group_by(F.category, F.subcategory)
        .order_by(func.count().desc(), F.category, F.subcategory)
    )
    return [Cause(r[0], r[1], int(r[2])) for r in rows]


def trend_months(period: Period, count: int = 12) -> list[tuple[int, int]]:
    """The ``count`` Solar Hijri months up to the period's last month (more if it is longer)."""
    months = period.months()
    y, m = months[-1]
    result = [(y, m)]
    while len(result) < max(count, len(months)):
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        result.append((y, m))
    return list(reversed(result))


def manager_figures(
    conn: Connection, actor: User, period: Period, filters: Filters = fg.NO_FILTERS, *, now: datetime
) -> ManagerFigures:
    """Everything the managers' and HQ's dashboard shows for a period."""
    return ManagerFigures(
        period=period,
        cases=fg.case_figures(conn, actor, period, filters, now=now),
        previous=fg.case_figures(conn, actor, period.previous(), filters, now=now),
        arrivals=fg.arrival_figures(conn, actor, period, filters),
        calls=fg.call_figures(conn, actor, period, filters),
        previous_calls=fg.call_figures(conn, actor, period.previous(), filters),
        backlog=fg.backlog(conn, actor, filters, now=now),
        months=fg.monthly(conn, actor, trend_months(period), filters),
        causes=complaint_causes(conn, actor, period, filters),
        queue=fg.queue_figures(conn, actor, period, filters),
        defects=fg.defects(conn, actor, period, filters),
    )


# -- choices for the filters -----------------------------------------------------------------


@dataclass(frozen=True)
class Choices:
    dealerships: list[str] | None  # codes with cases here (HQ only; None for a dealership)
    units: list[tuple[str, str, str]]  # code, Persian name, English name ("" when built in)
    staff: list[tuple[str, str]]  # user id, display name: people who register cases


def filter_choices(conn: Connection, actor: User) -> Choices:
    """What the filter lists offer ``actor``: dealerships only for HQ."""
    from desktop.models.cases.units import list_units

    users.require(actor, Perm.REPORT_VIEW)
    dealers = None
    if actor.can(Perm.REPORT_ALL_DEALERSHIPS):
        dealers = list(conn.execute(select(F.dealership_id).distinct().order_by(F.dealership_id)).scalars())
    units = [(u.code, u.name_fa, u.name_en) for u in list_units(conn)]
    staff = [(u.id, u.display_name) for u in users.list_users(conn) if u.can(Perm.CASE_REGISTER)]
    return Choices(dealers, units, staff)
