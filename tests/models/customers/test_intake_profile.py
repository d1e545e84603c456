"""Intake at the counter and the 360° view."""

from datetime import timedelta

import pytest

from desktop.models import cases, customers, queue
from desktop.models.customers.intake import Attachment, register_at_counter
from desktop.models.customers.profile import customer_profile
from desktop.models.errors import ValidationError

PDF = b"%PDF-1.4\n% a letter\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@pytest.fixture
def person(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        someone = customers.create_customer(
            conn, clerk, {"first_name": "سارا", "last_name": "نوری", "national_id": "0499370899"}, now=now
        )
        car = customers.add_vehicle(
            conn, clerk, someone.id, {"vin": "NAAN01CA9KE123456", "segment": "commercial"}, now=now
        )
    return someone, car


def _register(db, actor, now, customer_id, **kw):
    values = {
        "channel": "walk_in",
        "case_type": "complaint",
        "category": "warranty",
        "description": "صدای غیرعادی از گیربکس پس از تعمیر",
        **kw,
    }
    with db.write() as conn:
        return register_at_counter(conn, actor, customer_id=customer_id, now=now, **values)


def test_a_question_answered_on_the_spot_is_closed_at_first_contact(dealer_db, clerk, now, person):
    case = _register(
        dealer_db,
        clerk,
        now,
        person[0].id,
        case_type="question",
        answer="گارانتی تا پایان ۱۴۰۶ معتبر است.",
        satisfaction=5,
    )
    assert case.status == "closed"
    assert case.resolution == "resolved_first_contact"
    assert case.satisfaction == 5


def test_a_complaint_with_files_and_the_vehicles_segment(dealer_db, clerk, now, person):
    someone, car = person
    case = _register(
        dealer_db,
        clerk,
        now,
        someone.id,
        vehicle_id=car.id,
        attachments=[Attachment("نامه.pdf", PDF), Attachment("photo.png", PNG)],
        counter="1",
    )
    assert case.status != "closed"
    assert case.segment == "commercial"
    assert len(case.attachments) == 2
    assert case.tracking_code.startswith("1420-")


@pytest.mark.parametrize(
    ("kw", "field", "code"),
    [
        ({"answer": "بله"}, "answer", "answer_only_questions"),
        ({"category": "weather"}, "category", "unknown_code"),
        ({"description": "  "}, "description", "required"),
        ({"attachments": [Attachment("x.exe", b"MZ...")]}, "attachment", "file_type"),
        ({"vehicle_id": "nope"}, "vehicle", "unknown_vehicle"),
    ],
)
def test_bad_intake_writes_nothing(dealer_db, clerk, now, person, kw, field, code):
    with pytest.raises(ValidationError) as err:
        _register(dealer_db, clerk, now, person[0].id, **kw)
    assert (err.value.field, err.value.code) == (field, code)
    with dealer_db.read() as conn:
        assert cases.list_cases(conn) == []


def test_someone_elses_vehicle_is_refused(dealer_db, clerk, now, person):
    with dealer_db.write() as conn:
        other = customers.create_customer(conn, clerk, {"first_name": "رضا", "last_name": "امیری"}, now=now)
    with pytest.raises(ValidationError) as err:
        _register(dealer_db, clerk, now, other.id, vehicle_id=person[1].id)
    assert err.value.code == "not_customers_vehicle"


def test_intake_finishes_the_ticket_being_served(dealer_db, clerk, now, person):
    with dealer_db.write() as conn:
        ticket = queue.issue_ticket(conn, clerk, now=now)
        queue.call_next(conn, clerk, counter="1", now=now)
    case = _register(dealer_db, clerk, now + timedelta(minutes=3), person[0].id, ticket_id=ticket.id)
    with dealer_db.read() as conn:
        done = queue.get_ticket(conn, ticket.id)
    assert (done.status, done.case_id, done.customer_id, done.serve_seconds) == (
        "done",
        case.id,
        person[0].id,
        180,
    )


def test_the_360_view_has_every_case_vehicle_owner_and_file(dealer_db, clerk, now, person):
    someone, car = person
    first = _register(dealer_db, clerk, now, someone.id, attachments=[Attachment("نامه.pdf", PDF)])
    second = _register(
        dealer_db, clerk, now + timedelta(hours=1), someone.id, case_type="request", category="price"
    )
    with dealer_db.write() as conn:
        buyer = customers.create_customer(conn, clerk, {"first_name": "نیما", "last_name": "کیانی"}, now=now)
        customers.transfer_ownership(conn, clerk, car.id, buyer.id, now=now + timedelta(days=2))
        customers.add_document(conn, clerk, someone.id, PNG, "کارت ملی.png", now=now)
        profile = customer_profile(conn, someone.id)
    assert [c.state.id for c in profile.cases] == [second.id, first.id]
    assert profile.cases[1].timeline[0].kind == "registered"
    assert profile.vehicles == ()
    assert [v.id for v in profile.former_vehicles] == [car.id]
    assert [o.owner_name for o in profile.former_vehicles[0].owners] == ["سارا نوری", "نیما کیانی"]
    assert {(f.name, f.case_tracking_code) for f in profile.files} == {
        ("نامه.pdf", first.tracking_code),
        ("کارت ملی.png", None),
    }
    assert profile.open_cases == 2


def test_merged_records_cases_show_under_the_survivor(dealer_db, clerk, supervisor, now, person):
    with dealer_db.write() as conn:
        twin = customers.create_customer(conn, clerk, {"first_name": "سارا", "last_name": "نوری"}, now=now)
    case = _register(dealer_db, clerk, now, twin.id)
    with dealer_db.write() as conn:
        customers.merge_customers(conn, supervisor, person[0].id, twin.id, now=now)
        profile = customer_profile(conn, person[0].id)
    assert [c.state.id for c in profile.cases] == [case.id]
    assert profile.merged_ids == (twin.id,)


def test_a_tracking_code_finds_its_customer(dealer_db, clerk, now, person):
    case = _register(dealer_db, clerk, now, person[0].id)
    typed = case.tracking_code.lower().replace("-", " ")
    with dealer_db.read() as conn:
        hits = customers.search(conn, typed)
        wrong = customers.search(
            conn, case.tracking_code[:-1] + ("2" if case.tracking_code[-1] != "2" else "3")
        )
    assert [(h.customer.id, h.matched_by, h.rank) for h in hits] == [(person[0].id, "tracking_code", 0)]
    assert wrong == []
