from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from desktop.models import cases, customers, events, hlc, jobcards, settings
from desktop.models.errors import PermissionDenied, TransitionRefused, ValidationError
from desktop.models.jobcards import Line, compute_bill
from tests.conftest import get_user

LINES = [
    {
        "kind": "labour",
        "description": "عیب‌یابی با دیاگ",
        "quantity": "1",
        "unit_price": "1200000",
        "payer": "warranty",
    },
    {
        "kind": "labour",
        "description": "تعویض کوئل",
        "quantity": "۱٫۵",
        "unit_price": "۹۰۰٬۰۰۰",
        "payer": "warranty",
    },
    {
        "kind": "part",
        "description": "کوئل دوبل",
        "quantity": 1,
        "unit_price": 8_750_000,
        "payer": "warranty",
        "code": "96 555 30380",
    },
    {
        "kind": "part",
        "description": "شمع موتور",
        "quantity": "4",
        "unit_price": "450,000",
        "payer": "customer",
    },
    {
        "kind": "part",
        "description": "روغن موتور",
        "quantity": "1",
        "unit_price": "3900000",
        "payer": "customer",
    },
    {
        "kind": "labour",
        "description": "شست‌وشوی موتور",
        "quantity": "1",
        "unit_price": "500000",
        "payer": "goodwill",
    },
]


@pytest.fixture
def vehicle(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        owner = customers.create_customer(
            conn,
            clerk,
            {
                "first_name": "علی‌رضا",
                "last_name": "محمدی",
                "national_id": "0499370899",
                "mobile": "09121234567",
            },
            now=now,
        )
        return customers.add_vehicle(
            conn,
            clerk,
            owner.id,
            {"vin": "NAAP41FE9HJ123456", "model": "پژو 206", "plate": "12ب345-67"},
            now=now,
        )


@pytest.fixture
def card(dealer_db, clerk, vehicle, now):
    with dealer_db.write() as conn:
        return jobcards.open_jobcard(conn, clerk, vehicle_id=vehicle.id, odometer_in="48,210", now=now)


def clean(rows):
    return [jobcards.clean_line(row) for row in rows]


def test_the_bill_charges_vat_on_the_customers_share_and_shows_the_saving():
    bill = compute_bill(clean(LINES), Decimal(10))
    assert (bill.labour, bill.parts, bill.value) == (3_050_000, 14_450_000, 17_500_000)
    assert (bill.warranty, bill.goodwill, bill.customer_share) == (11_300_000, 500_000, 5_700_000)
    assert (bill.tax, bill.to_pay) == (570_000, 6_270_000)
    # Without warranty and goodwill: 17,500,000 + 10% VAT = 19,250,000; paid 6,270,000.
    assert bill.saving == 12_980_000


@pytest.mark.parametrize(
    ("quantity", "price", "rate", "total", "tax"),
    [
        ("0.33", 1001, "10", 330, 33),  # 330.33 rounds down
        ("0.5", 1001, "10", 501, 50),  # 500.5 rounds half up; 50.1 down
        ("1", 15, "10", 15, 2),  # 1.5 Rials of VAT round half up
        ("2", 100, "0", 200, 0),
    ],
)
def test_rounding_to_whole_rials(quantity, price, rate, total, tax):
    bill = compute_bill([Line("part", "x", Decimal(quantity), price)], Decimal(rate))
    assert (bill.value, bill.tax, bill.to_pay) == (total, tax, total + tax)


def test_typed_lines_are_cleaned():
    line = jobcards.clean_line(LINES[1])
    assert (line.quantity, line.unit_price) == (Decimal("1.5"), 900_000)
    assert jobcards.clean_line(LINES[2]).code == "9655530380"


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"kind": "paint"}, "line_kind", "unknown_code"),
        ({"payer": "insurance"}, "payer", "unknown_code"),
        ({"description": "  "}, "line_description", "required"),
        ({"quantity": "0"}, "quantity", "quantity_positive"),
        ({"quantity": "1.234"}, "quantity", "quantity_format"),
        ({"quantity": "دو"}, "quantity", "quantity_format"),
        ({"quantity": "20000"}, "quantity", "quantity_range"),
        ({"unit_price": "-5"}, "unit_price", "amount_format"),
        ({"unit_price": ""}, "unit_price", "required"),
    ],
)
def test_bad_lines_are_refused_with_the_field(change, field, code):
    with pytest.raises(ValidationError) as err:
        jobcards.clean_line({**LINES[0], **change})
    assert (err.value.field, err.value.code) == (field, code)


