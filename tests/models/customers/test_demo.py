"""The demo dealership's customers: valid identifiers, realistic cars, cases and a queue."""

import random

from desktop.models import cases, customers, demo, identity, queue
from desktop.models.customers import demo as customers_demo
from tests.conftest import NOW


def test_demo_customers_are_valid_and_have_cars_cases_and_tickets(db):
    ctx = demo.DemoContext(now=NOW, rng=random.Random(7), size=40)
    with db.write() as conn:
        demo._foundation(conn, ctx)
    with db.write() as conn:
        customers_demo.fill(conn, ctx)
    with db.read() as conn:
        people = customers.list_customers(conn, limit=1000)
        assert len(people) >= 40
        for person in people:
            if person.national_id:
                assert identity.national_id(person.national_id) == person.national_id
            if person.mobile:
                assert identity.mobile(person.mobile) == person.mobile
        cars = [v for p in people for v in customers.vehicles_of(conn, p.id)]
        assert len(cars) >= len(people)
        assert all(identity.vin(v.vin) == v.vin for v in cars)
        assert {v.model for v in cars} & {
            "دنا",
            "شاهین",
            "کوییک",
            "رانا",
            "تارا",
            "فیدلیتی",
            "کاپرا",
            "پژو 206",
        }
        assert any(len(v.owners) > 1 for v in cars)  # resales keep the former owner
        found = cases.list_cases(conn, limit=1000)
        assert any(c.resolution == "resolved_first_contact" for c in found)
        assert any(c.status != "closed" for c in found)
        tickets = queue.day_tickets(conn, queue.day_of(NOW))
        assert {t.status for t in tickets} == {"waiting", "called", "done", "no_show"}
        # One customer was typed twice by another clerk: the duplicate the merge screen shows.
        mobiles = [p.mobile for p in people if p.mobile]
        assert len(mobiles) > len(set(mobiles))


def test_the_customers_filler_runs_first():
    assert demo.FILLERS[0] == "desktop.models.customers.demo:fill"
