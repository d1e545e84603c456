"""Documents built from a real desktop database."""

from datetime import date, timedelta

import pytest

from desktop.models import cases, jobcards, users
from desktop.models.cases import tracking, units
from desktop.models.errors import NotFound, TransitionRefused
from reports import case_history, intake_receipt, reply_letter, service_receipt, sources
from tests.conftest import get_user
from tests.reports import data


def test_the_receipt_of_a_registered_case(dealer_db, now, text_of):
    case = data.case(dealer_db, now)
    with dealer_db.read() as conn:
        receipt = sources.intake_receipt(conn, case.tracking_code.lower(), "fa")
    assert receipt.customer_name == "علی‌رضا محمدی"
    assert (receipt.subcategory, receipt.counter, receipt.clerk_name) == (
        "موتور و گیربکس",
        "2",
        "clerk کاربر",
    )
    assert receipt.vehicle is not None
    assert receipt.vehicle.vin == "NAAP41FE9HJ123456"
    assert receipt.respond_by == cases.promised_response(case)
    assert receipt.respond_by is not None
    text = text_of(intake_receipt.build(receipt, "fa"))
    assert "علی\u200cرضا محمدی" in text
    assert "کیفیت محصول" in text


def test_an_unknown_case_is_not_found(dealer_db):
    with pytest.raises(NotFound), dealer_db.read() as conn:
        sources.intake_receipt(conn, tracking.make("1420", "Q9", 77), "fa")  # well formed, not here


def test_the_history_lists_every_event_in_words(dealer_db, now, text_of):
    case = data.case(dealer_db, now)
    clerk = get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        cases.add_note(conn, clerk, case.id, text="مشتری فردا تماس می‌گیرد", now=now + timedelta(minutes=5))
        cases.respond(conn, clerk, case.id, answer="خودرو فردا بررسی می‌شود", method="phone", now=now)
    with dealer_db.read() as conn:
        history = sources.case_history(conn, case.id, "fa", now=now, printed_by=clerk)
    assert [e.kind for e in history.entries][:1] == ["registered"]
    assert {"note_added", "responded"} <= {e.kind for e in history.entries}
    text = text_of(case_history.build(history, "fa"))
    for words in (
        "علی\u200cرضا محمدی",
        "کیفیت محصول",
        "مشتری فردا تماس می\u200cگیرد",
        "خودرو فردا بررسی می\u200cشود",
    ):
        assert words in text


def test_the_history_names_the_units_a_case_was_referred_to(dealer_db, now):
    case = data.case(dealer_db, now)
    clerk, admin = get_user(dealer_db, "clerk"), get_user(dealer_db, "admin")
    with dealer_db.write() as conn:
        units.save_unit(conn, admin, code="paint_shop", name_fa="نقاشی", name_en="Paint shop")
        for minutes, unit in ((1, "sales"), (2, "paint_shop")):
            cases.refer(
                conn, clerk, case.id, unit=unit, inquiry="استعلام", now=now + timedelta(minutes=minutes)
            )
    for lang, names in (("fa", ("فروش", "نقاشی")), ("en", ("Sales", "Paint shop"))):
        with dealer_db.read() as conn:
            history = sources.case_history(conn, case.id, lang, now=now)
        assert [e.details for e in history.entries if e.kind == "referred"] == [
            f"{n}: استعلام" for n in names
        ]


def test_a_letter_needs_a_response(dealer_db, now):
    case = data.case(dealer_db, now)
    with pytest.raises(TransitionRefused) as err, dealer_db.read() as conn:
        sources.reply_letter(conn, case.id, "fa", now=now)
    assert err.value.code == "no_response_yet"


def test_the_letter_to_an_authority(dealer_db, now, text_of):
    authority = {
        "name": "سازمان حمایت مصرف‌کنندگان و تولیدکنندگان",
        "letter_no": "1405/8/5612",
        "letter_date": "1405/08/20",
        "due_date": "1405/09/10",
    }
    case = data.case(dealer_db, now, channel="authority", authority=authority)
    manager = get_user(dealer_db, "manager")
    with dealer_db.write() as conn:
        cases.respond(
            conn, manager, case.id, answer="کوئل معیوب تحت گارانتی تعویض شد.", method="letter", now=now
        )
        cases.record_reply_letter(
            conn,
            manager,
            case.id,
            letter_no="1405/342",
            letter_date="1405/09/04",
            text="متن رسمی پاسخ",
            now=now,
        )
    with dealer_db.read() as conn:
        letter = sources.reply_letter(conn, case.tracking_code, "fa", now=now)
    assert (letter.recipient, letter.reference, letter.body) == (
        authority["name"],
        "1405/342",
        "متن رسمی پاسخ",
    )
    assert (letter.their_reference, letter.signed_on) == ("1405/8/5612", date(2026, 11, 25))
    assert letter.signatory_name == "manager کاربر"
    text = text_of(reply_letter.build(letter, "fa"))
    for words in (
        "علی\u200cرضا محمدی",
        "کیفیت محصول",
        "سازمان حمایت",
        "متن رسمی پاسخ",
        "مدیر ارتباط با مشتریان",
    ):
        assert words in text


