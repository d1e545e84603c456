"""Solar Hijri (Jalali) dates and Persian numbers: conversion, parsing and formatting.

Stored times are UTC ISO-8601; people see Iran's local time in the Solar Hijri calendar,
with Persian digits in Persian and Latin digits in English.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import jdatetime

from desktop.models.errors import ValidationError
from desktop.models.text import to_ascii_digits, to_persian_digits

IRAN = ZoneInfo("Asia/Tehran")

MONTHS_FA = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
MONTHS_EN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
WEEKDAYS_FA = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """The stored form of a moment: UTC, ISO-8601, millisecond precision."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime; pass an aware one")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def local(moment: datetime) -> datetime:
    """A moment in Iran's local time."""
    return moment.astimezone(IRAN)


def to_jalali(day: date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def from_jalali(year: int, month: int, day: int) -> date:
    result: date = jdatetime.date(year, month, day).togregorian()
    return result


def digits(text: str, lang: str) -> str:
    """Digits in the script of the language: Persian digits for ``fa``."""
    return to_persian_digits(text) if lang == "fa" else text


def format_number(value: int | float, lang: str, decimals: int = 0) -> str:
    """Thousands separators and the language's digits: ``۱۲٬۵۰۰`` / ``12,500``."""
    text = f"{value:,.{decimals}f}"
    if lang == "fa":
        text = text.replace(",", "٬").replace(".", "٫")
    return digits(text, lang)


def format_date(day: date | datetime, lang: str = "fa", style: str = "short") -> str:
    """A Solar Hijri date: ``short`` 1405/09/03, ``long`` 3 Azar 1405 (Persian digits in fa)."""
    if isinstance(day, datetime):
        day = local(day).date()
    y, m, d = to_jalali(day)
    if style == "long":
        months = MONTHS_FA if lang == "fa" else MONTHS_EN
        text = f"{d} {months[m - 1]} {y}"
    else:
        text = f"{y}/{m:02d}/{d:02d}"
    return digits(text, lang)


def format_datetime(moment: datetime, lang: str = "fa", style: str = "short") -> str:
    """A Solar Hijri date and the local time of day, e.g. ``۱۴۰۵/۰۹/۰۳ ۱۴:۰۵``."""
    moment = local(moment)
    return f"{format_date(moment.date(), lang, style)} {digits(moment.strftime('%H:%M'), lang)}"


def format_duration(seconds: float, lang: str = "fa") -> str:
    """A short duration as ``h:mm`` or ``m:ss`` in the language's digits."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return digits(text, lang)


_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$")


def parse_date(text: str, field: str = "date") -> date:
    """A date typed as Gregorian (``2026-11-24``) or Solar Hijri (``1405/09/03``).

    Years below 1700 are Solar Hijri; digits may be Persian.
    """
    match = _DATE.match(to_ascii_digits(text or ""))
    if not match:
        raise ValidationError(field, "date_format")
    year, month, day = (int(g) for g in match.groups())
    try:
        if year < 1700:
            return from_jalali(year, month, day)
        return date(year, month, day)
    except ValueError as exc:
        raise ValidationError(field, "date_invalid") from exc


def jalali_month_range(year: int, month: int) -> tuple[date, date]:
    """First day and the day after the last day (half-open) of a Solar Hijri month."""
    start = from_jalali(year, month, 1)
    end = from_jalali(year + 1, 1, 1) if month == 12 else from_jalali(year, month + 1, 1)
    return start, end


def jalali_quarter_range(year: int, quarter: int) -> tuple[date, date]:
    start, _ = jalali_month_range(year, 3 * (quarter - 1) + 1)
    _, end = jalali_month_range(year, 3 * quarter)
    return start, end


def jalali_year_range(year: int) -> tuple[date, date]:
    return from_jalali(year, 1, 1), from_jalali(year + 1, 1, 1)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments at which a local (Iran) day starts and the next one starts."""
    start = datetime(day.year, day.month, day.day, tzinfo=IRAN)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)
