"""Two PCs of a dealership that hold the same two-character code issue the same tracking
code; when one receives the other's case, both cases are kept (sync never stops on it)."""

from desktop.models import cases, dealership, events, users
from desktop.models import tables as t
from desktop.models.db import open_database
from tests.conftest import PASSWORD


def _second_pc(tmp_path, short_code, now):
    db = open_database(tmp_path / "second.db")
    with db.write() as conn:
        dealership.setup(
            conn,
            code="1420",
            name="نمایندگی آرین‌خودرو",
            admin_username="admin2",
            admin_password=PASSWORD,
            now=now,
        )
        conn.execute(t.device.update().values(short_code=short_code))
        clerk = users.create_user(
            conn,
            username="clerk2",
            display_name="کاربر دوم",
            role=users.Role.CLERK,
            password=PASSWORD,
            dealership_id="1420",
            now=now,
        )
    return db, clerk


def _register(db, clerk, now, description):
    with db.write() as conn:
        return cases.register_case(
            conn,
            clerk,
            customer_id="cust-1",
            channel="walk_in",
            case_type="complaint",
            category="warranty",
            description=description,
            now=now,
        )


def test_a_case_with_a_code_already_held_here_is_kept_beside_it(dealer_db, clerk, now, tmp_path):
    with dealer_db.read() as conn:
        mine_code = events.this_device(conn).short_code
    other_db, other_clerk = _second_pc(tmp_path, mine_code, now)
    try:
        here = _register(dealer_db, clerk, now, "صدای موتور")
        there = _register(other_db, other_clerk, now, "تأخیر در تحویل")
        assert here.tracking_code == there.tracking_code  # the clash this guards against
        with other_db.read() as conn:
            theirs = events.load_stream(conn, "case", there.id)
        with dealer_db.write() as conn:
            assert len(events.ingest(conn, theirs, now)) == len(theirs)
        with dealer_db.read() as conn:
            both = conn.execute(
                cases.store.cases_table.select().where(
                    cases.store.cases_table.c.tracking_code == here.tracking_code
                )
            ).all()
            assert {r.id for r in both} == {here.id, there.id}
            assert cases.get_case(conn, there.id).description == "تأخیر در تحویل"
            # A lookup by the shared code answers with one of them, never fails.
            assert cases.get_case(conn, here.tracking_code).id in {here.id, there.id}
    finally:
        other_db.close()
