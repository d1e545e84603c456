"""Free text as long as the app accepts (4,000 characters) prints whole, over as many pages.

A table row taller than a page used to stop the document with ReportLab's LayoutError;
now such a row is split between its lines. Receipts keep shortening the customer's words.
"""

from dataclasses import replace

import pytest

from reports import audit_report, case_history, intake_receipt, reply_letter, samples, service_receipt
from reports.audit_report import Appeal, AuditAnswer, AuditSection, CriticalFailure
from reports.case_history import HistoryEntry
from tests.reports.conftest import page_count

FIRST, LAST = "سرآغاز", "سرانجام"


def long_text(length: int = 4000, first: str = FIRST, last: str = LAST) -> str:
    """``length`` characters of Persian words between two words to look for."""
    middle = "پاسخ کامل کارشناس به پرسش مشتری درباره‌ی گارانتی موتور "
    body = (middle * (length // len(middle) + 1))[: length - len(first) - len(last) - 2]
    return f"{first} {body.strip()} {last}"[:length].ljust(length, ".")


def test_the_sample_is_as_long_as_the_app_allows():
    text = long_text()
    assert len(text) == 4000
    assert text.startswith(FIRST)
    assert LAST in text


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_history_with_a_4000_character_answer_prints_whole(lang, text_of):
    data = samples.case_history()
    entries = (*data.entries, HistoryEntry(data.registered_at, "مریم احمدی", "responded", long_text()))
    pdf = case_history.build(replace(data, entries=entries, description=long_text(first="آغازسخن")), lang)
    assert page_count(pdf) >= 2
    text = text_of(pdf)
    assert FIRST in text
    assert LAST in text
    assert "آغازسخن" in text


def test_a_history_with_several_long_entries_in_a_row(text_of):
    data = samples.case_history()
    marks = ("نخستین", "دومین", "سومین", "چهارمین")
    entries = tuple(
        HistoryEntry(data.registered_at, "مریم احمدی", "note_added", long_text(first=mark)) for mark in marks
    )
    text = text_of(case_history.build(replace(data, entries=entries), "fa"))
    assert all(mark in text for mark in marks)
    assert text.count(LAST) == 4


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_letter_with_a_4000_character_body(lang, text_of):
    data = replace(samples.reply_letter(), body=long_text(), subject=long_text(500, "موضوع", "پایان"))
    text = text_of(reply_letter.build(data, lang))
    assert FIRST in text
    assert LAST in text
    assert "موضوع" in text


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_an_audit_report_with_long_answers_comments_and_appeals(lang, text_of):
    base = samples.audit_report()
    long_answers = (
        AuditAnswer("توضیح بازرس درباره‌ی برخورد پذیرش", long_text(first="پاسخ‌بلند")),
        AuditAnswer(
            "برآورد کتبی هزینه داده شد؟", "خیر", 0, 2, critical=True, comment=long_text(first="یادداشت‌بلند")
        ),
    )
    data = replace(
        base,
        scenario=long_text(1000, "سناریو", "پایان‌سناریو"),
        summary=long_text(first="جمع‌بندی"),
        sections=(AuditSection("پذیرش", 2, 50.0, answers=long_answers), *base.sections[1:]),
        critical_failures=(
            CriticalFailure("پذیرش", "برآورد کتبی هزینه داده شد؟", 75, "audit", long_text(first="شکست")),
        ),
        appeals=(
            Appeal("برآورد کتبی هزینه داده شد؟", long_text(first="اعتراض"), "رد شد", long_text(first="رأی")),
        ),
    )
    pdf = audit_report.build(data, lang)
    assert page_count(pdf) >= 3
    text = text_of(pdf)
    for word in ("پاسخ‌بلند", "یادداشت‌بلند", "جمع‌بندی", "شکست", "اعتراض", "رأی", "سناریو", "پایان‌سناریو"):
        assert word in text, word
    assert text.count(LAST) == 6


def test_receipts_keep_shortening_the_customers_words(text_of):
    for layout in ("a5", "80mm"):
        data = replace(samples.intake_receipt(), description=long_text())
        pdf = intake_receipt.build(data, "fa", layout)
        assert page_count(pdf) == 1
        text = text_of(pdf)
        assert FIRST in text
        assert LAST not in text


def test_a_service_receipt_with_long_request_work_and_line(text_of):
    base = samples.service_receipt()
    lines = (replace(base.lines[0], description=long_text(2000, "شرح‌کار", "پایان‌شرح")), *base.lines[1:])
    data = replace(
        base, request=long_text(2000), work_done=long_text(2000, "گزارش", "پایان‌گزارش"), lines=lines
    )
    text = text_of(service_receipt.build(data, "fa"))
    for word in (FIRST, LAST, "گزارش", "پایان‌گزارش", "شرح‌کار", "پایان‌شرح"):
        assert word in text, word
