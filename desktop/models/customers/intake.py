"""Registering a case at the counter: the customer, their vehicle, the files, the answer.

One call, one transaction: the attachments are stored, the case registered (through the
case core), a question answered on the spot closed at once as resolved at first contact
(with the customer's satisfaction), and the walk-in ticket being served finished.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from desktop.models import blobs, cases, queue, users
from desktop.models.customers.store import customer_ids, get_customer, get_vehicle
from desktop.models.errors import NotFound, ValidationError


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


def register_at_counter(
    conn: Connection,
    actor: users.User,
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
    attachments: Sequence[Attachment] = (),
    answer: str = "",
    satisfaction: int | None = None,
    ticket_id: str | None = None,
    authority: Mapping[str, Any] | None = None,
) -> cases.Case:
    """Register a case for a known customer; with ``answer``, a question is closed at once.

    ``authority`` (channel ``authority`` only) is the referring body's ``name``,
    ``letter_no``, ``letter_date`` and ``due_date``; it is ignored for other channels.

    Raises:
        ValidationError: as :func:`cases.register_case`, plus ``customer`` not found,
            a vehicle that is not the customer's, a file that is not PDF or an image,
            or an answer given to something other than a question.
    """
    try:
        customer = get_customer(conn, customer_id)
    except NotFound:
        raise ValidationError("customer", "unknown_customer") from None
    segment = None
    if vehicle_id:
        try:
            vehicle = get_vehicle(conn, vehicle_id)
        except NotFound:
            raise ValidationError("vehicle", "unknown_vehicle") from None
        if vehicle.owner_id not in customer_ids(conn, customer.id):
            raise ValidationError("vehicle", "not_customers_vehicle")
        segment = vehicle.segment or None
    if answer.strip() and case_type != "question":
        raise ValidationError("answer", "answer_only_questions")
    if satisfaction is not None and not answer.strip():
        raise ValidationError("answer", "required")
    keys = []
    for item in attachments:
        mime = blobs.guess_mime(item.name, item.data)
        keys.append(blobs.store_blob(conn, item.data, mime, now))
    case = cases.register_case(
        conn,
        actor,
        customer_id=customer.id,
        channel=channel,
        case_type=case_type,
        category=category,
        description=description,
        now=now,
        vehicle_id=vehicle_id or None,
        subcategory=subcategory or None,
        priority=priority or "normal",
        remedy=remedy,
        counter=counter,
        attachments=keys,
        segment=segment,
        authority=authority if channel == "authority" else None,
    )
    for key, item in zip(keys, attachments, strict=True):
        cases.add_attachment(conn, actor, case.id, sha256=key, name=item.name, now=now)
    if answer.strip():
        case = cases.resolve_at_first_contact(
            conn, actor, case.id, answer=answer, now=now, satisfaction=satisfaction
        )
    if ticket_id:
        ticket = queue.get_ticket(conn, ticket_id)
        if ticket.status == queue.CALLED:
            queue.finish(conn, actor, ticket.id, now=now, customer_id=customer.id, case_id=case.id)
    return cases.get_case(conn, case.id) if attachments else case
