"""The lifecycle as people live it: every step allowed where it should be, refused elsewhere."""

from datetime import timedelta

import pytest

from desktop.models import cases, users
from desktop.models.cases import ladder as ladder_mod
from desktop.models.errors import AuthError, PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import PASSWORD, PIN, get_user


@pytest.fixture
def people(dealer_db):
    return {
        name: get_user(dealer_db, name) for name in ("clerk", "supervisor", "head", "manager", "hq", "admin")
    }


@pytest.fixture
def act(dealer_db, now):
    """Run a lifecycle command in its own transaction: act(fn, user, case, **kw)."""

    def run(fn, user, case, **kw):
        kw.setdefault("now", now)
        with dealer_db.write() as conn:
            return fn(conn, user, case.id if hasattr(case, "id") else case, **kw)

    return run


def _refused(act, fn, user, case, code, **kw):
    with pytest.raises(TransitionRefused) as err:
        act(fn, user, case, **kw)
    assert err.value.code == code


# -- the walk-in escalation ladder ------------------------------------------------------------


def test_walk_in_ladder_end_to_end(register, act, people, dealer_db, now):
    case = register(counter="2")
    assert (case.status, case.level, case.assignee_id) == ("at_counter", "desk", people["clerk"].id)
    assert case.due_at is not None
    assert case.promised_at == case.due_at
    case = act(cases.escalate, people["clerk"], case, reason="not_convinced", comment="قانع نشد")
    summons = case.state.summons
    assert (case.level, case.status, summons.level, summons.counter) == (
        "supervisor",
        "at_counter",
        "supervisor",
        "2",
    )
    assert summons.arrival_minutes == 5
    # Nothing but the arrival (or a withdrawal) happens while the supervisor is on the way.
    _refused(
        act, cases.respond, people["supervisor"], case, "awaiting_arrival", answer="x", method="in_person"
    )
    _refused(act, cases.escalate, people["clerk"], case, "not_your_level", reason="not_convinced")
    # The clerk cannot answer for the supervisor.
    with pytest.raises(TransitionRefused) as err:
        cases.take_over(dealer_db, case.id, user_id=people["clerk"].id, pin=PIN, now=now)
    assert err.value.code == "not_your_level"
    with pytest.raises(AuthError):
        cases.take_over(dealer_db, case.id, user_id=people["supervisor"].id, pin="0000", now=now)
    later = now + timedelta(minutes=3, seconds=20)
    superior, case = cases.take_over(dealer_db, case.id, user_id=people["supervisor"].id, pin=PIN, now=later)
    assert superior.id == people["supervisor"].id
    arrival = case.state.arrivals[-1]
    assert (arrival.actor_id, arrival.waited_seconds, arrival.late) == (superior.id, 200, False)
    assert case.assignee_id == superior.id
    assert case.state.summons is None
    case = act(cases.escalate, superior, case, reason="beyond_authority", now=later)
    assert (case.level, case.state.summons.level) == ("manager", "manager")
    _, case = cases.take_over(
        dealer_db, case.id, user_id=people["manager"].id, pin=PIN, now=later + timedelta(minutes=7)
    )
    assert case.state.arrivals[-1].late  # 7 minutes against a 5-minute target
    _refused(act, cases.escalate, people["manager"], case, "top_level", reason="not_convinced")
    case = act(cases.respond, people["manager"], case, answer="تعویض قطعه با هزینهٔ شرکت", method="in_person")
    assert (case.status, case.state.final, case.state.happy_call_pending) == ("responded", True, True)
    # The top level's word is final: an unhappy call is recorded, the case still closes.
    case = act(cases.record_happy_call, people["hq"], case, reach="reached", satisfaction=2, comment="ناراضی")
    assert (case.status, case.resolution, case.satisfaction) == ("closed", "resolved", 2)
    kinds = [e.kind for e in case.events]
    assert kinds == [
        "registered",
        "escalated",
        "supervisor_arrived",
        "escalated",
        "supervisor_arrived",
        "responded",
        "happy_call",
    ]
    # Each step is recorded under the person who took it.
    assert [e.actor_id for e in case.events][2:6] == [
        people["supervisor"].id,
        people["supervisor"].id,
        people["manager"].id,
        people["manager"].id,
    ]


