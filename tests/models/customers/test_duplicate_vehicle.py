"""Saving a customer with a vehicle: the same name with the same vehicle is a likely duplicate."""

import pytest

from desktop.models import customers
from desktop.models.customers.store import vehicle_keys

VIN = "NAAN01CA9KE123456"


@pytest.fixture
def owner(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        person = customers.create_customer(conn, clerk, {"first_name": "علی", "last_name": "کریمی"}, now=now)
        customers.add_vehicle(conn, clerk, person.id, {"vin": VIN, "chassis": "KE123456"}, now=now)
    return person


@pytest.mark.parametrize("vehicle", [{"vin": VIN.lower()}, {"chassis": "ke123456", "vin": "not a vin"}])
def test_same_name_and_vehicle_is_shown_before_saving(dealer_db, clerk, now, owner, vehicle):
    with pytest.raises(customers.LikelyDuplicate) as err, dealer_db.write() as conn:
        # Arabic ي and ك: the same name once folded.
        values = {"first_name": "علي", "last_name": "كريمی"}
        customers.create_customer(conn, clerk, values, now=now, vehicle=vehicle)
    assert [(d.customer.id, d.reasons) for d in err.value.matches] == [(owner.id, ("name_and_vehicle",))]
    with dealer_db.read() as conn:
        assert customers.count_customers(conn) == 1


def test_another_name_with_the_vehicle_is_a_sale_not_a_duplicate(dealer_db, clerk, now, owner):
    with dealer_db.write() as conn:
        buyer = customers.create_customer(
            conn, clerk, {"first_name": "نیما", "last_name": "کیانی"}, now=now, vehicle={"vin": VIN}
        )
    assert buyer.id != owner.id


def test_vehicle_keys_keep_only_well_formed_identifiers():
    assert vehicle_keys({"vin": VIN.lower(), "plate": "12ب345-67"}) == {"vin": VIN}
    assert vehicle_keys({"vin": "123"}) == {}
    assert vehicle_keys(None) == {}
