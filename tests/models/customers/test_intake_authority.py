"""An authority's referral registered at the counter keeps the authority's letter."""

import pytest

from desktop.models import cases, customers
from desktop.models.customers.intake import register_at_counter
from desktop.models.errors import ValidationError

LETTER = {"name": "سازمان حمایت مصرف‌کنندگان", "letter_no": "۱۲/۳۴۵", "letter_date": "1405/09/01"}


@pytest.fixture
def person(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        return customers.create_customer(
            conn, clerk, {"first_name": "سارا", "last_name": "نوری", "national_id": "0499370899"}, now=now
        )


def _register(db, actor, now, customer_id, **kw):
    values = {"case_type": "complaint", "category": "price", "description": "گران‌فروشی"} | kw
    with db.write() as conn:
        return register_at_counter(conn, actor, customer_id=customer_id, now=now, **values)


def test_the_authority_reaches_the_case(dealer_db, clerk, now, person):
    case = _register(
        dealer_db, clerk, now, person.id, channel="authority", authority=LETTER | {"due_date": "1405/09/04"}
    )
    assert case.state.authority == {
        "name": "سازمان حمایت مصرف‌کنندگان",
        "letter_no": "12/345",
        "letter_date": "2026-11-22",
        "due_date": "2026-11-25",
    }
    assert case.due_at.isoformat().startswith("2026-11-25T20:29:59")  # their deadline comes first


def test_an_authority_referral_without_the_letter_is_refused(dealer_db, clerk, now, person):
    for given, field in ((None, "authority"), (LETTER, "authority_due_date")):
        with pytest.raises(ValidationError) as err:
            _register(dealer_db, clerk, now, person.id, channel="authority", authority=given)
        assert err.value.field == field
    with dealer_db.read() as conn:
        assert cases.list_cases(conn) == []


def test_other_channels_ignore_an_authority(dealer_db, clerk, now, person):
    case = _register(
        dealer_db, clerk, now, person.id, channel="phone", authority=LETTER | {"due_date": "1405/09/04"}
    )
    assert case.state.authority is None


def test_an_authority_case_is_not_closed_on_the_spot(dealer_db, clerk, now, person):
    from desktop.models.errors import TransitionRefused

    with pytest.raises(TransitionRefused) as err:
        _register(
            dealer_db,
            clerk,
            now,
            person.id,
            channel="authority",
            case_type="question",
            authority=LETTER | {"due_date": "1405/09/04"},
            answer="پاسخ شفاهی",
        )
    assert err.value.code == "reply_letter_required"
    with dealer_db.read() as conn:
        assert cases.list_cases(conn) == []  # one transaction: nothing half-written
