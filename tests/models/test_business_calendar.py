"""Business-hours arithmetic: Thursdays, Fridays, holidays, the turn of the year."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models import business_calendar as bc
from desktop.models.calendar import IRAN, from_jalali
from desktop.models.errors import PermissionDenied, ValidationError
from tests.conftest import get_user


def tehran(y, m, d, hour=0, minute=0):
    """A moment given in the Solar Hijri calendar and Tehran's clock."""
    day = from_jalali(y, m, d)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=IRAN)


WEEK = bc.BusinessCalendar()
HOLIDAYS = bc.BusinessCalendar(holidays=frozenset(h.day for h in bc.official_holidays_1405()))
YEAR_END = bc.BusinessCalendar(
    holidays=frozenset([from_jalali(1405, 12, 29)] + [from_jalali(1406, 1, d) for d in (1, 2, 3, 4, 12, 13)])
)


@pytest.mark.parametrize(
    ("calendar", "start", "hours", "due"),
    [
        # Tuesday noon: the rest of Tuesday.
        (WEEK, tehran(1405, 9, 3), 0, tehran(1405, 9, 3)),
        (WEEK, tehran(1405, 9, 3, 12), 4, tehran(1405, 9, 3, 16)),
        # Tuesday noon + 8 h: 4 on Tuesday, 4 on Wednesday morning.
        (WEEK, tehran(1405, 9, 3, 12), 8, tehran(1405, 9, 4, 12)),
        # Wednesday 14:00 + 8 h: 2 on Wednesday, Thursday's half day, Friday off, Saturday 2 h.
        (WEEK, tehran(1405, 9, 4, 14), 8, tehran(1405, 9, 7, 10)),
        # Started on a Friday or after Thursday noon: the clock waits for Saturday.
        (WEEK, tehran(1405, 9, 6, 10), 1, tehran(1405, 9, 7, 9)),
        (WEEK, tehran(1405, 9, 5, 13), 1, tehran(1405, 9, 7, 9)),
        # Before opening: counted from 08:00.
        (WEEK, tehran(1405, 9, 3, 6, 30), 1, tehran(1405, 9, 3, 9)),
        # Exactly at closing time: counted from the next opening.
        (WEEK, tehran(1405, 9, 3, 16), 2, tehran(1405, 9, 4, 10)),
        # A full working week: Sat-Wed 8 h, Thursday 4 h = 44 h, from Saturday 08:00.
        (WEEK, tehran(1405, 9, 7, 8), 44, tehran(1405, 9, 12, 12)),
        # Birth of Imam Ali, Wednesday 1405/10/02: Tuesday 15:00 + 2 h ends Thursday 09:00.
        (HOLIDAYS, tehran(1405, 10, 1, 15), 2, tehran(1405, 10, 3, 9)),
        (WEEK, tehran(1405, 10, 1, 15), 2, tehran(1405, 10, 2, 9)),
        # The turn of the year: Esfand 29 and Nowruz are holidays.
        (YEAR_END, tehran(1405, 12, 26, 15), 8, tehran(1406, 1, 5, 11)),
    ],
)
def test_add(calendar, start, hours, due):
    assert calendar.add(start.astimezone(UTC), hours * 3600) == due.astimezone(UTC)


def test_seconds_between_counts_only_open_hours():
    start, end = tehran(1405, 9, 4, 14), tehran(1405, 9, 7, 10)  # Wednesday 14:00 to Saturday 10:00
    assert WEEK.seconds_between(start, end) == 8 * 3600
    assert WEEK.seconds_between(end, start) == -8 * 3600
    assert WEEK.seconds_between(tehran(1405, 9, 6, 9), tehran(1405, 9, 6, 15)) == 0  # Friday


