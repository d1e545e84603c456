"""HQ's view of the network: dealerships ranked by audit score, with section breakdown,
critical failures and the trend month by month (Solar Hijri months).

An audit counts with its current score: after amendments, and after HQ's decisions on
appeals once it has been released. :func:`ranking` aggregates in SQL (the scores inside
the audits' figures read with SQLite's JSON functions); :func:`rank` and :func:`trend`
compute the same from a list of points in Python, for a caller that holds the points
(HQ's server) and as the reference the SQL is tested against.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from statistics import fmean
from typing import Any

from sqlalchemy import Connection, Subquery, case, func, literal, select, true, union_all

from desktop.models.audits import records
from desktop.models.audits.tables import audit_releases, audits
from desktop.models.audits.template import Text
from desktop.models.calendar import iso, jalali_month_range, local, local_day_bounds, parse_iso, to_jalali
from desktop.models.users import Perm, User, require


@dataclass(frozen=True)
class AuditPoint:
    audit_id: str
    dealership_id: str
    dealership_name: str
    form_id: str
    visited: datetime
    score: float | None
    sections: dict[str, float] = field(default_factory=dict)
    critical_failures: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrendPoint:
    year: int  # Solar Hijri
    month: int
    score: float
    audits: int


@dataclass(frozen=True)
class DealershipRank:
    rank: int
    dealership_id: str
    dealership_name: str
    audits: int
    score: float | None
    best: float | None
    worst: float | None
    sections: dict[str, float]
    critical_failures: int  # failed critical items, over all its audits
    audits_with_critical: int
    failed_items: dict[str, int]  # question -> times failed
    trend: tuple[TrendPoint, ...]
    last_visit: datetime


@dataclass(frozen=True)
class Ranking:
    dealerships: tuple[DealershipRank, ...]
    trend: tuple[TrendPoint, ...]  # the whole network
    sections: tuple[str, ...]  # section names in template order
    section_labels: dict[str, Text]
    item_labels: dict[str, Text]


def trend(points: Iterable[AuditPoint]) -> list[TrendPoint]:
    """Mean score per Solar Hijri month of the visit, oldest first (unscored audits left out)."""
    months: dict[tuple[int, int], list[float]] = {}
    for point in points:
        if point.score is None:
            continue
        year, month, _ = to_jalali(local(point.visited).date())
        months.setdefault((year, month), []).append(point.score)
    return [TrendPoint(y, m, fmean(v), len(v)) for (y, m), v in sorted(months.items())]


def rank(points: Iterable[AuditPoint]) -> list[DealershipRank]:
    """Dealerships by mean audit score, best first; ties by number of audits, then code."""
    by_dealer: dict[str, list[AuditPoint]] = {}
    for point in points:
        by_dealer.setdefault(point.dealership_id, []).append(point)
    rows = []
    for dealer, items in by_dealer.items():
        items.sort(key=lambda p: p.visited)
        scores = [p.score for p in items if p.score is not None]
        sections: dict[str, list[float]] = {}
        failed: dict[str, int] = {}
        for p in items:
            for name, value in p.sections.items():
                sections.setdefault(name, []).append(value)
            for name in p.critical_failures:
                failed[name] = failed.get(name, 0) + 1
        rows.append(
            DealershipRank(
                rank=0,
                dealership_id=dealer,
                dealership_name=items[-1].dealership_name,
                audits=len(items),
                score=fmean(scores) if scores else None,
                best=max(scores) if scores else None,
                worst=min(scores) if scores else None,
                sections={n: fmean(v) for n, v in sections.items()},
                critical_failures=sum(failed.values()),
                audits_with_critical=sum(1 for p in items if p.critical_failures),
                failed_items=failed,
                trend=tuple(trend(items)),
                last_visit=items[-1].visited,
            )
        )
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0.0), -r.audits, r.dealership_id))
    ranked = []
    for position, row in enumerate(rows, start=1):
        ranked.append(replace(row, rank=position))
    return ranked


def audit_points(
    conn: Connection,
    actor: User,
    *,
    since: date | None = None,
    until: date | None = None,
    form_id: str | None = None,
) -> list[AuditPoint]:
    """Every audit in the period as a point (HQ and the inspection unit only)."""
    require(actor, Perm.AUDIT_VIEW)
    query = select(
        audits.c.id,
        audits.c.dealership_id,
        audits.c.dealership_name,
        audits.c.form_id,
        audits.c.visit_started_at,
        audits.c.figures,
        audit_releases.c.figures.label("released_figures"),
    ).outerjoin(audit_releases, audit_releases.c.id == audits.c.id)
    if since:
        query = query.where(audits.c.visit_started_at >= iso(local_day_bounds(since)[0]))
    if until:
        query = query.where(audits.c.visit_started_at < iso(local_day_bounds(until)[1]))
    if form_id:
        query = query.where(audits.c.form_id == form_id)
    points = []
    for r in conn.execute(query.order_by(audits.c.visit_started_at)):
        figures = json.loads(r.released_figures or r.figures)
        points.append(
            AuditPoint(
                audit_id=r.id,
                dealership_id=r.dealership_id,
                dealership_name=r.dealership_name,
                form_id=r.form_id,
                visited=parse_iso(r.visit_started_at),
                score=figures["score"],
                sections={n: s["score"] for n, s in figures["sections"].items()},
                critical_failures=tuple(figures["critical_failures"]),
            )
        )
    return points


def _scored(since: date | None, until: date | None, form_id: str | None) -> Subquery:
    """The audits of the period with their current figures (as released, if released)."""
    a, r = audits.c, audit_releases.c
    query = select(
        a.id,
        a.dealership_id,
        a.dealership_name,
        a.visit_started_at.label("visited"),
        func.coalesce(r.figures, a.figures).label("fig"),
    ).outerjoin(audit_releases, r.id == a.id)
    if since:
        query = query.where(a.visit_started_at >= iso(local_day_bounds(since)[0]))
    if until:
        query = query.where(a.visit_started_at < iso(local_day_bounds(until)[1]))
    if form_id:
        query = query.where(a.form_id == form_id)
    return query.subquery("scored")


def _months(conn: Connection, scored: Subquery) -> Any:
    """A table of the Solar Hijri months the visits span: (y, m, UTC start, UTC end)."""
    first, last = conn.execute(select(func.min(scored.c.visited), func.max(scored.c.visited))).one()
    rows: list[tuple[int, int, str, str]] = []
    if first is not None:
        y, m, _ = to_jalali(local(parse_iso(first)).date())
        end = to_jalali(local(parse_iso(last)).date())[:2]
        while (y, m) <= end:
            start, stop = jalali_month_range(y, m)
            rows.append((y, m, iso(local_day_bounds(start)[0]), iso(local_day_bounds(stop)[0])))
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    parts = [
        select(literal(y).label("y"), literal(m).label("m"), literal(lo).label("lo"), literal(hi).label("hi"))
        for y, m, lo, hi in rows or [(0, 0, "", "")]
    ]
    return union_all(*parts).subquery("months") if len(parts) > 1 else parts[0].subquery("months")


def _trends(conn: Connection, scored: Subquery) -> dict[str | None, list[TrendPoint]]:
    """Mean score per month of the visit, per dealership and (key None) for the network."""
    s = scored.c
    months = _months(conn, scored)
    score = func.json_extract(s.fig, "$.score")
    joined = scored.join(months, (s.visited >= months.c.lo) & (s.visited < months.c.hi))
    found: dict[str | None, list[TrendPoint]] = {}
    for by_dealer in (True, False):
        keys = [s.dealership_id] if by_dealer else []
        rows = conn.execute(
            select(*keys, months.c.y, months.c.m, func.avg(score), func.count(score))
            .select_from(joined)
            .where(score.is_not(None))
            .group_by(*keys, months.c.y, months.c.m)
            .order_by(*keys, months.c.y, months.c.m)
        )
        for row in rows:
            dealer = row[0] if by_dealer else None
            y, m, mean, n = row[-4:]
            found.setdefault(dealer, []).append(TrendPoint(int(y), int(m), float(mean), int(n)))
    return found


def _ranked(
    conn: Connection, scored: Subquery, trends: dict[str | None, list[TrendPoint]]
) -> list[DealershipRank]:
    """The dealerships' rows, aggregated in SQL, ranked as :func:`rank` ranks them."""
    s = scored.c
    score = func.json_extract(s.fig, "$.score")
    failures = func.coalesce(func.json_array_length(s.fig, "$.critical_failures"), 0)
    section = func.json_each(s.fig, "$.sections").table_valued("key", "value")
    sections: dict[str, dict[str, float]] = {}
    for dealer, name, mean in conn.execute(
        select(s.dealership_id, section.c.key, func.avg(func.json_extract(section.c.value, "$.score")))
        .select_from(scored.join(section, true()))
        .group_by(s.dealership_id, section.c.key)
    ):
        if mean is not None:
            sections.setdefault(dealer, {})[str(name)] = float(mean)
    failed_item = func.json_each(s.fig, "$.critical_failures").table_valued("value")
    failed: dict[str, dict[str, int]] = {}
    for dealer, name, n in conn.execute(
        select(s.dealership_id, failed_item.c.value, func.count())
        .select_from(scored.join(failed_item, true()))
        .group_by(s.dealership_id, failed_item.c.value)
    ):
        failed.setdefault(dealer, {})[str(name)] = int(n)
    latest = select(
        s.dealership_id,
        s.dealership_name,
        func.row_number()
        .over(partition_by=s.dealership_id, order_by=(s.visited.desc(), s.id.desc()))
        .label("rn"),
    ).subquery("latest")
    names = {
        str(r[0]): str(r[1])
        for r in conn.execute(
            select(latest.c.dealership_id, latest.c.dealership_name).where(latest.c.rn == 1)
        )
    }
    rows = []
    for dealer, count, mean, best, worst, critical, with_critical, last in conn.execute(
        select(
            s.dealership_id,
            func.count(),
            func.avg(score),
            func.max(score),
            func.min(score),
            func.sum(failures),
            func.sum(case((failures > 0, 1), else_=0)),
            func.max(s.visited),
        ).group_by(s.dealership_id)
    ):
        rows.append(
            DealershipRank(
                rank=0,
                dealership_id=dealer,
                dealership_name=names[dealer],
                audits=int(count),
                score=None if mean is None else float(mean),
                best=best,
                worst=worst,
                sections=sections.get(dealer, {}),
                critical_failures=int(critical),
                audits_with_critical=int(with_critical),
                failed_items=failed.get(dealer, {}),
                trend=tuple(trends.get(dealer, [])),
                last_visit=parse_iso(last),
            )
        )
    rows.sort(key=lambda r: (r.score is None, -(r.score or 0.0), -r.audits, r.dealership_id))
    return [replace(row, rank=position) for position, row in enumerate(rows, start=1)]


