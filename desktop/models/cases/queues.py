"""Work queues over the ``cases`` projection: one indexed query each, a page at a time.

Pages use keyset pagination (the last row's sort value and id), never OFFSET, so the
thousandth page of half a million cases costs what the first does. Every queue takes the
same filters and a sort order from those it supports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, literal, or_, select, tuple_, union_all

from desktop.models.business_calendar import load_calendar
from desktop.models.calendar import iso, parse_iso
from desktop.models.cases import sla, tracking
from desktop.models.cases.ladder import load_ladder
from desktop.models.cases.store import cases_table, referrals_table
from desktop.models.users import User

QUEUES = (
    "my_cases",
    "counter_walk_ins",
    "summons_for_me",
    "my_unit",
    "unassigned",
    "breaching_soon",
    "overdue",
    "happy_call",
    "all",
)
# Sort orders: name -> (column, descending). Each queue lists the ones it supports.
SORTS: dict[str, tuple[str, bool]] = {
    "newest": ("registered_at", True),
    "oldest": ("registered_at", False),
    "due": ("due_at", False),
    "activity": ("last_event_at", True),
    "summoned": ("summons_at", False),
    "referred": ("referred_at", False),
    "call_since": ("happy_call_since", False),
}
QUEUE_SORTS: dict[str, tuple[str, ...]] = {
    "my_cases": ("newest", "oldest", "activity"),
    "counter_walk_ins": ("newest", "oldest"),
    "summons_for_me": ("summoned",),
    "my_unit": ("referred",),
    "unassigned": ("oldest", "newest"),
    "breaching_soon": ("due",),
    "overdue": ("due",),
    "happy_call": ("call_since",),
    "all": ("newest", "oldest", "activity"),
}
FILTERS = ("status", "case_type", "category", "priority", "segment", "channel", "level")
PAGE_SIZE = 100


@dataclass(frozen=True)
class QueueQuery:
    """Which queue, for whom, how filtered and sorted."""

    queue: str
    user: User
    now: datetime
    counter: str | None = None
    sort: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    text: str = ""

    @property
    def sort_name(self) -> str:
        allowed = QUEUE_SORTS[self.queue]
        return self.sort if self.sort in allowed else allowed[0]


@dataclass(frozen=True)
class QueueRow:
    id: str
    tracking_code: str
    customer_id: str
    case_type: str
    category: str
    priority: str
    segment: str | None
    channel: str
    status: str
    level: str
    counter: str | None
    assignee_id: str | None
    registered_at: datetime
    last_event_at: datetime
    due_at: datetime | None
    warn_at: datetime | None
    overdue: bool
    summons_level: str | None
    summons_at: datetime | None
    happy_call_attempts: int
    unit: str | None = None
    customer_name: str = ""
    sort_value: str = ""


@dataclass(frozen=True)
class Page:
    rows: tuple[QueueRow, ...]
    cursor: tuple[str, str] | None  # (sort value, id) of the last row; None at the end


_COLUMNS = (
    "id",
    "tracking_code",
    "customer_id",
    "case_type",
    "category",
    "priority",
    "segment",
    "channel",
    "status",
    "level",
    "counter",
    "assignee_id",
    "registered_at",
    "last_event_at",
    "due_at",
    "warn_at",
    "overdue",
    "summons_level",
    "summons_at",
    "happy_call_attempts",
)


def _base(sort_col: ColumnElement[Any], extra: Sequence[ColumnElement[Any]] = ()) -> Select[Any]:
    c = cases_table.c
    return select(*(c[name] for name in _COLUMNS), *extra, sort_col.label("sort_value"))


def _where(q: QueueQuery, conn: Connection) -> tuple[list[ColumnElement[bool]], ColumnElement[Any]]:
    """The queue's own condition and the column it pages on."""
    c = cases_table.c
    sort_col = c.get(SORTS[q.sort_name][0], c.registered_at)
    now = iso(q.now)
    if q.queue == "my_cases":
        return [c.assignee_id == q.user.id, c.is_open == 1], sort_col
    if q.queue == "counter_walk_ins":
        return [c.counter == (q.counter or ""), c.is_open == 1, c.channel == "walk_in"], sort_col
    if q.queue == "summons_for_me":
        levels = load_ladder(conn).levels_of(q.user.role)
        return [c.summons_level.in_(levels)], c.summons_at
    if q.queue == "unassigned":
        conds: list[ColumnElement[bool]] = [c.assignee_id.is_(None), c.is_open == 1]
        if q.user.segments:
            conds.append(or_(c.segment.in_(q.user.segments), c.segment.is_(None)))
        return conds, sort_col
    if q.queue == "breaching_soon":
        # A case warns at most the largest warning period before its due time, counted in
        # business hours: that bounds the due times worth looking at.
        policies = sla.list_policies(conn)
        longest = max([p.warn_hours for p in policies] + [sla.FALLBACK_WARN])
        horizon = load_calendar(conn).add(q.now, longest * 3600)
        return [c.due_at > now, c.due_at <= iso(horizon), c.warn_at <= now], c.due_at
    if q.queue == "happy_call":
        return [c.happy_call_pending == 1], c.happy_call_since
    if q.queue == "all":
        return [], sort_col
    raise ValueError(f"unknown queue {q.queue}")