@settings(max_examples=150, deadline=None)
@given(
    st.datetimes(min_value=datetime(2026, 3, 1), max_value=datetime(2027, 6, 1), timezones=st.just(UTC)),
    st.integers(min_value=0, max_value=200 * 3600),
)
def test_add_and_between_agree(start, seconds):
    due = HOLIDAYS.add(start, seconds)
    assert due >= start
    assert HOLIDAYS.seconds_between(start, due) == pytest.approx(seconds, abs=1e-3)
    if seconds:
        assert HOLIDAYS.is_working(due - timedelta(microseconds=1))


def test_a_calendar_without_working_time_says_so():
    closed = bc.BusinessCalendar(week=dict.fromkeys(range(7), ()))
    with pytest.raises(ValueError, match="no working time"):
        closed.add(datetime(2026, 11, 24, tzinfo=UTC), 60)


def test_the_1405_list():
    days = bc.official_holidays_1405()
    assert len(days) == 26
    assert {h.jalali_year for h in days} == {1405}
    assert from_jalali(1405, 11, 22) in {h.day for h in days}


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("08:00-16:00", ((480, 960),)),
        ("۰۸:۰۰-۱۲:۰۰", ((480, 720),)),
        ("14:00-18:00, 8-12", ((480, 720), (840, 1080))),
        ("", ()),
    ],
)
def test_parse_hours(text, hours):
    assert bc.parse_hours(text) == hours
    assert bc.parse_hours(bc.format_hours(hours)) == hours


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("8", "hours_format"),
        ("16:00-08:00", "hours_order"),
        ("8-12,11-13", "hours_overlap"),
        ("8:70-9", "hours_format"),
    ],
)
def test_bad_hours(text, code):
    with pytest.raises(ValidationError) as err:
        bc.parse_hours(text)
    assert err.value.code == code


def test_stored_calendar(dealer_db):
    admin, clerk = get_user(dealer_db, "admin"), get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        calendar = bc.load_calendar(conn)
        assert calendar.week == bc.DEFAULT_WEEK
        assert from_jalali(1405, 10, 2) in calendar.holidays
        with pytest.raises(PermissionDenied):
            bc.save_holiday(conn, clerk, day="1405/09/10", name_fa="تعطیلی محلی")
        bc.save_holiday(conn, admin, day="۱۴۰۵/۰۹/۱۰", name_fa="تعطیلی محلی")
        week = dict(calendar.week) | {3: ()}  # Thursdays off
        bc.save_week(conn, admin, week)
        with pytest.raises(ValidationError):
            bc.save_week(conn, admin, dict.fromkeys(range(7), ()))
        bc.remove_holiday(conn, admin, from_jalali(1405, 10, 2))
        stored = bc.load_calendar(conn)
        names = [h.name_fa for h in bc.list_holidays(conn, 1405)]
    assert stored.week[3] == ()
    assert from_jalali(1405, 9, 10) in stored.holidays
    assert from_jalali(1405, 10, 2) not in stored.holidays
    assert "تعطیلی محلی" in names


@pytest.mark.parametrize(
    ("today", "missing"),
    [
        ((1405, 9, 3), []),  # 1405 is entered, 1406 is far off
        ((1405, 11, 14), []),  # 46 days before 1406: not yet
        ((1405, 11, 15), [1406]),  # 45 days before: 1406 is needed soon
        ((1405, 12, 29), [1406]),
        ((1406, 1, 1), [1406]),  # the new year began without its holidays
    ],
)
def test_years_without_holidays_are_pointed_out_before_they_begin(dealer_db, today, missing):
    with dealer_db.read() as conn:
        assert bc.years_without_holidays(conn, from_jalali(*today)) == missing


def test_a_year_with_one_holiday_entered_is_not_missing(dealer_db):
    admin = get_user(dealer_db, "admin")
    with dealer_db.write() as conn:
        bc.save_holiday(conn, admin, day="1406/01/01", name_fa="عید نوروز")
        assert bc.years_without_holidays(conn, from_jalali(1405, 12, 20)) == []
        for holiday in bc.list_holidays(conn, 1405):
            bc.remove_holiday(conn, admin, holiday.day)
        assert bc.years_without_holidays(conn, from_jalali(1405, 12, 20)) == [1405]
