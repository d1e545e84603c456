import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models import blobs, cases, events
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import get_user


def test_register_walk_in_complaint(register, dealer_db):
    case = register(counter="2", remedy="تعویض قطعه")
    assert case.status == "at_counter"
    assert case.level == "desk"
    assert case.counter == "2"
    assert case.tracking_code.startswith("1420-")
    assert [e.kind for e in case.events] == ["registered"]
    with dealer_db.read() as conn:
        assert events.pending_count(conn) == 1
        listed = cases.list_cases(conn, customer_id="cust-1")
    assert [c.id for c in listed] == [case.id]


def test_phone_case_waits_registered(register):
    assert register(channel="phone").status == "registered"


def test_tracking_codes_differ_and_find_the_case(register, dealer_db):
    first, second = register(), register()
    assert first.tracking_code != second.tracking_code
    with dealer_db.read() as conn:
        typed = first.tracking_code.lower().replace("-", " ")
        assert cases.get_case(conn, typed).id == first.id
        assert cases.get_case(conn, first.id).tracking_code == first.tracking_code
        with pytest.raises(NotFound):
            cases.get_case(conn, cases.tracking.make("1420", "Q9", 77))


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"channel": "fax"}, "channel", "unknown_code"),
        ({"case_type": "praise"}, "case_type", "unknown_code"),
        ({"category": "weather"}, "category", "unknown_code"),
        ({"priority": "asap"}, "priority", "unknown_code"),
        ({"segment": "bus"}, "segment", "unknown_code"),
        ({"description": "   "}, "description", "required"),
        ({"customer_id": ""}, "customer", "required"),
        ({"subcategory": "nope"}, "subcategory", "unknown_code"),
        ({"attachments": ["ab" * 32]}, "attachment", "not_stored"),
        ({"channel": "authority"}, "authority", "required"),
        (
            {
                "channel": "authority",
                "authority": {
                    "name": "سازمان حمایت",
                    "letter_no": "12/345",
                    "letter_date": "1405/09/01",
                    "due_date": "1405/08/01",
                },
            },
            "authority_due_date",
            "due_before_letter",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(register, dealer_db, overrides, field, code):
    with pytest.raises(ValidationError) as err:
        register(**overrides)
    assert (err.value.field, err.value.code) == (field, code)
    with dealer_db.read() as conn:
        assert events.pending_count(conn) == 0
        assert cases.list_cases(conn) == []


def test_authority_referral_keeps_the_letter(register):
    case = register(
        channel="authority",
        authority={
            "name": "سازمان حمایت مصرف‌کنندگان",
            "letter_no": "۱۲/۳۴۵",
            "letter_date": "1405/09/01",
            "due_date": "1405/09/20",
        },
    )
    assert case.state.authority == {
        "name": "سازمان حمایت مصرف‌کنندگان",
        "letter_no": "12/345",
        "letter_date": "2026-11-22",
        "due_date": "2026-12-11",
    }


def test_subcategory_and_attachment(register, dealer_db, now):
    with dealer_db.write() as conn:
        sha = blobs.store_blob(conn, b"%PDF-1.4 letter", "application/pdf", now)
        names = [s.code for s in cases.list_subcategories(conn, "warranty")]
    assert "claim_refused" in names
    case = register(subcategory="claim_refused", attachments=[sha, sha])
    assert case.attachments == (sha,)


def test_permissions(dealer_db, now):
    with dealer_db.write() as conn, pytest.raises(PermissionDenied):
        cases.register_case(
            conn,
            get_user(dealer_db, "inspector"),
            customer_id="c",
            channel="walk_in",
            case_type="request",
            category="price",
            description="x",
            now=now,
        )


def test_first_contact_resolution(register, dealer_db, clerk, now):
    case = register(case_type="question", category="warranty")
    with dealer_db.write() as conn:
        done = cases.resolve_at_first_contact(
            conn, clerk, case.tracking_code, answer="گارانتی دو سال است", satisfaction=5, now=now
        )
    assert (done.status, done.resolution, done.satisfaction) == ("closed", "resolved_first_contact", 5)
    assert done.closed_at == now
    with dealer_db.write() as conn, pytest.raises(TransitionRefused) as err:
        cases.resolve_at_first_contact(conn, clerk, case.id, answer="دوباره", now=now)
    assert err.value.code == "not_first_contact"


@pytest.mark.parametrize(("answer", "satisfaction", "field"), [("", 3, "answer"), ("ok", 9, "satisfaction")])
def test_first_contact_validation(register, dealer_db, clerk, now, answer, satisfaction, field):
    case = register(case_type="question")
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        cases.resolve_at_first_contact(
            conn, clerk, case.id, answer=answer, satisfaction=satisfaction, now=now
        )
    assert err.value.field == field


def test_notes_keep_order(register, dealer_db, clerk, now):
    case = register()
    with dealer_db.write() as conn:
        cases.add_note(conn, clerk, case.id, text="یادداشت اول", now=now)
        after = cases.add_note(conn, clerk, case.id, text="یادداشت دوم", now=now)
    assert [n.text for n in after.state.notes] == ["یادداشت اول", "یادداشت دوم"]


def _remote(case_id, seq, kind, payload, ms, device="dev-b"):
    return events.Event(
        event_id=f"{ms:012x}-{seq:04x}-7000-8000-{device.encode().hex()[:12]:0>12}",
        stream="case",
        stream_id=case_id,
        dealership_id="1420",
        device_id=device,
        device_seq=seq,
        actor_id="u",
        kind=kind,
        payload=payload,
        hlc=f"{ms:015d}.000000.{device}",
        recorded_at=f"2026-11-24T08:{seq:02d}:00.000Z",
    )


def _history(case_id):
    registered = {
        "customer_id": "c",
        "channel": "walk_in",
        "case_type": "question",
        "category": "price",
        "description": "d",
        "tracking_code": "1420-P3223X",
    }
    return [
        _remote(case_id, 1, "registered", registered, 1000),
        _remote(case_id, 2, "note_added", {"text": "a"}, 2000),
        _remote(case_id, 3, "note_added", {"text": "b"}, 2000, device="dev-a"),
        _remote(case_id, 4, "resolved_at_first_contact", {"answer": "x", "satisfaction": 4}, 3000),
        _remote(case_id, 5, "resolved_at_first_contact", {"answer": "y"}, 3000, device="dev-c"),
        _remote(case_id, 6, "attachment_added", {"sha256": "f" * 64}, 4000),
        _remote(case_id, 7, "future_kind_from_a_newer_release", {}, 5000),
    ]


@settings(max_examples=200, deadline=None)  # the machine is shared: no per-example deadline
@given(st.data())
def test_fold_is_the_same_for_any_arrival_order_and_duplication(data):
    history = _history("case-1")
    expected = cases.fold("case-1", history)
    arrived = data.draw(st.permutations(history + data.draw(st.lists(st.sampled_from(history), max_size=6))))
    assert cases.fold("case-1", arrived) == expected
    # The concurrent second close is kept as an anomaly, not applied.
    assert expected.answer == "x"
    assert len(expected.anomalies) == 2


def test_events_ingested_out_of_order_build_the_same_row(dealer_db, now):
    history = _history("case-9")
    random.Random(7).shuffle(history)
    with dealer_db.write() as conn:
        for event in history:  # one at a time: the projection is rebuilt each time
            events.ingest(conn, [event], now)
        row = cases.get_case(conn, "case-9")
    assert row.state == cases.fold("case-9", history)
    assert row.status == "closed"
