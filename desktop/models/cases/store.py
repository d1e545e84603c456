"""The ``cases`` projection: one row per case, rewritten from its events by the projector."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    Integer,
    Table,
    Text,
    delete,
    select,
)
from sqlalchemy.dialects.sqlite import insert

from desktop.models import events
from desktop.models.calendar import parse_iso
from desktop.models.cases import tracking
from desktop.models.cases.fold import CaseState, fold
from desktop.models.errors import NotFound, ValidationError
from desktop.models.meta import metadata, upsert

cases_table = Table(
    "cases",
    metadata,
    Column("id", Text, primary_key=True),
    Column("tracking_code", Text, nullable=False),
    Column("tracking_key", Text, nullable=False, index=True),  # two PCs may share a code (0009)
    Column("dealership_id", Text, nullable=False),
    Column("customer_id", Text, nullable=False),
    Column("vehicle_id", Text, nullable=True),
    Column("channel", Text, nullable=False),
    Column("case_type", Text, nullable=False),
    Column("category", Text, nullable=False),
    Column("subcategory", Text, nullable=True),
    Column("priority", Text, nullable=False),
    Column("segment", Text, nullable=True),
    Column("status", Text, nullable=False),
    Column("resolution", Text, nullable=True),
    Column("level", Text, nullable=False),
    Column("counter", Text, nullable=True),
    Column("description", Text, nullable=False),
    Column("registered_at", Text, nullable=False),
    Column("registered_by", Text, nullable=False),
    Column("first_response_at", Text, nullable=True),
    Column("closed_at", Text, nullable=True),
    Column("satisfaction", Integer, nullable=True),
    Column("last_event_at", Text, nullable=False),
    Column("state", Text, nullable=False),
    # Added by 0004 (handling, escalation, service levels, happy calls): the work queues.
    Column("is_open", Integer, nullable=False, server_default="1"),
    Column("assignee_id", Text, nullable=True),
    Column("summons_level", Text, nullable=True),
    Column("summons_at", Text, nullable=True),
    Column("summons_counter", Text, nullable=True),
    Column("due_at", Text, nullable=True),
    Column("warn_at", Text, nullable=True),
    Column("overdue", Integer, nullable=False, server_default="0"),
    Column("sla_breached", Integer, nullable=False, server_default="0"),
    Column("responded_at", Text, nullable=True),
    Column("happy_call_pending", Integer, nullable=False, server_default="0"),
    Column("happy_call_since", Text, nullable=True),
    Column("happy_call_attempts", Integer, nullable=False, server_default="0"),
    Index("ix_cases_customer", "customer_id", "registered_at"),
    Index("ix_cases_status", "status", "registered_at"),
    Index("ix_cases_registered", "registered_at"),
    Index("ix_cases_assignee", "assignee_id", "is_open", "registered_at"),
    Index("ix_cases_counter", "counter", "is_open", "registered_at"),
    Index("ix_cases_summons", "summons_level", "summons_at"),
    Index("ix_cases_due", "due_at", "id"),
    Index("ix_cases_overdue", "overdue", "due_at", "id"),
    Index("ix_cases_happy_call", "happy_call_pending", "happy_call_since", "id"),
    Index("ix_cases_last_event", "last_event_at"),
)

# Added by 0004: every referral of every case, for "referred to my unit".
referrals_table = Table(
    "case_referrals",
    metadata,
    Column("case_id", Text, primary_key=True),
    Column("referral_id", Text, primary_key=True),
    Column("unit", Text, nullable=False),
    Column("is_open", Integer, nullable=False),
    Column("referred_at", Text, nullable=False),
    Column("answered_at", Text, nullable=True),
    Index("ix_case_referrals_unit", "unit", "is_open", "referred_at"),
)

subcategories_table = Table(
    "case_subcategories",
    metadata,
    Column("category", Text, primary_key=True),
    Column("code", Text, primary_key=True),
    Column("name_fa", Text, nullable=False),
    Column("name_en", Text, nullable=False),
    Column("active", Integer, nullable=False, server_default="1"),
    Column("position", Integer, nullable=False, server_default="0"),
)


@dataclass(frozen=True)
class Case:
    """A case as screens and documents see it: the folded state and its events."""

    id: str
    tracking_code: str
    dealership_id: str
    customer_id: str
    vehicle_id: str | None
    channel: str
    case_type: str
    category: str
    subcategory: str | None
    priority: str
    segment: str | None
    description: str
    remedy: str
    status: str
    resolution: str | None
    level: str
    counter: str | None
    registered_at: datetime
    registered_by: str
    closed_at: datetime | None
    satisfaction: int | None
    attachments: tuple[str, ...]
    state: CaseState
    events: tuple[events.Event, ...]
    assignee_id: str | None = None
    due_at: datetime | None = None
    promised_at: datetime | None = None
    overdue: bool = False

    @property
    def is_open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True)
class CaseSummary:
    id: str
    tracking_code: str
    customer_id: str
    vehicle_id: str | None
    case_type: str
    category: str
    status: str
    resolution: str | None
    priority: str
    registered_at: datetime


def _case(state: CaseState, history: Iterable[events.Event]) -> Case:
    return Case(
        id=state.id,
        tracking_code=state.tracking_code,
        dealership_id=state.dealership_id,
        customer_id=state.customer_id,
        vehicle_id=state.vehicle_id,
        channel=state.channel,
        case_type=state.case_type,
        category=state.category,
        subcategory=state.subcategory,
        priority=state.priority,
        segment=state.segment,
        description=state.description,
        remedy=state.remedy,
        status=state.status,
        resolution=state.resolution,
        level=state.level,
        counter=state.counter,
        registered_at=parse_iso(state.registered_at),
        registered_by=state.registered_by,
        closed_at=parse_iso(state.closed_at) if state.closed_at else None,
        satisfaction=state.satisfaction,
        attachments=state.attachments,
        state=state,
        events=tuple(events.sort_events(history)),
        assignee_id=state.assignee_id,
        due_at=parse_iso(state.due_at) if state.due_at else None,
        promised_at=parse_iso(state.promised_at) if state.promised_at else None,
        overdue=state.overdue,
    )


def _state_json(state: CaseState) -> str:
    return json.dumps(asdict(state), ensure_ascii=False, default=str)


def rows(state: CaseState) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``cases`` row and ``case_referrals`` rows of a folded case.

    The projector writes them one case at a time; bulk loaders (benchmarks, imports)
    insert the same rows many at a time.
    """
    row: dict[str, Any] = {
        "id": state.id,
        "tracking_code": state.tracking_code,
        "tracking_key": tracking.key(state.tracking_code),
        "dealership_id": state.dealership_id,
        "customer_id": state.customer_id,
        "vehicle_id": state.vehicle_id,
        "channel": state.channel,
        "case_type": state.case_type,
        "category": state.category,
        "subcategory": state.subcategory,
        "priority": state.priority,
        "segment": state.segment,
        "status": state.status,
        "resolution": state.resolution,
        "level": state.level,
        "counter": state.counter,
        "description": state.description,
        "registered_at": state.registered_at,
        "registered_by": state.registered_by,
        "first_response_at": state.first_response_at,
        "closed_at": state.closed_at,
        "satisfaction": state.satisfaction,
        "last_event_at": state.last_event_at,
        "state": _state_json(state),
    }
    row.update(_queue_columns(state))
    referrals = [
        {
            "case_id": state.id,
            "referral_id": ref.id,
            "unit": ref.unit,
            "is_open": int(ref.open),
            "referred_at": ref.at,
            "answered_at": ref.answered_at,
        }
        for ref in state.referrals
    ]
    return row, referrals


