"""Search keys: what the lookup index stores for a customer, and what a typed query means.

Pure functions, shared by the application (projection and search) and ``bench/lookup.py``
so that the benchmark measures exactly the index the app writes.

Names are folded (``ي``/``ی``, ``ك``/``ک``, ZWNJ, diacritics, ``آ``/``ا``) and split into
words; the words of a name part written together or apart (``علی رضا`` / ``علیرضا``) are
indexed both ways, and queries are tried both ways too, so every spelling finds everyone.
Identifiers are read from the query by shape: digits (national ID, mobile, phone, the
tail of a VIN), Latin letters and digits (VIN, chassis, tracking code), or a plate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product

from desktop.models import identity
from desktop.models.errors import ValidationError
from desktop.models.text import compact, fold_tokens, normalize, to_ascii_digits

MIN_TAIL = 6  # the last 6+ characters of a VIN or chassis number find the vehicle
_SEPARATORS = re.compile(r"[\s\-_./()\u200c|]+")
_LATIN_ID = re.compile(r"^[A-Z0-9]+$")
_PLATE_LETTERS = "|".join(sorted(identity.PLATE_LETTERS, key=len, reverse=True))
_PLATE_PREFIX = re.compile(r"^(\d{2})(" + _PLATE_LETTERS + r")(\d{0,3})(?:ایران|IR)?(\d{0,2})$")


def reverse(text: str) -> str:
    """The key that turns "ends with" into "starts with", so a B-tree index serves it."""
    return text[::-1]


def _clean_word(word: str) -> str:
    return "".join(ch for ch in word if ch.isalnum())


def name_words(*parts: str) -> list[str]:
    """The folded words of name parts, plus each part written together, without repeats."""
    words: list[str] = []
    for part in parts:
        tokens = [w for w in (_clean_word(t) for t in fold_tokens(part)) if w]
        words.extend(tokens)
        if len(tokens) > 1:
            words.append(_clean_word(compact(part)))
    seen: set[str] = set()
    return [w for w in words if w and not (w in seen or seen.add(w))]  # type: ignore[func-returns-value]


def index_text(*parts: str) -> str:
    """The text stored in the full-text index for a customer's names."""
    return " ".join(name_words(*parts))


def _fts_phrase(word: str, prefix: bool = True) -> str:
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def query_words(query: str) -> list[str]:
    return [w for w in (_clean_word(t) for t in fold_tokens(query)) if w]


PREFIX_INDEX_MAX = 6  # the longest prefix the FTS5 table keeps an index for (see schema.py)


def _alternatives(words: list[str]) -> list[list[str]]:
    """Every way of writing adjacent words together (``علی رضا`` -> also ``علیرضا``)."""
    result = []
    for joins in product((False, True), repeat=len(words) - 1):
        merged = [words[0]]
        for word, join in zip(words[1:], joins, strict=True):
            if join:
                merged[-1] += word
            else:
                merged.append(word)
        result.append(merged)
    return result


def fts_query(words: list[str], *, prefix: bool = True, max_words: int = 5, cut: int | None = None) -> str:
    """An FTS5 query matching names that have every word (each as a word prefix).

    Adjacent words may also be written together in the name (``علی رضا`` finds
    ``علیرضا``), so every way of joining neighbours is an alternative. With ``cut``,
    prefixes are shortened to that many characters (so that the prefix index serves
    them): the query then finds a superset, to be narrowed with :func:`has_prefixes`.
    """
    words = words[:max_words]
    if not words:
        return ""
    alternatives = []
    for merged in _alternatives(words):
        terms = [w[:cut] if (cut and prefix) else w for w in merged]
        alternatives.append(" AND ".join(_fts_phrase(w, prefix) for w in dict.fromkeys(terms)))
    alternatives = list(dict.fromkeys(alternatives))
    if len(alternatives) == 1:
        return alternatives[0]
    return " OR ".join(f"({a})" for a in alternatives)


def has_prefixes(stored: list[str], words: list[str], max_words: int = 5) -> bool:
    """Whether a name's indexed words match typed words as :func:`fts_query` means it."""
    words = words[:max_words]
    return (
        any(all(any(s.startswith(w) for s in stored) for w in merged) for merged in _alternatives(words))
        if words
        else False
    )


@dataclass(frozen=True)
class Query:
    """What a typed lookup may mean; every non-empty part is searched."""

    text: str
    words: list[str] = field(default_factory=list)
    digits: str = ""  # the query as digits only, when it is nothing else
    national_id: str = ""  # a valid national ID (exact)
    mobile: str = ""  # a valid mobile number (exact)
    mobile_prefix: str = ""  # the start of a mobile number, as stored (09...)
    latin: str = ""  # Latin letters and digits, upper case (VIN, chassis, tracking code)
    plate: str = ""  # a whole plate key
    plate_prefix: str = ""  # the start of a plate key


def _mobile_prefix(digits: str) -> str:
    for lead, stored in (("0098", "0"), ("098", "0"), ("98", "0"), ("09", "09"), ("9", "09")):
        if digits.startswith(lead):
            rest = digits[len(lead) :]
            result = (stored + rest) if stored == "0" else "09" + rest
            return result if result.startswith("09") else ""
    return ""


def parse_query(text: str) -> Query:
    """Read a typed lookup: names, digits, Latin identifiers and plates."""
    clean = normalize(text)
    if not clean:
        return Query(text="")
    ascii_text = to_ascii_digits(clean)
    squeezed = _SEPARATORS.sub("", ascii_text)
    plus = squeezed.startswith("+")
    squeezed = squeezed.lstrip("+")
    values: dict[str, str] = {}
    if squeezed.isdigit():
        values["digits"] = squeezed
        if identity.is_national_id(squeezed) and len(squeezed) >= 8:
            values["national_id"] = identity.national_id(squeezed)
        try:
            values["mobile"] = identity.mobile(("+" if plus else "") + squeezed)
        except ValidationError:
            prefix = _mobile_prefix(("00" if plus else "") + squeezed)
            if len(prefix) >= 4:
                values["mobile_prefix"] = prefix
    upper = squeezed.upper()
    if _LATIN_ID.match(upper) and not upper.isdigit():
        values["latin"] = upper
    plate_text = squeezed.replace("ايران", "ایران").upper()
    match = _PLATE_PREFIX.match(plate_text)
    if match:
        two, letter, three, province = match.groups()
        if len(three) == 3 and len(province) == 2:
            values["plate"] = f"{two}{letter}{three}-{province}"
        else:
            values["plate_prefix"] = f"{two}{letter}{three}" + ("-" + province if len(three) == 3 else "")
    words = (
        []
        if (values.get("digits") or values.get("plate") or values.get("plate_prefix"))
        else query_words(clean)
    )
    if values.get("latin") and len(words) == 1 and words[0].upper() == values["latin"]:
        words = [] if any(ch.isdigit() for ch in values["latin"]) else words
    return Query(text=clean, words=words, **values)
