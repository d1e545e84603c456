"""Logging to a rotating file, with personal data kept out.

National IDs, phone numbers and VINs never reach the log in clear: every formatted
record (message, arguments and traceback alike) passes through :func:`scrub`.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop.models.text import to_ascii_digits

# A separator inside a number as people type it: one space or dash ("0912 123 45 67").
_SEP = r"[\s-]?"
_PII = [
    # Mobiles: 09xx..., 9xx... and +98 / 0098 / 98 9xx..., in any grouping.
    (re.compile(rf"(?<![\d+])(?:(?:\+|00)?98{_SEP}|0)?9\d{{2}}(?:{_SEP}\d){{7}}(?!\d)"), "<phone>"),
    # Landlines with the area code: 021 8877 6655, (021) 88776655, +98 21 8877 6655.
    (
        re.compile(rf"(?<![\d+])(?:(?:\+|00)98{_SEP}\(?|\(?0)[1-8]\d\)?{_SEP}\d(?:{_SEP}\d){{7}}(?!\d)"),
        "<phone>",
    ),
    # Landlines without it: 8 digits, as 88776655, 8877-6655 or 8877 66 55 (not the
    # 2026-11-24 shape of a date).
    (re.compile(rf"(?<![\d+])[2-8]\d{{3}}(?:{_SEP}\d{{4}}| \d{{2}} \d{{2}})(?!\d)"), "<phone>"),
    # National IDs (10 digits: 0012345678, 001-234567-8, 001 234 5678) and company IDs (11).
    (re.compile(rf"(?<!\d)\d{{3}}{_SEP}(?:\d{{6}}{_SEP}\d|\d{{3}}{_SEP}\d{{4}})(?!\d)"), "<national-id>"),
    (re.compile(r"(?<!\d)\d{11}(?!\d)"), "<id>"),
    # VINs.
    (re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b"), "<vin>"),
]

_current: Path | None = None


def scrub(text: str) -> str:
    """Mask personal identifiers in a log line (Persian digits included).

    Errs on the side of masking: an eight-digit figure reads as a landline and is masked.
    """
    text = to_ascii_digits(text)
    for pattern, mask in _PII:
        text = pattern.sub(mask, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        # The time stamp leads the line and is no one's phone number: keep it readable.
        stamp = getattr(record, "asctime", "")
        if stamp and line.startswith(stamp):
            return stamp + scrub(line[len(stamp) :])
        return scrub(line)


def log_file() -> Path | None:
    """The file :func:`setup` logs to, if it ran (the crash dialog names it)."""
    return _current


def setup(log_dir: Path, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to ``log_dir/pishkhan.log`` (1 MB, 5 files kept). Returns the file's path."""
    path = log_dir / "pishkhan.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    fmt = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler.setFormatter(fmt)
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_pishkhan", False)]:
        root.removeHandler(old)
        old.close()
    handler._pishkhan = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    global _current
    _current = path
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        stream._pishkhan = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