@events.projector("case")
def project(conn: Connection, case_id: str, history: list[events.Event]) -> None:
    """Rewrite the case's row from all its events (called by events.append/ingest)."""
    state = fold(case_id, history)
    if not state.status:
        return  # events of a case whose registration has not arrived yet
    row, referrals = rows(state)
    upsert(conn, cases_table, row)
    conn.execute(delete(referrals_table).where(referrals_table.c.case_id == state.id))
    if referrals:
        conn.execute(insert(referrals_table), referrals)


def _queue_columns(state: CaseState) -> dict[str, Any]:
    summons = state.summons
    running = state.clock_running
    return {
        "is_open": int(state.is_open),
        "assignee_id": state.assignee_id,
        "summons_level": summons.level if summons else None,
        "summons_at": summons.at if summons else None,
        "summons_counter": summons.counter if summons else None,
        "due_at": state.due_at if running else None,
        "warn_at": state.warn_at if running else None,
        "overdue": int(state.overdue and running),
        "sla_breached": int(
            running and state.breached_due is not None and state.breached_due == state.due_at
        ),
        "responded_at": state.responded_at,
        "happy_call_pending": int(state.happy_call_pending),
        "happy_call_since": state.happy_call_since if state.happy_call_pending else None,
        "happy_call_attempts": state.happy_call_attempts,
    }


