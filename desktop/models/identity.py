"""Validators of the identifiers people type at the counter.

Each returns the stored form or raises :class:`ValidationError` with a code the views
translate. One validator per input, used by the views, the CLI, the importer and HQ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.models.errors import ValidationError
from desktop.models.text import normalize, to_ascii_digits

_SEPARATORS = re.compile(r"[\s\-_./()\u200c]+")


def _digits_only(value: str) -> str:
    return _SEPARATORS.sub("", to_ascii_digits(value or "").strip())


def national_id(value: str, field: str = "national_id") -> str:
    """An Iranian national ID (کد ملی): 10 digits, last one a check digit.

    Leading zeros that people drop are restored (8 or 9 digits are padded).
    """
    digits = _digits_only(value)
    if not digits:
        raise ValidationError(field, "required")
    if not digits.isdigit():
        raise ValidationError(field, "not_digits")
    if not 8 <= len(digits) <= 10:
        raise ValidationError(field, "length", expected=10)
    digits = digits.zfill(10)
    if len(set(digits)) == 1:
        raise ValidationError(field, "checksum")
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    remainder = total % 11
    check = remainder if remainder < 2 else 11 - remainder
    if check != int(digits[9]):
        raise ValidationError(field, "checksum")
    return digits


def is_national_id(value: str) -> bool:
    try:
        national_id(value)
    except ValidationError:
        return False
    return True


_COMPANY_WEIGHTS = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)


def company_id(value: str, field: str = "company_id") -> str:
    """An Iranian national company ID (شناسه ملی اشخاص حقوقی): 11 digits with a check digit.

    The tenth digit plus two is added to each of the first ten digits, which are weighted
    29, 27, 23, 19, 17 (twice); the sum modulo 11 (10 counts as 0) is the last digit.
    """
    digits = _digits_only(value)
    if not digits:
        raise ValidationError(field, "required")
    if not digits.isdigit():
        raise ValidationError(field, "not_digits")
    if len(digits) != 11:
        raise ValidationError(field, "length", expected=11)
    if len(set(digits)) == 1:
        raise ValidationError(field, "checksum")
    shift = int(digits[9]) + 2
    total = sum((int(d) + shift) * w for d, w in zip(digits[:10], _COMPANY_WEIGHTS, strict=True))
    check = total % 11
    if check == 10:
        check = 0
    if check != int(digits[10]):
        raise ValidationError(field, "checksum")
    return digits


def mobile(value: str, field: str = "mobile") -> str:
    """An Iranian mobile number in any usual form, stored as ``09xxxxxxxxx``."""
    digits = _digits_only(value)
    if not digits:
        raise ValidationError(field, "required")
    if digits.startswith("+"):
        digits = "00" + digits[1:]
    if not digits.isdigit():
        raise ValidationError(field, "not_digits")
    for prefix in ("0098", "98"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 10:
            digits = digits[len(prefix) :]
            break
    if len(digits) == 10 and digits.startswith("9"):
        digits = "0" + digits
    if len(digits) != 11 or not digits.startswith("09"):
        raise ValidationError(field, "mobile_format")
    return digits


def phone(value: str, field: str = "phone") -> str:
    """A landline or mobile number: digits only (a leading + kept), 4 to 15 of them."""
    raw = to_ascii_digits(value or "").strip()
    plus = raw.startswith("+")
    digits = _digits_only(raw.lstrip("+"))
    if not digits:
        raise ValidationError(field, "required")
    if not digits.isdigit() or not 4 <= len(digits) <= 15:
        raise ValidationError(field, "phone_format")
    return ("+" if plus else "") + digits


_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")


def vin(value: str, field: str = "vin") -> str:
    """A vehicle identification number: 17 letters and digits, never I, O or Q."""
    text = _SEPARATORS.sub("", to_ascii_digits(value or "")).upper()
    if not text:
        raise ValidationError(field, "required")
    if len(text) != 17:
        raise ValidationError(field, "length", expected=17)
    if not _VIN.match(text):
        raise ValidationError(field, "vin_characters")
    return text


def chassis(value: str, field: str = "chassis") -> str:
    """A chassis number as stamped (Iranian chassis numbers are not always VINs)."""
    text = _SEPARATORS.sub("", to_ascii_digits(value or "")).upper()
    if not text:
        raise ValidationError(field, "required")
    if not re.fullmatch(r"[A-Z0-9]{5,20}", text):
        raise ValidationError(field, "chassis_format")
    return text


# Letters used on Iranian plates; "الف" is the one written with three characters.
PLATE_LETTERS = (
    "الف",
    "ب",
    "پ",
    "ت",
    "ث",
    "ج",
    "د",
    "ز",
    "ژ",
    "س",
    "ش",
    "ص",
    "ط",
    "ع",
    "ف",
    "ق",
    "ک",
    "گ",
    "ل",
    "م",
    "ن",
    "و",
    "ه",
    "ی",
    "D",
    "S",
)
_PLATE = re.compile(
    r"^(?P<two>\d{2})(?P<letter>" + "|".join(sorted(PLATE_LETTERS, key=len, reverse=True)) + r")"
    r"(?P<three>\d{3})(?:ایران|IR|iran)?(?P<province>\d{2})$"
)


@dataclass(frozen=True)
class Plate:
    """An Iranian licence plate in its four parts: ``12 ب 345 ایران 67``."""

    two: str
    letter: str
    three: str
    province: str

    def key(self) -> str:
        """The canonical stored and searched form, e.g. ``12ب345-67``."""
        return f"{self.two}{self.letter}{self.three}-{self.province}"


def plate(value: str, field: str = "plate") -> Plate:
    """Parse a plate typed in any usual way (spaces, dashes, «ایران», Persian digits)."""
    text = normalize(value)
    if not text:
        raise ValidationError(field, "required")
    text = _SEPARATORS.sub("", text).replace("|", "").upper().replace("ايران", "ایران")
    match = _PLATE.match(text)
    if not match:
        raise ValidationError(field, "plate_format")
    return Plate(match["two"], match["letter"], match["three"], match["province"])


def amount(value: str | int, field: str = "amount") -> int:
    """A sum of money in whole Rials, typed with or without thousands separators."""
    if isinstance(value, int):
        number = value
    else:
        text = re.sub(r"[\s,،٬']", "", to_ascii_digits(value or ""))
        if not text:
            raise ValidationError(field, "required")
        if not text.isdigit():
            raise ValidationError(field, "amount_format")
        number = int(text)
    if number < 0:
        raise ValidationError(field, "negative")
    return number
