"""FMEA: failure modes rated 1-10, RPN = S x O x D, sorted; occurrence from case counts."""

from datetime import timedelta

import pytest

from desktop.models import cases, events, hlc, improvement
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from desktop.models.improvement import fmea
from tests.conftest import get_user


def test_rpn_is_the_product_and_the_table_is_sorted_by_it(dealer_db, manager, mode):
    low = mode(title="کم", severity=2, occurrence=3, detection=4)  # 24
    high = mode(title="زیاد", severity=9, occurrence=8, detection=7)  # 504
    middle = mode(title="میانه", severity=5, occurrence=5, detection=5)  # 125
    assert (low.rpn, high.rpn, middle.rpn) == (24, 504, 125)
    with dealer_db.read() as conn:
        table = improvement.list_failure_modes(conn, manager)
    assert [m.title for m in table] == ["زیاد", "میانه", "کم"]
    assert high.critical
    assert not middle.critical


def test_equal_rpn_puts_the_more_severe_first(dealer_db, manager, mode):
    mode(title="a", severity=2, occurrence=10, detection=10)  # 200
    mode(title="b", severity=10, occurrence=2, detection=10)  # 200
    with dealer_db.read() as conn:
        assert [m.title for m in improvement.list_failure_modes(conn, manager)] == ["b", "a"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("severity", 0), ("occurrence", 11), ("detection", "x"), ("severity", 2.5), ("detection", True)],
)
def test_ratings_outside_one_to_ten_are_refused(mode, field, value):
    with pytest.raises(ValidationError) as err:
        mode(**{field: value})
    assert (err.value.field, err.value.code) == (field, "out_of_range")


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"title": "  "}, "title", "required"),
        ({"category": "weather"}, "category", "unknown_code"),
        ({"category": "price", "subcategory": "parts_shortage"}, "subcategory", "unknown_code"),
        ({"title": "x" * 201}, "title", "too_long"),
    ],
)
def test_bad_input_says_which_field(mode, overrides, field, code):
    with pytest.raises(ValidationError) as err:
        mode(**overrides)
    assert (err.value.field, err.value.code) == (field, code)


def test_changing_one_field_travels_alone_and_recomputes_rpn(dealer_db, manager, mode, now):
    made = mode()
    with dealer_db.write() as conn:
        changed = improvement.change_failure_mode(conn, manager, made.id, occurrence=9, now=now)
        history = events.load_stream(conn, "fmea", made.id)
    assert changed.rpn == 7 * 9 * 4
    assert history[-1].kind == "failure_mode_changed"
    assert dict(history[-1].payload) == {"occurrence": 9}


def test_concurrent_changes_of_different_fields_both_stay(dealer_db, manager, mode, now):
    """Two devices change S and D of one mode offline; the fold keeps both."""
    made = mode()
    with dealer_db.write() as conn:
        mine = events.load_stream(conn, "fmea", made.id)[0]
        theirs = events.Event(
            event_id="0192f000-0000-7000-8000-000000000001",
            stream="fmea",
            stream_id=made.id,
            dealership_id=made.dealership_id,
            device_id="other-device",
            device_seq=1,
            actor_id=manager.id,
            kind="failure_mode_changed",
            payload={"detection": 9},
            hlc=hlc.Timestamp(hlc.Timestamp.parse(mine.hlc).wall_ms + 500, 0, "other-device").encode(),
            recorded_at=mine.recorded_at,
        )
        improvement.change_failure_mode(conn, manager, made.id, severity=3, now=now + timedelta(seconds=1))
        events.ingest(conn, [theirs], now)
        after = improvement.get_failure_mode(conn, manager, made.id)
    assert (after.severity, after.detection, after.rpn) == (3, 9, 3 * 5 * 9)


def test_retired_modes_leave_the_table_but_stay_on_record(dealer_db, manager, mode, now):
    made = mode()
    with dealer_db.write() as conn:
        improvement.retire_failure_mode(conn, manager, made.id, now=now)
        assert improvement.list_failure_modes(conn, manager) == []
        assert len(improvement.list_failure_modes(conn, manager, include_retired=True)) == 1
        with pytest.raises(TransitionRefused):
            improvement.change_failure_mode(conn, manager, made.id, severity=1, now=now)
        improvement.retire_failure_mode(conn, manager, made.id, now=now, retired=False)
        assert len(improvement.list_failure_modes(conn, manager)) == 1


