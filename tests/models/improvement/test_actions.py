"""Improvement actions: a team of 2 to 6, an owner among them, a due date and a status."""

from datetime import date, timedelta

import pytest

from desktop.models import events, improvement
from desktop.models.errors import PermissionDenied, TransitionRefused, ValidationError
from desktop.models.improvement import Member
from tests.conftest import get_user


@pytest.fixture
def team(dealer_db, manager):
    head = get_user(dealer_db, "head")
    return [Member("", manager.id), Member("", head.id), Member("مهندس کاظمی (کیفیت)")]


@pytest.fixture
def action(dealer_db, manager, team, now):
    def make(**overrides):
        values = {
            "title": "انبار اطمینان قطعات پرمصرف",
            "owner_id": manager.id,
            "team": team,
            "due_date": date(2026, 12, 21),
            "now": now,
        } | overrides
        with dealer_db.write() as conn:
            return improvement.create_action(conn, manager, **values)

    return make


def test_an_action_keeps_its_team_owner_and_due_date(action, manager, team):
    made = action()
    assert made.status == "planned"
    assert made.owner_id == manager.id
    assert made.owner.name == manager.display_name  # a user's name comes from their account
    assert [m.name for m in made.team][2] == "مهندس کاظمی (کیفیت)"
    assert made.due_date == date(2026, 12, 21)


@pytest.mark.parametrize("size", [0, 1, 7])
def test_a_team_has_two_to_six_people(dealer_db, action, manager, size):
    members = [Member("", manager.id)] + [Member(f"کارشناس {i}") for i in range(size - 1)]
    with pytest.raises(ValidationError) as err:
        action(team=members[:size])
    assert (err.value.field, err.value.code) == ("team", "team_size")
    assert err.value.params["minimum"] == 2
    assert err.value.params["maximum"] == 6


@pytest.mark.parametrize("size", [2, 6])
def test_two_and_six_are_allowed(action, manager, size):
    members = [Member("", manager.id)] + [Member(f"کارشناس {i}") for i in range(size - 1)]
    assert len(action(team=members).team) == size


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"title": ""}, "title", "required"),
        ({"due_date": date(2026, 11, 1)}, "due_date", "date_in_past"),
        ({"due_date": "1405/13/01"}, "due_date", "date_invalid"),
        ({"due_date": "next week"}, "due_date", "date_format"),
        ({"owner_id": ""}, "owner", "required"),
        ({"failure_mode_id": "nope"}, "failure_mode_id", "unknown_link"),
        ({"team": [Member("الف"), Member("ب")]}, "owner", "owner_not_in_team"),
        ({"team": [Member("", "ghost"), Member("ب")]}, "team", "unknown_user"),
        ({"team": [Member("الف"), Member(" الف ")]}, "team", "duplicate_member"),
    ],
)
def test_bad_input_says_which_field(action, overrides, field, code):
    with pytest.raises(ValidationError) as err:
        action(**overrides)
    assert (err.value.field, err.value.code) == (field, code)


def test_solar_hijri_due_dates_are_accepted(action):
    assert action(due_date="۱۴۰۵/۱۰/۰۱").due_date == date(2026, 12, 22)


def test_status_moves_on_and_refuses_what_is_not_allowed(dealer_db, manager, action, now):
    made = action()
    with dealer_db.write() as conn:
        started = improvement.set_status(conn, manager, made.id, "in_progress", now=now)
        done = improvement.set_status(conn, manager, made.id, "done", now=now, result="کمبود به نصف رسید")
        with pytest.raises(TransitionRefused):
            improvement.set_status(conn, manager, made.id, "cancelled", now=now)
    assert started.status == "in_progress"
    assert started.closed_at is None
    assert done.status == "done"
    assert done.result == "کمبود به نصف رسید"
    assert done.closed_at == now


def test_overdue_means_open_after_the_due_day(action, now):
    made = action(due_date=date(2026, 11, 24))
    assert not made.overdue(now)
    assert made.overdue(now + timedelta(days=1))


def test_a_status_change_the_fold_cannot_apply_changes_nothing(dealer_db, manager, action, now):
    """Two devices cancel and finish the same action; the later one is kept on record only."""
    made = action()
    with dealer_db.write() as conn:
        improvement.set_status(conn, manager, made.id, "cancelled", now=now)
        events.append(
            conn,
            stream="improvement_action",
            stream_id=made.id,
            kind="action_status_changed",
            payload={"status": "in_progress"},
            actor_id=manager.id,
            now=now,
        )
        assert improvement.get_action(conn, manager, made.id).status == "cancelled"


def test_changing_the_team_must_keep_the_owner(dealer_db, manager, action, now):
    made = action()
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        improvement.change_action(conn, manager, made.id, team=[Member("الف"), Member("ب")], now=now)
    assert err.value.code == "owner_not_in_team"


def test_list_is_soonest_due_first_and_filters(dealer_db, manager, action):
    later = action(title="دیرتر", due_date=date(2027, 1, 10))
    sooner = action(title="زودتر", due_date=date(2026, 12, 1))
    with dealer_db.read() as conn:
        assert [a.id for a in improvement.list_actions(conn, manager)] == [sooner.id, later.id]
        assert improvement.list_actions(conn, manager, statuses=["done"]) == []


def test_a_clerk_cannot_plan_actions(dealer_db, action, now, team):
    clerk = get_user(dealer_db, "clerk")
    with dealer_db.write() as conn, pytest.raises(PermissionDenied):
        improvement.create_action(
            conn, clerk, title="x", owner_id=team[0].user_id, team=team, due_date=date(2027, 1, 1), now=now
        )
