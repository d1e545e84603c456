"""Commands on cases: each checks its input and the fold's rules, then appends one event.

Every command runs inside the caller's write transaction and returns the case as it now
is. A refused step raises :class:`TransitionRefused` with the fold's reason code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import events, settings, users
from desktop.models.blobs import has_blob
from desktop.models.calendar import iso, parse_date
from desktop.models.cases import codes, sla, tracking
from desktop.models.cases.fold import Refused, check, fold
from desktop.models.cases.store import Case, get_case, subcategories_table
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.text import normalize
from desktop.models.users import Perm, User

MAX_DESCRIPTION = 4000


def _append(
    conn: Connection, actor: User, case_id: str, kind: str, payload: Mapping[str, Any], now: datetime
) -> Case:
    state = fold(case_id, events.load_stream(conn, "case", case_id))
    try:
        check(state, kind, payload, actor.id)
    except Refused as exc:
        raise TransitionRefused(exc.code, kind=kind, status=state.status) from None
    events.append(
        conn,
        stream="case",
        stream_id=case_id,
        kind=kind,
        payload=payload,
        actor_id=actor.id,
        now=now,
        dealership_id=state.dealership_id or None,
    )
    return get_case(conn, case_id)


def _authority(value: Mapping[str, Any] | None) -> dict[str, str]:
    """An authority referral's reference: who sent it, their letter, and the due date."""
    if not value:
        raise ValidationError("authority", "required")
    name = normalize(str(value.get("name", "")))
    letter_no = normalize(str(value.get("letter_no", "")))
    if not name:
        raise ValidationError("authority_name", "required")
    if not letter_no:
        raise ValidationError("authority_letter_no", "required")
    letter_date = parse_date(str(value.get("letter_date", "")), "authority_letter_date")
    due = parse_date(str(value.get("due_date", "")), "authority_due_date")
    if due < letter_date:
        raise ValidationError("authority_due_date", "due_before_letter")
    return {
        "name": name,
        "letter_no": letter_no,
        "letter_date": letter_date.isoformat(),
        "due_date": due.isoformat(),
    }


def register_case(
    conn: Connection,
    actor: User,
    *,
    customer_id: str,
    channel: str,
    case_type: str,
    category: str,
    description: str,
    now: datetime,
    vehicle_id: str | None = None,
    subcategory: str | None = None,
    priority: str = "normal",
    remedy: str = "",
    counter: str | None = None,
    attachments: Iterable[str] = (),
    segment: str | None = None,
    authority: Mapping[str, Any] | None = None,
) -> Case:
    """Register a request, complaint or question and give it a tracking code.

    Raises:
        ValidationError: an unknown code, a missing description, an attachment that is
            not stored, or an authority referral without the authority's letter.
    """
    users.require(actor, Perm.CASE_REGISTER)
    if not customer_id:
        raise ValidationError("customer", "required")
    codes.check("channel", channel, codes.CHANNELS)
    codes.check("case_type", case_type, codes.CASE_TYPES)
    codes.check("category", category, codes.CATEGORIES)
    codes.check("priority", priority, codes.PRIORITIES)
    codes.check("segment", segment, codes.SEGMENTS, required=False)
    text = normalize(description)
    if not text:
        raise ValidationError("description", "required")
    if len(text) > MAX_DESCRIPTION:
        raise ValidationError("description", "too_long", maximum=MAX_DESCRIPTION)
    if subcategory is not None and subcategory not in {s.code for s in list_subcategories(conn, category)}:
        raise ValidationError("subcategory", "unknown_code", value=subcategory)
    shas = list(dict.fromkeys(attachments))
    for sha in shas:
        if not has_blob(conn, sha):
            raise ValidationError("attachment", "not_stored")
    payload: dict[str, Any] = {
        "customer_id": customer_id,
        "vehicle_id": vehicle_id,
        "channel": channel,
        "case_type": case_type,
        "category": category,
        "subcategory": subcategory,
        "priority": priority,
        "segment": segment,
        "description": text,
        "remedy": normalize(remedy),
        "counter": counter,
        "attachments": shas,
    }
    if channel == "authority":
        payload["authority"] = _authority(authority)
    if payload["segment"] is None and vehicle_id:
        payload["segment"] = _vehicle_segment(conn, vehicle_id)
    if channel == "walk_in":
        payload["assignee_id"] = actor.id
    clock = sla.clock_for(
        conn, case_type=case_type, category=category, priority=priority, level="desk", start=now
    )
    promise = clock.payload()
    promise["warn_hours"] = sla.policy_for(conn, case_type, category, priority, "desk").warn_hours
    if channel == "authority":
        # The authority's own deadline comes first when it is sooner than ours.
        limit = sla.end_of_local_day(payload["authority"]["due_date"])
        if limit < clock.due_at:
            promise["due_at"] = iso(limit)
            promise["warn_at"] = iso(min(clock.warn_at, limit))
    payload["sla"] = promise
    device = events.this_device(conn)
    dealer = device.dealership_id
    if not dealer:
        raise ValidationError("dealership_code", "required")
    payload["tracking_code"] = tracking.make(
        dealer, device.short_code, settings.next_number(conn, "tracking")
    )
    case_id = uuid7(int(now.timestamp() * 1000))
    events.append(
        conn, stream="case", stream_id=case_id, kind="registered", payload=payload, actor_id=actor.id, now=now
    )
    return get_case(conn, case_id)


