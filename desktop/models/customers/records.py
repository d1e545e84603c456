"""Customers and vehicles as the model hands them out, and the one check of their fields.

Every input is cleaned once here (letters, digits, identifiers in their stored form),
whoever typed it: the counter's form, the importer, the command line or HQ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.models import identity
from desktop.models.calendar import parse_date
from desktop.models.errors import ValidationError
from desktop.models.text import normalize, to_ascii_digits

KINDS = ("person", "organisation")
SEGMENTS = ("passenger", "commercial", "motorcycle")

PERSON_FIELDS = ("first_name", "last_name", "national_id")
ORGANISATION_FIELDS = ("company_name", "company_id", "contact_person")
CONTACT_FIELDS = ("mobile", "phone", "city", "address")
CUSTOMER_FIELDS = PERSON_FIELDS + ORGANISATION_FIELDS + CONTACT_FIELDS
VEHICLE_FIELDS = (
    "vin",
    "chassis",
    "engine_no",
    "plate",
    "model",
    "colour",
    "segment",
    "delivered_on",
    "warranty_end",
)
MAX_TEXT = 200
MAX_ODOMETER_KM = 3_000_000


@dataclass(frozen=True)
class Customer:
    id: str
    kind: str
    first_name: str
    last_name: str
    company_name: str
    national_id: str
    company_id: str
    contact_person: str
    mobile: str
    phone: str
    city: str
    address: str
    display_name: str
    dealership_id: str
    created_at: str
    created_by: str
    updated_at: str
    merged_into: str | None = None
    documents: tuple[Document, ...] = ()

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in CUSTOMER_FIELDS}


@dataclass(frozen=True)
class Document:
    """A file kept with the customer's record (content-addressed by SHA-256)."""

    sha256: str
    name: str
    mime: str
    added_at: str
    added_by: str


@dataclass(frozen=True)
class Ownership:
    owner_id: str
    owner_name: str
    since: str  # ISO date
    until: str | None
    reason: str  # added, transfer, merge


@dataclass(frozen=True)
class Reading:
    km: int
    on: str  # ISO date


@dataclass(frozen=True)
class Vehicle:
    id: str
    owner_id: str
    vin: str
    chassis: str
    engine_no: str
    plate: str  # plate key, e.g. 12ب345-67
    model: str
    colour: str
    segment: str
    delivered_on: str
    warranty_end: str
    odometer: tuple[Reading, ...] = ()
    owners: tuple[Ownership, ...] = ()

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in VEHICLE_FIELDS}

    def identifier(self) -> str:
        """The identifier people read first: plate, else VIN, else chassis."""
        return self.plate or self.vin or self.chassis


def display_name(kind: str, fields: Mapping[str, str]) -> str:
    if kind == "organisation":
        return fields.get("company_name", "")
    return " ".join(p for p in (fields.get("first_name", ""), fields.get("last_name", "")) if p)


def _text(value: Any, name: str) -> str:
    text = normalize(str(value)) if value is not None else ""
    if len(text) > MAX_TEXT:
        raise ValidationError(name, "too_long", maximum=MAX_TEXT)
    return text


def _date(value: Any, name: str) -> str:
    text = str(value or "").strip()
    return parse_date(text, name).isoformat() if text else ""


def clean_customer(kind: str, values: Mapping[str, Any], *, partial: bool = False) -> dict[str, str]:
    """The stored form of a customer's fields; raises the first :class:`ValidationError`.

    With ``partial`` only the given fields are checked (a change), else every field is
    returned and the required ones must be there.
    """
    if kind not in KINDS:
        raise ValidationError("kind", "unknown_code", value=kind)
    unknown = set(values) - set(CUSTOMER_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field")
    out: dict[str, str] = {}
    for name in CUSTOMER_FIELDS:
        if partial and name not in values:
            continue
        raw = values.get(name)
        text = _text(raw, name)
        if text and name == "national_id":
            text = identity.national_id(text)
        elif text and name == "company_id":
            text = identity.company_id(text)
        elif text and name == "mobile":
            text = identity.mobile(text)
        elif text and name == "phone":
            text = identity.phone(text)
        out[name] = text
    if not partial:
        check_required(kind, out)
    return out


def check_required(kind: str, fields: Mapping[str, str]) -> None:
    """The names a kind of customer requires are there (also after a change)."""
    names = ("first_name", "last_name") if kind == "person" else ("company_name",)
    for name in names:
        if not fields.get(name):
            raise ValidationError(name, "required")


def clean_vehicle(values: Mapping[str, Any], *, partial: bool = False) -> dict[str, str]:
    """The stored form of a vehicle's fields; a new vehicle needs a VIN, chassis or plate."""
    unknown = set(values) - set(VEHICLE_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field")
    out: dict[str, str] = {}
    for name in VEHICLE_FIELDS:
        if partial and name not in values:
            continue
        raw = values.get(name)
        text = _text(raw, name)
        if text and name == "vin":
            text = identity.vin(text)
        elif text and name == "chassis":
            text = identity.chassis(text)
        elif text and name == "engine_no":
            text = to_ascii_digits(text).replace(" ", "").upper()
        elif text and name == "plate":
            text = identity.plate(text).key()
        elif name == "segment":
            text = text or ("" if partial else "passenger")
            if text not in SEGMENTS:
                raise ValidationError("segment", "unknown_code", value=text)
        elif name in ("delivered_on", "warranty_end"):
            text = _date(text, name)
        out[name] = text
    if not partial:
        check_identified(out)
    if out.get("delivered_on") and out.get("warranty_end") and out["warranty_end"] < out["delivered_on"]:
        raise ValidationError("warranty_end", "before_delivery")
    return out


def check_identified(fields: Mapping[str, str]) -> None:
    """A vehicle keeps a VIN, a chassis number or a plate (also after a change)."""
    if not (fields.get("vin") or fields.get("chassis") or fields.get("plate")):
        raise ValidationError("vin", "vehicle_identifier_required")


def clean_km(value: Any) -> int:
    text = to_ascii_digits(str(value if value is not None else "")).replace(",", "").replace("٬", "").strip()
    if not text:
        raise ValidationError("odometer", "required")
    if not text.isdigit():
        raise ValidationError("odometer", "not_digits")
    km = int(text)
    if km > MAX_ODOMETER_KM:
        raise ValidationError("odometer", "odometer_range")
    return km