def test_opening_copies_the_vehicle_and_owner_and_records_the_odometer(dealer_db, card, vehicle):
    assert card.status == "open"
    assert (card.vehicle_model, card.vehicle_plate, card.vehicle_vin) == ("پژو 206", "12ب345-67", vehicle.vin)
    assert card.customer_name == "علی‌رضا محمدی"
    assert card.odometer_in == 48210
    assert card.number.startswith("1420-")
    with dealer_db.read() as conn:
        assert customers.get_vehicle(conn, vehicle.id).odometer[-1].km == 48210
        assert jobcards.get_jobcard(conn, card.number.lower()).id == card.id


def test_an_odometer_below_the_last_reading_is_refused(dealer_db, clerk, card, vehicle, now):
    with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
        jobcards.open_jobcard(conn, clerk, vehicle_id=vehicle.id, odometer_in="48000", now=now)
    assert (err.value.field, err.value.code, err.value.params["last"]) == (
        "odometer_in",
        "odometer_lower",
        48210,
    )


def test_a_job_card_for_a_case_takes_the_cases_vehicle(dealer_db, clerk, vehicle, now):
    with dealer_db.write() as conn:
        case = cases.register_case(
            conn,
            clerk,
            customer_id=vehicle.owner_id,
            vehicle_id=vehicle.id,
            channel="walk_in",
            case_type="complaint",
            category="quality",
            description="صدای موتور",
            now=now,
        )
        card = jobcards.open_jobcard(conn, clerk, case_id=case.tracking_code, odometer_in=100, now=now)
        assert (card.vehicle_id, card.case_id, card.request) == (vehicle.id, case.id, "صدای موتور")
        assert [c.id for c in jobcards.list_jobcards(conn, case_id=case.id)] == [card.id]


def test_a_job_card_needs_a_vehicle(dealer_db, clerk, now):
    with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
        jobcards.open_jobcard(conn, clerk, odometer_in=100, now=now)
    assert err.value.field == "vehicle"


def test_issuing_freezes_the_bill_at_the_days_vat_rate(dealer_db, clerk, card, now):
    later = now + timedelta(hours=5)
    with dealer_db.write() as conn:
        jobcards.update_jobcard(conn, clerk, card.id, lines=LINES, work_done="کوئل تعویض شد", now=now)
        settings.put(conn, "vat_rate_percent", 9)
        issued = jobcards.issue_jobcard(conn, clerk, card.id, odometer_out="48216", now=later)
        settings.put(conn, "vat_rate_percent", 12)
    assert issued.status == "issued"
    assert issued.bill is not None
    assert (issued.bill.tax_rate, issued.bill.tax) == (Decimal(9), 513_000)
    with dealer_db.read() as conn:
        again = jobcards.get_jobcard(conn, card.id)
    assert again.bill == issued.bill
    assert again.draft_bill(Decimal(12)) == issued.bill
    assert (again.odometer_out, again.work_done, again.issued_by) == (48216, "کوئل تعویض شد", clerk.id)


