"""Job cards: the after-sales desk's record of a car's visit, and the bill handed back.

A job card is opened when a car is received (the odometer, what the customer asks for),
filled while the work is done (labour and part lines, each with who pays: the
customer, the warranty or the dealership as goodwill), and issued at hand-back: the
bill is then computed once and frozen in the ``issued`` event, with the VAT rate of
that day, so a reprint years later shows the same figures whatever the settings say.

Stream "jobcard": ``opened`` (vehicle and customer as they were at reception),
``updated`` (the whole editable part: lines, request, workshop report; the last one in
fold order wins), ``issued`` (the frozen bill), ``cancelled``. Events a state does not
allow (an edit that arrives from another device after the card was issued) are kept
as anomalies and change nothing, as in the case fold.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Column, Connection, Index, Integer, Table, Text, select

from desktop.models import events, settings, users
from desktop.models.calendar import parse_iso
from desktop.models.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.ids import uuid7
from desktop.models.meta import metadata, upsert
from desktop.models.text import normalize, to_ascii_digits
from desktop.models.users import Perm, User

STREAM = "jobcard"
LINE_KINDS = ("labour", "part")
PAYERS = ("customer", "warranty", "goodwill")
STATUSES = ("open", "issued", "cancelled")
VAT_SETTING = "vat_rate_percent"
MAX_LINES = 200
MAX_QUANTITY = Decimal(10_000)
MAX_UNIT_PRICE = 100_000_000_000  # Rials: a hundred billion, far above any part
MAX_TEXT = 2000

jobcards_table = Table(
    "jobcards",
    metadata,
    Column("id", Text, primary_key=True),
    Column("number", Text, nullable=False),
    Column("dealership_id", Text, nullable=False),
    Column("vehicle_id", Text, nullable=False),
    Column("customer_id", Text, nullable=False),
    Column("case_id", Text, nullable=True),
    Column("status", Text, nullable=False),
    Column("opened_at", Text, nullable=False),
    Column("issued_at", Text, nullable=True),
    Column("to_pay", Integer, nullable=True),
    Column("state", Text, nullable=False),
    Index("ix_jobcards_vehicle", "vehicle_id", "opened_at"),
    Index("ix_jobcards_case", "case_id"),
    Index("ix_jobcards_status", "status", "opened_at"),
    Index("ix_jobcards_number", "number"),
)


# -- lines and the bill (pure) --------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One labour item or part. ``quantity`` may have two decimals (1.5 hours, 4.5 litres)."""

    kind: str
    description: str
    quantity: Decimal
    unit_price: int
    payer: str = "customer"
    code: str = ""  # part number or labour code

    @property
    def total(self) -> int:
        return _rials(self.quantity * self.unit_price)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "description": self.description,
            "quantity": str(self.quantity),
            "unit_price": self.unit_price,
            "payer": self.payer,
            "code": self.code,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Line:
        return cls(
            kind=str(data["kind"]),
            description=str(data["description"]),
            quantity=Decimal(str(data["quantity"])),
            unit_price=int(data["unit_price"]),
            payer=str(data.get("payer", "customer")),
            code=str(data.get("code", "")),
        )


@dataclass(frozen=True)
class Bill:
    """The sums of a job card in Rials. VAT is charged on the customer's share only.

    ``saving`` is what the customer would have paid, VAT included, had nobody else
    paid for the warranty and goodwill lines: the value of the work with its VAT less
    what the customer pays.
    """

    lines: tuple[Line, ...]
    labour: int
    parts: int
    value: int
    warranty: int
    goodwill: int
    customer_share: int
    tax_rate: Decimal
    tax: int
    to_pay: int
    saving: int

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["lines"] = [line.to_dict() for line in self.lines]
        data["tax_rate"] = str(self.tax_rate)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bill:
        values = dict(data)
        values["lines"] = tuple(Line.from_dict(x) for x in data["lines"])
        values["tax_rate"] = Decimal(str(data["tax_rate"]))
        return cls(**values)


