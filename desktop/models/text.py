"""Persian text normalisation, done once, in the model.

Stored text keeps the person's spelling except for the Arabic letters that Persian
keyboards and old systems mix in (ي ك ى ة) and the digits, which are stored as ASCII.
Search keys fold further: no ZWNJ, no diacritics, no spaces, lower case.
"""

from __future__ import annotations

import re
import unicodedata

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ZWNJ = "\u200c"

_TO_ASCII_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)
_LETTERS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf
        "ۀ": "هٔ",  # heh with yeh above, as two code points
        "ة": "ه",  # teh marbuta
        "\u0640": None,  # tatweel (kashida)
        "\u200f": None,  # right-to-left mark
        "\u200e": None,  # left-to-right mark
        "\ufeff": None,  # byte order mark
    }
)
# Diacritics (harakat, tanwin, shadda, sukun, superscript alef, hamza above) and ZWJ.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0654\u0655\u200d]")
_FOLD_LETTERS = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ؤ": "و", "ئ": "ی", "ٱ": "ا"})
_SPACES = re.compile(r"\s+")


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to ASCII."""
    return text.translate(_TO_ASCII_DIGITS)


def to_persian_digits(text: str) -> str:
    """ASCII digits to Persian (for display in Persian)."""
    return text.translate(_TO_PERSIAN_DIGITS)


def normalize(text: str | None) -> str:
    """The stored form of free text: Persian letters, ASCII digits, single spaces, trimmed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_LETTERS)
    text = to_ascii_digits(text)
    # Collapse runs of ZWNJ and drop ones standing next to a space.
    text = re.sub(f"{ZWNJ}+", ZWNJ, text)
    text = re.sub(f" ?{ZWNJ} ?", lambda m: ZWNJ if m.group(0) == ZWNJ else " ", text)
    return _SPACES.sub(" ", text).strip()


def fold(text: str | None) -> str:
    """The search key of a text: every spelling variant of a word gives the same key.

    Drops diacritics, ZWNJ and spaces inside words are kept as word breaks only where a
    space was typed; use :func:`fold_tokens` for word-wise matching.
    """
    text = normalize(text)
    text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    text = unicodedata.normalize("NFC", text).translate(_FOLD_LETTERS)
    return text.replace(ZWNJ, "").casefold()


def fold_tokens(text: str | None) -> list[str]:
    """The folded words of a text, for a word-prefix search index."""
    return [t for t in re.split(r"[\s\-_.,،؛:;/\\()\[\]]+", fold(text)) if t]


def compact(text: str | None) -> str:
    """The folded text with every space and punctuation removed (``علی رضا`` == ``علیرضا``)."""
    return "".join(fold_tokens(text))
