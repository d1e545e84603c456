"""Every document reads back as text and, for the receipt, as a QR code."""

from dataclasses import replace

import pytest
import zxingcpp

from reports import audit_report, case_history, intake_receipt, raster, reply_letter, samples, service_receipt
from reports.case_history import HistoryEntry
from tests.reports.conftest import page_count, squash

BUILDERS = {
    "intake_a5": lambda lang: intake_receipt.build(samples.intake_receipt(), lang, "a5"),
    "intake_80mm": lambda lang: intake_receipt.build(samples.intake_receipt(), lang, "80mm"),
    "service": lambda lang: service_receipt.build(samples.service_receipt(), lang),
    "letter": lambda lang: reply_letter.build(samples.reply_letter(), lang),
    "history": lambda lang: case_history.build(samples.case_history(), lang),
}


@pytest.mark.parametrize("name", BUILDERS)
def test_customer_name_and_category_read_back_in_persian_order(name, text_of):
    text = text_of(BUILDERS[name]("fa"))
    assert "علی\u200cرضا محمدی" in text
    assert "کیفیت محصول" in text


@pytest.mark.parametrize("name", BUILDERS)
def test_english_documents_are_english(name, text_of):
    text = text_of(BUILDERS[name]("en"))
    assert "علی\u200cرضا محمدی" in text
    assert "Product quality" in text
    assert "کیفیت محصول" not in text


def qr_codes(pdf: bytes) -> list[str]:
    image = raster.render(pdf, 3, first_only=True)[0]
    return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("layout", intake_receipt.LAYOUTS)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_receipts_qr_code_gives_the_tracking_code_back(layout, lang):
    pdf = intake_receipt.build(samples.intake_receipt(), lang, layout)
    assert qr_codes(pdf) == ["1420-P3227K"]


def test_the_roll_is_one_page_80mm_wide_as_long_as_its_content():
    short = intake_receipt.build(replace(samples.intake_receipt(), description="کوتاه"), "fa", "80mm")
    long = intake_receipt.build(samples.intake_receipt(), "fa", "80mm")
    sizes = []
    for pdf in (short, long):
        [size] = raster.page_sizes(pdf)
        sizes.append(size)
    assert round(sizes[0][0] / 72 * 25.4) == 80
    assert sizes[0][1] < sizes[1][1]


def test_the_a5_receipt_is_one_a5_page():
    pdf = intake_receipt.build(samples.intake_receipt(), "fa", "a5")
    [(width, height)] = raster.page_sizes(pdf)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (148, 210)


def test_long_words_are_shortened_on_the_receipt_only(text_of):
    words = "شرح " * 400
    text = text_of(intake_receipt.build(replace(samples.intake_receipt(), description=words), "fa", "80mm"))
    assert "..." in text  # the ellipsis, after NFKC
    assert text.count("شرح") < 100


def test_the_promise_and_follow_up_are_printed(text_of):
    text = text_of(intake_receipt.build(samples.intake_receipt(), "fa"))
    # The date (۵ آذر ۱۴۰۵ ۰۹:۰۰); pdftotext joins the year and the hour in its own order.
    assert squash("پاسخ شما حداکثر تا ۵ آذر") in squash(text)
    assert "۰۲۱-۴۴۵۵۶۶۷۷" in text
    no_promise = replace(samples.intake_receipt(), respond_by=None)
    assert "حداکثر تا" not in text_of(intake_receipt.build(no_promise, "fa"))


def test_the_bill_lists_every_line_with_its_payer_and_the_amount_in_words(text_of):
    text = text_of(service_receipt.build(samples.service_receipt(), "fa"))
    for words in ("کوئل دوبل", "شمع موتور", "شست\u200cوشوی موتور", "ارفاق نمایندگی", "گارانتی"):
        assert words in text
    assert "شش میلیون و دویست و هفتاد هزار ریال" in text
    assert "۶٬۲۷۰٬۰۰۰" in text
    assert "۱۲٬۹۸۰٬۰۰۰" in text  # what the warranty and goodwill saved the customer, VAT included


def test_the_letter_names_the_authority_and_their_letter(text_of):
    text = text_of(reply_letter.build(samples.reply_letter(), "fa"))
    assert "سازمان حمایت مصرف\u200cکنندگان و تولیدکنندگان استان تهران" in text
    assert "با سلام و احترام" in text
    assert "بازگشت به نامهٔ شمارهٔ" in text


def test_a_long_history_runs_over_pages_with_numbers(text_of):
    data = samples.case_history()
    many = tuple(
        HistoryEntry(data.registered_at, "مریم احمدی", "note_added", f"یادداشت شمارهٔ {i}") for i in range(90)
    )
    pdf = case_history.build(replace(data, entries=many), "fa")
    pages = page_count(pdf)
    assert pages >= 3
    text = text_of(pdf)
    persian = str(pages).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert squash(f"صفحهٔ ۲ از {persian}") in squash(text)


def test_the_sample_audit_report_builds(text_of):
    text = text_of(audit_report.build(samples.audit_report(), "fa"))
    assert "گزارش بازدید نامحسوس" in text


def test_a_letter_numbered_by_its_tracking_code_prints_it_as_on_the_receipt(text_of):
    from dataclasses import replace

    text = text_of(reply_letter.build(replace(samples.reply_letter(), reference="1420-PF2253"), "fa"))
    assert "1420-PF2253" in text
    assert "PF۲۲۵۳" not in text
    plain = text_of(reply_letter.build(samples.reply_letter(), "fa"))
    assert "۱۴۰۵/۳۴۲" in plain
