"""Business hours: the working week and the holidays that service-level clocks count in.

An Iranian dealership works Saturday to Wednesday, a half-day on Thursday, and rests on
Friday; official holidays follow the Solar Hijri calendar (fixed) and the lunar Hijri
calendar (moving about eleven days earlier every year), so the list is kept per Solar
Hijri year and edited as the official calendar is published. Both are data: the week in
``working_hours``, the holidays in ``holidays``. The arithmetic is pure
(:class:`BusinessCalendar`) and works in Iran's local time.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Column, Connection, Index, Integer, Table, Text, delete, insert, select

from desktop.models import users
from desktop.models.calendar import IRAN, from_jalali, local, parse_date, to_jalali
from desktop.models.errors import ValidationError
from desktop.models.meta import metadata
from desktop.models.text import normalize, to_ascii_digits

working_hours = Table(
    "working_hours",
    metadata,
    Column("weekday", Integer, primary_key=True),  # Python's: Monday 0 ... Sunday 6
    Column("position", Integer, primary_key=True),
    Column("start_minute", Integer, nullable=False),
    Column("end_minute", Integer, nullable=False),
)

holidays = Table(
    "holidays",
    metadata,
    Column("day", Text, primary_key=True),  # ISO Gregorian date
    Column("jalali_year", Integer, nullable=False),
    Column("name_fa", Text, nullable=False),
    Column("name_en", Text, nullable=False, server_default=""),
    Index("ix_holidays_jalali_year", "jalali_year"),
)

# Saturday first, as an Iranian week is read.
WEEK_ORDER = (5, 6, 0, 1, 2, 3, 4)
Interval = tuple[int, int]  # minutes after local midnight, [start, end)
DEFAULT_WEEK: dict[int, tuple[Interval, ...]] = {
    5: ((8 * 60, 16 * 60),),
    6: ((8 * 60, 16 * 60),),
    0: ((8 * 60, 16 * 60),),
    1: ((8 * 60, 16 * 60),),
    2: ((8 * 60, 16 * 60),),
    3: ((8 * 60, 12 * 60),),
    4: (),
}
# The furthest a due time is searched for: past this the calendar has no working time.
HORIZON_DAYS = 3 * 366

# The official holidays of 1405 (21 March 2026 to 20 March 2027) as the Council for
# Public Culture's calendar lists them. Lunar dates follow that calendar's reckoning;
# 25 Farvardin (25 Shawwal) is kept as the law lists it.
HOLIDAYS_1405: tuple[tuple[str, str, str], ...] = (
    ("1405/01/01", "آغاز نوروز؛ عید سعید فطر", "Nowruz; Eid al-Fitr"),
    ("1405/01/02", "عید نوروز؛ تعطیل به مناسبت عید فطر", "Nowruz; Eid al-Fitr holiday"),
    ("1405/01/03", "عید نوروز", "Nowruz"),
    ("1405/01/04", "عید نوروز", "Nowruz"),
    ("1405/01/12", "روز جمهوری اسلامی ایران", "Islamic Republic Day"),
    ("1405/01/13", "روز طبیعت", "Nature Day"),
    ("1405/01/25", "شهادت امام جعفر صادق (ع)", "Martyrdom of Imam Sadiq"),
    ("1405/03/06", "عید سعید قربان", "Eid al-Adha"),
    ("1405/03/14", "عید غدیر خم؛ رحلت امام خمینی", "Eid al-Ghadir; passing of Imam Khomeini"),
    ("1405/03/15", "قیام ۱۵ خرداد", "15 Khordad uprising"),
    ("1405/04/03", "تاسوعای حسینی", "Tasua"),
    ("1405/04/04", "عاشورای حسینی", "Ashura"),
    ("1405/05/12", "اربعین حسینی", "Arbaeen"),
    (
        "1405/05/20",
        "رحلت رسول اکرم (ص)؛ شهادت امام حسن مجتبی (ع)",
        "Passing of the Prophet; martyrdom of Imam Hasan",
    ),
    ("1405/05/22", "شهادت امام رضا (ع)", "Martyrdom of Imam Reza"),
    ("1405/05/30", "شهادت امام حسن عسکری (ع)", "Martyrdom of Imam Hasan Askari"),
    ("1405/06/08", "میلاد رسول اکرم (ص) و امام جعفر صادق (ع)", "Birth of the Prophet and Imam Sadiq"),
    ("1405/08/22", "شهادت حضرت فاطمه زهرا (س)", "Martyrdom of Fatima"),
    ("1405/10/02", "ولادت امام علی (ع)", "Birth of Imam Ali"),
    ("1405/10/16", "مبعث رسول اکرم (ص)", "Mab'ath"),
    ("1405/11/04", "ولادت حضرت قائم (عج)", "Birth of Imam Mahdi"),
    ("1405/11/22", "پیروزی انقلاب اسلامی", "Revolution Day"),
    ("1405/12/10", "شهادت امام علی (ع)", "Martyrdom of Imam Ali"),
    ("1405/12/19", "عید سعید فطر", "Eid al-Fitr"),
    ("1405/12/20", "تعطیل به مناسبت عید فطر", "Eid al-Fitr holiday"),
    ("1405/12/29", "روز ملی شدن صنعت نفت", "Oil Nationalisation Day"),
)


@dataclass(frozen=True)
class Holiday:
    day: date
    name_fa: str
    name_en: str

    @property
    def jalali_year(self) -> int:
        return to_jalali(self.day)[0]

    def name(self, lang: str) -> str:
        return self.name_fa if lang == "fa" or not self.name_en else self.name_en


@dataclass(frozen=True)
class BusinessCalendar:
    """A working week (local hours per weekday) and the holidays, in Iran's time zone."""

    week: Mapping[int, tuple[Interval, ...]] = field(default_factory=lambda: dict(DEFAULT_WEEK))
    holidays: frozenset[date] = frozenset()

    def day_intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        """The working intervals of a local day as UTC moments (none on holidays)."""
        if day in self.holidays:
            return []
        spans = []
        for start, end in self.week.get(day.weekday(), ()):
            begin = datetime.combine(day, time(), IRAN) + timedelta(minutes=start)
            finish = datetime.combine(day, time(), IRAN) + timedelta(minutes=end)
            spans.append((begin.astimezone(UTC), finish.astimezone(UTC)))
        return spans

    def _days(self, start: datetime) -> Iterator[date]:
        day = local(start).date()
        for offset in range(HORIZON_DAYS):
            yield day + timedelta(days=offset)

    def is_working(self, moment: datetime) -> bool:
        return any(a <= moment < b for a, b in self.day_intervals(local(moment).date()))

    def add(self, start: datetime, seconds: float) -> datetime:
        """The moment ``seconds`` of working time after ``start`` (counting only open hours).

        Raises:
            ValueError: the calendar has no working time within three years.
        """
        if seconds <= 0:
            return start
        remaining = float(seconds)
        for day in self._days(start):
            for begin, end in self.day_intervals(day):
                if end <= start:
                    continue
                opened = max(begin, start)
                span = (end - opened).total_seconds()
                if remaining <= span:
                    return opened + timedelta(seconds=remaining)
                remaining -= span
        raise ValueError("no working time in the business calendar")

    def seconds_between(self, start: datetime, end: datetime) -> float:
        """Working seconds from ``start`` to ``end`` (negative when ``end`` is earlier)."""
        if end < start:
            return -self.seconds_between(end, start)
        total = 0.0
        day = local(start).date()
        last = local(end).date()
        while day <= last:
            for begin, finish in self.day_intervals(day):
                lo, hi = max(begin, start), min(finish, end)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += timedelta(days=1)
        return total

    def next_working_moment(self, moment: datetime) -> datetime:
        """``moment`` if the dealership is open then, else when it next opens."""
        for day in self._days(moment):
            for begin, end in self.day_intervals(day):
                if end > moment:
                    return max(begin, moment)
        raise ValueError("no working time in the business calendar")


