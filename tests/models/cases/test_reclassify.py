"""Correcting a case's classification: a new ``reclassified`` event, never an edit in place."""

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models import cases
from desktop.models.cases import sla
from desktop.models.errors import PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import get_user
from tests.models.cases.test_fold_property import CLOCK, _event


@pytest.fixture
def people(dealer_db):
    return {name: get_user(dealer_db, name) for name in ("clerk", "supervisor", "manager", "inspector", "hq")}


@pytest.fixture
def act(dealer_db, now):
    def run(fn, user, case, **kw):
        kw.setdefault("now", now)
        with dealer_db.write() as conn:
            return fn(conn, user, case.id if hasattr(case, "id") else case, **kw)

    return run


def _due(dealer_db, start, **kind):
    values = {"case_type": "complaint", "category": "warranty", "priority": "normal", "level": "desk"} | kind
    with dealer_db.read() as conn:
        return sla.clock_for(conn, start=start, **values)


def test_correction_changes_the_case_and_recounts_its_clock(register, act, people, dealer_db, now):
    case = register(channel="phone", subcategory="claim_refused")
    assert case.due_at == _due(dealer_db, now).due_at
    later = now + timedelta(hours=1)
    fixed = act(
        cases.reclassify,
        people["clerk"],
        case,
        priority="urgent",
        category="quality",
        reason="مشتری خودرو را در جاده متوقف کرده",
        now=later,
    )
    assert (fixed.priority, fixed.category, fixed.case_type) == ("urgent", "quality", "complaint")
    assert fixed.subcategory is None  # the warranty sub-category has no place under quality
    # Four business hours for urgent cases, counted from registration, not from the correction.
    assert fixed.due_at == _due(dealer_db, now, category="quality", priority="urgent").due_at
    assert fixed.promised_at == case.promised_at  # what the receipt promised stays on record
    last = fixed.events[-1]
    assert last.kind == "reclassified"
    assert last.payload["reason"] == "مشتری خودرو را در جاده متوقف کرده"
    assert last.payload["category"] == "quality"
    assert "case_type" not in last.payload  # only what changed
    assert fixed.events[0].payload["category"] == "warranty"  # the registration is untouched
    with dealer_db.read() as conn:
        row = cases.list_cases(conn)[0]
        due_row = conn.execute(
            cases.store.cases_table.select().where(cases.store.cases_table.c.id == case.id)
        ).one()
    assert (row.category, row.priority) == ("quality", "urgent")
    assert due_row.due_at == cases.fold(case.id, fixed.events).due_at


def test_type_and_subcategory_alone(register, act, people, dealer_db, now):
    case = register(channel="phone")
    fixed = act(cases.reclassify, people["clerk"], case, subcategory="claim_refused", reason="دقیق‌تر")
    assert fixed.subcategory == "claim_refused"
    assert fixed.due_at == case.due_at  # the policy does not depend on the sub-category
    assert "sla" not in fixed.events[-1].payload
    fixed = act(cases.reclassify, people["clerk"], case, case_type="question", reason="فقط پرسش بود")
    assert fixed.case_type == "question"
    assert fixed.subcategory == "claim_refused"  # same category: kept
    assert fixed.due_at == _due(dealer_db, now, case_type="question").due_at
    fixed = act(cases.reclassify, people["clerk"], case, subcategory="", reason="نامشخص")
    assert fixed.subcategory is None


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"priority": "urgent", "reason": ""}, "reason", "required"),
        ({"priority": "asap", "reason": "x"}, "priority", "unknown_code"),
        ({"category": "price", "subcategory": "claim_refused", "reason": "x"}, "subcategory", "unknown_code"),
        ({"priority": "normal", "reason": "x"}, "classification", "nothing_changed"),
    ],
)
def test_bad_corrections_are_refused(register, act, people, dealer_db, kw, field, code):
    case = register(channel="phone")
    with pytest.raises(ValidationError) as err:
        act(cases.reclassify, people["clerk"], case, **kw)
    assert (err.value.field, err.value.code) == (field, code)
    with dealer_db.read() as conn:
        assert [e.kind for e in cases.case_events(conn, case.id)] == ["registered"]


def test_who_may_correct(register, act, people):
    case = register()  # a walk-in at the counter
    case = act(cases.escalate, people["clerk"], case, reason="not_convinced")
    # Escalated past the clerk: the clerk may no longer correct it, a supervisor may.
    with pytest.raises(TransitionRefused) as err:
        act(cases.reclassify, people["clerk"], case, priority="high", reason="x")
    assert err.value.code == "not_your_level"
    assert act(cases.reclassify, people["supervisor"], case, priority="high", reason="x").priority == "high"
    with pytest.raises(PermissionDenied):
        act(cases.reclassify, people["inspector"], case, priority="low", reason="x")


