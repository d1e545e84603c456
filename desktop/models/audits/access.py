"""Covert means covert: who may see which audit, on this desktop and in what it receives.

- The covert record (stream ``audit``, table ``audits``) is seen by roles holding
  ``audit.view`` (inspection managers, HQ) and, for their own audits only, by
  inspectors (``audit.fill``). A dealership's own users see none of it.
- A released report (stream ``audit_release``) is seen by ``audit.view`` holders and by
  holders of ``audit.view_released`` who belong to the audited dealership.
- A device receives ``audit`` events only with an inspector's or HQ scope, and
  ``audit_release`` events only for the dealership it serves (or with HQ scope): the
  same rule HQ applies when it sends them (:func:`event_allowed`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from desktop.models import events, syncstate
from desktop.models.events import Event
from desktop.models.users import Perm, User, require

COVERT_STREAM = "audit"
RELEASE_STREAM = "audit_release"
STREAMS = (COVERT_STREAM, RELEASE_STREAM)


def sees_all_audits(user: User) -> bool:
    return user.can(Perm.AUDIT_VIEW)


def sees_audits(user: User) -> bool:
    """Whether the user sees any covert audit at all (their own or everyone's)."""
    return user.can(Perm.AUDIT_VIEW) or user.can(Perm.AUDIT_FILL)


def require_audits(user: User) -> None:
    if not sees_audits(user):
        require(user, Perm.AUDIT_VIEW)


def can_see_audit(user: User, inspector_id: str) -> bool:
    if user.can(Perm.AUDIT_VIEW):
        return True
    return user.can(Perm.AUDIT_FILL) and inspector_id == user.id


def sees_releases(user: User) -> bool:
    return user.can(Perm.AUDIT_VIEW) or user.can(Perm.AUDIT_VIEW_RELEASED)


def require_releases(user: User) -> None:
    if not sees_releases(user):
        require(user, Perm.AUDIT_VIEW_RELEASED)


def can_see_release(user: User, dealership_id: str) -> bool:
    if user.can(Perm.AUDIT_VIEW):
        return True
    return (
        user.can(Perm.AUDIT_VIEW_RELEASED)
        and bool(user.dealership_id)
        and user.dealership_id == dealership_id
    )


# -- what a device may hold ------------------------------------------------------------

SCOPE_KINDS = ("dealership", "inspector", "hq")


@dataclass(frozen=True)
class DeviceScope:
    """What a device serves: one dealership, an inspector's dealerships, or all (HQ)."""

    kind: str
    dealership_ids: frozenset[str] = field(default_factory=frozenset)


def event_allowed(event: Event, scope: DeviceScope) -> bool:
    """Whether a device of ``scope`` may receive (and store) ``event``."""
    if event.stream not in STREAMS or scope.kind == "hq":
        return True
    if event.stream == COVERT_STREAM:
        return scope.kind == "inspector" and event.dealership_id in scope.dealership_ids
    return scope.kind == "dealership" and event.dealership_id in scope.dealership_ids


def filter_events(incoming: Iterable[Event], scope: DeviceScope) -> list[Event]:
    """The events a device of ``scope`` may keep; the others are dropped unread."""
    return [e for e in incoming if event_allowed(e, scope)]


def device_scope(conn: Connection) -> DeviceScope | None:
    """This device's scope as enrolled with HQ; None for a device that never enrolled."""
    state = syncstate.get_state(conn)
    if state is None:
        return None
    if state.role == "hq":
        return DeviceScope("hq")
    if state.role == "inspector":
        return DeviceScope("inspector", frozenset(state.dealerships))
    own = events.this_device(conn).dealership_id
    return DeviceScope("dealership", frozenset({own} if own else ()))


def projectable(conn: Connection, stream: list[Event]) -> list[Event]:
    """The events of an audit stream this device may show: its own, and received ones its
    scope allows (so covert events that reached a dealership's PC by mistake show nowhere)."""
    scope = device_scope(conn)
    if scope is None:
        return stream
    own = events.this_device(conn).device_id
    return [e for e in stream if e.device_id == own or event_allowed(e, scope)]


def visible_event(user: User, event: Event, inspector_id: str | None = None) -> bool:
    """Whether a screen listing raw events (an activity log, an export) may show ``event``.

    Args:
        inspector_id: for ``audit`` events, the audit's inspector (own audits only).
    """
    if event.stream == COVERT_STREAM:
        return can_see_audit(user, inspector_id or "")
    if event.stream == RELEASE_STREAM:
        return can_see_release(user, event.dealership_id)
    return True