def test_an_issued_card_cannot_change(dealer_db, clerk, card, now):
    with dealer_db.write() as conn:
        jobcards.issue_jobcard(conn, clerk, card.id, lines=LINES[:1], odometer_out=48300, now=now)
    for command in (
        lambda conn: jobcards.update_jobcard(conn, clerk, card.id, lines=LINES, now=now),
        lambda conn: jobcards.issue_jobcard(conn, clerk, card.id, odometer_out=48400, now=now),
        lambda conn: jobcards.cancel_jobcard(conn, clerk, card.id, reason="اشتباه", now=now),
    ):
        with pytest.raises(TransitionRefused) as err, dealer_db.write() as conn:
            command(conn)
        assert err.value.code == "jobcard_issued"


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"odometer_out": 48300}, "lines", "required"),
        ({"odometer_out": 48300, "lines": [{**LINES[0], "quantity": "x"}]}, "quantity", "quantity_format"),
    ],
)
def test_issuing_checks_its_input(dealer_db, clerk, card, now, kwargs, field, code):
    with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
        jobcards.issue_jobcard(conn, clerk, card.id, now=now, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    if "lines" in kwargs:
        assert err.value.params["line"] == 1


def test_the_odometer_at_hand_back_is_not_below_reception(dealer_db, clerk, card, now):
    with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
        jobcards.issue_jobcard(conn, clerk, card.id, lines=LINES, odometer_out=48000, now=now)
    assert (err.value.field, err.value.code) == ("odometer_out", "odometer_lower")


def test_cancel(dealer_db, clerk, card, now):
    with pytest.raises(ValidationError), dealer_db.write() as conn:
        jobcards.cancel_jobcard(conn, clerk, card.id, reason=" ", now=now)
    with dealer_db.write() as conn:
        done = jobcards.cancel_jobcard(conn, clerk, card.id, reason="مشتری منصرف شد", now=now)
        assert done.status == "cancelled"
        assert jobcards.list_jobcards(conn, statuses=["open"]) == []


def test_only_staff_who_handle_cases_open_job_cards(dealer_db, vehicle, now):
    inspector = get_user(dealer_db, "inspector")
    with pytest.raises(PermissionDenied), dealer_db.write() as conn:
        jobcards.open_jobcard(conn, inspector, vehicle_id=vehicle.id, odometer_in=1, now=now)


def test_an_edit_from_another_device_after_issue_is_an_anomaly(dealer_db, clerk, card, now):
    with dealer_db.write() as conn:
        issued = jobcards.issue_jobcard(conn, clerk, card.id, lines=LINES, odometer_out=48300, now=now)
        mine = events.load_stream(conn, "jobcard", card.id)[-1]
    stamp = hlc.Timestamp.parse(mine.hlc)
    late = replace(
        mine,
        event_id="01900000-0000-7000-8000-000000000001",
        device_id="other-device",
        device_seq=1,
        kind="updated",
        payload={"lines": LINES[:1]},
        hlc=replace(stamp, wall_ms=stamp.wall_ms + 60_000, node="other-device").encode(),
    )
    with dealer_db.write() as conn:
        events.ingest(conn, [late], now)
        again = jobcards.get_jobcard(conn, card.id)
    assert again.bill == issued.bill
    assert again.anomalies == (late.event_id,)


def test_the_vat_setting_is_checked(dealer_db):
    admin = get_user(dealer_db, "admin")
    with dealer_db.write() as conn:
        assert jobcards.tax_rate(conn) == Decimal(10)
        assert jobcards.set_tax_rate(conn, admin, "۹") == Decimal(9)
        with pytest.raises(ValidationError):
            jobcards.set_tax_rate(conn, admin, "120")
    with pytest.raises(PermissionDenied), dealer_db.write() as conn:
        jobcards.set_tax_rate(conn, get_user(dealer_db, "clerk"), "9")


def test_the_demo_filler_makes_open_and_issued_cards(dealer_db, vehicle, now):
    import random

    from desktop.models import jobcard_demo
    from desktop.models.demo import DemoContext

    ctx = DemoContext(now=now, rng=random.Random(1), users={"supervisor": get_user(dealer_db, "supervisor")})
    with dealer_db.write() as conn:
        jobcard_demo.fill(conn, ctx)
        made = jobcards.list_jobcards(conn)
    assert [c.status for c in made] == ["issued"]
    assert made[0].bill is not None
    assert made[0].bill.value > 0
