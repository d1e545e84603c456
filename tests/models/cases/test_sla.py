"""Service levels: policies, due times, automatic escalation past them, once per case."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop.models import cases, events
from desktop.models.cases import sla
from desktop.models.cases.ladder import apply_preset
from desktop.models.errors import PermissionDenied, ValidationError
from tests.conftest import get_user


def _p(pid, ct=None, cat=None, pr=None, lv=None, hours=24.0):
    return sla.Policy(pid, ct, cat, pr, lv, hours, 2.0)


POLICIES = [
    _p(1),
    _p(2, ct="question", hours=8),
    _p(3, pr="urgent", hours=4),
    _p(4, lv="supervisor", hours=16),
    _p(5, cat="warranty", pr="urgent", hours=2),
]


@pytest.mark.parametrize(
    ("args", "chosen"),
    [
        (("complaint", "price", "normal", "desk"), 1),
        (("question", "price", "normal", "desk"), 2),
        (("question", "price", "urgent", "desk"), 3),  # priority outweighs case type
        (("complaint", "warranty", "urgent", "desk"), 5),  # priority and category together
        (("question", "warranty", "urgent", "supervisor"), 4),  # the level counts most
    ],
)
def test_most_specific_policy_wins(args, chosen):
    assert sla.choose(POLICIES, *args).id == chosen


def test_no_policy_falls_back():
    assert sla.choose([], "question", "price", "normal", "desk") is sla.FALLBACK


def test_policies_are_edited_by_administrators(dealer_db):
    admin, clerk = get_user(dealer_db, "admin"), get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        with pytest.raises(PermissionDenied):
            sla.save_policy(conn, clerk, hours=4, warn_hours=1)
        with pytest.raises(ValidationError) as err:
            sla.save_policy(conn, admin, hours=4, warn_hours=4)
        assert err.value.code == "warn_before_due"
        with pytest.raises(ValidationError):
            sla.save_policy(conn, admin, hours=4, warn_hours=1, level="nowhere")
        added = sla.save_policy(conn, admin, hours=2, warn_hours=0.5, category="price", priority="high")
        assert sla.policy_for(conn, "complaint", "price", "high", "desk").id == added.id
        changed = sla.save_policy(conn, admin, hours=3, warn_hours=1, category="price", policy_id=added.id)
        assert sla.policy_for(conn, "complaint", "price", "high", "desk").hours == 16  # priority wins now
        assert changed.hours == 3
        sla.remove_policy(conn, admin, added.id)
        assert all(p.id != added.id for p in sla.list_policies(conn))


def test_promised_response_is_printed_from_the_case(register, dealer_db, now):
    case = register(case_type="question", channel="phone")
    # A question: 8 business hours from Tuesday noon = 4 h on Tuesday + 4 h on Wednesday morning.
    assert cases.promised_response(case) == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    with dealer_db.read() as conn:
        assert (
            sla.promised_response(conn, case_type="question", category="price", start=now) == case.promised_at
        )


def test_warning_then_overdue(register, now):
    case = register(channel="phone", priority="urgent")  # 4 business hours, warned 1 hour before
    state = case.state
    assert cases.service_state(state, now) == "ok"
    assert cases.service_state(state, now + timedelta(hours=3, minutes=1)) == "warning"
    assert cases.service_state(state, now + timedelta(hours=4)) == "overdue"


def test_auto_escalation_then_flag_at_the_top(register, dealer_db, now):
    case = register(channel="phone", priority="urgent")
    with dealer_db.write() as conn:
        assert cases.auto_escalate(conn, now + timedelta(hours=3)) == []
        done = cases.auto_escalate(conn, now + timedelta(hours=4, minutes=1))
        after = cases.get_case(conn, case.id)
    assert done == [case.id]
    assert (after.level, after.overdue) == ("supervisor", True)
    step = after.state.escalations[-1]
    assert (step.auto, step.reason, step.summons, step.actor_id) == (True, "overdue", False, "system")
    # The supervisor's own clock (16 business hours) starts at the escalation.
    assert after.due_at > now + timedelta(hours=4)
    late = after.due_at + timedelta(minutes=1)
    with dealer_db.write() as conn:
        assert cases.auto_escalate(conn, late) == [case.id]
        top = cases.get_case(conn, case.id)
        assert top.level == "manager"
        again = top.due_at + timedelta(minutes=1)
        assert cases.auto_escalate(conn, again) == [case.id]
        assert cases.auto_escalate(conn, again) == []  # flagged once per due time
        flagged = cases.get_case(conn, case.id)
    assert [e.kind for e in flagged.events][-1] == "sla_breached"
    assert flagged.level == "manager"
    assert flagged.overdue


def test_walk_in_past_due_summons_the_next_level(register, dealer_db, now):
    case = register(counter="1", priority="urgent")
    with dealer_db.write() as conn:
        cases.auto_escalate(conn, now + timedelta(hours=5))
        after = cases.get_case(conn, case.id)
    assert after.state.summons is not None
    assert after.state.summons.counter == "1"


def test_paused_cases_do_not_escalate(register, dealer_db, now):
    clerk = get_user(dealer_db, "clerk")
    case = register(channel="phone", priority="urgent")
    with dealer_db.write() as conn:
        cases.request_confirmation(conn, clerk, case.id, question="مدارک", now=now)
        assert cases.auto_escalate(conn, now + timedelta(days=10)) == []


def _remote_copy(event, device, seq, ms):
    return events.Event(
        event_id=f"{ms:012x}-7{seq:03x}-8000-0000-{device.encode().hex()[:12]:0>12}",
        stream=event.stream,
        stream_id=event.stream_id,
        dealership_id=event.dealership_id,
        device_id=device,
        device_seq=seq,
        actor_id="system",
        kind=event.kind,
        payload=event.payload,
        hlc=f"{ms:015d}.000000.{device}",
        recorded_at=event.recorded_at,
    )


def test_two_devices_escalating_at_once_fold_to_one_escalation(register, dealer_db, now):
    case = register(channel="phone", priority="urgent")
    moment = now + timedelta(hours=5)
    with dealer_db.write() as conn:
        cases.auto_escalate(conn, moment)
        ours = cases.case_events(conn, case.id)[-1]
    # Device B, offline, escalated the same case from the same level a moment later.
    theirs = _remote_copy(ours, "dev-b", 1, int(moment.timestamp() * 1000) + 5)
    with dealer_db.write() as conn:
        events.ingest(conn, [theirs], moment)
        merged = cases.get_case(conn, case.id)
    assert merged.level == "supervisor"
    assert len(merged.state.escalations) == 1
    assert merged.state.anomalies == (theirs.event_id,)


def test_the_ladder_preset_and_levels_are_validated(dealer_db):
    from desktop.models.cases import ladder

    admin = get_user(dealer_db, "admin")
    with dealer_db.write() as conn:
        with pytest.raises(ValidationError):
            apply_preset(conn, admin, "five_levels")
        with pytest.raises(ValidationError):
            ladder.save_level(conn, admin, "supervisor", roles=["nobody"], arrival_minutes=5)
        with pytest.raises(ValidationError):
            ladder.save_level(conn, admin, "supervisor", roles=["supervisor"], arrival_minutes=0)
        level = ladder.save_level(conn, admin, "supervisor", roles=["supervisor"], arrival_minutes=3)
        loaded = ladder.load_ladder(conn)
    assert level.arrival_minutes == 3
    assert loaded.rank("head_of_unit") == -1
    assert loaded.rank("manager") == 2
    assert loaded.may_act_at("manager", "supervisor")
    assert not loaded.may_act_at("clerk", "supervisor")
