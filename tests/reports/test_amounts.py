import pytest

from reports.amounts import in_words, rials, rials_and_toman, rials_in_words, toman


@pytest.mark.parametrize(
    ("number", "fa", "en"),
    [
        (0, "صفر", "zero"),
        (7, "هفت", "seven"),
        (15, "پانزده", "fifteen"),
        (42, "چهل و دو", "forty-two"),
        (100, "یکصد", "one hundred"),
        (120, "یکصد و بیست", "one hundred twenty"),
        (1000, "یک هزار", "one thousand"),
        (2005, "دو هزار و پنج", "two thousand five"),
        (1_250_000, "یک میلیون و دویست و پنجاه هزار", "one million two hundred fifty thousand"),
        (6_270_000, "شش میلیون و دویست و هفتاد هزار", "six million two hundred seventy thousand"),
        (3_000_000_017, "سه میلیارد و هفده", "three billion seventeen"),
    ],
)
def test_numbers_in_words(number, fa, en):
    assert in_words(number, "fa") == fa
    assert in_words(number, "en") == en


def test_out_of_range():
    with pytest.raises(ValueError, match="out of range"):
        in_words(-1, "fa")


def test_rials_and_toman():
    assert rials(12_500_000, "fa") == "۱۲٬۵۰۰٬۰۰۰ ریال"
    assert rials(12_500_000, "en") == "12,500,000 Rials"
    assert toman(12_500_005, "en") == "1,250,000.5 Toman"
    assert rials_and_toman(6_270_000, "fa") == "۶٬۲۷۰٬۰۰۰ ریال (۶۲۷٬۰۰۰ تومان)"
    assert rials_in_words(6_270_000, "fa") == "شش میلیون و دویست و هفتاد هزار ریال"
