"""Reporting periods: a Solar Hijri month, quarter or year, or any range of local days.

A period is half-open, ``[start, end)`` in Iran's local days: "Azar 1405" is from
1 Azar up to, not including, 1 Dey. Figures compare a period with the one before it of
the same kind (the month before, the quarter before, the year before, or a range as long
just before it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.models.calendar import (
    jalali_month_range,
    jalali_quarter_range,
    jalali_year_range,
    local,
    local_day_bounds,
    parse_date,
    to_jalali,
)
from desktop.models.errors import ValidationError

KINDS = ("month", "quarter", "year", "range")
MAX_YEARS = 10
FIRST_YEAR, LAST_YEAR = 1300, 1500


@dataclass(frozen=True)
class Period:
    kind: str
    start: date  # first local day
    end: date  # the day after the last (half-open)
    year: int = 0  # Solar Hijri, for month/quarter/year
    number: int = 0  # month 1-12 or quarter 1-4

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def bounds(self) -> tuple[datetime, datetime]:
        """The UTC moments at which the period starts and ends."""
        return local_day_bounds(self.start)[0], local_day_bounds(self.end)[0]

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.kind == "month":
            y, m = (self.year, self.number - 1) if self.number > 1 else (self.year - 1, 12)
            return month(y, m)
        if self.kind == "quarter":
            y, q = (self.year, self.number - 1) if self.number > 1 else (self.year - 1, 4)
            return quarter(y, q)
        if self.kind == "year":
            return year(self.year - 1)
        return Period("range", self.start - timedelta(days=self.days), self.start)

    def months(self) -> list[tuple[int, int]]:
        """The Solar Hijri (year, month) pairs the period touches, in order."""
        result: list[tuple[int, int]] = []
        y, m, _ = to_jalali(self.start)
        last_y, last_m, _ = to_jalali(self.last_day)
        while (y, m) <= (last_y, last_m):
            result.append((y, m))
            y, m = (y, m + 1) if m < 12 else (y + 1, 1)
        return result

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end


def _year(value: int) -> int:
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError("year", "out_of_range", minimum=FIRST_YEAR, maximum=LAST_YEAR)
    return value


def month(y: int, m: int) -> Period:
    if not 1 <= m <= 12:
        raise ValidationError("month", "month_invalid")
    start, end = jalali_month_range(_year(y), m)
    return Period("month", start, end, y, m)


def quarter(y: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise ValidationError("quarter", "quarter_invalid")
    start, end = jalali_quarter_range(_year(y), q)
    return Period("quarter", start, end, y, q)


def year(y: int) -> Period:
    start, end = jalali_year_range(_year(y))
    return Period("year", start, end, y)


def between(first: date, last: date) -> Period:
    """Any range of local days, both ends included."""
    if last < first:
        raise ValidationError("to", "period_invalid")
    if (last - first).days > 366 * MAX_YEARS:
        raise ValidationError("to", "period_too_long", maximum=MAX_YEARS)
    return Period("range", first, last + timedelta(days=1))


def parse_range(first: str, last: str) -> Period:
    """A range typed as two dates, Gregorian (2026-11-24) or Solar Hijri (1405/09/03)."""
    return between(parse_date(first, "from"), parse_date(last, "to"))


def current_quarter(now: datetime) -> Period:
    y, m, _ = to_jalali(local(now).date())
    return quarter(y, (m - 1) // 3 + 1)


def today(now: datetime) -> Period:
    day = local(now).date()
    return between(day, day)


def last_complete_month(now: datetime) -> Period:
    """The Solar Hijri month before the one ``now`` falls in (local time): the last one over."""
    y, m, _ = to_jalali(local(now).date())
    return month(y, m - 1) if m > 1 else month(y - 1, 12)
