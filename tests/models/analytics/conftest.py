"""A small month of cases whose figures are worked out by hand in the tests.

Azar 1405 starts on Sunday 22 November 2026. Working hours 08:00-16:00 Tehran
(04:30-12:30 UTC), Saturday to Wednesday. "Now" is Tuesday 24 November, 12:00 Tehran.

A  walk-in complaint, quality: answered on the spot 15 min after registration (FCR).
B  phone question, delivery: answered 4 h later, closed next morning; happy calls:
   no answer, then reached, satisfaction 5.
C  walk-in complaint, price: escalated, the supervisor arrives after 6 min (target 5),
   answers, closes; the happy call scores 2 and reopens the case.
D  e-mail request, warranty: untouched, not yet due.
E  SMS question, other: untouched, due Monday 09:00, so overdue now.
G  phone request, price: answered in 1 h, closed; the happy call finds no one.
F  phone complaint registered in Aban (the month before): outside Azar.
"""

from datetime import UTC, datetime

import pytest

from desktop.models import cases
from desktop.models.analytics import facts
from desktop.models.cases import lifecycle
from tests.conftest import get_user


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026, given in Tehran time (UTC+03:30)."""
    total = hour * 60 + minute - 210
    return datetime(2026, 11, day, total // 60, total % 60, tzinfo=UTC)


@pytest.fixture
def people(dealer_db):
    return {name: get_user(dealer_db, name) for name in ("clerk", "supervisor", "manager", "hq", "admin")}


@pytest.fixture
def month_of_cases(dealer_db, people):
    clerk, supervisor = people["clerk"], people["supervisor"]
    made = {}

    def register(key, when, **values):
        base = {"customer_id": "cust-" + key, "description": "شرح پرونده", "now": when}
        with dealer_db.write() as conn:
            made[key] = cases.register_case(conn, clerk, **(base | values)).id

    def do(fn, key, who, when, **kwargs):
        with dealer_db.write() as conn:
            fn(conn, who, made[key], now=when, **kwargs)

    register("F", at(20, 10), channel="phone", case_type="complaint", category="quality")
    register("A", at(22, 9), channel="walk_in", case_type="complaint", category="quality", counter="1")
    do(cases.resolve_at_first_contact, "A", clerk, at(22, 9, 15), answer="توضیح داده شد", satisfaction=4)
    register("B", at(22, 10), channel="phone", case_type="question", category="delivery")
    do(lifecycle.respond, "B", clerk, at(22, 14), answer="پاسخ", method="phone")
    do(lifecycle.close_case, "B", clerk, at(23, 9), resolution="resolved")
    do(lifecycle.record_happy_call, "B", clerk, at(23, 9, 30), reach="no_answer")
    do(lifecycle.record_happy_call, "B", clerk, at(23, 10), reach="reached", satisfaction=5)
    register("C", at(22, 11), channel="walk_in", case_type="complaint", category="price", counter="1")
    do(lifecycle.escalate, "C", clerk, at(22, 11, 10), reason="not_convinced")
    do(lifecycle.arrive, "C", supervisor, at(22, 11, 16))
    do(lifecycle.respond, "C", supervisor, at(22, 11, 30), answer="پاسخ سرپرست", method="in_person")
    do(lifecycle.close_case, "C", supervisor, at(22, 11, 40), resolution="resolved")
    do(lifecycle.record_happy_call, "C", clerk, at(23, 9, 30), reach="reached", satisfaction=2)
    register("D", at(23, 8, 30), channel="email", case_type="request", category="warranty")
    register("E", at(22, 9), channel="sms", case_type="question", category="other")
    register("G", at(23, 8, 30), channel="phone", case_type="request", category="price")
    do(lifecycle.respond, "G", clerk, at(23, 9, 30), answer="پاسخ", method="sms")
    do(lifecycle.close_case, "G", clerk, at(23, 9, 40), resolution="resolved")
    do(lifecycle.record_happy_call, "G", clerk, at(24, 8, 30), reach="no_answer")
    with dealer_db.write() as conn:
        facts.refresh(conn)
    return made


# Product-quality cases that name a vehicle, for the defects per model and part. The models
# "پژو" and "پژو 206" share a prefix: ordered by model, "پژو" comes first, although the
# roll-up's code "پژو 206|..." sorts before "پژو|..." (a space sorts before "|").
#   key  registered   vehicle      category / sub-category
#   Q1   Mon 23 10:00 پژو          quality / engine
#   Q2   Mon 23 11:00 پژو          quality / engine
#   Q3   Mon 23 12:00 پژو          quality / body_paint
#   Q4   Tue 24 08:30 پژو 206      quality / electrical
#   Q5   Tue 24 09:00 پژو 206      quality / engine
#   Q6   Tue 24 09:30 وانت نیسان   quality (no sub-category)
#   Q7   Tue 24 10:00 وانت نیسان   price / repair_invoice  (not a defect)
#   Q8   Thu 19 10:00 پژو          quality / engine         (Aban: outside Azar)
# The vans are commercial vehicles, the others passenger cars (the segment comes from the
# vehicle). Every one of these cases is still open, untouched.
DEFECT_CASES = (
    ("Q1", at(23, 10), "peugeot", "quality", "engine"),
    ("Q2", at(23, 11), "peugeot", "quality", "engine"),
    ("Q3", at(23, 12), "peugeot", "quality", "body_paint"),
    ("Q4", at(24, 8, 30), "p206", "quality", "electrical"),
    ("Q5", at(24, 9), "p206", "quality", "engine"),
    ("Q6", at(24, 9, 30), "van", "quality", None),
    ("Q7", at(24, 10), "van", "price", "repair_invoice"),
    ("Q8", at(19, 10), "peugeot", "quality", "engine"),
)
VEHICLES = {
    "peugeot": {"vin": "NAAP41FE9GJ100001", "model": "پژو", "segment": "passenger"},
    "p206": {"vin": "NAAP41FE9GJ100002", "model": "پژو 206", "segment": "passenger"},
    "van": {"vin": "NAAP41FE9GJ100003", "model": "وانت نیسان", "segment": "commercial"},
}


@pytest.fixture
def defect_cases(dealer_db, people, month_of_cases):
    """The month of cases plus the quality cases above; returns every case id by key."""
    from desktop.models import customers

    clerk = people["clerk"]
    made = dict(month_of_cases)
    with dealer_db.write() as conn:
        owner = customers.create_customer(
            conn,
            clerk,
            {"first_name": "مریم", "last_name": "کاظمی", "national_id": "0499370899"},
            now=at(18, 9),
        )
        cars = {
            key: customers.add_vehicle(conn, clerk, owner.id, values, now=at(18, 9)).id
            for key, values in VEHICLES.items()
        }
        for key, when, car, category, sub in DEFECT_CASES:
            made[key] = cases.register_case(
                conn,
                clerk,
                customer_id=owner.id,
                vehicle_id=cars[car],
                channel="phone",
                case_type="complaint",
                category=category,
                subcategory=sub,
                description="ایراد خودرو",
                now=when,
            ).id
        facts.refresh(conn)
    return made
