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

_PII = [
    # Phone numbers: +98 / 0098 / 09.. mobiles and landlines of 8+ digits.
    (re.compile(r"(?<!\d)(?:\+|00)?98[\s-]?9\d{2}[\s-]?\d{3}[\s-]?\d{4}(?!\d)"), "<phone>"),
    (re.compile(r"(?<!\d)0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)"), "<phone>"),
    # National IDs (10 digits) and company IDs (11), with or without separators.
    (re.compile(r"(?<!\d)\d{3}[\s-]?\d{6}[\s-]?\d(?!\d)"), "<national-id>"),
    (re.compile(r"(?<!\d)\d{11}(?!\d)"), "<id>"),
    # VINs.
    (re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b"), "<vin>"),
]


def scrub(text: str) -> str:
    """Mask personal identifiers in a log line (Persian digits included)."""
    text = to_ascii_digits(text)
    for pattern, mask in _PII:
        text = pattern.sub(mask, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


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
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        stream._pishkhan = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