def _filters(q: QueueQuery) -> list[ColumnElement[bool]]:
    c = cases_table.c
    conds: list[ColumnElement[bool]] = []
    for name in FILTERS:
        value = q.filters.get(name)
        if value:
            conds.append(c[name] == value)
    text = (q.text or "").strip()
    if text:
        code = tracking.normalise(text)
        key = tracking.key(code or text)
        conds.append(c.tracking_key.like(f"{key}%") if not code else c.tracking_key == key)
    return conds


def _after(
    sort_col: ColumnElement[Any], desc: bool, cursor: tuple[str, str] | None
) -> list[ColumnElement[bool]]:
    if cursor is None:
        return []
    pair = tuple_(sort_col, cases_table.c.id)
    value = tuple_(literal(cursor[0]), literal(cursor[1]))
    return [pair < value] if desc else [pair > value]


def fetch_page(
    conn: Connection, q: QueueQuery, *, after: tuple[str, str] | None = None, limit: int = PAGE_SIZE
) -> Page:
    """One page of a queue, after the row ``after`` (the cursor of the previous page)."""
    if q.queue == "overdue":
        rows = _overdue_page(conn, q, after, limit)
    elif q.queue == "my_unit":
        rows = _unit_page(conn, q, after, limit)
    else:
        conds, sort_col = _where(q, conn)
        desc = (
            SORTS[q.sort_name][1]
            if q.queue not in ("summons_for_me", "happy_call", "breaching_soon")
            else False
        )
        query = _base(sort_col).where(*conds, *_filters(q), *_after(sort_col, desc, after))
        order = (sort_col.desc(), cases_table.c.id.desc()) if desc else (sort_col, cases_table.c.id)
        rows = list(conn.execute(query.order_by(*order).limit(limit)).all())
    result = tuple(_row(r) for r in rows)
    cursor = (result[-1].sort_value, result[-1].id) if len(result) == limit else None
    return Page(_with_names(conn, result), cursor)


def _overdue_page(conn: Connection, q: QueueQuery, after: tuple[str, str] | None, limit: int) -> list[Any]:
    # Two indexed arms merged in due order: cases flagged overdue (escalated by the
    # system, still unanswered) and cases past their due time right now.
    c = cases_table.c
    now = iso(q.now)
    flagged = _base(c.due_at).where(c.overdue == 1, c.due_at.is_not(None), *_filters(q))
    late = _base(c.due_at).where(c.overdue == 0, c.due_at <= now, *_filters(q))
    if after is not None:
        flagged = flagged.where(*_after(c.due_at, False, after))
        late = late.where(*_after(c.due_at, False, after))
    merged = union_all(flagged, late).subquery()
    query = select(merged).order_by(merged.c.sort_value, merged.c.id).limit(limit)
    return list(conn.execute(query).all())


