"""Improvement actions: what a team of 2 to 6 people will change, by when, and how it went.

An action may answer a failure mode of the FMEA table or a cause-and-effect diagram.
Its team are Pishkhan users or outside experts named by hand (the process owners of
production, quality, sales or service, source 001); its owner is a member who is a
user, answerable for it. Status: planned -> in progress -> done, or cancelled.

The "improvement_action" stream: ``action_created``, ``action_changed`` (only the fields
it sets) and ``action_status_changed``; the fold skips a status change the state does
not allow (two devices closing the same action), so every device agrees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from desktop.models import events, users
from desktop.models.calendar import local, parse_iso
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.events import Event
from desktop.models.improvement import common
from desktop.models.improvement.schema import fishbones, fmea_modes, improvement_actions
from desktop.models.meta import upsert
from desktop.models.users import User

STREAM = "improvement_action"
CREATED = "action_created"
CHANGED = "action_changed"
STATUS_CHANGED = "action_status_changed"

STATUSES = ("planned", "in_progress", "done", "cancelled")
OPEN_STATUSES = ("planned", "in_progress")
TRANSITIONS: dict[str, frozenset[str]] = {
    "planned": frozenset({"in_progress", "done", "cancelled"}),
    "in_progress": frozenset({"planned", "done", "cancelled"}),
    "done": frozenset({"in_progress"}),
    "cancelled": frozenset({"planned"}),
}
TEAM_MIN, TEAM_MAX = 2, 6
FIELDS = ("title", "description", "failure_mode_id", "fishbone_id", "owner_id", "team", "due_date", "result")


@dataclass(frozen=True)
class Member:
    """A team member: a Pishkhan user (``user_id``) or an outside expert (name only)."""

    name: str
    user_id: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "user_id": self.user_id}


@dataclass(frozen=True)
class Action:
    id: str
    dealership_id: str
    title: str
    description: str
    failure_mode_id: str | None
    fishbone_id: str | None
    owner_id: str
    team: tuple[Member, ...]
    due_date: date
    status: str
    result: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    closed_at: datetime | None

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue(self, now: datetime) -> bool:
        """Still open after its due date (Iran's local calendar day)."""
        return self.open and self.due_date < local(now).date()

    @property
    def owner(self) -> Member | None:
        return next((m for m in self.team if m.user_id == self.owner_id), None)


# -- fold -------------------------------------------------------------------------------


def fold(action_id: str, history: Iterable[Event]) -> dict[str, Any] | None:
    state: dict[str, Any] | None = None
    for event in events.sort_events(history):
        p = event.payload
        if event.kind == CREATED and state is None:
            state = {f: p.get(f) for f in FIELDS}
            state |= {
                "id": action_id,
                "dealership_id": event.dealership_id,
                "status": "planned",
                "created_at": event.recorded_at,
                "created_by": event.actor_id,
                "closed_at": None,
            }
        elif state is None:
            continue
        elif event.kind == CHANGED:
            state.update({f: p[f] for f in FIELDS if f in p})
        elif event.kind == STATUS_CHANGED:
            target = str(p.get("status", ""))
            if target not in TRANSITIONS.get(state["status"], frozenset()):
                continue  # refused: kept on record, changes nothing
            state["status"] = target
            state["closed_at"] = event.recorded_at if target in ("done", "cancelled") else None
            if "result" in p:
                state["result"] = p["result"]
        else:
            continue
        state["updated_at"] = max(state.get("updated_at", ""), event.recorded_at)
    return state


@events.projector(STREAM)
def project(conn: Connection, action_id: str, history: list[Event]) -> None:
    state = fold(action_id, history)
    if state is None:
        return
    row = dict(state)
    row["team"] = json.dumps(state.get("team") or [], ensure_ascii=False)
    for f in ("title", "description", "result", "owner_id", "due_date"):
        row[f] = row[f] or ""
    upsert(conn, improvement_actions, row)


# -- checks -----------------------------------------------------------------------------


def _team(conn: Connection, members: Sequence[Member | Mapping[str, Any]]) -> list[dict[str, str | None]]:
    """The team, checked: 2 to 6 distinct people; users must exist."""
    team: list[dict[str, str | None]] = []
    seen: set[str] = set()
    for raw in members:
        member = raw if isinstance(raw, Member) else Member(str(raw.get("name", "")), raw.get("user_id"))
        user_id = member.user_id or None
        name = common.text("team", member.name, maximum=common.MAX_TITLE)
        if user_id is not None:
            try:
                name = name or users.get_user(conn, user_id).display_name
            except NotFound:
                raise ValidationError("team", "unknown_user", id=user_id) from None
        if not name:
            raise ValidationError("team", "member_name_required")
        key = f"u:{user_id}" if user_id else f"n:{name.casefold()}"
        if key in seen:
            raise ValidationError("team", "duplicate_member", name=name)
        seen.add(key)
        team.append({"name": name, "user_id": user_id})
    if not TEAM_MIN <= len(team) <= TEAM_MAX:
        raise ValidationError("team", "team_size", minimum=TEAM_MIN, maximum=TEAM_MAX, count=len(team))
    return team


def _due(value: date | str) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    from desktop.models.calendar import parse_date

    return parse_date(str(value), "due_date").isoformat()


def _link(conn: Connection, dealer: str | None, field: str, value: str | None) -> str | None:
    if not value:
        return None
    table = fmea_modes if field == "failure_mode_id" else fishbones
    row = conn.execute(select(table.c.dealership_id).where(table.c.id == value)).first()
    if row is None or (dealer is not None and row.dealership_id != dealer):
        raise ValidationError(field, "unknown_link")
    return value


def _clean(
    conn: Connection, actor: User, values: Mapping[str, Any], current: Mapping[str, Any] | None, now: datetime
) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field")
    dealer = common.scope(conn, actor)
    out: dict[str, Any] = {}
    for f, limit, required in (
        ("title", common.MAX_TITLE, True),
        ("description", common.MAX_TEXT, False),
        ("result", common.MAX_TEXT, False),
    ):
        if current is None or f in values:
            out[f] = common.text(f, values.get(f), required=required, maximum=limit)
    for f in ("failure_mode_id", "fishbone_id"):
        if current is None or f in values:
            out[f] = _link(conn, dealer, f, values.get(f))
    if current is None or "due_date" in values:
        if not values.get("due_date"):
            raise ValidationError("due_date", "required")
        out["due_date"] = _due(values["due_date"])
        if out["due_date"] < local(now).date().isoformat() and (
            current is None or out["due_date"] != current.get("due_date")
        ):
            raise ValidationError("due_date", "date_in_past")
    if current is None or "team" in values:
        out["team"] = _team(conn, values.get("team") or [])
    team: list[dict[str, Any]] = out.get("team") or (current.get("team") if current else None) or []
    if current is None or "owner_id" in values or "team" in values:
        owner = values.get("owner_id", current.get("owner_id") if current else None)
        if not owner:
            raise ValidationError("owner", "required")
        if owner not in {m["user_id"] for m in team if m["user_id"]}:
            raise ValidationError("owner", "owner_not_in_team")
        out["owner_id"] = owner
    return out


# -- commands ---------------------------------------------------------------------------


def create_action(
    conn: Connection,
    actor: User,
    *,
    title: str,
    owner_id: str,
    team: Sequence[Member | Mapping[str, Any]],
    due_date: date | str,
    now: datetime,
    description: str = "",
    failure_mode_id: str | None = None,
    fishbone_id: str | None = None,
) -> Action:
    """Plan an improvement action.

    Raises:
        ValidationError: no title; a team of fewer than 2 or more than 6 people; an owner
            who is not a member; a due date already past; a link to an unknown row.
    """
    common.require_manage(actor)
    values = {
        "title": title,
        "owner_id": owner_id,
        "team": team,
        "due_date": due_date,
        "description": description,
        "failure_mode_id": failure_mode_id,
        "fishbone_id": fishbone_id,
        "result": "",
    }
    payload = _clean(conn, actor, values, None, now)
    action_id = common.new_id(now)
    common.append(conn, actor, STREAM, action_id, CREATED, payload, now)
    return get_action(conn, actor, action_id)


def change_action(conn: Connection, actor: User, action_id: str, *, now: datetime, **changes: Any) -> Action:
    common.require_manage(actor)
    action = get_action(conn, actor, action_id)
    current = _as_values(action)
    payload = _clean(conn, actor, changes, current, now)
    payload = {k: v for k, v in payload.items() if current.get(k) != v}
    if payload:
        common.append(conn, actor, STREAM, action.id, CHANGED, payload, now, action.dealership_id)
    return get_action(conn, actor, action.id)


def set_status(
    conn: Connection, actor: User, action_id: str, status: str, *, now: datetime, result: str | None = None
) -> Action:
    """Move an action on (start, finish, cancel, reopen); ``result`` says what came of it."""
    common.require_manage(actor)
    action = get_action(conn, actor, action_id)
    if status not in STATUSES:
        raise ValidationError("status", "unknown_code", value=status)
    if status not in TRANSITIONS[action.status]:
        raise TransitionRefused("action_status", status=action.status, to=status)
    payload: dict[str, Any] = {"status": status}
    if result is not None:
        payload["result"] = common.text("result", result)
    common.append(conn, actor, STREAM, action.id, STATUS_CHANGED, payload, now, action.dealership_id)
    return get_action(conn, actor, action.id)


# -- reading ----------------------------------------------------------------------------


def _as_values(action: Action) -> dict[str, Any]:
    return {
        "title": action.title,
        "description": action.description,
        "failure_mode_id": action.failure_mode_id,
        "fishbone_id": action.fishbone_id,
        "owner_id": action.owner_id,
        "team": [m.to_dict() for m in action.team],
        "due_date": action.due_date.isoformat(),
        "result": action.result,
    }


def _action(row: Any) -> Action:
    r = row._mapping
    return Action(
        id=r["id"],
        dealership_id=r["dealership_id"],
        title=r["title"],
        description=r["description"],
        failure_mode_id=r["failure_mode_id"],
        fishbone_id=r["fishbone_id"],
        owner_id=r["owner_id"],
        team=tuple(Member(m.get("name", ""), m.get("user_id")) for m in json.loads(r["team"] or "[]")),
        due_date=date.fromisoformat(r["due_date"]),
        status=r["status"],
        result=r["result"],
        created_at=parse_iso(r["created_at"]),
        created_by=r["created_by"],
        updated_at=parse_iso(r["updated_at"]),
        closed_at=parse_iso(r["closed_at"]) if r["closed_at"] else None,
    )


def get_action(conn: Connection, actor: User, action_id: str) -> Action:
    common.require_view(actor)
    row = conn.execute(select(improvement_actions).where(improvement_actions.c.id == action_id)).first()
    if row is None:
        raise NotFound(what="action", id=action_id)
    common.check_visible(common.scope(conn, actor), row.dealership_id, "action", action_id)
    return _action(row)


def list_actions(
    conn: Connection,
    actor: User,
    *,
    statuses: Iterable[str] | None = None,
    failure_mode_id: str | None = None,
    fishbone_id: str | None = None,
    owner_id: str | None = None,
) -> list[Action]:
    """Actions, soonest due first."""
    common.require_view(actor)
    a = improvement_actions.c
    query = select(improvement_actions).where(common.in_scope(a.dealership_id, common.scope(conn, actor)))
    if statuses is not None:
        query = query.where(a.status.in_(list(statuses)))
    if failure_mode_id is not None:
        query = query.where(a.failure_mode_id == failure_mode_id)
    if fishbone_id is not None:
        query = query.where(a.fishbone_id == fishbone_id)
    if owner_id is not None:
        query = query.where(a.owner_id == owner_id)
    query = query.order_by(a.due_date, a.created_at, a.id)
    return [_action(r) for r in conn.execute(query)]