def test_a_clerk_neither_sees_nor_edits_the_table(dealer_db, clerk, mode, now):
    mode()
    with dealer_db.write() as conn:
        with pytest.raises(PermissionDenied):
            improvement.list_failure_modes(conn, clerk)
        with pytest.raises(PermissionDenied):
            improvement.create_failure_mode(
                conn, clerk, title="x", category="price", severity=1, occurrence=1, detection=1, now=now
            )


def test_a_supervisor_reads_but_cannot_edit(dealer_db, supervisor, mode, now):
    made = mode()
    with dealer_db.write() as conn:
        assert improvement.list_failure_modes(conn, supervisor)[0].id == made.id
        with pytest.raises(PermissionDenied):
            improvement.change_failure_mode(conn, supervisor, made.id, severity=1, now=now)


def test_another_dealerships_modes_are_invisible_to_a_manager_but_not_to_hq(dealer_db, manager, mode, now):
    made = mode()
    with dealer_db.write() as conn:
        conn.execute(fmea.fmea_modes.update().values(dealership_id="9999"))
        assert improvement.list_failure_modes(conn, manager) == []
        with pytest.raises(NotFound):
            improvement.get_failure_mode(conn, manager, made.id)
        hq = get_user(dealer_db, "hq")
        assert [m.id for m in improvement.list_failure_modes(conn, hq)] == [made.id]


@pytest.mark.parametrize(
    ("complaints", "total", "rating"),
    [
        (0, 100, 1),
        (0, 0, 1),
        (1, 2000, 2),  # 0.5 per thousand
        (1, 1000, 3),
        (2, 1000, 4),
        (5, 1000, 5),
        (10, 1000, 6),
        (20, 1000, 7),
        (50, 1000, 8),
        (100, 1000, 9),
        (199, 1000, 9),
        (200, 1000, 10),
        (3, 3, 10),
    ],
)
def test_occurrence_rating_scale(complaints, total, rating):
    assert improvement.occurrence_rating(complaints, total) == rating


def test_occurrence_is_suggested_from_the_last_ninety_days_of_cases(dealer_db, manager, now):
    clerk = get_user(dealer_db, "clerk")

    def register(category, sub=None, case_type="complaint", days_ago=1):
        with dealer_db.write() as conn:
            cases.register_case(
                conn,
                clerk,
                customer_id="c1",
                channel="phone",
                case_type=case_type,
                category=category,
                subcategory=sub,
                description="شرح",
                now=now - timedelta(days=days_ago),
            )

    register("delivery", "parts_shortage")
    register("delivery", "parts_shortage")
    register("delivery", "repair_time")
    register("delivery", "parts_shortage", case_type="question")  # not a complaint
    register("price")
    register("delivery", "parts_shortage", days_ago=120)  # outside the window
    with dealer_db.read() as conn:
        by_sub = improvement.suggest_occurrence(
            conn, manager, category="delivery", subcategory="parts_shortage", now=now
        )
        by_cat = improvement.suggest_occurrence(conn, manager, category="delivery", now=now)
    assert (by_sub.complaints, by_sub.cases) == (2, 5)
    assert by_sub.per_thousand == 400
    assert by_sub.rating == 10
    assert by_cat.complaints == 3


@pytest.mark.parametrize(
    ("value", "band"),
    [(1, "low"), (99, "low"), (100, "medium"), (199, "medium"), (200, "high"), (1000, "high")],
)
def test_rpn_risk_bands(value, band):
    assert fmea.risk_band(value) == band


def test_a_failure_mode_knows_its_risk(mode):
    assert mode(severity=2, occurrence=3, detection=4).risk == "low"  # 24
    assert mode(severity=5, occurrence=5, detection=5).risk == "medium"  # 125
    assert mode(severity=9, occurrence=8, detection=7).risk == "high"  # 504


@pytest.mark.parametrize(
    ("team", "differs"), [(4, True), (5, True), (6, False), (7, False), (8, False), (9, True)]
)
def test_a_suggestion_two_or_more_away_from_the_teams_rating_stands_out(now, team, differs):
    # 30 complaints in 1,000 cases: 30 per thousand, rating 7 (from 20 per thousand).
    suggestion = fmea.OccurrenceSuggestion("delivery", None, 30, 1000, now, now)
    assert suggestion.rating == 7
    assert suggestion.differs_from(team) is differs
