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
