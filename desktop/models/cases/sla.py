"""Service levels: how long each level has to answer a case, in business hours.

Policies are data (``sla_policies``): a row may name a case type, a category, a
priority and a level, or leave any of them open; the most specific row that matches
wins (a level counts most, then priority, category, case type). Due times are counted
in the business calendar (working week and holidays) and written into the case's events
when a clock starts: the promise made at registration is the one printed on the intake
receipt, and every device folds the same due time whatever its own settings say.

The clock runs while the organisation owes the customer an answer, pauses while the
case waits on the customer, and stops once they are answered. A case past its due time
is escalated to the next level by the system (see :func:`auto_escalate`) and flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import Column, Connection, Float, Integer, Table, Text, delete, insert, select, update

from desktop.models import users
from desktop.models.business_calendar import BusinessCalendar, load_calendar
from desktop.models.calendar import IRAN, iso
from desktop.models.cases import codes
from desktop.models.cases.ladder import load_ladder
from desktop.models.errors import NotFound, ValidationError
from desktop.models.meta import metadata

sla_policies = Table(
    "sla_policies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_type", Text, nullable=True),
    Column("category", Text, nullable=True),
    Column("priority", Text, nullable=True),
    Column("level", Text, nullable=True),
    Column("hours", Float, nullable=False),
    Column("warn_hours", Float, nullable=False, server_default="2"),
    Column("active", Integer, nullable=False, server_default="1"),
)

# When no policy matches at all (the table was emptied): three working days.
FALLBACK_HOURS = 24.0
FALLBACK_WARN = 4.0
_WEIGHTS = (("level", 8), ("priority", 4), ("category", 2), ("case_type", 1))


@dataclass(frozen=True)
class Policy:
    id: int | None
    case_type: str | None
    category: str | None
    priority: str | None
    level: str | None
    hours: float
    warn_hours: float

    def matches(self, case_type: str, category: str, priority: str, level: str) -> bool:
        wanted = {"case_type": case_type, "category": category, "priority": priority, "level": level}
        return all(getattr(self, key) in (None, value) for key, value in wanted.items())

    def specificity(self) -> int:
        return sum(weight for key, weight in _WEIGHTS if getattr(self, key) is not None)


FALLBACK = Policy(None, None, None, None, None, FALLBACK_HOURS, FALLBACK_WARN)


@dataclass(frozen=True)
class Clock:
    """A running service-level clock: when the answer is due and when to warn."""

    due_at: datetime
    warn_at: datetime
    policy_id: int | None
    hours: float

    def payload(self) -> dict[str, object]:
        return {
            "due_at": iso(self.due_at),
            "warn_at": iso(self.warn_at),
            "policy": self.policy_id,
            "hours": self.hours,
        }


def choose(policies: list[Policy], case_type: str, category: str, priority: str, level: str) -> Policy:
    """The most specific policy matching; ties go to the older policy."""
    matching = [p for p in policies if p.matches(case_type, category, priority, level)]
    if not matching:
        return FALLBACK
    return max(matching, key=lambda p: (p.specificity(), -(p.id or 0)))


def start_clock(calendar: BusinessCalendar, policy: Policy, start: datetime) -> Clock:
    """The clock of ``policy`` started at ``start`` (counted in open hours only)."""
    due = calendar.add(start, policy.hours * 3600)
    warn_after = max(policy.hours - policy.warn_hours, 0.0)
    warn = calendar.add(start, warn_after * 3600) if warn_after > 0 else start
    return Clock(due, warn, policy.id, policy.hours)


def resume_clock(calendar: BusinessCalendar, remaining: float, warn_hours: float, start: datetime) -> Clock:
    """A paused clock started again with ``remaining`` working seconds left."""
    due = calendar.add(start, max(remaining, 0.0))
    warn_after = max(remaining - warn_hours * 3600, 0.0)
    warn = calendar.add(start, warn_after) if warn_after > 0 else start
    return Clock(due, warn, None, remaining / 3600)


def end_of_local_day(day_iso: str) -> datetime:
    """The last moment of a local (Iran) day, as UTC: an authority's due date."""
    day = datetime.fromisoformat(day_iso).date()
    return (datetime.combine(day, time(), IRAN) + timedelta(days=1, seconds=-1)).astimezone(UTC)


# -- storage ----------------------------------------------------------------------------------


def list_policies(conn: Connection, *, active_only: bool = True) -> list[Policy]:
    c = sla_policies.c
    query = select(sla_policies).order_by(c.id)
    if active_only:
        query = query.where(c.active == 1)
    return [
        Policy(r.id, r.case_type, r.category, r.priority, r.level, r.hours, r.warn_hours)
        for r in conn.execute(query)
    ]


def policy_for(conn: Connection, case_type: str, category: str, priority: str, level: str) -> Policy:
    return choose(list_policies(conn), case_type, category, priority, level)


def clock_for(
    conn: Connection,
    *,
    case_type: str,
    category: str,
    priority: str,
    level: str,
    start: datetime,
    calendar: BusinessCalendar | None = None,
) -> Clock:
    """The clock a case of this kind gets at ``level`` when its clock starts at ``start``."""
    cal = calendar or load_calendar(conn)
    return start_clock(cal, policy_for(conn, case_type, category, priority, level), start)


def promised_response(
    conn: Connection, *, case_type: str, category: str, priority: str = "normal", start: datetime
) -> datetime:
    """When a case registered at ``start`` will be answered (before it is registered)."""
    return clock_for(
        conn, case_type=case_type, category=category, priority=priority, level="desk", start=start
    ).due_at


def save_policy(
    conn: Connection,
    actor: users.User,
    *,
    hours: float,
    warn_hours: float,
    case_type: str | None = None,
    category: str | None = None,
    priority: str | None = None,
    level: str | None = None,
    policy_id: int | None = None,
) -> Policy:
    """Add a policy, or change one (``policy_id``). Hours are business hours."""
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    codes.check("case_type", case_type, codes.CASE_TYPES, required=False)
    codes.check("category", category, codes.CATEGORIES, required=False)
    codes.check("priority", priority, codes.PRIORITIES, required=False)
    codes.check("level", level, load_ladder(conn).codes, required=False)
    if not 0 < hours <= 2000:
        raise ValidationError("sla_hours", "out_of_range", minimum=1, maximum=2000)
    if not 0 <= warn_hours < hours:
        raise ValidationError("sla_warn_hours", "warn_before_due")
    policy = Policy(
        policy_id,
        case_type or None,
        category or None,
        priority or None,
        level or None,
        float(hours),
        float(warn_hours),
    )
    values = {
        "case_type": policy.case_type,
        "category": policy.category,
        "priority": policy.priority,
        "level": policy.level,
        "hours": policy.hours,
        "warn_hours": policy.warn_hours,
    }
    if policy_id is None:
        done = conn.execute(insert(sla_policies).values(**values))
        key = done.inserted_primary_key
        policy_id = int(key[0]) if key else 0
    else:
        done = conn.execute(update(sla_policies).where(sla_policies.c.id == policy_id).values(**values))
        if not done.rowcount:
            raise NotFound(what="sla_policy", id=policy_id)
    return replace(policy, id=policy_id)


def remove_policy(conn: Connection, actor: users.User, policy_id: int) -> None:
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    conn.execute(delete(sla_policies).where(sla_policies.c.id == policy_id))
