"""Sub-categories are editable data: add, rename, retire and restore, by administrators."""

import pytest

from desktop.models import cases
from desktop.models.cases import subcategories
from desktop.models.errors import NotFound, PermissionDenied, ValidationError
from tests.conftest import get_user


@pytest.fixture
def admin(dealer_db):
    return get_user(dealer_db, "admin")


def _offered(conn, category):
    return [s.code for s in cases.list_subcategories(conn, category)]


def test_added_last_with_a_code_from_the_english_name(dealer_db, admin):
    with dealer_db.write() as conn:
        before = _offered(conn, "quality")
        made = subcategories.add(
            conn, admin, category="quality", name_fa="ترمز و  ABS", name_en="Brakes & ABS"
        )
        assert made.code == "brakes_abs"
        assert _offered(conn, "quality") == [*before, "brakes_abs"]  # placed after the others
        listed = subcategories.list_all(conn, "quality")[-1]
    assert (listed.name_fa, listed.name_en, listed.active) == ("ترمز و ABS", "Brakes & ABS", True)


def test_rename_keeps_the_code_cases_store(dealer_db, admin, register):
    case = register(category="quality", subcategory="engine")
    with dealer_db.write() as conn:
        subcategories.rename(
            conn, admin, category="quality", code="engine", name_fa="موتور", name_en="Engine"
        )
        entry = next(e for e in subcategories.list_all(conn, "quality") if e.code == "engine")
        assert (entry.name_fa, entry.name_en) == ("موتور", "Engine")
        assert cases.get_case(conn, case.id).state.subcategory == "engine"
        assert _offered(conn, "quality")[0] == "engine"  # its place in the list kept


def test_retired_is_kept_but_no_longer_offered_and_can_come_back(dealer_db, admin):
    with dealer_db.write() as conn:
        subcategories.set_active(conn, admin, category="price", code="extra_charge", active=False)
        assert "extra_charge" not in _offered(conn, "price")
        retired = next(e for e in subcategories.list_all(conn, "price") if e.code == "extra_charge")
        assert not retired.active
        assert retired.name_fa == "دریافت وجه اضافه"  # names kept while retired
        subcategories.set_active(conn, admin, category="price", code="extra_charge", active=True)
        assert _offered(conn, "price") == ["repair_invoice", "extra_charge", "sale_price"]


def test_the_whole_list_follows_the_categories_order(dealer_db):
    with dealer_db.read() as conn:
        listed = [e.category for e in subcategories.list_all(conn)]
    order = [c for c in cases.CATEGORIES if c in listed]
    assert listed == sorted(listed, key=order.index)


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"name_en": "Engine"}, "subcategory", "subcategory_exists"),
        ({"name_en": "موتور"}, "subcategory", "subcategory_code_format"),
        ({"name_en": "Paint", "code": "2 bad"}, "subcategory", "subcategory_code_format"),
        ({"name_fa": " "}, "subcategory_name", "required"),
        ({"name_en": ""}, "subcategory_name", "required"),
        ({"category": "weather"}, "category", "unknown_code"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(dealer_db, admin, kwargs, field, code):
    values = {"category": "quality", "name_fa": "نام", "name_en": "Name"} | kwargs
    with dealer_db.read() as conn:
        before = subcategories.list_all(conn)
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        subcategories.add(conn, admin, **values)
    assert (err.value.field, err.value.code) == (field, code)
    with dealer_db.read() as conn:
        assert subcategories.list_all(conn) == before


def test_a_retired_code_is_not_reused(dealer_db, admin):
    with dealer_db.write() as conn:
        subcategories.set_active(conn, admin, category="quality", code="engine", active=False)
    with dealer_db.write() as conn, pytest.raises(ValidationError) as err:
        subcategories.add(conn, admin, category="quality", name_fa="موتور", name_en="Engine")
    assert err.value.code == "subcategory_exists"


def test_unknown_entries_and_clerks_are_refused(dealer_db, admin, clerk):
    with dealer_db.write() as conn, pytest.raises(NotFound):
        subcategories.rename(conn, admin, category="quality", code="wings", name_fa="بال", name_en="Wings")
    with dealer_db.write() as conn, pytest.raises(PermissionDenied):
        subcategories.add(conn, clerk, category="quality", name_fa="ترمز", name_en="Brakes")
    with dealer_db.write() as conn, pytest.raises(PermissionDenied):
        subcategories.set_active(conn, clerk, category="quality", code="engine", active=False)
