"""Shared set-up of the counter's GUI tests: a signed-in clerk and a few customers."""

from __future__ import annotations

from desktop.models import customers, dealership, events, users
from desktop.models.session import Session
from tests.conftest import NOW

PEOPLE = [
    {"first_name": "علیرضا", "last_name": "محمدی", "national_id": "0499370899", "mobile": "09123456789"},
    {"first_name": "مریم", "last_name": "محمدی‌نژاد", "national_id": "0013542419", "mobile": "09351112233"},
    {"first_name": "حسین", "last_name": "رضایی", "national_id": "0790419904"},
]


def sign_in(ctx, username: str = "clerk", counter: str | None = "1") -> users.User:
    with ctx.db.read() as conn:
        user = users.find_user(conn, username)
        ctx.set_session(
            Session(
                user=user,
                dealership=dealership.get_dealership(conn),
                device=events.this_device(conn),
                counter=counter,
            )
        )
    return user


def add_people(db, actor) -> list[customers.Customer]:
    made = []
    with db.write() as conn:
        for values in PEOPLE:
            made.append(customers.create_customer(conn, actor, values, now=NOW, confirm_duplicates=True))
        customers.add_vehicle(
            conn,
            actor,
            made[0].id,
            {"vin": "NAAN01CA9KE123456", "plate": "12ب345-67", "model": "دنا"},
            now=NOW,
        )
    return made
