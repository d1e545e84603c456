"""Visits: covert visits assigned to an inspector (dealership, template, scenario, date
window), or started unplanned by the inspector. Kept on this device.

Assigning visits is planning the audit programme, which the roles that manage the
templates do (``audit.templates``: inspection managers and HQ).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, insert, select, update

from desktop.models.audits import library
from desktop.models.audits.access import require_audits, sees_all_audits
from desktop.models.audits.tables import audit_visits
from desktop.models.calendar import iso, parse_iso
from desktop.models.dealership import dealership_code
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize
from desktop.models.users import Perm, User, get_user, require

VISIT_STATUSES = ("assigned", "in_progress", "done", "cancelled")
ASSIGN_PERMISSION = Perm.AUDIT_TEMPLATES


@dataclass(frozen=True)
class Visit:
    id: str
    dealership_id: str
    dealership_name: str
    dealership_city: str
    form_id: str
    scenario: str
    window_start: date | None
    window_end: date | None
    inspector_id: str | None
    planned: bool
    status: str
    audit_id: str | None
    created_at: datetime

    def overdue(self, today: date) -> bool:
        return self.status == "assigned" and self.window_end is not None and today > self.window_end


def _visit(r: object) -> Visit:
    m = r._mapping  # type: ignore[attr-defined]
    return Visit(
        id=m["id"],
        dealership_id=m["dealership_id"],
        dealership_name=m["dealership_name"],
        dealership_city=m["dealership_city"],
        form_id=m["form_id"],
        scenario=m["scenario"],
        window_start=date.fromisoformat(m["window_start"]) if m["window_start"] else None,
        window_end=date.fromisoformat(m["window_end"]) if m["window_end"] else None,
        inspector_id=m["inspector_id"],
        planned=bool(m["planned"]),
        status=m["status"],
        audit_id=m["audit_id"],
        created_at=parse_iso(m["created_at"]),
    )


def dealership_fields(code: str, name: str, city: str) -> tuple[str, str, str]:
    """The audited dealership's code (checked), name (required) and city."""
    clean = normalize(name)
    if not clean:
        raise ValidationError("dealership_name", "required")
    return dealership_code(code), clean, normalize(city)


def assign_visit(
    conn: Connection,
    actor: User,
    *,
    dealership_id: str,
    dealership_name: str,
    form_id: str,
    inspector_id: str,
    window_start: date,
    window_end: date,
    now: datetime,
    scenario: str = "",
    dealership_city: str = "",
) -> Visit:
    """Plan a covert visit for an inspector within a date window."""
    require(actor, ASSIGN_PERMISSION)
    code, name, city = dealership_fields(dealership_id, dealership_name, dealership_city)
    template = library.get_template(conn, form_id)
    try:
        inspector = get_user(conn, inspector_id)
    except NotFound:
        raise ValidationError("inspector", "not_an_inspector") from None
    if not inspector.can(Perm.AUDIT_FILL) or not inspector.active:
        raise ValidationError("inspector", "not_an_inspector")
    if window_end < window_start:
        raise ValidationError("window_end", "window_order")
    visit_id = uuid7(int(now.timestamp() * 1000))
    conn.execute(
        insert(audit_visits).values(
            id=visit_id,
            dealership_id=code,
            dealership_name=name,
            dealership_city=city,
            form_id=template.form_id,
            scenario=normalize(scenario),
            window_start=window_start.isoformat(),
            window_end=window_end.isoformat(),
            inspector_id=inspector.id,
            planned=True,
            status="assigned",
            created_at=iso(now),
            created_by=actor.id,
        )
    )
    return get_visit(conn, actor, visit_id)


def add_unplanned(
    conn: Connection,
    actor: User,
    *,
    dealership_id: str,
    dealership_name: str,
    form_id: str,
    now: datetime,
    scenario: str = "",
    dealership_city: str = "",
) -> Visit:
    """A visit the inspector decided on the spot (recorded as unplanned)."""
    require(actor, Perm.AUDIT_FILL)
    code, name, city = dealership_fields(dealership_id, dealership_name, dealership_city)
    template = library.get_template(conn, form_id)
    visit_id = uuid7(int(now.timestamp() * 1000))
    conn.execute(
        insert(audit_visits).values(
            id=visit_id,
            dealership_id=code,
            dealership_name=name,
            dealership_city=city,
            form_id=template.form_id,
            scenario=normalize(scenario),
            inspector_id=actor.id,
            planned=False,
            status="assigned",
            created_at=iso(now),
            created_by=actor.id,
        )
    )
    return get_visit(conn, actor, visit_id)


def get_visit(conn: Connection, actor: User, visit_id: str) -> Visit:
    require_audits(actor)
    row = conn.execute(select(audit_visits).where(audit_visits.c.id == visit_id)).first()
    if row is None:
        raise NotFound(what="visit", id=visit_id)
    visit = _visit(row)
    if not (sees_all_audits(actor) or actor.can(ASSIGN_PERMISSION) or visit.inspector_id == actor.id):
        raise NotFound(what="visit", id=visit_id)
    return visit


def list_visits(
    conn: Connection, actor: User, *, statuses: tuple[str, ...] | None = ("assigned", "in_progress")
) -> list[Visit]:
    """Visits of the inspector (everyone's for planners), earliest window first."""
    require_audits(actor)
    query = select(audit_visits)
    if not (sees_all_audits(actor) or actor.can(ASSIGN_PERMISSION)):
        query = query.where(audit_visits.c.inspector_id == actor.id)
    if statuses:
        query = query.where(audit_visits.c.status.in_(statuses))
    query = query.order_by(
        audit_visits.c.window_start.is_(None), audit_visits.c.window_start, audit_visits.c.created_at
    )
    return [_visit(r) for r in conn.execute(query)]


def cancel_visit(conn: Connection, actor: User, visit_id: str) -> Visit:
    require(actor, ASSIGN_PERMISSION)
    visit = get_visit(conn, actor, visit_id)
    if visit.status != "assigned":
        raise TransitionRefused("visit_not_open", status=visit.status)
    conn.execute(update(audit_visits).where(audit_visits.c.id == visit_id).values(status="cancelled"))
    return get_visit(conn, actor, visit_id)


def set_status(conn: Connection, visit_id: str, status: str, audit_id: str | None = None) -> None:
    """Move a visit along (drafts and finalising call this)."""
    values: dict[str, object] = {"status": status}
    if audit_id is not None:
        values["audit_id"] = audit_id
    conn.execute(update(audit_visits).where(audit_visits.c.id == visit_id).values(**values))
