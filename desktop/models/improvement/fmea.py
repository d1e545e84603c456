"""FMEA: failure modes (root causes of dissatisfaction) ranked by risk priority number.

Each failure mode is linked to a complaint category (and optionally a sub-category),
and rated 1 to 10 for severity (S), occurrence (O) and detection (D, 10 = we would not
notice it). RPN = S x O x D, from 1 to 1000; the table is read highest RPN first.
Occurrence can be suggested from the case counts (:func:`suggest_occurrence`).

The "fmea" stream: ``failure_mode_created`` (every field), ``failure_mode_changed``
(only the fields it sets: last writer wins per field, in fold order),
``failure_mode_retired`` and ``failure_mode_restored``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, func, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import events
from desktop.models.calendar import iso, parse_iso
from desktop.models.cases import codes as case_codes
from desktop.models.cases.commands import list_subcategories
from desktop.models.cases.store import cases_table
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.events import Event
from desktop.models.improvement import common
from desktop.models.improvement.schema import fmea_modes
from desktop.models.users import User

STREAM = "fmea"
CREATED = "failure_mode_created"
CHANGED = "failure_mode_changed"
RETIRED = "failure_mode_retired"
RESTORED = "failure_mode_restored"

TEXT_FIELDS = ("title", "effect", "cause", "controls")
RATINGS = ("severity", "occurrence", "detection")
FIELDS = (*TEXT_FIELDS, "category", "subcategory", *RATINGS)

# A severity this high needs action whatever the RPN says (a safety or legal matter).
CRITICAL_SEVERITY = 9

# Risk bands of the RPN: from HIGH_RPN act now, from MEDIUM_RPN plan an action.
HIGH_RPN = 200
MEDIUM_RPN = 100

# A suggested occurrence this far from the team's rating is worth a second look.
SUGGESTION_GAP = 2

# Occurrence from complaints per 1,000 cases in the window: (at least, rating).
# Shaped like the AIAG process-FMEA occurrence table, scaled to a dealership's case mix.
OCCURRENCE_SCALE: tuple[tuple[float, int], ...] = (
    (200, 10),
    (100, 9),
    (50, 8),
    (20, 7),
    (10, 6),
    (5, 5),
    (2, 4),
    (1, 3),
)
SUGGESTION_DAYS = 90


@dataclass(frozen=True)
class FailureMode:
    id: str
    dealership_id: str
    title: str
    effect: str
    cause: str
    controls: str
    category: str
    subcategory: str | None
    severity: int
    occurrence: int
    detection: int
    retired: bool
    created_at: datetime
    created_by: str
    updated_at: datetime

    @property
    def rpn(self) -> int:
        return rpn(self.severity, self.occurrence, self.detection)

    @property
    def critical(self) -> bool:
        return self.severity >= CRITICAL_SEVERITY

    @property
    def risk(self) -> str:
        return risk_band(self.rpn)


def rpn(severity: int, occurrence: int, detection: int) -> int:
    """Risk priority number: severity x occurrence x detection (1 to 1000)."""
    return severity * occurrence * detection


def risk_band(value: int) -> str:
    """The risk band of an RPN: "high" (from 200), "medium" (from 100) or "low"."""
    if value >= HIGH_RPN:
        return "high"
    if value >= MEDIUM_RPN:
        return "medium"
    return "low"


# -- fold -------------------------------------------------------------------------------


def fold(mode_id: str, history: Iterable[Event]) -> dict[str, Any] | None:
    """A failure mode's fields after its events in fold order; None before it was created."""
    state: dict[str, Any] | None = None
    for event in events.sort_events(history):
        p = event.payload
        if event.kind == CREATED and state is None:
            state = {f: p.get(f) for f in FIELDS}
            state |= {
                "id": mode_id,
                "dealership_id": event.dealership_id,
                "retired": False,
                "created_at": event.recorded_at,
                "created_by": event.actor_id,
            }
        elif state is None:
            continue  # a change whose creation has not arrived yet
        elif event.kind == CHANGED:
            state.update({f: p[f] for f in FIELDS if f in p})
        elif event.kind in (RETIRED, RESTORED):
            state["retired"] = event.kind == RETIRED
        else:
            continue
        state["updated_at"] = max(state.get("updated_at", ""), event.recorded_at)
    return state


