import pytest

from desktop.models import text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("علي", "علی"),
        ("كريمي", "کریمی"),
        ("مصطفى", "مصطفی"),
        ("  رضا   کریمی ", "رضا کریمی"),
        ("۱۲۳", "123"),
        ("٤٥٦", "456"),
        ("می\u200c\u200cخواهم", "می\u200cخواهم"),
        ("سلام\u0640\u0640", "سلام"),
    ],
)
def test_normalize(typed, stored):
    assert text.normalize(typed) == stored


def test_fold_makes_spelling_variants_equal():
    variants = ["محمّد", "محمد", "مُحَمَّد"]
    assert len({text.fold(v) for v in variants}) == 1
    assert text.fold("آرین") == text.fold("ارین")
    assert text.compact("علی رضا") == text.compact("علیرضا") == text.compact("علي‌رضا")


def test_fold_tokens():
    assert text.fold_tokens("رضا  کریمی-نژاد") == ["رضا", "کریمی", "نژاد"]


def test_display_keeps_spelling():
    # Normalisation keeps ZWNJ and hamza forms; only folding for search removes them.
    assert text.normalize("آرین\u200cخودرو") == "آرین\u200cخودرو"


def test_digits_round_trip():
    assert text.to_persian_digits("1405/09/03") == "۱۴۰۵/۰۹/۰۳"
    assert text.to_ascii_digits("۱۴۰۵/۰۹/۰۳") == "1405/09/03"
