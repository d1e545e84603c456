"""Cause-and-effect (fishbone, Ishikawa) diagrams: one problem, causes on six branches.

The problem (the effect) sits at the head; causes hang on the six classic branches
(:data:`BRANCHES`), and a cause may have sub-causes (why? why?). A diagram may be
linked to a complaint category and to a failure mode of the FMEA table.

The "fishbone" stream: ``fishbone_created``, ``fishbone_changed`` (fields it sets),
``cause_added``, ``cause_changed`` and ``cause_removed`` (with its sub-causes). Causes
are kept in the order they were added (fold order), so every device draws the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import events
from desktop.models.calendar import parse_iso
from desktop.models.cases import codes as case_codes
from desktop.models.errors import NotFound, ValidationError
from desktop.models.events import Event
from desktop.models.improvement import common
from desktop.models.improvement.schema import fishbones, fmea_modes
from desktop.models.users import User

STREAM = "fishbone"
CREATED = "fishbone_created"
CHANGED = "fishbone_changed"
CAUSE_ADDED = "cause_added"
CAUSE_CHANGED = "cause_changed"
CAUSE_REMOVED = "cause_removed"

# The six Ms: people, machines and equipment, methods, materials and parts,
# measurement, environment.
BRANCHES = ("man", "machine", "method", "material", "measurement", "environment")
FIELDS = ("problem", "category", "failure_mode_id")
MAX_CAUSES = 120
MAX_DEPTH = 3  # a cause, its sub-cause, and one more "why"


@dataclass(frozen=True)
class Cause:
    id: str
    branch: str
    text: str
    parent_id: str | None = None


@dataclass(frozen=True)
class Fishbone:
    id: str
    dealership_id: str
    problem: str
    category: str | None
    failure_mode_id: str | None
    causes: tuple[Cause, ...]
    created_at: datetime
    created_by: str
    updated_at: datetime

    def on_branch(self, branch: str) -> list[Cause]:
        """The top-level causes of a branch, in the order they were added."""
        return [c for c in self.causes if c.branch == branch and c.parent_id is None]

    def children(self, cause_id: str) -> list[Cause]:
        return [c for c in self.causes if c.parent_id == cause_id]


# -- fold -------------------------------------------------------------------------------


def _depth(causes: Mapping[str, dict[str, Any]], cause_id: str | None) -> int:
    depth = 0
    while cause_id is not None and cause_id in causes:
        depth += 1
        cause_id = causes[cause_id]["parent_id"]
    return depth


def fold(diagram_id: str, history: Iterable[Event]) -> dict[str, Any] | None:
    state: dict[str, Any] | None = None
    causes: dict[str, dict[str, Any]] = {}
    for event in events.sort_events(history):
        p = event.payload
        if event.kind == CREATED and state is None:
            state = {f: p.get(f) for f in FIELDS}
            state |= {
                "id": diagram_id,
                "dealership_id": event.dealership_id,
                "created_at": event.recorded_at,
                "created_by": event.actor_id,
            }
        elif state is None:
            continue
        elif event.kind == CHANGED:
            state.update({f: p[f] for f in FIELDS if f in p})
        elif event.kind == CAUSE_ADDED:
            cause_id, parent = str(p.get("cause_id", "")), p.get("parent_id")
            if not cause_id or cause_id in causes or (parent is not None and parent not in causes):
                continue
            if _depth(causes, parent) >= MAX_DEPTH:
                continue
            branch = causes[parent]["branch"] if parent else str(p.get("branch", ""))
            if branch not in BRANCHES:
                continue
            causes[cause_id] = {
                "id": cause_id,
                "branch": branch,
                "text": p.get("text", ""),
                "parent_id": parent,
            }
        elif event.kind == CAUSE_CHANGED:
            cause = causes.get(str(p.get("cause_id", "")))
            if cause is None:
                continue
            if "text" in p:
                cause["text"] = p["text"]
            if p.get("branch") in BRANCHES and cause["parent_id"] is None:
                _move(causes, cause["id"], str(p["branch"]))
        elif event.kind == CAUSE_REMOVED:
            _remove(causes, str(p.get("cause_id", "")))
        else:
            continue
        state["updated_at"] = max(state.get("updated_at", ""), event.recorded_at)
    if state is not None:
        state["causes"] = list(causes.values())
    return state


def _move(causes: dict[str, dict[str, Any]], cause_id: str, branch: str) -> None:
    causes[cause_id]["branch"] = branch
    for child in [c for c in causes.values() if c["parent_id"] == cause_id]:
        _move(causes, child["id"], branch)


def _remove(causes: dict[str, dict[str, Any]], cause_id: str) -> None:
    for child in [c["id"] for c in causes.values() if c["parent_id"] == cause_id]:
        _remove(causes, child)
    causes.pop(cause_id, None)


@events.projector(STREAM)
def project(conn: Connection, diagram_id: str, history: list[Event]) -> None:
    state = fold(diagram_id, history)
    if state is None:
        return
    row = dict(state)
    row["causes"] = json.dumps(state["causes"], ensure_ascii=False)
    row["problem"] = row["problem"] or ""
    stmt = insert(fishbones).values(**row)
    conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=row))


# -- commands ---------------------------------------------------------------------------


def _clean(conn: Connection, actor: User, values: Mapping[str, Any], creating: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if creating or "problem" in values:
        out["problem"] = common.text(
            "problem", values.get("problem"), required=True, maximum=common.MAX_TITLE
        )
    if creating or "category" in values:
        out["category"] = case_codes.check(
            "category", values.get("category") or None, case_codes.CATEGORIES, required=False
        )
    if creating or "failure_mode_id" in values:
        link = values.get("failure_mode_id") or None
        if link is not None:
            row = conn.execute(select(fmea_modes.c.dealership_id).where(fmea_modes.c.id == link)).first()
            dealer = common.scope(conn, actor)
            if row is None or (dealer is not None and row.dealership_id != dealer):
                raise ValidationError("failure_mode_id", "unknown_link")
        out["failure_mode_id"] = link
    return out


def create_fishbone(
    conn: Connection,
    actor: User,
    *,
    problem: str,
    now: datetime,
    category: str | None = None,
    failure_mode_id: str | None = None,
) -> Fishbone:
    """Start a diagram for a problem (the effect at the fish's head)."""
    common.require_manage(actor)
    values = {"problem": problem, "category": category, "failure_mode_id": failure_mode_id}
    payload = _clean(conn, actor, values, creating=True)
    diagram_id = common.new_id(now)
    common.append(conn, actor, STREAM, diagram_id, CREATED, payload, now)
    return get_fishbone(conn, actor, diagram_id)


def change_fishbone(
    conn: Connection, actor: User, diagram_id: str, *, now: datetime, **changes: Any
) -> Fishbone:
    common.require_manage(actor)
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field")
    diagram = get_fishbone(conn, actor, diagram_id)
    payload = _clean(conn, actor, changes, creating=False)
    current = {
        "problem": diagram.problem,
        "category": diagram.category,
        "failure_mode_id": diagram.failure_mode_id,
    }
    payload = {k: v for k, v in payload.items() if current[k] != v}
    if payload:
        common.append(conn, actor, STREAM, diagram.id, CHANGED, payload, now, diagram.dealership_id)
    return get_fishbone(conn, actor, diagram.id)


def add_cause(
    conn: Connection,
    actor: User,
    diagram_id: str,
    *,
    text: str,
    now: datetime,
    branch: str | None = None,
    parent_id: str | None = None,
) -> Fishbone:
    """Hang a cause on a branch, or a sub-cause under a cause (it takes the parent's branch)."""
    common.require_manage(actor)
    diagram = get_fishbone(conn, actor, diagram_id)
    clean = common.text("cause", text, required=True, maximum=common.MAX_TITLE)
    by_id = {c.id: c for c in diagram.causes}
    if len(by_id) >= MAX_CAUSES:
        raise ValidationError("cause", "too_many_causes", maximum=MAX_CAUSES)
    payload: dict[str, Any] = {"cause_id": common.new_id(now), "text": clean, "parent_id": parent_id}
    if parent_id is not None:
        if parent_id not in by_id:
            raise NotFound(what="cause", id=parent_id)
        depth = _depth({c.id: {"parent_id": c.parent_id} for c in diagram.causes}, parent_id)
        if depth >= MAX_DEPTH:
            raise ValidationError("cause", "too_deep", maximum=MAX_DEPTH)
        payload["branch"] = by_id[parent_id].branch
    else:
        payload["branch"] = case_codes.check("branch", branch, BRANCHES)
    common.append(conn, actor, STREAM, diagram.id, CAUSE_ADDED, payload, now, diagram.dealership_id)
    return get_fishbone(conn, actor, diagram.id)


def change_cause(
    conn: Connection,
    actor: User,
    diagram_id: str,
    cause_id: str,
    *,
    now: datetime,
    text: str | None = None,
    branch: str | None = None,
) -> Fishbone:
    """Reword a cause, or move a top-level cause (with its sub-causes) to another branch."""
    common.require_manage(actor)
    diagram = get_fishbone(conn, actor, diagram_id)
    cause = next((c for c in diagram.causes if c.id == cause_id), None)
    if cause is None:
        raise NotFound(what="cause", id=cause_id)
    payload: dict[str, Any] = {"cause_id": cause_id}
    if text is not None:
        clean = common.text("cause", text, required=True, maximum=common.MAX_TITLE)
        if clean != cause.text:
            payload["text"] = clean
    if branch is not None and branch != cause.branch:
        case_codes.check("branch", branch, BRANCHES)
        if cause.parent_id is not None:
            raise ValidationError("branch", "sub_cause_branch")
        payload["branch"] = branch
    if len(payload) > 1:
        common.append(conn, actor, STREAM, diagram.id, CAUSE_CHANGED, payload, now, diagram.dealership_id)
    return get_fishbone(conn, actor, diagram.id)


def remove_cause(conn: Connection, actor: User, diagram_id: str, cause_id: str, *, now: datetime) -> Fishbone:
    """Take a cause off the diagram, with its sub-causes."""
    common.require_manage(actor)
    diagram = get_fishbone(conn, actor, diagram_id)
    if all(c.id != cause_id for c in diagram.causes):
        raise NotFound(what="cause", id=cause_id)
    payload = {"cause_id": cause_id}
    common.append(conn, actor, STREAM, diagram.id, CAUSE_REMOVED, payload, now, diagram.dealership_id)
    return get_fishbone(conn, actor, diagram.id)


# -- reading ----------------------------------------------------------------------------


def _fishbone(row: Any) -> Fishbone:
    r = row._mapping
    return Fishbone(
        id=r["id"],
        dealership_id=r["dealership_id"],
        problem=r["problem"],
        category=r["category"],
        failure_mode_id=r["failure_mode_id"],
        causes=tuple(
            Cause(c["id"], c["branch"], c.get("text", ""), c.get("parent_id"))
            for c in json.loads(r["causes"] or "[]")
        ),
        created_at=parse_iso(r["created_at"]),
        created_by=r["created_by"],
        updated_at=parse_iso(r["updated_at"]),
    )


def get_fishbone(conn: Connection, actor: User, diagram_id: str) -> Fishbone:
    common.require_view(actor)
    row = conn.execute(select(fishbones).where(fishbones.c.id == diagram_id)).first()
    if row is None:
        raise NotFound(what="fishbone", id=diagram_id)
    common.check_visible(common.scope(conn, actor), row.dealership_id, "fishbone", diagram_id)
    return _fishbone(row)


def list_fishbones(conn: Connection, actor: User, *, category: str | None = None) -> list[Fishbone]:
    """Diagrams, most recently changed first."""
    common.require_view(actor)
    f = fishbones.c
    query = select(fishbones).where(common.in_scope(f.dealership_id, common.scope(conn, actor)))
    if category:
        query = query.where(f.category == category)
    return [_fishbone(r) for r in conn.execute(query.order_by(f.updated_at.desc(), f.id))]