def _unit_page(conn: Connection, q: QueueQuery, after: tuple[str, str] | None, limit: int) -> list[Any]:
    r = referrals_table.c
    c = cases_table.c
    query = (
        _base(r.referred_at, (r.unit,))
        .select_from(referrals_table.join(cases_table, c.id == r.case_id))
        .where(r.unit == (q.user.unit or ""), r.is_open == 1, *_filters(q))
    )
    if after is not None:
        query = query.where(tuple_(r.referred_at, c.id) > tuple_(literal(after[0]), literal(after[1])))
    return list(conn.execute(query.order_by(r.referred_at, c.id).limit(limit)).all())


def _time(value: str | None) -> datetime | None:
    return parse_iso(value) if value else None


def _row(r: Any) -> QueueRow:
    m = r._mapping
    return QueueRow(
        id=m["id"],
        tracking_code=m["tracking_code"],
        customer_id=m["customer_id"],
        case_type=m["case_type"],
        category=m["category"],
        priority=m["priority"],
        segment=m["segment"],
        channel=m["channel"],
        status=m["status"],
        level=m["level"],
        counter=m["counter"],
        assignee_id=m["assignee_id"],
        registered_at=parse_iso(m["registered_at"]),
        last_event_at=parse_iso(m["last_event_at"]),
        due_at=_time(m["due_at"]),
        warn_at=_time(m["warn_at"]),
        overdue=bool(m["overdue"]),
        summons_level=m["summons_level"],
        summons_at=_time(m["summons_at"]),
        happy_call_attempts=int(m["happy_call_attempts"] or 0),
        unit=m.get("unit"),
        sort_value=str(m["sort_value"] or ""),
    )


def _with_names(conn: Connection, rows: Iterable[QueueRow]) -> tuple[QueueRow, ...]:
    """Rows with their customers' names (one query for the page)."""
    rows = tuple(rows)
    if not rows:
        return rows
    from desktop.models.customers.store import customers_by_id

    found = customers_by_id(conn, [r.customer_id for r in rows])
    return tuple(
        replace(r, customer_name=found[r.customer_id].display_name) if r.customer_id in found else r
        for r in rows
    )


def count(conn: Connection, q: QueueQuery, *, cap: int = 10_000) -> int:
    """How many rows a queue holds, counted up to ``cap`` (a badge, not a report)."""
    if q.queue in ("overdue", "my_unit"):
        total = 0
        cursor = None
        while total < cap:
            page = fetch_page(conn, q, after=cursor, limit=min(1000, cap - total))
            total += len(page.rows)
            if page.cursor is None:
                break
            cursor = page.cursor
        return total
    conds, _ = _where(q, conn)
    inner = select(cases_table.c.id).where(*conds, *_filters(q)).limit(cap).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())


@dataclass(frozen=True)
class Summoned:
    """An open summons as the alert shows it."""

    id: str
    tracking_code: str
    customer_name: str
    level: str
    counter: str | None
    reason: str
    comment: str
    summons_at: datetime
    arrival_minutes: int


def summons_for(conn: Connection, user: User, now: datetime) -> list[Summoned]:
    """Open summons whose level ``user`` belongs to, oldest first (the alert reads these)."""
    from desktop.models.cases.store import get_case

    found = []
    for row in fetch_page(conn, QueueQuery("summons_for_me", user, now), limit=50).rows:
        summons = get_case(conn, row.id).state.summons
        if summons is None:
            continue
        found.append(
            Summoned(
                id=row.id,
                tracking_code=row.tracking_code,
                customer_name=row.customer_name,
                level=summons.level,
                counter=summons.counter,
                reason=summons.reason,
                comment=summons.comment,
                summons_at=parse_iso(summons.at),
                arrival_minutes=summons.arrival_minutes,
            )
        )
    return found


__all__ = [
    "FILTERS",
    "QUEUES",
    "QUEUE_SORTS",
    "SORTS",
    "Page",
    "QueueQuery",
    "QueueRow",
    "Summoned",
    "count",
    "fetch_page",
    "summons_for",
]