def test_four_level_preset_puts_the_head_of_unit_between(register, act, people, dealer_db, now):
    with dealer_db.write() as conn:
        ladder = ladder_mod.apply_preset(conn, people["admin"], "four_levels")
    assert ladder.codes == ("desk", "supervisor", "head_of_unit", "manager")
    case = register()
    case = act(cases.escalate, people["clerk"], case, reason="not_convinced")
    _, case = cases.take_over(dealer_db, case.id, user_id=people["supervisor"].id, pin=PIN, now=now)
    case = act(cases.escalate, people["supervisor"], case, reason="not_convinced")
    assert case.state.summons.level == "head_of_unit"
    with dealer_db.read() as conn:
        names = {u.username for u in cases.summoned_candidates(conn, case.id)}
    assert names == {"head", "manager"}  # the manager may answer a lower summons too


def test_respond_at_desk_is_not_final(register, act, people):
    case = act(cases.respond, people["clerk"], register(channel="phone"), answer="پاسخ", method="phone")
    assert case.state.final is False
    assert case.state.responses[-1].method == "phone"


# -- referrals ------------------------------------------------------------------------------


def test_referrals_open_answer_and_return(register, act, people):
    case = register(channel="phone")
    case = act(cases.refer, people["clerk"], case, unit="sales", inquiry="وضعیت قرارداد؟")
    case = act(cases.refer, people["clerk"], case, unit="accounting", inquiry="مبلغ واریزی؟")
    assert case.status == "referred"
    assert len(case.state.open_referrals) == 2
    _refused(act, cases.respond, people["clerk"], case, "referrals_open", answer="x", method="sms")
    first, second = case.state.referrals
    case = act(cases.answer_inquiry, people["clerk"], case, referral_id=first.id, answer="قرارداد معتبر است")
    assert case.status == "referred"
    _refused(
        act, cases.answer_inquiry, people["clerk"], case, "no_open_referral", referral_id=first.id, answer="x"
    )
    case = act(cases.answer_inquiry, people["clerk"], case, referral_id=second.id, answer="واریز شده")
    assert case.status == "registered"
    assert not case.state.open_referrals
    case = act(cases.respond, people["clerk"], case, answer="پاسخ نهایی", method="sms")
    assert case.status == "responded"


def test_a_walk_in_referred_leaves_the_counter(register, act, people):
    case = act(cases.refer, people["clerk"], register(), unit="technical", inquiry="بررسی فنی")
    referral = case.state.referrals[0]
    case = act(cases.answer_inquiry, people["clerk"], case, referral_id=referral.id, answer="ایراد تأیید شد")
    assert case.status == "registered"


def test_unknown_unit_is_refused(register, act, people):
    with pytest.raises(ValidationError) as err:
        act(cases.refer, people["clerk"], register(), unit="paint_shop", inquiry="x")
    assert err.value.field == "unit"


# -- the after-sales rule: unhappy call goes back to the unit that answered -------------------


def test_unhappy_call_reopens_and_sends_back_to_the_unit(register, act, people):
    case = register(channel="phone", category="quality")
    case = act(cases.refer, people["clerk"], case, unit="after_sales", inquiry="صدای موتور")
    case = act(
        cases.answer_inquiry, people["clerk"], case, referral_id=case.state.referrals[0].id, answer="تعمیر شد"
    )
    case = act(cases.respond, people["clerk"], case, answer="خودرو تعمیر شد", method="sms")
    case = act(cases.record_happy_call, people["hq"], case, reach="no_answer")
    assert case.status == "responded"
    assert case.state.happy_call_attempts == 1
    case = act(
        cases.record_happy_call, people["hq"], case, reach="reached", satisfaction=1, comment="صدا هنوز هست"
    )
    assert (case.status, case.state.reopen_count, case.satisfaction) == ("referred", 1, 1)
    back = case.state.open_referrals
    assert [(r.unit, r.inquiry) for r in back] == [("after_sales", "صدا هنوز هست")]
    assert case.due_at is not None  # the clock runs again
    case = act(cases.answer_inquiry, people["clerk"], case, referral_id=back[0].id, answer="قطعه تعویض شد")
    assert case.status == "reopened"
    case = act(cases.respond, people["clerk"], case, answer="قطعه تعویض شد", method="phone")
    case = act(cases.record_happy_call, people["hq"], case, reach="reached", satisfaction=5)
    assert (case.status, case.resolution, case.state.happy_call_pending) == ("closed", "resolved", False)


