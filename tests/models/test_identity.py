import pytest

from desktop.models import identity
from desktop.models.errors import ValidationError

VALID_NATIONAL_IDS = ["0499370899", "0790419904", "0084575948", "0013542419"]


def _national_id_from(prefix: str) -> str:
    total = sum(int(d) * w for d, w in zip(prefix, range(10, 1, -1), strict=True))
    r = total % 11
    return prefix + str(r if r < 2 else 11 - r)


@pytest.mark.parametrize("value", VALID_NATIONAL_IDS)
def test_valid_national_ids(value):
    assert identity.national_id(value) == value


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("۰۴۹۹۳۷۰۸۹۹", "0499370899"),
        ("٠٤٩٩٣٧٠٨٩٩", "0499370899"),
        ("049-937089-9", "0499370899"),
        ("84575948", "0084575948"),  # leading zeros dropped by the person
    ],
)
def test_national_id_forms(typed, stored):
    assert identity.national_id(typed) == stored


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("0499370898", "checksum"),
        ("1111111111", "checksum"),
        ("0000000000", "checksum"),
        ("12345", "length"),
        ("", "required"),
        ("04993708a9", "not_digits"),
    ],
)
def test_bad_national_ids(value, code):
    with pytest.raises(ValidationError) as err:
        identity.national_id(value)
    assert err.value.code == code
    assert err.value.field == "national_id"


def test_national_id_rule_on_generated_numbers():
    # r < 2 keeps r as the check digit; otherwise 11 - r.
    for prefix in ("123456789", "000000001", "987654321", "555555556"):
        value = _national_id_from(prefix)
        assert identity.national_id(value) == value
        wrong = value[:9] + str((int(value[9]) + 1) % 10)
        assert not identity.is_national_id(wrong)


def _company_id_from(prefix: str) -> str:
    shift = int(prefix[9]) + 2
    weights = (29, 27, 23, 19, 17, 29, 27, 23, 19, 17)
    check = sum((int(d) + shift) * w for d, w in zip(prefix, weights, strict=True)) % 11
    return prefix + str(0 if check == 10 else check)


@pytest.mark.parametrize("prefix", ["1010008684", "1086018650", "1032035263"])
def test_company_ids(prefix):
    value = _company_id_from(prefix)
    assert identity.company_id(value) == value
    wrong = value[:10] + str((int(value[10]) + 1) % 10)
    with pytest.raises(ValidationError):
        identity.company_id(wrong)


@pytest.mark.parametrize(
    "typed",
    [
        "09121234567",
        "+989121234567",
        "00989121234567",
        "989121234567",
        "9121234567",
        "۰۹۱۲۱۲۳۴۵۶۷",
        "0912 123 4567",
        "0912-123-4567",
    ],
)
def test_mobile_forms(typed):
    assert identity.mobile(typed) == "09121234567"


@pytest.mark.parametrize("typed", ["0212345678", "091212345", "+4412345678901", "08121234567"])
def test_bad_mobiles(typed):
    with pytest.raises(ValidationError) as err:
        identity.mobile(typed)
    assert err.value.code == "mobile_format"


def test_vin():
    assert identity.vin("naap41fe9gj123456") == "NAAP41FE9GJ123456"
    for bad, code in (("NAAP41FE9GJ12345", "length"), ("NAAP41FE9GJ12345O", "vin_characters")):
        with pytest.raises(ValidationError) as err:
            identity.vin(bad)
        assert err.value.code == code


@pytest.mark.parametrize(
    "typed",
    ["12ب345-67", "۱۲ ب ۳۴۵ ایران ۶۷", "12 ب 345 - 67", "12ب345ایران67", "١٢ب٣٤٥-٦٧"],
)
def test_plate_forms(typed):
    plate = identity.plate(typed)
    assert (plate.two, plate.letter, plate.three, plate.province) == ("12", "ب", "345", "67")
    assert plate.key() == "12ب345-67"


def test_plate_with_alef_and_bad_plate():
    assert identity.plate("22 الف 123 11").letter == "الف"
    with pytest.raises(ValidationError) as err:
        identity.plate("12X34567")
    assert err.value.code == "plate_format"


@pytest.mark.parametrize(("typed", "value"), [("1,250,000", 1250000), ("۱٬۲۵۰٬۰۰۰", 1250000), (500, 500)])
def test_amounts(typed, value):
    assert identity.amount(typed) == value


def test_negative_amount():
    with pytest.raises(ValidationError) as err:
        identity.amount(-1)
    assert err.value.code == "negative"