# -- validation -----------------------------------------------------------------------------


def parse_hours(text: str, field_name: str = "working_hours") -> tuple[Interval, ...]:
    """Working hours typed as ``08:00-16:00`` (several joined by commas); empty means closed."""
    clean = to_ascii_digits(normalize(text)).replace(" ", "")
    if not clean:
        return ()
    spans: list[Interval] = []
    for part in clean.split(","):
        start_text, dash, end_text = part.partition("-")
        if not dash:
            raise ValidationError(field_name, "hours_format")
        start, end = _minute(start_text, field_name), _minute(end_text, field_name)
        if end <= start:
            raise ValidationError(field_name, "hours_order")
        spans.append((start, end))
    spans.sort()
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            raise ValidationError(field_name, "hours_overlap")
    return tuple(spans)


def _minute(text: str, field_name: str) -> int:
    hours, _, minutes = text.partition(":")
    if not hours.isdigit() or (minutes and not minutes.isdigit()):
        raise ValidationError(field_name, "hours_format")
    value = int(hours) * 60 + int(minutes or 0)
    if not 0 <= value <= 24 * 60 or int(minutes or 0) >= 60:
        raise ValidationError(field_name, "hours_format")
    return value


def format_hours(spans: Iterable[Interval]) -> str:
    return ", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in spans)