def test_unhappy_without_a_unit_goes_back_to_who_responded(register, act, people):
    case = act(cases.respond, people["supervisor"], register(channel="phone"), answer="x", method="phone")
    case = act(cases.record_happy_call, people["hq"], case, reach="reached", satisfaction=2)
    assert (case.status, case.assignee_id) == ("reopened", people["supervisor"].id)


def test_three_unanswered_calls_leave_the_queue(register, act, people):
    case = act(cases.respond, people["clerk"], register(channel="phone"), answer="x", method="sms")
    for _ in range(3):
        case = act(cases.record_happy_call, people["hq"], case, reach="wrong_number")
    assert not case.state.happy_call_pending
    _refused(
        act, cases.record_happy_call, people["hq"], case, "no_happy_call_due", reach="reached", satisfaction=4
    )


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"reach": "busy"}, "reach"),
        ({"reach": "reached"}, "satisfaction"),
        ({"reach": "reached", "satisfaction": 6}, "satisfaction"),
    ],
)
def test_happy_call_input(register, act, people, kw, field):
    case = act(cases.respond, people["clerk"], register(channel="phone"), answer="x", method="sms")
    with pytest.raises(ValidationError) as err:
        act(cases.record_happy_call, people["hq"], case, **kw)
    assert err.value.field == field


def test_closed_cases_wait_for_a_happy_call_too(register, act, people):
    case = act(cases.respond, people["clerk"], register(channel="phone"), answer="x", method="sms")
    case = act(cases.close_case, people["clerk"], case, resolution="rejected", reason="خارج از تعهد")
    assert case.status == "closed"
    assert case.state.happy_call_pending
    case = act(cases.record_happy_call, people["hq"], case, reach="reached", satisfaction=4)
    assert case.status == "closed"
    assert not case.state.happy_call_pending


# -- waiting on the customer ------------------------------------------------------------------


def test_waiting_on_the_customer_pauses_the_clock(register, act, people, now):
    case = register(channel="phone")
    due = case.due_at
    case = act(cases.request_confirmation, people["clerk"], case, question="ارسال تصویر فاکتور")
    assert case.status == "awaiting_confirmation"
    assert case.due_at is None
    left = case.state.paused_remaining
    assert left == pytest.approx(24 * 3600 - 0)  # registered at noon, asked at once
    _refused(act, cases.escalate, people["clerk"], case, "waiting_on_customer", reason="not_convinced")
    # Three calendar days later (over a weekend) the customer sends it: the remaining time resumes.
    later = now + timedelta(days=3)
    case = act(cases.record_customer_reply, people["clerk"], case, text="فاکتور رسید", now=later)
    assert case.status == "registered"
    assert case.due_at > due
    assert cases.remaining_seconds(_calendar(act), case.state, later) == pytest.approx(left)


def _calendar(act):
    from desktop.models.business_calendar import BusinessCalendar

    return BusinessCalendar(holidays=frozenset(h for h in _holidays()))


def _holidays():
    from desktop.models.business_calendar import official_holidays_1405

    return [h.day for h in official_holidays_1405()]


def test_customer_reply_only_when_waiting(register, act, people):
    _refused(act, cases.record_customer_reply, people["clerk"], register(), "not_waiting", text="x")


# -- closing, reopening, authorities ----------------------------------------------------------


def test_closing_rules(register, act, people):
    case = register(channel="phone")
    _refused(act, cases.close_case, people["clerk"], case, "not_responded", resolution="resolved")
    with pytest.raises(ValidationError):
        act(cases.close_case, people["clerk"], case, resolution="rejected")  # a rejection needs a reason
    case = act(cases.refer, people["clerk"], case, unit="sales", inquiry="x")
    case = act(cases.close_case, people["clerk"], case, resolution="withdrawn", reason="انصراف مشتری")
    assert case.status == "closed"
    assert case.state.referrals[0].cancelled
    assert not case.state.happy_call_pending
    _refused(
        act, cases.close_case, people["clerk"], case, "already_closed", resolution="withdrawn", reason="x"
    )
    with pytest.raises(PermissionDenied):
        act(cases.reopen_case, people["clerk"], case, reason="x")
    case = act(cases.reopen_case, people["supervisor"], case, reason="مدارک جدید")
    assert (case.status, case.state.reopen_count, case.resolution) == ("reopened", 1, None)
    assert case.due_at is not None
    _refused(act, cases.reopen_case, people["supervisor"], case, "not_closed", reason="x")


