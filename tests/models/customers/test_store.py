"""Customers and vehicles: create, change, duplicates, transfer, merge; all through events."""

import random
from datetime import date, timedelta

import pytest

from desktop.models import customers, events, hlc
from desktop.models.customers import fold, generate
from desktop.models.errors import PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import get_user

ALI = {"first_name": "علي", "last_name": "كريمي", "national_id": "۰۴۹۹۳۷۰۸۹۹", "mobile": "+98 912 345 6789"}
VIN = "NAAN01CA9KE123456"


def _create(db, actor, now, values=ALI, **kw):
    with db.write() as conn:
        return customers.create_customer(conn, actor, values, now=now, **kw)


def test_input_is_normalised_once_and_display_keeps_spelling(dealer_db, clerk, now):
    person = _create(dealer_db, clerk, now)
    assert person.first_name == "علی"
    assert person.last_name == "کریمی"
    assert person.national_id == "0499370899"
    assert person.mobile == "09123456789"
    assert person.display_name == "علی کریمی"
    with dealer_db.read() as conn:
        stream = events.load_stream(conn, "customer", person.id)
    assert [e.kind for e in stream] == ["customer_created"]
    assert stream[0].actor_id == clerk.id


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"first_name": "علی", "last_name": ""}, "last_name", "required"),
        ({**ALI, "national_id": "0499370898"}, "national_id", "checksum"),
        ({**ALI, "mobile": "0212345"}, "mobile", "mobile_format"),
        ({**ALI, "favourite": "x"}, "favourite", "unknown_field"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(dealer_db, clerk, now, values, field, code):
    with pytest.raises(ValidationError) as err:
        _create(dealer_db, clerk, now, values)
    assert (err.value.field, err.value.code) == (field, code)
    with dealer_db.read() as conn:
        assert customers.count_customers(conn) == 0
        assert events.pending_count(conn) == 0


def test_organisation_needs_a_name_and_a_valid_company_id(dealer_db, clerk, now):
    with pytest.raises(ValidationError) as err:
        _create(dealer_db, clerk, now, {"contact_person": "رضا"}, kind="organisation")
    assert err.value.field == "company_name"
    valid = generate.company_id(random.Random(1))
    wrong = valid[:10] + str((int(valid[10]) + 1) % 10)
    with pytest.raises(ValidationError) as err:
        _create(dealer_db, clerk, now, {"company_name": "آریا", "company_id": wrong}, kind="organisation")
    assert (err.value.field, err.value.code) == ("company_id", "checksum")
    org = _create(
        dealer_db,
        clerk,
        now,
        {"company_name": "شركت حمل‌ونقل آريا", "contact_person": "رضا", "company_id": valid},
        kind="organisation",
    )
    assert org.display_name == "شرکت حمل‌ونقل آریا"


def test_inspector_cannot_create_customers(dealer_db, now):
    with pytest.raises(PermissionDenied):
        _create(dealer_db, get_user(dealer_db, "inspector"), now)


def test_same_national_id_is_refused_with_the_existing_record(dealer_db, clerk, now):
    first = _create(dealer_db, clerk, now)
    with pytest.raises(ValidationError) as err:
        _create(
            dealer_db, clerk, now, {"first_name": "علی", "last_name": "کریمی‌پور", "national_id": "0499370899"}
        )
    assert err.value.code == "national_id_taken"
    assert err.value.params["customer_id"] == first.id


def test_same_mobile_is_a_likely_duplicate_that_can_be_confirmed(dealer_db, clerk, now):
    first = _create(dealer_db, clerk, now)
    sister = {"first_name": "زهرا", "last_name": "کریمی", "mobile": "09123456789"}
    with pytest.raises(customers.LikelyDuplicate) as err:
        _create(dealer_db, clerk, now, sister)
    assert [(d.customer.id, d.reasons) for d in err.value.matches] == [(first.id, ("mobile",))]
    second = _create(dealer_db, clerk, now, sister, confirm_duplicates=True)
    assert second.id != first.id


def test_same_name_with_same_vehicle_is_a_likely_duplicate(dealer_db, clerk, now):
    first = _create(dealer_db, clerk, now)
    with dealer_db.write() as conn:
        customers.add_vehicle(conn, clerk, first.id, {"vin": VIN, "model": "دنا"}, now=now)
        found = customers.find_duplicates(
            conn, "person", {"first_name": "علی", "last_name": "کريمی"}, vehicle={"vin": VIN}
        )
    assert [(d.customer.id, d.reasons) for d in found] == [(first.id, ("name_and_vehicle",))]


def test_change_records_only_changed_fields(dealer_db, clerk, now):
    person = _create(dealer_db, clerk, now)
    with dealer_db.write() as conn:
        changed = customers.update_customer(
            conn, clerk, person.id, {"city": "تهران", "mobile": "09123456789"}, now=now
        )
        stream = events.load_stream(conn, "customer", person.id)
    assert changed.city == "تهران"
    assert stream[-1].payload == {"fields": {"city": "تهران"}}


def test_change_cannot_empty_a_required_field(dealer_db, clerk, now):
    person = _create(dealer_db, clerk, now)
    with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
        customers.update_customer(conn, clerk, person.id, {"last_name": "  "}, now=now)
    assert err.value.field == "last_name"


def _event(stream_id, kind, payload, hlc, device="dev-b", seq=1):
    return events.Event(
        event_id=f"e-{hlc}-{device}",
        stream="customer",
        stream_id=stream_id,
        dealership_id="1420",
        device_id=device,
        device_seq=seq,
        actor_id="someone",
        kind=kind,
        payload=payload,
        hlc=hlc,
        recorded_at="2026-11-24T08:30:00.000Z",
    )


def test_fold_is_last_writer_wins_per_field_whatever_the_arrival_order():
    created = _event(
        "c1",
        fold.CUSTOMER_CREATED,
        {"kind": "person", "fields": {"first_name": "علی", "last_name": "کریمی"}},
        "1",
    )
    city_a = _event("c1", fold.CUSTOMER_CHANGED, {"fields": {"city": "قم"}}, "2", "dev-a")
    mobile_b = _event("c1", fold.CUSTOMER_CHANGED, {"fields": {"mobile": "09120000000"}}, "3", "dev-b")
    city_b = _event("c1", fold.CUSTOMER_CHANGED, {"fields": {"city": "تهران"}}, "4", "dev-b")
    orders = [
        [created, city_a, mobile_b, city_b],
        [created, city_b, mobile_b, city_a],
        [city_b, created, city_a, mobile_b],
    ]
    states = [fold.fold_customer("c1", events.sort_events(o)) for o in orders]
    assert all(s.fields == states[0].fields for s in states)
    assert states[0].fields["city"] == "تهران"  # the later clock wins the field
    assert states[0].fields["mobile"] == "09120000000"  # the other device's field is kept
    assert states[0].fields["first_name"] == "علی"


def test_remote_changes_refold_the_projection(dealer_db, clerk, now):
    person = _create(dealer_db, clerk, now)
    with dealer_db.read() as conn:
        local = events.load_stream(conn, "customer", person.id)[0]
    wall = hlc.Timestamp.parse(local.hlc).wall_ms
    later, earlier = (hlc.Timestamp(wall + d, 0, "dev-z").encode() for d in (60_000, -60_000))
    remote = _event(person.id, fold.CUSTOMER_CHANGED, {"fields": {"city": "اصفهان"}}, later, "dev-z")
    with dealer_db.write() as conn:
        events.ingest(conn, [remote], now)
        assert customers.get_customer(conn, person.id).city == "اصفهان"
        # An older remote change of the same field loses to what is already there.
        older = _event(person.id, fold.CUSTOMER_CHANGED, {"fields": {"city": "قم"}}, earlier, "dev-y")
        events.ingest(conn, [older], now)
        assert customers.get_customer(conn, person.id).city == "اصفهان"


def test_vehicle_is_validated_and_its_vin_unique(dealer_db, clerk, now):
    person = _create(dealer_db, clerk, now)
    with dealer_db.write() as conn:
        car = customers.add_vehicle(
            conn,
            clerk,
            person.id,
            {
                "vin": "naan01ca9ke123456",
                "plate": "۱۲ ب ۳۴۵ ایران ۶۷",
                "model": "پژو ۲۰۶",
                "delivered_on": "1403/05/01",
            },
            now=now,
        )
    assert car.vin == VIN
    assert car.plate == "12ب345-67"
    assert car.model == "پژو 206"
    assert car.delivered_on == "2024-07-22"
    assert car.owners[0].owner_id == person.id
    for values, field, code in [
        ({"model": "دنا"}, "vin", "vehicle_identifier_required"),
        ({"vin": "NAAN01CA9KE12345O"}, "vin", "vin_characters"),
        ({"vin": VIN}, "vin", "vin_taken"),
        ({"plate": "12 345"}, "plate", "plate_format"),
        ({"chassis": "ABC12345", "segment": "boat"}, "segment", "unknown_code"),
    ]:
        with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
            customers.add_vehicle(conn, clerk, person.id, values, now=now)
        assert (err.value.field, err.value.code) == (field, code)


def test_ownership_transfer_keeps_former_owners(dealer_db, clerk, now):
    seller = _create(dealer_db, clerk, now)
    buyer = _create(
        dealer_db, clerk, now, {"first_name": "مریم", "last_name": "صادقی", "national_id": "0013542419"}
    )
    with dealer_db.write() as conn:
        car = customers.add_vehicle(conn, clerk, seller.id, {"vin": VIN}, now=now, since=date(2024, 1, 1))
        moved = customers.transfer_ownership(conn, clerk, car.id, buyer.id, now=now + timedelta(days=1))
        assert [v.id for v in customers.vehicles_of(conn, buyer.id)] == [car.id]
        assert customers.vehicles_of(conn, seller.id) == []
        assert [v.id for v in customers.vehicles_of(conn, seller.id, former=True)] == [car.id]
        with pytest.raises(TransitionRefused):
            customers.transfer_ownership(conn, clerk, car.id, buyer.id, now=now)
    assert [(o.owner_id, o.since, o.until, o.reason) for o in moved.owners] == [
        (seller.id, "2024-01-01", "2026-11-25", "added"),
        (buyer.id, "2026-11-25", None, "transfer"),
    ]
    assert moved.owners[0].owner_name == "علی کریمی"


def test_odometer_readings_never_go_back(dealer_db, clerk, now):
    person = _create(dealer_db, clerk, now)
    with dealer_db.write() as conn:
        car = customers.add_vehicle(conn, clerk, person.id, {"chassis": "NAS411100G1234567"}, now=now)
        car = customers.record_odometer(conn, clerk, car.id, "۱۲٬۵۰۰", now=now)
    assert car.odometer[-1].km == 12500
    with pytest.raises(ValidationError) as err, dealer_db.write() as conn:
        customers.record_odometer(conn, clerk, car.id, 9000, now=now)
    assert err.value.code == "odometer_lower"


def test_merge_keeps_vehicles_of_both_and_records_who_merged(dealer_db, clerk, supervisor, now):
    keep = _create(dealer_db, clerk, now)
    dup = _create(
        dealer_db,
        clerk,
        now,
        {"first_name": "علی", "last_name": "کریمی", "city": "کرج", "mobile": "09350000000"},
    )
    with dealer_db.write() as conn:
        customers.add_vehicle(conn, clerk, keep.id, {"vin": VIN}, now=now)
        other_car = customers.add_vehicle(conn, clerk, dup.id, {"chassis": "NAS411100G7654321"}, now=now)
        with pytest.raises(PermissionDenied):
            customers.merge_customers(conn, clerk, keep.id, dup.id, now=now)
    with dealer_db.write() as conn:
        merged = customers.merge_customers(conn, supervisor, keep.id, dup.id, now=now)
        assert merged.city == "کرج"  # filled from the duplicate
        assert merged.mobile == "09123456789"  # the survivor's own value kept
        assert len(customers.vehicles_of(conn, keep.id)) == 2
        assert customers.get_customer(conn, dup.id).id == keep.id
        assert set(customers.customer_ids(conn, keep.id)) == {keep.id, dup.id}
        assert customers.count_customers(conn) == 1
        stream = events.load_stream(conn, "customer", dup.id)
        assert stream[-1].kind == "customers_merged"
        assert stream[-1].actor_id == supervisor.id
        hits = customers.search(conn, other_car.chassis[-6:])
        assert [h.customer.id for h in hits] == [keep.id]
