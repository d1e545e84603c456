from datetime import UTC, date, datetime

import pytest

from desktop.models import calendar
from desktop.models.errors import ValidationError


def test_known_dates():
    assert calendar.to_jalali(date(2026, 11, 24)) == (1405, 9, 3)
    assert calendar.from_jalali(1405, 1, 1) == date(2026, 3, 21)


def test_formatting_in_both_languages():
    moment = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)  # 12:00 in Tehran
    assert calendar.format_date(moment, "fa") == "۱۴۰۵/۰۹/۰۳"
    assert calendar.format_date(moment, "en") == "1405/09/03"
    assert calendar.format_date(moment, "fa", "long") == "۳ آذر ۱۴۰۵"
    assert calendar.format_date(moment, "en", "long") == "3 Azar 1405"
    assert calendar.format_datetime(moment, "fa") == "۱۴۰۵/۰۹/۰۳ ۱۲:۰۰"


def test_local_day_boundary_uses_tehran_time():
    # 22:00 UTC is already the next day in Tehran (UTC+3:30).
    late = datetime(2026, 11, 24, 22, 0, tzinfo=UTC)
    assert calendar.format_date(late, "en") == "1405/09/04"


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-11-24", date(2026, 11, 24)),
        ("1405/09/03", date(2026, 11, 24)),
        ("۱۴۰۵/۹/۳", date(2026, 11, 24)),
    ],
)
def test_parse_date(typed, day):
    assert calendar.parse_date(typed) == day


@pytest.mark.parametrize(("typed", "code"), [("24/11/2026", "date_format"), ("1405/13/01", "date_invalid")])
def test_parse_bad_dates(typed, code):
    with pytest.raises(ValidationError) as err:
        calendar.parse_date(typed)
    assert err.value.code == code


def test_numbers():
    assert calendar.format_number(1250000, "fa") == "۱٬۲۵۰٬۰۰۰"
    assert calendar.format_number(1250000, "en") == "1,250,000"


def test_month_ranges():
    start, end = calendar.jalali_month_range(1405, 12)
    assert start == date(2027, 2, 20)
    assert end == calendar.from_jalali(1406, 1, 1)
    q_start, q_end = calendar.jalali_quarter_range(1405, 3)
    assert q_start == calendar.from_jalali(1405, 7, 1)
    assert q_end == calendar.from_jalali(1405, 10, 1)


def test_iso_round_trip():
    moment = datetime(2026, 11, 24, 8, 30, 1, 123000, tzinfo=UTC)
    assert calendar.iso(moment) == "2026-11-24T08:30:01.123Z"
    assert calendar.parse_iso(calendar.iso(moment)) == moment