AUTHORITY = {
    "name": "سازمان حمایت مصرف‌کنندگان",
    "letter_no": "۱۲/۳۴۵",
    "letter_date": "1405/09/01",
    "due_date": "1405/09/04",
}


def test_authority_case_needs_the_reply_letter_to_close(register, act, people, now):
    case = register(channel="authority", authority=AUTHORITY)
    # The authority's deadline (end of 1405/09/04) is sooner than three working days.
    assert case.due_at.isoformat().startswith("2026-11-25T20:29:59")
    case = act(cases.respond, people["clerk"], case, answer="پاسخ به مشتری", method="letter")
    _refused(act, cases.close_case, people["clerk"], case, "reply_letter_required", resolution="resolved")
    with pytest.raises(ValidationError) as err:
        act(
            cases.record_reply_letter, people["clerk"], case, letter_no="", letter_date="1405/09/05", text="x"
        )
    assert err.value.field == "reply_letter_no"
    case = act(
        cases.record_reply_letter,
        people["clerk"],
        case,
        letter_no="۱۴۰۵/ق/۹۹",
        letter_date="1405/09/05",
        text="احتراماً در پاسخ به نامهٔ شماره ۱۲/۳۴۵ ...",
    )
    assert case.state.reply_letter == {
        "letter_no": "1405/ق/99",
        "letter_date": "2026-11-26",
        "text": "احتراماً در پاسخ به نامهٔ شماره 12/345 ...",
    }
    case = act(cases.close_case, people["clerk"], case, resolution="resolved")
    assert case.status == "closed"


def test_reply_letter_only_for_authorities(register, act, people):
    _refused(
        act,
        cases.record_reply_letter,
        people["clerk"],
        register(),
        "not_authority",
        letter_no="1",
        letter_date="1405/09/05",
        text="x",
    )


# -- segment routing --------------------------------------------------------------------------


def _user(dealer_db, now, name, segments=(), role=users.Role.CLERK):
    with dealer_db.write() as conn:
        return users.create_user(
            conn,
            username=name,
            display_name=name,
            role=role,
            password=PASSWORD,
            pin=PIN,
            dealership_id="1420",
            segments=segments,
            now=now,
        )


def test_segment_routing(register, act, people, dealer_db, now):
    moto = _user(dealer_db, now, "moto", ("motorcycle",))
    truck = _user(dealer_db, now, "truck", ("commercial",))
    case = register(channel="phone", segment="motorcycle")
    assert case.assignee_id is None  # waits in the motorcycle pool
    _refused(act, cases.take_up, truck, case, "segment_mismatch")
    case = act(cases.take_up, moto, case)
    assert case.assignee_id == moto.id
    _refused(act, cases.take_up, moto, case, "already_yours")
    with pytest.raises(PermissionDenied):
        act(cases.assign, people["clerk"], case, assignee_id=truck.id)
    with pytest.raises(ValidationError) as err:
        act(cases.assign, people["supervisor"], case, assignee_id=truck.id)
    assert err.value.code == "segment_mismatch"
    case = act(cases.assign, people["supervisor"], case, assignee_id=people["clerk"].id)  # a generalist
    assert case.assignee_id == people["clerk"].id


def test_segment_comes_from_the_vehicle(register, dealer_db, people, now):
    from desktop.models import customers

    with dealer_db.write() as conn:
        person = customers.create_customer(
            conn,
            people["clerk"],
            {"first_name": "علی", "last_name": "رضایی", "national_id": "0499370899"},
            now=now,
        )
        vehicle = customers.add_vehicle(
            conn,
            people["clerk"],
            person.id,
            {"vin": "NAAP41FE9GJ123456", "segment": "commercial", "model": "وانت"},
            now=now,
        )
    case = register(channel="phone", customer_id=person.id, vehicle_id=vehicle.id)
    assert case.segment == "commercial"
