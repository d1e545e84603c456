"""Segment routing and the unit queue follow what an administrator sets for a real user."""

from desktop.models import cases, users
from desktop.models.cases import queues
from tests.conftest import PASSWORD, get_user


def _ids(conn, queue, user, now):
    return [r.id for r in queues.fetch_page(conn, queues.QueueQuery(queue, user, now), limit=500).rows]


def test_an_edited_user_gets_their_segment_and_their_units_inquiries(register, dealer_db, clerk, now):
    admin = get_user(dealer_db, "admin")
    with dealer_db.write() as conn:
        # Added at the settings screen, as a real dealership would: no unit, no segment yet.
        service = users.create_user(
            conn,
            username="service",
            display_name="خدمات",
            role="clerk",
            password=PASSWORD,
            now=now,
            actor=admin,
        )
    passenger = register(channel="phone", segment="passenger")
    commercial = register(channel="phone", segment="commercial")
    inquiry = register(channel="phone")
    with dealer_db.write() as conn:
        cases.refer(conn, clerk, inquiry.id, unit="after_sales", inquiry="?", now=now)
    with dealer_db.read() as conn:
        assert _ids(conn, "my_unit", service, now) == []
        assert {passenger.id, commercial.id} <= set(_ids(conn, "unassigned", service, now))
    with dealer_db.write() as conn:
        service = users.update_user(
            conn, admin, service.id, now=now, unit="after_sales", segments=["commercial"]
        )
    with dealer_db.read() as conn:
        assert _ids(conn, "my_unit", service, now) == [inquiry.id]
        pool = _ids(conn, "unassigned", service, now)
    assert commercial.id in pool
    assert passenger.id not in pool