def _resolve_id(conn: Connection, key: str) -> str:
    text = (key or "").strip()
    by_id = conn.execute(select(cases_table.c.id).where(cases_table.c.id == text)).scalar()
    if by_id:
        return str(by_id)
    code = tracking.normalise(text)
    if code:
        found = conn.execute(
            select(cases_table.c.id)
            .where(cases_table.c.tracking_key == tracking.key(code))
            .order_by(cases_table.c.registered_at, cases_table.c.id)  # shared code: the first case
        ).scalar()
        if found:
            return str(found)
    elif _looks_like_a_code(text):
        raise ValidationError("tracking_code", "tracking_code_mistyped")
    raise NotFound(what="case", key=text)


def _looks_like_a_code(text: str) -> bool:
    """A tracking code's shape (dealership, dash, letters and digits) whose check
    character fails: a typing error, not a case that is missing."""
    dealer, dash, rest = text.strip().partition("-")
    dealer, rest = tracking.key(dealer), tracking.key(rest)
    shaped = 2 <= len(dealer) <= 10 and 6 <= len(rest) <= 14
    return bool(dash) and shaped and rest.isascii() and rest.isalnum()


def get_case(conn: Connection, key: str) -> Case:
    """A case by its id or tracking code (any case, Persian digits, with or without dash)."""
    case_id = _resolve_id(conn, key)
    history = events.load_stream(conn, "case", case_id)
    return _case(fold(case_id, history), history)


def case_events(conn: Connection, case_id: str) -> list[events.Event]:
    return events.load_stream(conn, "case", _resolve_id(conn, case_id))


def list_cases(
    conn: Connection,
    *,
    customer_id: str | None = None,
    statuses: Iterable[str] | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[CaseSummary]:
    """Cases newest first, optionally of one customer and/or in some statuses."""
    c = cases_table.c
    query = select(
        c.id,
        c.tracking_code,
        c.customer_id,
        c.vehicle_id,
        c.case_type,
        c.category,
        c.status,
        c.resolution,
        c.priority,
        c.registered_at,
    ).order_by(c.registered_at.desc(), c.id.desc())
    if customer_id is not None:
        query = query.where(c.customer_id == customer_id)
    if statuses is not None:
        query = query.where(c.status.in_(list(statuses)))
    rows = conn.execute(query.limit(limit).offset(offset))
    return [
        CaseSummary(
            id=r.id,
            tracking_code=r.tracking_code,
            customer_id=r.customer_id,
            vehicle_id=r.vehicle_id,
            case_type=r.case_type,
            category=r.category,
            status=r.status,
            resolution=r.resolution,
            priority=r.priority,
            registered_at=parse_iso(r.registered_at),
        )
        for r in rows
    ]
