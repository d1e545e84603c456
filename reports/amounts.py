"""Money on paper: Rials with thousands separators, the Toman equivalent, and words.

Iranian bills and cheques state amounts in Rials and, to be safe from tampering, in
words too; people think in Toman (ten Rials), so the Toman figure is printed beside.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import calendar

CONTEXT = "Documents"
RIALS_PER_TOMAN = 10

_ONES_FA = ("", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_TEENS_FA = ("ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده")
_TENS_FA = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_HUNDREDS_FA = ("", "یکصد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد")
_SCALES_FA = ("", "هزار", "میلیون", "میلیارد", "هزار میلیارد", "میلیون میلیارد")

_ONES_EN = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_EN = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS_EN = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES_EN = ("", "thousand", "million", "billion", "trillion", "quadrillion")


def _group_fa(n: int) -> str:
    """1..999 in Persian words, parts joined with «و»."""
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS_FA[hundreds])
    if 10 <= rest < 20:
        parts.append(_TEENS_FA[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            parts.append(_TENS_FA[tens])
        if ones:
            parts.append(_ONES_FA[ones])
    return " و ".join(parts)


def _group_en(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_ONES_EN[hundreds]} hundred")
    if 10 <= rest < 20:
        parts.append(_TEENS_EN[rest - 10])
    elif rest:
        tens, ones = divmod(rest, 10)
        if tens and ones:
            parts.append(f"{_TENS_EN[tens]}-{_ONES_EN[ones]}")
        else:
            parts.append(_TENS_EN[tens] or _ONES_EN[ones])
    return " ".join(parts)


def in_words(number: int, lang: str) -> str:
    """A whole number in words, as written on Iranian cheques in Persian.

    ``1250000`` is «یک میلیون و دویست و پنجاه هزار» in Persian and
    "one million two hundred fifty thousand" in English.

    Raises:
        ValueError: a negative number or one of 10**18 or more.
    """
    if number < 0 or number >= 10**18:
        raise ValueError("out of range")
    if number == 0:
        return "صفر" if lang == "fa" else "zero"
    groups = []
    rest = number
    while rest:
        rest, group = divmod(rest, 1000)
        groups.append(group)
    words = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if not group:
            continue
        if lang == "fa":
            text = _group_fa(group)
            # «یک هزار», as on cheques, where a bare «هزار» could be written over.
            words.append(f"{text} {_SCALES_FA[scale]}".strip())
        else:
            words.append(f"{_group_en(group)} {_SCALES_EN[scale]}".strip())
    return (" و " if lang == "fa" else " ").join(words)


def rials(amount: int, lang: str) -> str:
    """``۱۲٬۵۰۰٬۰۰۰ ریال`` / ``12,500,000 Rials``."""
    unit = translate(CONTEXT, QT_TRANSLATE_NOOP("Documents", "Rials"), lang)
    return f"{calendar.format_number(amount, lang)} {unit}"


def toman(amount: int, lang: str) -> str:
    """The Toman equivalent of an amount in Rials: ``۱٬۲۵۰٬۰۰۰ تومان``."""
    unit = translate(CONTEXT, QT_TRANSLATE_NOOP("Documents", "Toman"), lang)
    value = amount / RIALS_PER_TOMAN
    decimals = 0 if amount % RIALS_PER_TOMAN == 0 else 1
    return f"{calendar.format_number(value, lang, decimals)} {unit}"


def rials_and_toman(amount: int, lang: str) -> str:
    """``۱۲٬۵۰۰٬۰۰۰ ریال (۱٬۲۵۰٬۰۰۰ تومان)``."""
    return f"{rials(amount, lang)} ({toman(amount, lang)})"


def rials_in_words(amount: int, lang: str) -> str:
    """``یک میلیون و دویست و پنجاه هزار ریال`` / ``one million ... rials``."""
    unit = translate(CONTEXT, QT_TRANSLATE_NOOP("Documents", "rials"), lang)
    return f"{in_words(amount, lang)} {unit}"
