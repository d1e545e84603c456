"""Work queues: who sees which case, in which order, a page at a time."""

from datetime import timedelta

import pytest

from desktop.models import cases, users
from desktop.models.cases import queues
from tests.conftest import PASSWORD, PIN, get_user


@pytest.fixture
def staff(dealer_db, now):
    people = {name: get_user(dealer_db, name) for name in ("clerk", "supervisor", "manager", "hq")}
    with dealer_db.write() as conn:
        people["service"] = users.create_user(
            conn,
            username="service",
            display_name="واحد خدمات",
            role=users.Role.CLERK,
            password=PASSWORD,
            pin=PIN,
            dealership_id="1420",
            unit="after_sales",
            segments=("commercial",),
            now=now,
        )
    return people


def _ids(conn, queue, user, now, **kw):
    return [r.id for r in queues.fetch_page(conn, queues.QueueQuery(queue, user, now, **kw), limit=500).rows]


def test_each_queue_holds_its_cases(register, dealer_db, staff, now):
    clerk, supervisor, service = staff["clerk"], staff["supervisor"], staff["service"]
    walk_in = register(counter="2")
    phone = register(channel="phone", segment="commercial")
    passenger = register(channel="phone", segment="passenger")
    urgent = register(channel="phone", priority="urgent")
    summoned_case, referred_case, answered_case = (
        register(counter="1"),
        register(channel="phone"),
        register(channel="phone"),
    )
    with dealer_db.write() as conn:
        summoned = cases.escalate(conn, clerk, summoned_case.id, reason="not_convinced", now=now)
        referred = cases.refer(conn, clerk, referred_case.id, unit="after_sales", inquiry="?", now=now)
        answered = cases.respond(conn, clerk, answered_case.id, answer="x", method="sms", now=now)
    soon = now + timedelta(hours=3, minutes=30)  # the urgent case warns an hour before its 4 hours
    late = now + timedelta(hours=4, minutes=30)
    with dealer_db.read() as conn:
        mine = _ids(conn, "my_cases", clerk, now)
        assert walk_in.id in mine
        assert summoned.id in mine
        assert phone.id not in mine
        assert _ids(conn, "counter_walk_ins", clerk, now, counter="2") == [walk_in.id]
        assert _ids(conn, "summons_for_me", supervisor, now) == [summoned.id]
        assert _ids(conn, "summons_for_me", clerk, now) == []
        assert _ids(conn, "my_unit", service, now) == [referred.id]
        assert _ids(conn, "my_unit", clerk, now) == []  # the clerk has no unit
        pool = _ids(conn, "unassigned", service, now)
        assert phone.id in pool
        assert passenger.id not in pool
        assert passenger.id in _ids(conn, "unassigned", clerk, now)  # a generalist sees them all
        assert _ids(conn, "breaching_soon", clerk, soon) == [urgent.id]
        assert _ids(conn, "breaching_soon", clerk, now) == []
        assert _ids(conn, "overdue", clerk, late) == [urgent.id]
        assert _ids(conn, "happy_call", staff["hq"], now) == [answered.id]
        assert len(_ids(conn, "all", clerk, now)) == 7
        assert queues.count(conn, queues.QueueQuery("all", clerk, now)) == 7
        assert queues.count(conn, queues.QueueQuery("overdue", clerk, late)) == 1
        alerts = queues.summons_for(conn, supervisor, now)
    assert [(a.level, a.counter, a.reason) for a in alerts] == [("supervisor", "1", "not_convinced")]


def test_flagged_cases_stay_in_the_overdue_queue(register, dealer_db, staff, now):
    case = register(channel="phone", priority="urgent")
    late = now + timedelta(hours=4, minutes=30)
    with dealer_db.write() as conn:
        cases.auto_escalate(conn, late)
        # Escalated with a fresh clock, but still flagged overdue.
        assert _ids(conn, "overdue", staff["clerk"], late) == [case.id]


def test_pages_follow_each_other_without_gaps(register, dealer_db, staff, now):
    made = [register(channel="phone", now=now + timedelta(minutes=i)).id for i in range(23)]
    clerk = staff["clerk"]
    for sort, expected in (("newest", made[::-1]), ("oldest", made)):
        seen, cursor = [], None
        query = queues.QueueQuery("all", clerk, now, sort=sort)
        with dealer_db.read() as conn:
            while True:
                page = queues.fetch_page(conn, query, after=cursor, limit=5)
                seen.extend(r.id for r in page.rows)
                if page.cursor is None:
                    break
                cursor = page.cursor
        assert seen == expected


def test_filters_and_tracking_code_search(register, dealer_db, staff, now):
    a = register(channel="phone", category="price", priority="high")
    register(channel="phone", category="quality")
    clerk = staff["clerk"]
    with dealer_db.read() as conn:
        assert _ids(conn, "all", clerk, now, filters={"category": "price"}) == [a.id]
        assert _ids(conn, "all", clerk, now, filters={"priority": "high", "status": "registered"}) == [a.id]
        assert _ids(conn, "all", clerk, now, filters={"priority": "low"}) == []
        assert _ids(conn, "all", clerk, now, text=a.tracking_code.lower()) == [a.id]
        assert _ids(conn, "all", clerk, now, text=a.tracking_code[:7]) != []


def test_rows_carry_customer_names(dealer_db, staff, now, register):
    from desktop.models import customers

    with dealer_db.write() as conn:
        person = customers.create_customer(
            conn,
            staff["clerk"],
            {"first_name": "زهرا", "last_name": "کاظمی", "national_id": "0499370899"},
            now=now,
        )
    register(customer_id=person.id, channel="phone")
    with dealer_db.read() as conn:
        row = queues.fetch_page(conn, queues.QueueQuery("all", staff["clerk"], now)).rows[0]
    assert row.customer_name == "زهرا کاظمی"
