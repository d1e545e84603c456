"""Tracking codes: unique across every dealership even offline, short, and self-checking.

A code is ``<dealership>-<device><serial><check>``, e.g. ``1420-P3227K``: the dealership
code, this device's two-letter short code, a per-device serial in base 30 (at least three
characters), and one check character. The alphabet leaves out 0/O, 1/I/L and U, so
nothing reads as something else. The check character (Luhn mod 30 over the whole code)
catches every single mistyped character and every swap of two neighbours except the one
pair of values 0 and 29 ("2" and "Z"), when the customer reads the code out on the phone.
"""

from __future__ import annotations

import re

from desktop.models.dealership import CODE_ALPHABET
from desktop.models.text import to_ascii_digits

_BASE = len(CODE_ALPHABET)
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SERIAL_WIDTH = 3


# A dealership code may hold the characters the code alphabet leaves out; they share
# values with rarely confused letters, and the ten digits stay distinct from each other.
_EXTRA = {"0": "Y", "O": "Y", "1": "Z", "I": "Z", "L": "Z", "U": "V"}


def _value(ch: str) -> int:
    return CODE_ALPHABET.index(_EXTRA.get(ch, ch))


def _luhn_sum(values: list[int], start_factor: int) -> int:
    factor, total = start_factor, 0
    for value in reversed(values):
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // _BASE + addend % _BASE
    return total


def _encode(number: int, width: int) -> str:
    base = len(CODE_ALPHABET)
    digits = []
    while number:
        number, rest = divmod(number, base)
        digits.append(CODE_ALPHABET[rest])
    text = "".join(reversed(digits))
    return text.rjust(width, CODE_ALPHABET[0])


def _values(dealer: str, body: str) -> list[int]:
    return [_value(ch) for ch in dealer + body]


def check_character(dealer: str, body: str) -> str:
    """The Luhn mod 30 check character of a code's dealership part and body."""
    return CODE_ALPHABET[(_BASE - _luhn_sum(_values(dealer, body), 2) % _BASE) % _BASE]


def make(dealership_id: str, device_short: str, serial: int) -> str:
    body = f"{device_short}{_encode(serial, SERIAL_WIDTH)}"
    return f"{dealership_id}-{body}{check_character(dealership_id, body)}"


def key(code: str) -> str:
    """The lookup key of a code: upper case, no separators."""
    return re.sub(r"[\s\-_.]", "", to_ascii_digits(code)).upper()


def normalise(text: str) -> str | None:
    """A valid tracking code in its stored form (``1420-P3227K``), or None.

    Accepts lower case, Persian digits, spaces, and a missing dash. Lookups use
    :func:`key`, so where the dash goes never changes which case is found.
    """
    typed = to_ascii_digits(text or "").strip().upper()
    raw = key(typed)
    if not 8 <= len(raw) <= 24 or any(ch not in _ALNUM for ch in raw):
        return None
    dealer, dash, _rest = typed.partition("-")
    dealer = key(dealer)
    if not dash or not 2 <= len(dealer) <= 10:
        dealer = raw[: -(2 + SERIAL_WIDTH + 1)]
    body = raw[len(dealer) :]
    if not 2 <= len(dealer) <= 10 or len(body) < 2 + SERIAL_WIDTH + 1:
        return None
    if any(ch not in CODE_ALPHABET for ch in body):
        return None
    if _luhn_sum(_values(dealer, body), 1) % _BASE != 0:
        return None
    return f"{dealer}-{body}"


def split(code: str) -> tuple[str, str]:
    """(dealership code, the rest) of a stored code."""
    dealer, _, rest = code.partition("-")
    return dealer, rest