def test_a_letter_without_an_authority_goes_to_the_customer(dealer_db, now):
    case = data.case(dealer_db, now)
    clerk = get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        cases.respond(conn, clerk, case.id, answer="پاسخ به مشتری", method="letter", now=now)
    with dealer_db.read() as conn:
        letter = sources.reply_letter(conn, case.id, "en", now=now)
    assert (letter.recipient, letter.body, letter.reference) == (
        "علی‌رضا محمدی",
        "پاسخ به مشتری",
        case.tracking_code,
    )


def test_the_service_receipt_of_an_issued_job_card(dealer_db, now, text_of):
    case = data.case(dealer_db, now)
    clerk = get_user(dealer_db, "clerk")
    lines = [
        {
            "kind": "labour",
            "description": "تعویض کوئل",
            "quantity": "1",
            "unit_price": "900000",
            "payer": "warranty",
        },
        {"kind": "part", "description": "شمع موتور", "quantity": "4", "unit_price": "450000"},
    ]
    with dealer_db.write() as conn:
        card = jobcards.open_jobcard(conn, clerk, case_id=case.id, odometer_in=48210, now=now)
    with pytest.raises(TransitionRefused) as err, dealer_db.read() as conn:
        sources.service_receipt(conn, card.id, "fa")
    assert err.value.code == "jobcard_open"
    with dealer_db.write() as conn:
        jobcards.issue_jobcard(conn, clerk, card.id, lines=lines, odometer_out=48216, now=now)
    with dealer_db.read() as conn:
        receipt = sources.service_receipt(conn, card.number, "fa")
    assert (receipt.totals.customer_share, receipt.totals.tax, receipt.totals.to_pay) == (
        1_800_000,
        180_000,
        1_980_000,
    )
    assert (receipt.case_tracking_code, receipt.category, receipt.advisor_name) == (
        case.tracking_code,
        "quality",
        "clerk کاربر",
    )
    text = text_of(service_receipt.build(receipt, "fa"))
    for words in ("علی\u200cرضا محمدی", "کیفیت محصول", "تعویض کوئل", "یک میلیون و نهصد و هشتاد هزار ریال"):
        assert words in text


AUTHORITY = {
    "name": "سازمان حمایت مصرف‌کنندگان",
    "letter_no": "1405/8/1",
    "letter_date": "1405/08/20",
    "due_date": "1405/09/10",
}


def _responded(dealer_db, now, who: str, *, record: str | None = None):
    extra = {"channel": "authority", "authority": AUTHORITY} if record else {}
    case = data.case(dealer_db, now, **extra)
    with dealer_db.write() as conn:
        cases.respond(conn, get_user(dealer_db, who), case.id, answer="پاسخ", method="letter", now=now)
        if record:
            cases.record_reply_letter(
                conn,
                get_user(dealer_db, record),
                case.id,
                letter_no="1405/7",
                letter_date="1405/09/04",
                text="متن نامه",
                now=now,
            )
    return case


def test_a_clerks_response_is_signed_by_the_crm_manager_not_the_clerk(dealer_db, now, text_of):
    """A formal letter speaks for the dealership: the ladder's top level signs it."""
    case = _responded(dealer_db, now, "clerk")
    with dealer_db.read() as conn:
        letter = sources.reply_letter(conn, case.id, "fa", now=now)
    assert (letter.signatory_name, letter.signatory_title) == ("manager کاربر", "مدیر ارتباط با مشتریان")
    text = text_of(reply_letter.build(letter, "fa"))
    assert get_user(dealer_db, "clerk").display_name not in text


def test_a_letter_recorded_by_a_clerk_is_still_signed_by_the_manager(dealer_db, now):
    case = _responded(dealer_db, now, "supervisor", record="clerk")
    with dealer_db.read() as conn:
        letter = sources.reply_letter(conn, case.id, "en", now=now)
    assert (letter.signatory_name, letter.signatory_title) == ("manager کاربر", "CRM manager")


def test_with_no_active_manager_the_title_stands_alone_for_a_hand_signature(dealer_db, now):
    with dealer_db.write() as conn:
        users.update_user(
            conn, get_user(dealer_db, "admin"), get_user(dealer_db, "manager").id, now=now, active=False
        )
    case = _responded(dealer_db, now, "clerk")
    with dealer_db.read() as conn:
        letter = sources.reply_letter(conn, case.id, "fa", now=now)
    assert (letter.signatory_name, letter.signatory_title) == ("", "مدیر ارتباط با مشتریان")


def test_the_history_says_what_a_correction_changed_and_why(dealer_db, now):
    case = data.case(dealer_db, now)
    clerk = get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        cases.reclassify(
            conn,
            clerk,
            case.id,
            reason="مشتری درباره گارانتی پرسیده بود",
            category="warranty",
            priority="high",
            now=now + timedelta(minutes=3),
        )
    with dealer_db.read() as conn:
        history = sources.case_history(conn, case.id, "fa", now=now)
    corrected = next(e for e in history.entries if e.kind == "reclassified")
    assert "گارانتی" in corrected.details  # the new category, by name
    assert "زیاد" in corrected.details  # the new priority
    assert "مشتری درباره گارانتی پرسیده بود" in corrected.details
