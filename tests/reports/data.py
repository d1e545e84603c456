"""A customer, a vehicle and a case in a test database, made through the model's commands."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.models import cases, customers
from desktop.models.db import Database
from tests.conftest import get_user

NAME = {"first_name": "علی‌رضا", "last_name": "محمدی", "national_id": "0499370899", "mobile": "09121234567"}
CAR = {"vin": "NAAP41FE9HJ123456", "model": "پژو 206 تیپ 5", "plate": "12ب345-67", "colour": "سفید"}


def customer_and_vehicle(db: Database, now: datetime) -> tuple[customers.Customer, customers.Vehicle]:
    clerk = get_user(db, "clerk")
    with db.write() as conn:
        person = customers.create_customer(conn, clerk, NAME, now=now)
        car = customers.add_vehicle(conn, clerk, person.id, CAR, now=now)
    return person, car


def case(db: Database, now: datetime, **overrides: Any) -> cases.Case:
    """A walk-in quality complaint about the vehicle, registered by the clerk at counter 2."""
    person, car = customer_and_vehicle(db, now)
    values: dict[str, Any] = {
        "customer_id": person.id,
        "vehicle_id": car.id,
        "channel": "walk_in",
        "case_type": "complaint",
        "category": "quality",
        "subcategory": "engine",
        "description": "صبح‌ها هنگام روشن کردن صدای غیرعادی از موتور شنیده می‌شود",
        "counter": "2",
        "now": now,
    } | overrides
    with db.write() as conn:
        return cases.register_case(conn, get_user(db, "clerk"), **values)