@events.projector(STREAM)
def project(conn: Connection, mode_id: str, history: list[Event]) -> None:
    state = fold(mode_id, history)
    if state is None:
        return
    row = dict(state)
    row["retired"] = int(bool(state["retired"]))
    row["rpn"] = rpn(int(state["severity"]), int(state["occurrence"]), int(state["detection"]))
    for f in TEXT_FIELDS:
        row[f] = row[f] or ""
    stmt = insert(fmea_modes).values(**row)
    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=row))


# -- commands ---------------------------------------------------------------------------


def _clean(conn: Connection, values: Mapping[str, Any], current: Mapping[str, Any] | None) -> dict[str, Any]:
    """The checked fields among ``values`` (all of them when creating)."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field")
    merged = {**(current or {}), **values}
    out: dict[str, Any] = {}
    for f in TEXT_FIELDS:
        if current is None or f in values:
            limit = common.MAX_TITLE if f == "title" else common.MAX_TEXT
            out[f] = common.text(f, values.get(f), required=f == "title", maximum=limit)
    if current is None or "category" in values or "subcategory" in values:
        category = case_codes.check("category", merged.get("category"), case_codes.CATEGORIES)
        sub = merged.get("subcategory") or None
        if sub is not None and sub not in {s.code for s in list_subcategories(conn, str(category))}:
            raise ValidationError("subcategory", "unknown_code", value=sub)
        out["category"], out["subcategory"] = category, sub
    for f in RATINGS:
        if current is None or f in values:
            out[f] = common.rating(f, values.get(f))
    return out


def create_failure_mode(
    conn: Connection,
    actor: User,
    *,
    title: str,
    category: str,
    severity: int,
    occurrence: int,
    detection: int,
    now: datetime,
    subcategory: str | None = None,
    effect: str = "",
    cause: str = "",
    controls: str = "",
) -> FailureMode:
    """Add a failure mode to the FMEA table.

    Raises:
        ValidationError: no title, an unknown category, or a rating outside 1 to 10.
    """
    common.require_manage(actor)
    values = {
        "title": title,
        "category": category,
        "subcategory": subcategory,
        "severity": severity,
        "occurrence": occurrence,
        "detection": detection,
        "effect": effect,
        "cause": cause,
        "controls": controls,
    }
    payload = _clean(conn, values, None)
    mode_id = common.new_id(now)
    common.append(conn, actor, STREAM, mode_id, CREATED, payload, now)
    return get_failure_mode(conn, actor, mode_id)


def change_failure_mode(
    conn: Connection, actor: User, mode_id: str, *, now: datetime, **changes: Any
) -> FailureMode:
    """Change some fields (only those given travel, so concurrent edits of others stay)."""
    common.require_manage(actor)
    mode = get_failure_mode(conn, actor, mode_id)
    if mode.retired:
        raise TransitionRefused("retired")
    current = {f: getattr(mode, f) for f in FIELDS}
    payload = _clean(conn, changes, current)
    payload = {k: v for k, v in payload.items() if current.get(k) != v}
    if payload:
        common.append(conn, actor, STREAM, mode.id, CHANGED, payload, now, mode.dealership_id)
    return get_failure_mode(conn, actor, mode.id)


def retire_failure_mode(
    conn: Connection, actor: User, mode_id: str, *, now: datetime, retired: bool = True
) -> FailureMode:
    """Take a failure mode off the table (it stays on record), or put it back."""
    common.require_manage(actor)
    mode = get_failure_mode(conn, actor, mode_id)
    if mode.retired != retired:
        kind = RETIRED if retired else RESTORED
        common.append(conn, actor, STREAM, mode.id, kind, {}, now, mode.dealership_id)
    return get_failure_mode(conn, actor, mode.id)


# -- reading ----------------------------------------------------------------------------


def _mode(row: Any) -> FailureMode:
    r = row._mapping
    return FailureMode(
        id=r["id"],
        dealership_id=r["dealership_id"],
        title=r["title"],
        effect=r["effect"],
        cause=r["cause"],
        controls=r["controls"],
        category=r["category"],
        subcategory=r["subcategory"],
        severity=r["severity"],
        occurrence=r["occurrence"],
        detection=r["detection"],
        retired=bool(r["retired"]),
        created_at=parse_iso(r["created_at"]),
        created_by=r["created_by"],
        updated_at=parse_iso(r["updated_at"]),
    )


def get_failure_mode(conn: Connection, actor: User, mode_id: str) -> FailureMode:
    common.require_view(actor)
    row = conn.execute(select(fmea_modes).where(fmea_modes.c.id == mode_id)).first()
    if row is None:
        raise NotFound(what="failure_mode", id=mode_id)
    common.check_visible(common.scope(conn, actor), row.dealership_id, "failure_mode", mode_id)
    return _mode(row)


def list_failure_modes(
    conn: Connection,
    actor: User,
    *,
    category: str | None = None,
    include_retired: bool = False,
    limit: int | None = None,
) -> list[FailureMode]:
    """The FMEA table, highest RPN first (then higher severity, then oldest)."""
    common.require_view(actor)
    m = fmea_modes.c
    query = select(fmea_modes).where(common.in_scope(m.dealership_id, common.scope(conn, actor)))
    if category:
        query = query.where(m.category == category)
    if not include_retired:
        query = query.where(m.retired == 0)
    query = query.order_by(m.rpn.desc(), m.severity.desc(), m.created_at, m.id)
    if limit is not None:
        query = query.limit(limit)
    return [_mode(r) for r in conn.execute(query)]


# -- occurrence from the case counts ----------------------------------------------------


@dataclass(frozen=True)
class OccurrenceSuggestion:
    """How often complaints of a category (and sub-category) came, as a 1-10 rating."""

    category: str
    subcategory: str | None
    complaints: int
    cases: int
    since: datetime
    until: datetime

    @property
    def per_thousand(self) -> float:
        return 1000 * self.complaints / self.cases if self.cases else 0.0

    @property
    def rating(self) -> int:
        return occurrence_rating(self.complaints, self.cases)

    def differs_from(self, occurrence: int) -> bool:
        """Whether the suggested rating is :data:`SUGGESTION_GAP` or more from ``occurrence``."""
        return abs(self.rating - occurrence) >= SUGGESTION_GAP


def occurrence_rating(complaints: int, cases: int) -> int:
    """Occurrence 1-10 from complaints per 1,000 cases (:data:`OCCURRENCE_SCALE`).

    No complaint at all rates 1; any complaint at least 2.
    """
    if complaints <= 0 or cases <= 0:
        return 1
    per_thousand = 1000 * complaints / cases
    for floor, value in OCCURRENCE_SCALE:
        if per_thousand >= floor:
            return value
    return 2


def suggest_occurrences(
    conn: Connection,
    actor: User,
    targets: Iterable[tuple[str, str | None]],
    *,
    now: datetime,
    days: int = SUGGESTION_DAYS,
) -> dict[tuple[str, str | None], OccurrenceSuggestion]:
    """Suggested occurrence for each (category, sub-category), from the last ``days`` days.

    Complaints of the category (of the sub-category when one is given) per 1,000 cases
    of every type registered in the window, in the reader's dealership (or all, for HQ).
    One grouped query, however many targets.
    """
    common.require_view(actor)
    wanted = list(dict.fromkeys((cat, sub or None) for cat, sub in targets))
    since, until = now - timedelta(days=days), now
    c = cases_table.c
    window = and_(
        c.registered_at >= iso(since),
        c.registered_at < iso(until),
        common.in_scope(c.dealership_id, common.scope(conn, actor)),
    )
    total = int(conn.execute(select(func.count()).select_from(cases_table).where(window)).scalar_one())
    categories = sorted({cat for cat, _sub in wanted})
    rows = conn.execute(
        select(c.category, c.subcategory, func.count())
        .where(window, c.case_type == "complaint", c.category.in_(categories))
        .group_by(c.category, c.subcategory)
    ).all()
    by_sub = {(r[0], r[1]): int(r[2]) for r in rows}
    by_cat: dict[str, int] = {}
    for (cat, _sub), n in by_sub.items():
        by_cat[cat] = by_cat.get(cat, 0) + n
    result = {}
    for cat, sub in wanted:
        complaints = by_sub.get((cat, sub), 0) if sub else by_cat.get(cat, 0)
        result[(cat, sub)] = OccurrenceSuggestion(cat, sub, complaints, total, since, until)
    return result


def suggest_occurrence(
    conn: Connection,
    actor: User,
    *,
    category: str,
    now: datetime,
    subcategory: str | None = None,
    days: int = SUGGESTION_DAYS,
) -> OccurrenceSuggestion:
    case_codes.check("category", category, case_codes.CATEGORIES)
    return suggest_occurrences(conn, actor, [(category, subcategory)], now=now, days=days)[
        (category, subcategory or None)
    ]
