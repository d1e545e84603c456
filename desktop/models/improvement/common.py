"""What the improvement streams share: permissions, scope, text checks, appending events."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, true

from desktop.models import events, users
from desktop.models.errors import NotFound, PermissionDenied, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize
from desktop.models.users import Perm, User

MAX_TITLE = 200
MAX_TEXT = 2000


def require_view(actor: User) -> None:
    """Improvement work is seen by those who read reports or run improvement teams."""
    if not (actor.can(Perm.REPORT_VIEW) or actor.can(Perm.IMPROVEMENT_MANAGE)):
        raise PermissionDenied(permission=str(Perm.REPORT_VIEW), role=actor.role)


def require_manage(actor: User) -> None:
    users.require(actor, Perm.IMPROVEMENT_MANAGE)


def scope(conn: Connection, actor: User) -> str | None:
    """The dealership whose data ``actor`` sees; None for every dealership (HQ)."""
    if actor.can(Perm.REPORT_ALL_DEALERSHIPS):
        return None
    if actor.dealership_id:
        return actor.dealership_id
    return events.this_device(conn).dealership_id or ""


def in_scope(column: Any, dealer: str | None) -> ColumnElement[bool]:
    return true() if dealer is None else column == dealer


def check_visible(dealer: str | None, row_dealer: str, what: str, key: str) -> None:
    """A row of another dealership is, to this reader, not there at all."""
    if dealer is not None and row_dealer != dealer:
        raise NotFound(what=what, id=key)


def text(field: str, value: Any, *, required: bool = False, maximum: int = MAX_TEXT) -> str:
    clean = normalize(str(value or ""))
    if required and not clean:
        raise ValidationError(field, "required")
    if len(clean) > maximum:
        raise ValidationError(field, "too_long", maximum=maximum)
    return clean


def rating(field: str, value: Any) -> int:
    """A 1 to 10 FMEA rating."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, "out_of_range", minimum=1, maximum=10) from None
    if isinstance(value, bool) or not 1 <= number <= 10 or str(number) != str(value).strip():
        raise ValidationError(field, "out_of_range", minimum=1, maximum=10)
    return number


def append(
    conn: Connection,
    actor: User,
    stream: str,
    stream_id: str,
    kind: str,
    payload: Mapping[str, Any],
    now: datetime,
    dealership_id: str | None = None,
) -> None:
    events.append(
        conn,
        stream=stream,
        stream_id=stream_id,
        kind=kind,
        payload=payload,
        actor_id=actor.id,
        now=now,
        dealership_id=dealership_id,
    )


def new_id(now: datetime) -> str:
    return uuid7(int(now.timestamp() * 1000))