def _rials(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compute_bill(lines: Sequence[Line], tax_rate: Decimal) -> Bill:
    """The bill of ``lines`` at ``tax_rate`` percent (each line total rounded to a Rial)."""
    totals = dict.fromkeys(PAYERS, 0)
    labour = parts = 0
    for line in lines:
        amount = line.total
        totals[line.payer] += amount
        if line.kind == "labour":
            labour += amount
        else:
            parts += amount
    value = labour + parts
    share = totals["customer"]
    tax = _rials(Decimal(share) * tax_rate / 100)
    full_tax = _rials(Decimal(value) * tax_rate / 100)
    return Bill(
        lines=tuple(lines),
        labour=labour,
        parts=parts,
        value=value,
        warranty=totals["warranty"],
        goodwill=totals["goodwill"],
        customer_share=share,
        tax_rate=tax_rate,
        tax=tax,
        to_pay=share + tax,
        saving=value + full_tax - (share + tax),
    )


def clean_quantity(value: Any, field: str = "quantity") -> Decimal:
    text = (
        to_ascii_digits(str(value if value is not None else "")).strip().replace("٫", ".").replace(",", ".")
    )
    if not text:
        raise ValidationError(field, "required")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", text):
        raise ValidationError(field, "quantity_format")
    try:
        quantity = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, "quantity_format") from None
    if quantity <= 0:
        raise ValidationError(field, "quantity_positive")
    if quantity > MAX_QUANTITY:
        raise ValidationError(field, "quantity_range", maximum=int(MAX_QUANTITY))
    return quantity


def clean_line(values: Mapping[str, Any]) -> Line:
    """A line as typed (any digits, separators) in its stored form; raises ValidationError."""
    from desktop.models.identity import amount

    kind = str(values.get("kind", ""))
    if kind not in LINE_KINDS:
        raise ValidationError("line_kind", "unknown_code", value=kind)
    payer = str(values.get("payer", "customer"))
    if payer not in PAYERS:
        raise ValidationError("payer", "unknown_code", value=payer)
    description = normalize(str(values.get("description", "")))
    if not description:
        raise ValidationError("line_description", "required")
    if len(description) > 200:
        raise ValidationError("line_description", "too_long", maximum=200)
    price = amount(values.get("unit_price", ""), "unit_price")
    if price > MAX_UNIT_PRICE:
        raise ValidationError("unit_price", "amount_range")
    code = re.sub(r"\s+", "", to_ascii_digits(normalize(str(values.get("code", ""))))).upper()
    if len(code) > 40:
        raise ValidationError("part_code", "too_long", maximum=40)
    return Line(kind, description, clean_quantity(values.get("quantity", "")), price, payer, code)


def clean_tax_rate(value: Any) -> Decimal:
    try:
        rate = Decimal(to_ascii_digits(str(value)).strip())
    except InvalidOperation:
        raise ValidationError(VAT_SETTING, "tax_rate_range") from None
    if not Decimal(0) <= rate <= Decimal(100):
        raise ValidationError(VAT_SETTING, "tax_rate_range")
    return rate


def tax_rate(conn: Connection) -> Decimal:
    """The VAT rate a bill issued now is charged at (setting ``vat_rate_percent``)."""
    return clean_tax_rate(settings.get(conn, VAT_SETTING))


def set_tax_rate(conn: Connection, actor: User, value: Any) -> Decimal:
    users.require(actor, Perm.SETTINGS_MANAGE)
    rate = clean_tax_rate(value)
    settings.put(conn, VAT_SETTING, float(rate) if rate != rate.to_integral() else int(rate))
    return rate


# -- the fold (pure) ------------------------------------------------------------------------


@dataclass(frozen=True)
class JobCardState:
    id: str
    number: str = ""
    dealership_id: str = ""
    status: str = ""
    vehicle_id: str = ""
    customer_id: str = ""
    case_id: str | None = None
    vehicle: Mapping[str, str] = field(default_factory=dict)  # model, plate, vin, colour
    customer_name: str = ""
    customer_mobile: str = ""
    odometer_in: int | None = None
    odometer_out: int | None = None
    request: str = ""
    work_done: str = ""
    lines: tuple[Mapping[str, Any], ...] = ()
    opened_at: str = ""
    opened_by: str = ""
    issued_at: str | None = None
    issued_by: str | None = None
    bill: Mapping[str, Any] | None = None
    cancelled_at: str | None = None
    cancel_reason: str = ""
    anomalies: tuple[str, ...] = ()
    last_event_at: str = ""