def test_supervisors_correct_cases_above_their_level(register, act, people):
    case = register(channel="phone")
    case = act(cases.escalate, people["clerk"], case, reason="complex_case")
    case = act(cases.escalate, people["supervisor"], case, reason="beyond_authority")
    assert case.level == "manager"
    fixed = act(cases.reclassify, people["supervisor"], case, category="price", reason="x")
    assert fixed.category == "price"


def test_closed_cases_are_not_corrected(register, act, people):
    case = register(channel="phone")
    case = act(cases.close_case, people["clerk"], case, resolution="withdrawn", reason="انصراف")
    with pytest.raises(TransitionRefused) as err:
        act(cases.reclassify, people["clerk"], case, priority="high", reason="x")
    assert err.value.code == "closed"


def test_available_actions_offer_the_correction(register, act, people, dealer_db):
    case = register(channel="phone")
    with dealer_db.read() as conn:
        assert cases.available_actions(conn, people["clerk"], case)["reclassify"] is None
        assert cases.available_actions(conn, people["inspector"], case)["reclassify"] == "permission_denied"
    case = act(cases.close_case, people["clerk"], case, resolution="withdrawn", reason="x")
    with dealer_db.read() as conn:
        assert cases.available_actions(conn, people["clerk"], case)["reclassify"] == "closed"


def test_a_paused_clock_keeps_the_difference(register, act, people):
    case = register(channel="phone")
    case = act(cases.request_confirmation, people["clerk"], case, question="ارسال فاکتور")
    left = case.state.paused_remaining
    fixed = act(cases.reclassify, people["clerk"], case, priority="urgent", reason="x")
    assert fixed.state.paused_remaining == pytest.approx(left - 20 * 3600)  # 24 h -> 4 h


def test_an_authority_deadline_still_comes_first(register, act, people):
    authority = {
        "name": "سازمان حمایت",
        "letter_no": "۱۲",
        "letter_date": "1405/09/01",
        "due_date": "1405/09/04",
    }
    case = register(channel="authority", authority=authority, priority="low")
    fixed = act(cases.reclassify, people["clerk"], case, priority="normal", reason="x")
    assert fixed.due_at == case.due_at  # still the end of 1405/09/04
    assert fixed.due_at.isoformat().startswith("2026-11-25T20:29:59")


# -- the fold ---------------------------------------------------------------------------------


def _history(case_id):
    registered = {
        "customer_id": "c",
        "channel": "phone",
        "case_type": "complaint",
        "category": "warranty",
        "subcategory": "claim_refused",
        "description": "d",
        "tracking_code": "1420-P3225Z",
        "sla": CLOCK,
    }
    later = CLOCK | {"due_at": "2026-11-24T12:30:00.000Z", "warn_at": "2026-11-24T11:30:00.000Z"}
    first = {"priority": "urgent", "sla": later, "clock_due": CLOCK["due_at"], "reason": "a"}
    # Made on another device from the same state: its clock no longer applies.
    other = {"category": "quality", "subcategory": None, "sla": CLOCK, "clock_due": CLOCK["due_at"]}
    e = _event
    return [
        e(case_id, 1, "registered", registered),
        e(case_id, 2, "reclassified", first),
        e(case_id, 3, "reclassified", other, device="dev-b", ms=2_500),
        e(case_id, 4, "reclassified", {}),  # nothing to change: refused
        e(case_id, 5, "responded", {"answer": "x", "method": "sms", "final": False}),
        e(case_id, 6, "reclassified", {"priority": "low", "sla": CLOCK, "clock_due": None}),
        e(case_id, 7, "closed", {"resolution": "resolved"}),
        e(case_id, 8, "reclassified", {"priority": "high"}),  # closed: refused
    ]


def test_the_corrections_fold_as_expected():
    state = cases.fold("r", _history("r"))
    assert (state.category, state.subcategory, state.priority) == ("quality", None, "low")
    assert state.status == "closed"
    assert len(state.anomalies) == 2
    before_answer = cases.fold("r", _history("r")[:4])
    assert before_answer.due_at == "2026-11-24T12:30:00.000Z"  # the second clock did not apply
    answered = cases.fold("r", _history("r")[:6])
    assert answered.due_at is None  # a correction after the answer starts no clock


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_corrections_fold_the_same_in_any_order(data):
    history = _history("case-1")
    expected = cases.fold("case-1", history)
    extra = data.draw(st.lists(st.sampled_from(history), max_size=6))
    assert cases.fold("case-1", data.draw(st.permutations(history + extra))) == expected
