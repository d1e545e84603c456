"""The demo filler gives the Cases screen something in every state."""

import random
from collections import Counter

from desktop.models import cases, customers
from desktop.models.cases import demo as case_demo
from desktop.models.cases import queues
from desktop.models.customers import generate
from desktop.models.demo import DemoContext
from tests.conftest import get_user


def test_demo_cases_cover_every_state(dealer_db, now):
    staff = {n: get_user(dealer_db, n) for n in ("clerk", "supervisor", "manager", "hq")}
    rng = random.Random(5)
    with dealer_db.write() as conn:
        for i in range(4):
            values = {"first_name": "علی", "last_name": f"نمونه{i}", "national_id": generate.national_id(rng)}
            customers.create_customer(conn, staff["clerk"], values, now=now)
        case_demo.fill(conn, DemoContext(now=now, rng=random.Random(1), users=staff))
    with dealer_db.read() as conn:
        listed = cases.list_cases(conn, limit=500)
        states = Counter(c.status for c in listed)
        assert set(states) == set(cases.STATUSES)
        for queue in ("summons_for_me", "overdue", "happy_call"):
            rows = queues.fetch_page(conn, queues.QueueQuery(queue, staff["supervisor"], now)).rows
            assert rows, queue