def _vehicle_segment(conn: Connection, vehicle_id: str) -> str | None:
    """The segment of the case's vehicle, so the case reaches that segment's staff."""
    from desktop.models.customers.store import get_vehicle

    try:
        segment = get_vehicle(conn, vehicle_id).segment
    except NotFound:
        return None
    return segment if segment in codes.SEGMENTS else None


def resolve_at_first_contact(
    conn: Connection,
    actor: User,
    case_id: str,
    *,
    answer: str,
    now: datetime,
    satisfaction: int | None = None,
) -> Case:
    """Close a case answered on the spot by the first person the customer met."""
    users.require(actor, Perm.CASE_CLOSE)
    text = normalize(answer)
    if not text:
        raise ValidationError("answer", "required")
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        raise ValidationError("satisfaction", "out_of_range", minimum=1, maximum=5)
    payload = {"answer": text, "satisfaction": satisfaction}
    return _append(conn, actor, get_case(conn, case_id).id, "resolved_at_first_contact", payload, now)


def add_note(conn: Connection, actor: User, case_id: str, *, text: str, now: datetime) -> Case:
    users.require(actor, Perm.CASE_HANDLE)
    clean = normalize(text)
    if not clean:
        raise ValidationError("note", "required")
    return _append(conn, actor, get_case(conn, case_id).id, "note_added", {"text": clean}, now)


def add_attachment(
    conn: Connection, actor: User, case_id: str, *, sha256: str, name: str, now: datetime
) -> Case:
    users.require(actor, Perm.CASE_HANDLE)
    if not has_blob(conn, sha256):
        raise ValidationError("attachment", "not_stored")
    payload = {"sha256": sha256, "name": normalize(name)}
    return _append(conn, actor, get_case(conn, case_id).id, "attachment_added", payload, now)


# -- sub-categories (editable data) ---------------------------------------------------------


class Subcategory:
    __slots__ = ("category", "code", "name_en", "name_fa")

    def __init__(self, category: str, code: str, name_fa: str, name_en: str) -> None:
        self.category = category
        self.code = code
        self.name_fa = name_fa
        self.name_en = name_en

    def name(self, lang: str) -> str:
        return self.name_fa if lang == "fa" else self.name_en

    def __repr__(self) -> str:
        return f"Subcategory({self.category!r}, {self.code!r})"


def list_subcategories(conn: Connection, category: str) -> list[Subcategory]:
    s = subcategories_table.c
    rows = conn.execute(
        select(s.category, s.code, s.name_fa, s.name_en)
        .where(s.category == category, s.active == 1)
        .order_by(s.position, s.code)
    )
    return [Subcategory(r.category, r.code, r.name_fa, r.name_en) for r in rows]


def save_subcategory(
    conn: Connection,
    actor: User,
    *,
    category: str,
    code: str,
    name_fa: str,
    name_en: str,
    active: bool = True,
) -> Subcategory:
    """Add or rename a sub-category (administrators and managers keep this list)."""
    users.require(actor, Perm.SETTINGS_MANAGE)
    codes.check("category", category, codes.CATEGORIES)
    clean = normalize(code).lower().replace(" ", "_")
    if not clean:
        raise ValidationError("subcategory", "required")
    fa, en = normalize(name_fa), normalize(name_en)
    if not fa or not en:
        raise ValidationError("subcategory_name", "required")
    values = {"category": category, "code": clean, "name_fa": fa, "name_en": en, "active": int(active)}
    stmt = insert(subcategories_table).values(**values)
    conn.execute(stmt.on_conflict_do_update(index_elements=["category", "code"], set_=values))
    return Subcategory(category, clean, fa, en)
