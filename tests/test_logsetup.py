"""Logs never hold national IDs or phone numbers in clear, however they are written."""

import logging

import pytest

from desktop import logsetup
from desktop.logsetup import scrub


@pytest.mark.parametrize(
    "text",
    [
        "88776655",  # the landline the review found let through
        "8877-6655",
        "8877 66 55",
        "0912 123 45 67",
        "09121234567",
        "0912-123-4567",
        "9121234567",
        "+98 912 123 4567",
        "+989121234567",
        "0098-912-123-4567",
        "98 912 1234567",
        "۰۹۱۲ ۱۲۳ ۴۵ ۶۷",
        "٠٩١٢١٢٣٤٥٦٧",
        "021-88776655",
        "(021) 8877 6655",
        "+98 21 8877 6655",
        "0012345678",
        "001-234567-8",
        "001 234 5678",
        "۰۰۱-۲۳۴۵۶۷-۸",
        "10100123456",
    ],
)
def test_personal_numbers_are_masked(text):
    masked = scrub(f"customer: {text}.")
    assert not any(ch.isdigit() for ch in masked), masked
    assert masked.startswith("customer: <")
    assert masked.endswith(">.")


@pytest.mark.parametrize(
    "text",
    [
        "startup_ms=850",
        "synced 120 events in 3400 ms",
        "Pishkhan 0.9.1 started",
        "backup pishkhan-2026-11-24.db written",
        "2026-11-24 09:17:09,123",
        'File "x.py", line 1234, in run',
        "case C-00012 reopened",
    ],
)
def test_ordinary_figures_are_kept(text):
    assert scrub(text) == text


def test_a_vin_is_masked():
    assert scrub("vehicle NAAN01CE5EK123456 in") == "vehicle <vin> in"


@pytest.fixture
def log_path(tmp_path):
    path = logsetup.setup(tmp_path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_pishkhan", False)]:
        root.removeHandler(handler)
        handler.close()


def test_the_log_file_gets_the_line_scrubbed(log_path):
    assert logsetup.log_file() == log_path
    log = logging.getLogger("pishkhan.test")
    log.warning("customer %s, mobile %s, home %s", "0012345678", "0912 123 45 67", "88776655")
    try:
        raise ValueError("bad national ID ۰۰۱-۲۳۴۵۶۷-۸")
    except ValueError:
        log.exception("while saving +98 912 123 4567")
    text = log_path.read_text(encoding="utf-8")
    assert "customer <national-id>, mobile <phone>, home <phone>" in text
    assert "while saving <phone>" in text
    assert "bad national ID <national-id>" in text
    for secret in ("0012345678", "123 45 67", "88776655", "234567", "912 123"):
        assert secret not in text
    # The time stamp that leads each line stays as it was written.
    first = text.splitlines()[0]
    assert first[:4].isdigit()
    assert first[4] == "-"