def ranking(
    conn: Connection,
    actor: User,
    *,
    since: date | None = None,
    until: date | None = None,
    form_id: str | None = None,
) -> Ranking:
    """The ranking over a period (local days, both included), for one form or all.

    The same as :func:`rank` and :func:`trend` over :func:`audit_points`, aggregated in SQL.
    """
    require(actor, Perm.AUDIT_VIEW)
    scored = _scored(since, until, form_id)
    trends = _trends(conn, scored)
    sections: dict[str, Text] = {}
    items: dict[str, Text] = {}
    seen: set[str] = set()
    rows = conn.execute(
        select(audits.c.template_id, audits.c.submission)
        .where(audits.c.id.in_(select(scored.c.id)))
        .order_by(audits.c.template_version.desc())
    )
    for template_id, submission in rows:
        if template_id in seen:
            continue
        seen.add(template_id)
        sub = json.loads(submission)
        template = records.template_of(sub["template"], int(sub["template_version"]))
        for section in template.sections:
            label = section.label if section.grouped else Text()
            sections.setdefault(section.name, label)
        for question in template.questions:
            items.setdefault(question.name, question.label)
    return Ranking(
        dealerships=tuple(_ranked(conn, scored, trends)),
        trend=tuple(trends.get(None, [])),
        sections=tuple(sections),
        section_labels=sections,
        item_labels=items,
    )
