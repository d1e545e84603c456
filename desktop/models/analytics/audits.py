"""Audit figures of a period, shown only to whom the covert rules let see them.

Covert audits stay covert: holders of ``audit.view`` (HQ, the inspection unit) get the
ranking of dealerships by audit score with sections, critical failures and appeals;
holders of ``audit.view_released`` (a dealership's managers) get the figures of their
own dealership's *released* reports only; everyone else gets None, and no query on
audit tables is run for them at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Select, and_, case, func, select, true

from desktop.models.analytics import figures as fg
from desktop.models.analytics.period import Period
from desktop.models.audits.ranking import ranking
from desktop.models.audits.tables import audit_appeals, audit_releases, audits
from desktop.models.audits.template import Text
from desktop.models.calendar import iso
from desktop.models.users import Perm, User


@dataclass(frozen=True)
class AuditRow:
    rank: int
    dealership_id: str
    dealership_name: str
    audits: int
    score: float | None  # mean score, percent
    critical_failures: int  # failed critical items over all its audits
    audits_with_critical: int
    sections: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditFigures:
    """The audit figures of a period, per dealership (``rows``).

    Figures:
        audit_score: The mean score (0 to 100) of the covert audits visited in the period,
            after amendments and after decided appeals; a dealership sees only its released
            reports.
    """

    rows: list[AuditRow]  # best first
    sections: tuple[str, ...]
    section_labels: dict[str, Text]
    appeals_decided: int
    appeals_upheld: int
    released_only: bool  # a dealership's view: its released reports only

    @property
    def appeals_upheld_rate(self) -> float | None:
        """Appeals decided in the dealership's favour, out of the appeals decided, for the
        audits of the period."""
        return fg.rate(self.appeals_upheld, self.appeals_decided)

    @property
    def critical_failures(self) -> int:
        """Critical items failed, over all audits of the period."""
        return sum(r.critical_failures for r in self.rows)


def may_see(actor: User) -> bool:
    return actor.can(Perm.AUDIT_VIEW) or actor.can(Perm.AUDIT_VIEW_RELEASED)


def audit_figures(
    conn: Connection, actor: User, period: Period, dealership_id: str | None = None
) -> AuditFigures | None:
    """The audit figures ``actor`` may see for audits visited in ``period``; None if none."""
    since, until = (iso(m) for m in period.bounds())
    if actor.can(Perm.AUDIT_VIEW):
        found = ranking(conn, actor, since=period.start, until=period.last_day)
        rows = [
            AuditRow(
                r.rank,
                r.dealership_id,
                r.dealership_name,
                r.audits,
                r.score,
                r.critical_failures,
                r.audits_with_critical,
                dict(r.sections),
            )
            for r in found.dealerships
            if dealership_id is None or r.dealership_id == dealership_id
        ]
        a = audits.c
        decided, upheld = _appeals(
            conn,
            select(a.id).where(
                a.visit_started_at >= since,
                a.visit_started_at < until,
                *([a.dealership_id == dealership_id] if dealership_id else []),
            ),
        )
        return AuditFigures(rows, found.sections, dict(found.section_labels), decided, upheld, False)
    if actor.can(Perm.AUDIT_VIEW_RELEASED):
        own = actor.dealership_id or ""
        r = audit_releases.c
        in_period = and_(r.dealership_id == own, r.visit_started_at >= since, r.visit_started_at < until)
        count, mean, critical, with_critical, name = conn.execute(
            select(
                func.count(),
                func.avg(r.score),
                func.coalesce(func.sum(r.critical_failures), 0),
                func.coalesce(func.sum(case((r.critical_failures > 0, 1), else_=0)), 0),
                func.max(r.dealership_name),
            ).where(in_period)
        ).one()
        section = func.json_each(r.figures, "$.sections").table_valued("key", "value")
        sections = {
            str(k): float(v)
            for k, v in conn.execute(
                select(section.c.key, func.avg(func.json_extract(section.c.value, "$.score")))
                .select_from(audit_releases.join(section, true()))
                .where(in_period)
                .group_by(section.c.key)
            )
            if v is not None
        }
        rows = (
            [AuditRow(1, own, name or own, int(count), mean, int(critical), int(with_critical), sections)]
            if count
            else []
        )
        decided, upheld = _appeals(conn, select(r.id).where(in_period))
        return AuditFigures(rows, tuple(sorted(sections)), {}, decided, upheld, True)
    return None


def _appeals(conn: Connection, audit_ids: Select[tuple[str]]) -> tuple[int, int]:
    p = audit_appeals.c
    decided, upheld = conn.execute(
        select(
            func.coalesce(func.sum(case((p.status.in_(("upheld", "rejected")), 1), else_=0)), 0),
            func.coalesce(func.sum(case((p.status == "upheld", 1), else_=0)), 0),
        ).where(p.audit_id.in_(audit_ids))
    ).one()
    return int(decided), int(upheld)
