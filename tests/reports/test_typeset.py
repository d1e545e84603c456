import unicodedata

import pytest

from reports import typeset
from reports.typeset import BODY, Doc, Meta, keep_identifiers, persian_digits, render, visual, wrap


def test_lines_break_in_logical_order():
    sentence = "مشتری از صدای غیرعادی موتور خودروی پژو 206 خود شکایت دارد و خواهان بررسی فوری است"
    words = sentence.split(" ")
    lines = wrap(sentence, typeset.REGULAR, 10, 90)
    assert len(lines) > 2
    assert " ".join(lines).split() == words
    assert all(typeset.width(line, typeset.REGULAR, 10) <= 90 for line in lines)


def test_a_word_longer_than_the_line_is_cut_not_lost():
    lines = wrap("NAAP41FE9HJ123456NAAP41FE9HJ123456", typeset.REGULAR, 10, 60)
    assert len(lines) > 1
    assert "".join(lines) == "NAAP41FE9HJ123456NAAP41FE9HJ123456"


def test_explicit_newlines_start_new_lines():
    assert wrap("یک\nدو", typeset.REGULAR, 10, 500) == ["یک", "دو"]


@pytest.mark.parametrize(
    "logical",
    [
        "(مثال) و [نمونه]",  # brackets are mirrored when the line is reversed
        "می\u200cشود",  # a ZWNJ survives reordering, between the letters it keeps apart
        "ایران\u200cخودرو",
    ],
)
def test_a_persian_line_is_drawn_reversed_with_brackets_mirrored(logical):
    drawn = unicodedata.normalize("NFKC", visual(logical, True))
    mirrored = drawn[::-1].translate(str.maketrans("()[]", ")(]["))
    assert mirrored == logical


@pytest.mark.parametrize(
    "identifier", ["1420-P3227K", "\u06f0\u06f2\u06f1-\u06f4\u06f4\u06f5\u06f5\u06f6\u06f6\u06f7\u06f7"]
)
def test_identifiers_inside_persian_stay_in_one_piece(identifier):
    drawn = visual(keep_identifiers(f"کد {identifier} ثبت شد"), True)
    assert identifier in drawn


def test_without_protection_the_algorithm_would_split_them():
    assert "1420-P3227K" not in visual("کد 1420-P3227K ثبت شد", True)


def test_persian_digits_leave_codes_and_latin_words_alone():
    assert persian_digits("پژو 206 با شمع BKR6E و کد 1420-P3227K") == "پژو ۲۰۶ با شمع BKR6E و کد 1420-P3227K"
    assert persian_digits(typeset.ltr("9655530380")) == typeset.ltr("9655530380")


def test_joined_forms_the_font_lacks_fall_back_to_plain_letters():
    shaped = typeset.shape("خانهٔ")
    font = typeset.pdfmetrics.getFont(typeset.REGULAR)
    assert all(ord(ch) in font.face.charToGlyph for ch in shaped)


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_pdf_text_reads_back_in_logical_order(lang, text_of):
    doc = Doc(lang)
    sentence = "خودروی پژو 206 با شمارهٔ شاسی NAAP41FE9HJ123456 برای سرویس دوره‌ای پذیرش شد"
    pdf = render(doc, [doc.p(sentence, BODY)], Meta("t"))
    text = " ".join(text_of(pdf).split())
    expected = persian_digits(sentence) if lang == "fa" else sentence
    for chunk in ("خودروی پژو", "NAAP41FE9HJ123456", "برای سرویس دوره\u200cای پذیرش شد"):
        assert chunk in expected
        assert chunk in text
    digits = "۲۰۶" if lang == "fa" else "206"
    assert digits in text


@pytest.mark.parametrize(
    ("number", "shown"),
    [("09121234567", "0912 123 4567"), ("02144556677", "021-44556677"), ("+982144556677", "+982144556677")],
)
def test_phone_numbers_are_grouped(number, shown):
    assert typeset.format_phone(number) == shown


def test_a_no_break_space_keeps_words_on_one_line():
    lines = wrap("یک دو\u00a0سه\u00a0چهار پنج", typeset.REGULAR, 10, 60)
    assert "دو\u00a0سه\u00a0چهار" in lines


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_plate_is_never_split_on_the_roll_receipt(lang, tmp_path):
    """On 80 mm paper the vehicle line wraps; the plate stays whole on one line."""
    import subprocess

    from reports import intake_receipt, samples

    pdf = intake_receipt.build(samples.intake_receipt(), lang, "80mm")
    path = tmp_path / "roll.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    text = unicodedata.normalize("NFKC", text)
    province = "ایران" if lang == "fa" else "Iran"
    [line] = [line for line in text.splitlines() if province in line]
    for part in ("۱۲", "ب", "۳۴۵", "۶۷") if lang == "fa" else ("12", "ب", "345", "67"):
        assert part in line, (part, line)