class _Refused(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _apply(state: JobCardState, event: events.Event) -> JobCardState:
    p = event.payload
    if event.kind == "opened":
        if state.status:
            raise _Refused("already_opened")
        return replace(
            state,
            number=str(p["number"]),
            dealership_id=event.dealership_id,
            status="open",
            vehicle_id=str(p["vehicle_id"]),
            customer_id=str(p["customer_id"]),
            case_id=p.get("case_id"),
            vehicle=dict(p.get("vehicle", {})),
            customer_name=str(p.get("customer_name", "")),
            customer_mobile=str(p.get("customer_mobile", "")),
            odometer_in=p.get("odometer_in"),
            request=str(p.get("request", "")),
            opened_at=event.recorded_at,
            opened_by=event.actor_id,
        )
    if not state.status:
        raise _Refused("no_such_jobcard")
    if state.status != "open":
        raise _Refused("jobcard_" + state.status)
    if event.kind == "updated":
        return replace(
            state,
            lines=tuple(dict(x) for x in p.get("lines", ())),
            request=str(p.get("request", state.request)),
            work_done=str(p.get("work_done", state.work_done)),
        )
    if event.kind == "issued":
        bill = dict(p["bill"])
        return replace(
            state,
            status="issued",
            lines=tuple(dict(x) for x in bill["lines"]),
            work_done=str(p.get("work_done", state.work_done)),
            odometer_out=p.get("odometer_out"),
            issued_at=event.recorded_at,
            issued_by=event.actor_id,
            bill=bill,
        )
    if event.kind == "cancelled":
        return replace(
            state, status="cancelled", cancelled_at=event.recorded_at, cancel_reason=str(p.get("reason", ""))
        )
    raise _Refused("unknown_kind")


def fold(jobcard_id: str, history: Iterable[events.Event]) -> JobCardState:
    """The job card after all its events in fold order; refused events become anomalies."""
    state = JobCardState(id=jobcard_id)
    for event in events.sort_events(history):
        try:
            state = replace(_apply(state, event), last_event_at=event.recorded_at)
        except _Refused:
            state = replace(state, anomalies=(*state.anomalies, event.event_id))
    return state


# -- what screens and documents get ---------------------------------------------------------


@dataclass(frozen=True)
class JobCard:
    id: str
    number: str
    dealership_id: str
    status: str
    vehicle_id: str
    customer_id: str
    case_id: str | None
    vehicle_model: str
    vehicle_plate: str
    vehicle_vin: str
    vehicle_colour: str
    customer_name: str
    customer_mobile: str
    odometer_in: int | None
    odometer_out: int | None
    request: str
    work_done: str
    lines: tuple[Line, ...]
    opened_at: datetime
    opened_by: str
    issued_at: datetime | None
    issued_by: str | None
    bill: Bill | None  # frozen once issued
    anomalies: tuple[str, ...] = ()

    def draft_bill(self, rate: Decimal) -> Bill:
        """The frozen bill once issued; before that the bill as it would be at ``rate``."""
        return self.bill if self.bill is not None else compute_bill(self.lines, rate)


def _card(state: JobCardState) -> JobCard:
    vehicle = state.vehicle
    return JobCard(
        id=state.id,
        number=state.number,
        dealership_id=state.dealership_id,
        status=state.status,
        vehicle_id=state.vehicle_id,
        customer_id=state.customer_id,
        case_id=state.case_id,
        vehicle_model=vehicle.get("model", ""),
        vehicle_plate=vehicle.get("plate", ""),
        vehicle_vin=vehicle.get("vin", ""),
        vehicle_colour=vehicle.get("colour", ""),
        customer_name=state.customer_name,
        customer_mobile=state.customer_mobile,
        odometer_in=state.odometer_in,
        odometer_out=state.odometer_out,
        request=state.request,
        work_done=state.work_done,
        lines=tuple(Line.from_dict(x) for x in state.lines),
        opened_at=parse_iso(state.opened_at),
        opened_by=state.opened_by,
        issued_at=parse_iso(state.issued_at) if state.issued_at else None,
        issued_by=state.issued_by,
        bill=Bill.from_dict(state.bill) if state.bill else None,
        anomalies=state.anomalies,
    )


@events.projector(STREAM)
def project(conn: Connection, jobcard_id: str, history: list[events.Event]) -> None:
    """Rewrite the job card's row from all its events (called by events.append/ingest)."""
    state = fold(jobcard_id, history)
    if not state.status:
        return
    row: dict[str, Any] = {
        "id": state.id,
        "number": state.number,
        "dealership_id": state.dealership_id,
        "vehicle_id": state.vehicle_id,
        "customer_id": state.customer_id,
        "case_id": state.case_id,
        "status": state.status,
        "opened_at": state.opened_at,
        "issued_at": state.issued_at,
        "to_pay": int(state.bill["to_pay"]) if state.bill else None,
        "state": json.dumps(asdict(state), ensure_ascii=False),
    }
    upsert(conn, jobcards_table, row)


def _state_of(row: Any) -> JobCardState:
    data = json.loads(row.state)
    data["lines"] = tuple(data.get("lines", ()))
    data["anomalies"] = tuple(data.get("anomalies", ()))
    return JobCardState(**data)


def get_jobcard(conn: Connection, key: str) -> JobCard:
    """A job card by id or number (Persian digits and any case accepted)."""
    text = to_ascii_digits((key or "").strip())
    t = jobcards_table.c
    row = conn.execute(select(t.state).where((t.id == text) | (t.number == text.upper())).limit(1)).first()
    if row is None:
        raise NotFound(what="jobcard", key=text)
    return _card(_state_of(row))


def list_jobcards(
    conn: Connection,
    *,
    vehicle_id: str | None = None,
    case_id: str | None = None,
    statuses: Iterable[str] | None = None,
    limit: int = 100,
) -> list[JobCard]:
    """Job cards, newest first."""
    t = jobcards_table.c
    query = select(t.state).order_by(t.opened_at.desc(), t.id.desc()).limit(limit)
    if vehicle_id is not None:
        query = query.where(t.vehicle_id == vehicle_id)
    if case_id is not None:
        query = query.where(t.case_id == case_id)
    if statuses is not None:
        query = query.where(t.status.in_(list(statuses)))
    return [_card(_state_of(row)) for row in conn.execute(query)]


# -- commands -------------------------------------------------------------------------------


def _append(
    conn: Connection, actor: User, card: JobCard, kind: str, payload: Mapping[str, Any], now: datetime
) -> JobCard:
    state = fold(card.id, events.load_stream(conn, STREAM, card.id))
    probe = events.Event(
        "probe", STREAM, card.id, state.dealership_id, "probe", 0, actor.id, kind, dict(payload), "", ""
    )
    try:
        _apply(state, probe)
    except _Refused as exc:
        raise TransitionRefused(exc.code, kind=kind, status=state.status) from None
    events.append(
        conn,
        stream=STREAM,
        stream_id=card.id,
        kind=kind,
        payload=payload,
        actor_id=actor.id,
        now=now,
        dealership_id=state.dealership_id or None,
    )
    return get_jobcard(conn, card.id)


def _text(value: str, name: str) -> str:
    text = normalize(value)
    if len(text) > MAX_TEXT:
        raise ValidationError(name, "too_long", maximum=MAX_TEXT)
    return text


def _odometer(conn: Connection, actor: User, vehicle_id: str, value: Any, name: str, now: datetime) -> int:
    """A reading checked against the vehicle's history, recorded on it when it moved on."""
    from desktop.models import customers
    from desktop.models.customers.records import clean_km

    try:
        km = clean_km(value)
    except ValidationError as exc:
        raise ValidationError(
            name, exc.code, **{k: v for k, v in exc.params.items() if k != "field"}
        ) from None
    vehicle = customers.get_vehicle(conn, vehicle_id)
    last = vehicle.odometer[-1].km if vehicle.odometer else None
    if last is not None and km < last:
        raise ValidationError(name, "odometer_lower", last=last)
    if last is None or km > last:
        customers.record_odometer(conn, actor, vehicle_id, km, now=now)
    return km


def open_jobcard(
    conn: Connection,
    actor: User,
    *,
    odometer_in: Any,
    now: datetime,
    vehicle_id: str | None = None,
    case_id: str | None = None,
    request: str = "",
) -> JobCard:
    """Receive a car: a new job card for a vehicle, optionally for a case.

    The vehicle and its owner are copied as they are now (a bill keeps the names it was
    made with); the odometer reading is recorded on the vehicle too.

    Raises:
        ValidationError: no vehicle (``vehicle``), an odometer below the vehicle's last
            reading (``odometer_lower``), text too long.
        NotFound: an unknown vehicle or case.
    """
    from desktop.models import cases, customers

    users.require(actor, Perm.CASE_HANDLE)
    case = cases.get_case(conn, case_id) if case_id else None
    vehicle_id = vehicle_id or (case.vehicle_id if case else None)
    if not vehicle_id:
        raise ValidationError("vehicle", "required")
    vehicle = customers.get_vehicle(conn, vehicle_id)
    owner = customers.get_customer(conn, vehicle.owner_id)
    km = _odometer(conn, actor, vehicle.id, odometer_in, "odometer_in", now)
    device = events.this_device(conn)
    serial = settings.next_number(conn, "jobcard")
    number = f"{device.dealership_id}-{device.short_code}-{serial:05d}"
    payload = {
        "number": number,
        "vehicle_id": vehicle.id,
        "customer_id": owner.id,
        "case_id": case.id if case else None,
        "vehicle": {
            "model": vehicle.model,
            "plate": vehicle.plate,
            "vin": vehicle.vin,
            "colour": vehicle.colour,
        },
        "customer_name": owner.display_name,
        "customer_mobile": owner.mobile,
        "odometer_in": km,
        "request": _text(request, "request") or (case.description if case else ""),
    }
    card_id = uuid7(int(now.timestamp() * 1000))
    events.append(
        conn, stream=STREAM, stream_id=card_id, kind="opened", payload=payload, actor_id=actor.id, now=now
    )
    return get_jobcard(conn, card_id)


def update_jobcard(
    conn: Connection,
    actor: User,
    jobcard_id: str,
    *,
    lines: Sequence[Mapping[str, Any] | Line],
    now: datetime,
    request: str | None = None,
    work_done: str | None = None,
) -> JobCard:
    """Save the editable part of an open job card: its lines and texts, all at once.

    Raises:
        ValidationError: a bad line (field names ``line_kind``, ``line_description``,
            ``quantity``, ``unit_price``, ``payer``, ``part_code``; param ``line`` is its
            number from 1), too many lines.
        TransitionRefused: ``jobcard_issued`` / ``jobcard_cancelled``.
    """
    users.require(actor, Perm.CASE_HANDLE)
    card = get_jobcard(conn, jobcard_id)
    clean = _clean_lines(lines)
    payload: dict[str, Any] = {"lines": [line.to_dict() for line in clean]}
    payload["request"] = _text(request, "request") if request is not None else card.request
    payload["work_done"] = _text(work_done, "work_done") if work_done is not None else card.work_done
    return _append(conn, actor, card, "updated", payload, now)


def _clean_lines(lines: Sequence[Mapping[str, Any] | Line]) -> list[Line]:
    if len(lines) > MAX_LINES:
        raise ValidationError("lines", "too_many", maximum=MAX_LINES)
    clean = []
    for number, line in enumerate(lines, start=1):
        values = line.to_dict() if isinstance(line, Line) else line
        try:
            clean.append(clean_line(values))
        except ValidationError as exc:
            params = {k: v for k, v in exc.params.items() if k != "field"}
            raise ValidationError(exc.field, exc.code, line=number, **params) from None
    return clean


def issue_jobcard(
    conn: Connection,
    actor: User,
    jobcard_id: str,
    *,
    odometer_out: Any,
    now: datetime,
    lines: Sequence[Mapping[str, Any] | Line] | None = None,
    work_done: str | None = None,
) -> JobCard:
    """Hand the car back: compute the bill at today's VAT rate and freeze it.

    Raises:
        ValidationError: no lines (``lines``/``required``), an odometer below the one at
            reception (``odometer_out``/``odometer_lower``).
        TransitionRefused: already issued or cancelled.
    """
    users.require(actor, Perm.CASE_HANDLE)
    card = get_jobcard(conn, jobcard_id)
    if card.status != "open":
        raise TransitionRefused("jobcard_" + card.status, kind="issued", status=card.status)
    clean = _clean_lines(lines) if lines is not None else list(card.lines)
    if not clean:
        raise ValidationError("lines", "required")
    km = _odometer(conn, actor, card.vehicle_id, odometer_out, "odometer_out", now)
    if card.odometer_in is not None and km < card.odometer_in:
        raise ValidationError("odometer_out", "odometer_lower", last=card.odometer_in)
    bill = compute_bill(clean, tax_rate(conn))
    payload = {
        "bill": bill.to_dict(),
        "odometer_out": km,
        "work_done": _text(work_done, "work_done") if work_done is not None else card.work_done,
    }
    return _append(conn, actor, card, "issued", payload, now)


def cancel_jobcard(conn: Connection, actor: User, jobcard_id: str, *, reason: str, now: datetime) -> JobCard:
    """Cancel an open job card (the car left without work, or it was opened by mistake)."""
    users.require(actor, Perm.CASE_HANDLE)
    why = _text(reason, "reason")
    if not why:
        raise ValidationError("reason", "required")
    return _append(conn, actor, get_jobcard(conn, jobcard_id), "cancelled", {"reason": why}, now)
