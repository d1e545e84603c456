import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pypdfium2
import pytest
from PIL import Image

from reports import audit_report as ar
from reports import raster
from reports.common import Letterhead
from tests.reports.conftest import page_count, squash

START = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)


def photo(color: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), color).save(buffer, "JPEG")
    return buffer.getvalue()


def report(**changes) -> ar.AuditReport:
    base = ar.AuditReport(
        issuer=Letterhead("واحد بازرسی شبکهٔ نمایندگی‌ها", "تهران، جادهٔ مخصوص", "021-48901234"),
        dealership_name="نمایندگی مجاز آرین‌خودرو",
        dealership_code="1420",
        template_title="بازدید نامحسوس پذیرش خدمات",
        template_version="3",
        scenario="مراجعه با پژو ۲۰۶ برای سرویس دوره‌ای",
        visit_start=START,
        visit_end=START + timedelta(minutes=47),
        inspector="بازرس ۷",
        score=72.456,
        uncapped_score=81.2,
        sections=(
            ar.AuditSection(
                "پذیرش و خوشامدگویی",
                2,
                90.0,
                answers=(
                    ar.AuditAnswer("آیا ظرف دو دقیقه خوشامد گفته شد؟", "بله", 1, 1),
                    ar.AuditAnswer("برآورد کتبی هزینه داده شد؟", "خیر", 0, 2, critical=True),
                ),
            ),
            ar.AuditSection("نظافت سالن انتظار", 1, 55.0, capped_at=50),
            ar.AuditSection("تحویل خودرو", 1, None),
        ),
        critical_failures=(
            ar.CriticalFailure("پذیرش و خوشامدگویی", "برآورد کتبی هزینه داده شد؟", 75, "audit"),
        ),
        evidence=(ar.Evidence("نمای سالن انتظار", photo("teal")), ar.Evidence("قبض", photo("navy"))),
        status="نهایی‌شده",
        reference="AUD-42",
    )
    return replace(base, **changes)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_report_reads_back_sections_failures_and_dealership(lang, text_of):
    text = text_of(ar.build(report(), lang))
    for words in (
        "نمایندگی مجاز آرین‌خودرو",
        "پذیرش و خوشامدگویی",
        "نظافت سالن انتظار",
        "برآورد کتبی هزینه داده شد؟",
    ):
        assert words in text
    score = "۷۲٫۵" if lang == "fa" else "72.5"
    assert score in text


def test_persian_numbers_and_english_labels(text_of):
    fa = text_of(ar.build(report(), "fa"))
    en = text_of(ar.build(report(), "en"))
    assert "Mystery-shopper audit report" in en
    assert "Mystery-shopper audit report" not in fa
    assert "72.5" not in fa


def test_evidence_thumbnails_are_embedded_as_images():
    pdf = ar.build(report(), "fa")
    images = 0
    with raster.LOCK:
        document = pypdfium2.PdfDocument(pdf)
        for index in range(len(document)):
            page = document[index]
            images += sum(1 for obj in page.get_objects() if obj.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE)
            page.close()
        document.close()
    assert images == 2


def test_a_broken_evidence_file_is_reported_not_fatal(text_of):
    pdf = ar.build(report(evidence=(ar.Evidence("خراب", b"not an image"),)), "en")
    assert "not an image" in text_of(pdf)


def test_nothing_scored_and_no_failures(text_of):
    pdf = ar.build(report(score=None, critical_failures=(), evidence=(), sections=()), "en")
    text = text_of(pdf)
    assert "No critical item failed." in text
    assert page_count(pdf) == 1


def test_points_read_as_earned_of_possible_not_a_slash(text_of):
    """«۰ / ۲» reads as a decimal in Persian: points are «۰ از ۲»."""
    fa = squash(text_of(ar.build(report(), "fa")))
    en = text_of(ar.build(report(), "en"))
    assert squash("۰ از ۲") in fa
    assert squash("۱ از ۱") in fa
    assert "۰/۲" not in fa
    assert "۱/۱" not in fa
    assert "0 of 2" in en
    assert "1 of 1" in en
