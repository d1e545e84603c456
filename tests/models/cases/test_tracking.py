import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.cases import tracking
from desktop.models.dealership import CODE_ALPHABET


def test_shape():
    code = tracking.make("1420", "P3", 1)
    assert code.startswith("1420-P3")
    assert len(code) == len("1420-P3") + 3 + 1
    assert tracking.normalise(code) == code


@pytest.mark.parametrize(
    "variant",
    [
        str.lower,
        lambda c: " " + c.replace("-", " - ") + " ",
        lambda c: c.replace("1420", "۱۴۲۰"),
        lambda c: c.replace("-", ""),
    ],
)
def test_typed_forms(variant):
    code = tracking.make("1420", "P3", 1)
    assert code.startswith("1420-P3223")
    assert tracking.normalise(variant(code)) == code


@given(st.integers(0, 10**6), st.sampled_from(["1420", "TEH12", "99"]))
def test_every_single_substitution_is_caught(serial, dealer):
    code = tracking.make(dealer, "K7", serial)
    raw = tracking.key(code)
    for i, ch in itertools.product(range(len(raw)), CODE_ALPHABET + "0123456789"):
        if ch != raw[i] and (i >= len(dealer) or ch.isdigit()):
            wrong = raw[:i] + ch + raw[i + 1 :]
            assert tracking.normalise(wrong) is None, wrong


@given(st.integers(0, 10**6))
def test_adjacent_swaps_are_caught(serial):
    raw = tracking.key(tracking.make("1420", "K7", serial))
    for i in range(len(raw) - 1):
        # Luhn mod 30 misses one swap only: the neighbours "2" and "Z" (values 0 and 29).
        if raw[i] != raw[i + 1] and {raw[i], raw[i + 1]} != {"2", "Z"}:
            swapped = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2 :]
            assert tracking.normalise(swapped) is None, swapped


def test_codes_are_unique_per_device_and_serial():
    made = {tracking.make("1420", dev, n) for dev in ("P3", "K7") for n in range(2000)}
    assert len(made) == 4000


@pytest.mark.parametrize("text", ["", "hello", "1420", "09121234567", "0499370899", "NAAP41FE9GJ123456"])
def test_other_things_are_not_tracking_codes(text):
    assert tracking.normalise(text) is None


def test_a_mistyped_code_is_told_apart_from_a_missing_case(register, dealer_db):
    from desktop.models import cases
    from desktop.models.errors import NotFound, ValidationError

    code = register().tracking_code
    wrong = code[:-1] + ("X" if code[-1] != "X" else "Y")
    with dealer_db.read() as conn:
        assert cases.get_case(conn, code.lower()).tracking_code == code
        with pytest.raises(ValidationError) as typo:
            cases.get_case(conn, wrong)
        assert typo.value.code == "tracking_code_mistyped"
        with pytest.raises(NotFound):
            cases.get_case(conn, tracking.make("1420", "Q9", 77))  # well formed, not here