# -- storage --------------------------------------------------------------------------------


def load_week(conn: Connection) -> dict[int, tuple[Interval, ...]]:
    week: dict[int, list[Interval]] = {day: [] for day in range(7)}
    c = working_hours.c
    for row in conn.execute(select(c.weekday, c.start_minute, c.end_minute).order_by(c.weekday, c.position)):
        week[row.weekday].append((row.start_minute, row.end_minute))
    return {day: tuple(spans) for day, spans in week.items()}


def load_calendar(conn: Connection) -> BusinessCalendar:
    days = frozenset(date.fromisoformat(d) for d in conn.execute(select(holidays.c.day)).scalars())
    return BusinessCalendar(week=load_week(conn), holidays=days)


def save_week(conn: Connection, actor: users.User, week: Mapping[int, Iterable[Interval]]) -> None:
    """Replace the working week (administrators); a week with no working time is refused."""
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    cleaned = {day: tuple(sorted(week.get(day, ()))) for day in range(7)}
    if not any(cleaned.values()):
        raise ValidationError("working_hours", "no_working_time")
    conn.execute(delete(working_hours))
    for day, spans in cleaned.items():
        for position, (start, end) in enumerate(spans):
            if not 0 <= start < end <= 24 * 60:
                raise ValidationError("working_hours", "hours_order")
            conn.execute(
                insert(working_hours).values(
                    weekday=day, position=position, start_minute=start, end_minute=end
                )
            )


def list_holidays(conn: Connection, jalali_year: int | None = None) -> list[Holiday]:
    query = select(holidays).order_by(holidays.c.day)
    if jalali_year is not None:
        query = query.where(holidays.c.jalali_year == jalali_year)
    return [Holiday(date.fromisoformat(r.day), r.name_fa, r.name_en) for r in conn.execute(query)]


HOLIDAYS_AHEAD_DAYS = 45  # how long before a year begins its missing holidays are pointed out


def years_without_holidays(
    conn: Connection, today: date, *, ahead_days: int = HOLIDAYS_AHEAD_DAYS
) -> list[int]:
    """The Solar Hijri years whose holidays service deadlines need and nobody entered: this
    year, and the next one from ``ahead_days`` before it begins. Without them every
    working weekday of those years counts, so due times come out early on holidays (the
    official list of a year is announced shortly before it begins, so it cannot ship)."""
    year = to_jalali(today)[0]
    wanted = [year]
    if (from_jalali(year + 1, 1, 1) - today).days <= ahead_days:
        wanted.append(year + 1)
    entered = set(
        conn.execute(
            select(holidays.c.jalali_year).where(holidays.c.jalali_year.in_(wanted)).distinct()
        ).scalars()
    )
    return [y for y in wanted if y not in entered]


def save_holiday(
    conn: Connection, actor: users.User, *, day: str, name_fa: str, name_en: str = ""
) -> Holiday:
    """Add a holiday, or rename one (the day is typed as 1405/10/02 or 2026-12-23)."""
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    when = parse_date(day, "holiday_date")
    fa = normalize(name_fa)
    if not fa:
        raise ValidationError("holiday_name", "required")
    holiday = Holiday(when, fa, normalize(name_en))
    conn.execute(delete(holidays).where(holidays.c.day == when.isoformat()))
    conn.execute(insert(holidays).values(**_holiday_row(holiday)))
    return holiday


def remove_holiday(conn: Connection, actor: users.User, day: date) -> None:
    users.require(actor, users.Perm.SETTINGS_MANAGE)
    conn.execute(delete(holidays).where(holidays.c.day == day.isoformat()))


def _holiday_row(holiday: Holiday) -> dict[str, object]:
    return {
        "day": holiday.day.isoformat(),
        "jalali_year": holiday.jalali_year,
        "name_fa": holiday.name_fa,
        "name_en": holiday.name_en,
    }


def official_holidays_1405() -> list[Holiday]:
    result = []
    for text, fa, en in HOLIDAYS_1405:
        y, m, d = (int(p) for p in text.split("/"))
        result.append(Holiday(from_jalali(y, m, d), fa, en))
    return result
