"""users.update_user: an administrator sets a user's unit, segments, role, name and access."""

import json

import pytest

from desktop.models import reference, users
from desktop.models.cases import units
from desktop.models.errors import PermissionDenied, PishkhanError, ValidationError
from tests.conftest import PASSWORD, get_user


@pytest.fixture
def admin(dealer_db):
    return get_user(dealer_db, "admin")


def test_admin_sets_unit_and_segments(dealer_db, admin, clerk, now):
    with dealer_db.write() as conn:
        changed = users.update_user(
            conn, admin, clerk.id, now=now, unit="after_sales", segments=["motorcycle", "commercial"]
        )
    assert changed.unit == "after_sales"
    assert changed.segments == ("commercial", "motorcycle")  # the catalogue's order
    with dealer_db.read() as conn:
        again = users.get_user(conn, clerk.id)
        stamp = conn.exec_driver_sql("SELECT updated_at FROM users WHERE id = ?", (clerk.id,)).scalar()
    assert again == changed
    assert stamp.startswith(now.date().isoformat())
    assert again.display_name == clerk.display_name  # left as it was
    assert again.role == clerk.role


def test_leaving_out_keeps_and_none_clears(dealer_db, admin, clerk, now):
    with dealer_db.write() as conn:
        users.update_user(conn, admin, clerk.id, now=now, unit="sales", segments=["passenger"])
        kept = users.update_user(conn, admin, clerk.id, now=now, display_name="مریم  احمدي")
        assert (kept.unit, kept.segments) == ("sales", ("passenger",))
        assert kept.display_name == "مریم احمدی"  # normalised like every name
        cleared = users.update_user(conn, admin, clerk.id, now=now, unit=None, segments=())
    assert (cleared.unit, cleared.segments) == (None, ())


def test_units_added_as_data_can_be_chosen(dealer_db, admin, clerk, now):
    with dealer_db.write() as conn:
        units.save_unit(conn, admin, code="paint_shop", name_fa="نقاشی", name_en="Paint shop")
        assert users.update_user(conn, admin, clerk.id, now=now, unit="paint_shop").unit == "paint_shop"


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"unit": "bakery"}, "unit", "unknown_code"),
        ({"segments": ["passenger", "tractor"]}, "segment", "unknown_code"),
        ({"role": "pilot"}, "role", "unknown_role"),
        ({"display_name": "  "}, "display_name", "required"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(dealer_db, admin, clerk, now, kwargs, field, code):
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        users.update_user(conn, admin, clerk.id, now=now, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    assert get_user(dealer_db, "clerk") == clerk


def test_create_user_checks_unit_and_segments_too(dealer_db, admin, now):
    values = {"username": "nu", "display_name": "تازه", "role": "clerk", "password": PASSWORD}
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        users.create_user(conn, now=now, actor=admin, unit="bakery", **values)
    assert err.value.field == "unit"
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        users.create_user(conn, now=now, actor=admin, segments=("truck",), **values)
    assert err.value.field == "segment"


@pytest.mark.parametrize("who", ["clerk", "manager", "supervisor"])
def test_only_administrators_change_users(dealer_db, clerk, now, who):
    actor = get_user(dealer_db, who)
    with dealer_db.write() as conn, pytest.raises(PermissionDenied):
        users.update_user(conn, actor, clerk.id, now=now, unit="sales")


def test_role_and_access(dealer_db, admin, clerk, now):
    with dealer_db.write() as conn:
        promoted = users.update_user(conn, admin, clerk.id, now=now, role="supervisor")
        assert promoted.can(users.Perm.CASE_REOPEN)
        disabled = users.update_user(conn, admin, clerk.id, now=now, active=False)
    assert not disabled.active
    with dealer_db.read() as conn:
        assert clerk.id not in {u.id for u in users.list_users(conn)}


def test_the_last_administrator_stays(dealer_db, admin, now):
    for change in ({"role": "clerk"}, {"active": False}):
        with dealer_db.write() as conn, pytest.raises(PishkhanError) as err:
            users.update_user(conn, admin, admin.id, now=now, **change)
        assert err.value.code == "last_admin"
    with dealer_db.write() as conn:
        second = users.create_user(
            conn, username="it2", display_name="دوم", role="admin", password=PASSWORD, now=now, actor=admin
        )
        assert users.update_user(conn, second, admin.id, now=now, role="clerk").role == "clerk"


def test_accounts_hq_publishes_are_changed_at_hq(dealer_db, admin, now):
    body = {
        "username": "hqclerk",
        "display_name": "کارمند ستاد",
        "role": "clerk",
        "password_hash": users.HASHER.hash(PASSWORD),
        "unit": "sales",
        "segments": ["passenger"],
    }
    record = reference.Record(
        "user", "dealership:1420", "0192f000-0000-7000-8000-00000000aaaa", 1, 9, False, body
    )
    with dealer_db.write() as conn:
        reference.apply(conn, [record], now)
        assert users.managed_by_hq(conn, record.key)
        assert not users.managed_by_hq(conn, admin.id)
    with dealer_db.write() as conn, pytest.raises(PermissionDenied) as err:
        users.update_user(conn, admin, record.key, now=now, unit="warranty")
    assert err.value.code == "managed_by_hq"
    # HQ's next version is what changes it on this PC.
    changed = reference.Record(
        "user", record.scope, record.key, 2, 10, False, body | {"unit": "warranty", "segments": []}
    )
    with dealer_db.write() as conn:
        reference.apply(conn, [changed], now)
        user = users.get_user(conn, record.key)
        assert (user.unit, user.segments) == ("warranty", ())
        assert (
            json.loads(
                conn.exec_driver_sql("SELECT segments FROM users WHERE id = ?", (record.key,)).scalar()
            )
            == []
        )
