from datetime import timedelta

import pytest

from desktop.models import users
from desktop.models.errors import AuthError, PermissionDenied, ValidationError
from tests.conftest import PASSWORD, PIN, get_user


def test_passwords_are_argon2_hashes(dealer_db):
    with dealer_db.read() as conn:
        stored = conn.exec_driver_sql(
            "SELECT password_hash, pin_hash FROM users WHERE username='clerk'"
        ).one()
    assert stored[0].startswith("$argon2id$")
    assert PASSWORD not in stored[0]
    assert stored[1].startswith("$argon2id$")


def test_sign_in(dealer_db, now):
    user = users.sign_in(dealer_db, "CLERK", PASSWORD, now)
    assert user.username == "clerk"
    assert user.can(users.Perm.CASE_REGISTER)


def test_unknown_user_and_wrong_password_look_the_same(dealer_db, now):
    with pytest.raises(AuthError) as unknown:
        users.sign_in(dealer_db, "nobody", PASSWORD, now)
    with pytest.raises(AuthError) as wrong:
        users.sign_in(dealer_db, "clerk", "wrong-password", now)
    assert unknown.value.code == wrong.value.code == "bad_credentials"


def test_five_wrong_tries_lock_for_five_minutes(dealer_db, now):
    for attempt in range(4):
        with pytest.raises(AuthError) as err:
            users.sign_in(dealer_db, "clerk", "wrong-password", now)
        assert err.value.params["attempts_left"] == 4 - attempt
    with pytest.raises(AuthError) as err:
        users.sign_in(dealer_db, "clerk", "wrong-password", now)
    assert err.value.code == "locked"
    # Even the right password is refused while locked...
    with pytest.raises(AuthError) as err:
        users.sign_in(dealer_db, "clerk", PASSWORD, now + timedelta(minutes=4, seconds=59))
    assert err.value.code == "locked"
    # ...and accepted once the five minutes are over, which also clears the count.
    assert (
        users.sign_in(dealer_db, "clerk", PASSWORD, now + timedelta(minutes=5, seconds=1)).username == "clerk"
    )
    with pytest.raises(AuthError) as err:
        users.sign_in(dealer_db, "clerk", "wrong-password", now + timedelta(minutes=6))
    assert err.value.params["attempts_left"] == 4


def test_right_password_resets_the_count(dealer_db, now):
    for _ in range(3):
        with pytest.raises(AuthError):
            users.sign_in(dealer_db, "clerk", "nope-nope", now)
    users.sign_in(dealer_db, "clerk", PASSWORD, now)
    with pytest.raises(AuthError) as err:
        users.sign_in(dealer_db, "clerk", "nope-nope", now)
    assert err.value.params["attempts_left"] == 4


def test_pin_step_up(dealer_db, now):
    supervisor = get_user(dealer_db, "supervisor")
    assert users.step_up(dealer_db, supervisor.id, PIN, now).id == supervisor.id
    with pytest.raises(AuthError):
        users.step_up(dealer_db, supervisor.id, "0000", now)


def test_permissions_are_checked_in_the_model(dealer_db, now):
    clerk = get_user(dealer_db, "clerk")
    admin = get_user(dealer_db, "admin")
    with dealer_db.write() as conn, pytest.raises(PermissionDenied):
        users.create_user(
            conn, username="x", display_name="x", role="clerk", password=PASSWORD, now=now, actor=clerk
        )
    with dealer_db.write() as conn:
        made = users.create_user(
            conn, username="x", display_name="ایکس", role="clerk", password=PASSWORD, now=now, actor=admin
        )
    assert made.role == "clerk"


def test_listed_users_carry_their_roles_permissions(dealer_db):
    with dealer_db.read() as conn:
        listed = users.list_users(conn)
        one_by_one = [users.get_user(conn, u.id) for u in listed]
    assert {u.role for u in listed} >= {"admin", "clerk", "manager", "hq"}
    assert listed == one_by_one
    assert all(u.permissions for u in listed)


def test_roles_are_data(dealer_db):
    with dealer_db.read() as conn:
        assert set(users.list_roles(conn)) >= {"clerk", "supervisor", "manager", "inspector", "admin"}
        assert users.role_permissions(conn, "clerk") == users.BUILTIN_ROLES[users.Role.CLERK]


@pytest.mark.parametrize("role", ["clerk", "supervisor", "manager", "admin", "head_of_unit"])
def test_dealership_roles_never_see_covert_audits(role):
    perms = users.BUILTIN_ROLES[users.Role(role)]
    assert users.Perm.AUDIT_VIEW not in perms
    assert users.Perm.AUDIT_FILL not in perms


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"password": "short"}, "password_too_short"),
        ({"pin": "12"}, "pin_format"),
        ({"username": "two words"}, "username_format"),
        ({"username": "clerk"}, "username_taken"),
        ({"role": "pilot"}, "unknown_role"),
    ],
)
def test_user_validation(dealer_db, now, kwargs, code):
    values = {"username": "newbie", "display_name": "تازه", "role": "clerk", "password": PASSWORD} | kwargs
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        users.create_user(conn, now=now, **values)
    assert err.value.code == code


def test_only_those_who_manage_settings_change_settings_or_add_counters(dealer_db):
    from desktop.models import dealership, settings
    from desktop.models.errors import PermissionDenied
    from tests.conftest import get_user

    clerk, admin = get_user(dealer_db, "clerk"), get_user(dealer_db, "admin")
    with dealer_db.write() as conn:
        with pytest.raises(PermissionDenied):
            settings.change(conn, clerk, "idle_lock_minutes", 1)
        with pytest.raises(PermissionDenied):
            dealership.add_counter(conn, "9", "", actor=clerk)
        settings.change(conn, admin, "idle_lock_minutes", 3)
        dealership.add_counter(conn, "9", "", actor=admin)
    with dealer_db.read() as conn:
        assert settings.get(conn, "idle_lock_minutes") == 3
        assert "9" in {c.code for c in dealership.list_counters(conn)}
