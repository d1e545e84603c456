"""The one search box: names in any spelling, identifiers in any format, exact ones first."""

import pytest

from desktop.models import customers
from desktop.models.customers import keys

PEOPLE = [
    (
        {"first_name": "علیرضا", "last_name": "محمدی", "national_id": "0499370899", "mobile": "09123456789"},
        [{"vin": "NAAN01CA9KE123456", "plate": "12ب345-67", "model": "دنا"}],
    ),
    (
        {
            "first_name": "علی رضا",
            "last_name": "حسن‌زاده",
            "national_id": "0790419904",
            "mobile": "09351112233",
        },
        [{"chassis": "NAS411100G7654321", "model": "شاهین"}],
    ),
    ({"first_name": "محمد", "last_name": "علی‌پور", "national_id": "0084575948", "mobile": "09191234567"}, []),
    (
        {"first_name": "مریم", "last_name": "محمدی‌نژاد", "national_id": "0013542419", "phone": "02144556677"},
        [],
    ),
]


@pytest.fixture
def people(dealer_db, clerk, now):
    ids = []
    with dealer_db.write() as conn:
        for values, cars in PEOPLE:
            person = customers.create_customer(conn, clerk, values, now=now, confirm_duplicates=True)
            for car in cars:
                customers.add_vehicle(conn, clerk, person.id, car, now=now)
            ids.append(person.id)
    return ids


def _find(db, query, limit=20):
    with db.read() as conn:
        return customers.search(conn, query, limit)


@pytest.mark.parametrize(
    ("query", "index", "by"),
    [
        ("0499370899", 0, "national_id"),
        ("۰۴۹۹۳۷۰۸۹۹", 0, "national_id"),
        ("499370899", 0, "national_id"),  # a dropped leading zero
        ("09123456789", 0, "mobile"),
        ("+98 912 345 6789", 0, "mobile"),
        ("00989123456789", 0, "mobile"),
        ("۹۱۲۳۴۵۶۷۸۹", 0, "mobile"),
        ("NAAN01CA9KE123456", 0, "vin"),
        ("naan01ca9ke123456", 0, "vin"),
        ("123456", 0, "vin"),  # the last six characters of the VIN
        ("G7654321", 1, "chassis"),
        ("7654321", 1, "chassis"),
        ("۱۲ ب ۳۴۵ ایران ۶۷", 0, "plate"),
        ("12ب345-67", 0, "plate"),
        ("02144556677", 3, "phone"),
    ],
)
def test_identifiers_in_any_format_find_the_customer_first(dealer_db, people, query, index, by):
    hits = _find(dealer_db, query)
    assert hits, query
    assert hits[0].customer.id == people[index]
    assert hits[0].matched_by == by
    assert hits[0].rank == 0 or by in ("vin", "chassis")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("علیرضا", {0, 1}),  # written together finds it written apart, and back
        ("علی رضا", {0, 1}),
        ("علي", {0, 1, 2}),  # Arabic yeh; prefix of a word
        ("محمدی", {0, 3}),
        ("محمّدی", {0, 3}),  # diacritics folded
        ("حسن زاده", {1}),
        ("حسنزاده", {1}),
        ("حسن‌زاده", {1}),
        ("مر محم", {3}),  # prefixes of several words
        ("رضا حسن", {1}),  # words in any order
        ("كريم", set()),
        ("محمدی\u200cنژ", {3}),  # longer than the prefix index: narrowed after the index
        ("محمدینا", set()),
    ],
)
def test_name_parts_in_any_spelling(dealer_db, people, query, expected):
    assert {people.index(h.customer.id) for h in _find(dealer_db, query)} == expected


def test_whole_words_rank_before_prefixes(dealer_db, people):
    hits = _find(dealer_db, "محمدی")
    assert [people.index(h.customer.id) for h in hits] == [0, 3]
    assert hits[0].rank < hits[1].rank


def test_exact_identifier_ranks_before_names_and_prefixes(dealer_db, people):
    hits = _find(dealer_db, "049")
    assert {h.matched_by for h in hits} == {"national_id"}
    assert all(h.rank == 1 for h in hits)


def test_hits_carry_their_vehicles(dealer_db, people):
    (hit,) = _find(dealer_db, "0499370899")
    assert [v.vin for v in hit.vehicles] == ["NAAN01CA9KE123456"]
    assert hit.vehicle_id == hit.vehicles[0].id or hit.matched_by == "national_id"


@pytest.mark.parametrize("query", ["", "   ", "*", '"', "AND", "OR (", "NEAR"])
def test_odd_input_never_fails(dealer_db, people, query):
    _find(dealer_db, query)


def test_limit(dealer_db, people):
    assert len(_find(dealer_db, "ع", limit=1)) == 1


def test_index_words_join_and_split():
    assert keys.name_words("علی رضا", "حسن‌زاده") == ["علی", "رضا", "علیرضا", "حسنزاده"]
    assert keys.fts_query(["علی", "رضا"]) == '("علی"* AND "رضا"*) OR ("علیرضا"*)'


@pytest.mark.parametrize(
    ("typed", "field", "value"),
    [
        ("09123", "mobile_prefix", "09123"),
        ("+98912", "mobile_prefix", "0912"),
        ("12 ب 34", "plate_prefix", "12ب34"),
        ("12ب345 ایران 6", "plate_prefix", "12ب345-6"),
        ("NAAN01", "latin", "NAAN01"),
    ],
)
def test_query_shapes(typed, field, value):
    assert getattr(keys.parse_query(typed), field) == value
