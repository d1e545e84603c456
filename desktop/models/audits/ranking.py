"""HQ's view of the network: dealerships ranked by audit score, with section breakdown,
critical failures and the trend month by month (Solar Hijri months).

An audit counts with its current score: after amendments, and after HQ's decisions on
appeals once it has been released. The figures are pure functions of the audits'
points, so HQ's server can compute the same ranking.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from statistics import fmean

from sqlalchemy import Connection, select

from desktop.models.audits import records
from desktop.models.audits.tables import audit_releases, audits
from desktop.models.audits.template import Text
from desktop.models.calendar import iso, local, local_day_bounds, parse_iso, to_jalali
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


def ranking(
    conn: Connection,
    actor: User,
    *,
    since: date | None = None,
    until: date | None = None,
    form_id: str | None = None,
) -> Ranking:
    """The ranking over a period (local days, both included), for one form or all."""
    points = audit_points(conn, actor, since=since, until=until, form_id=form_id)
    sections: dict[str, Text] = {}
    items: dict[str, Text] = {}
    seen: set[str] = set()
    rows = conn.execute(
        select(audits.c.template_id, audits.c.submission)
        .where(audits.c.id.in_([p.audit_id for p in points]))
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
        dealerships=tuple(rank(points)),
        trend=tuple(trend(points)),
        sections=tuple(sections),
        section_labels=sections,
        item_labels=items,
    )
