"""The XLSForm expression parser and evaluator: a real parser, XPath's comparisons."""

import math

import pytest

from desktop.models.audits import expr

ANSWERS = {
    "greeted": "yes",
    "wait": 12,
    "courtesy": 4,
    "docs": ["price", "warranty"],
    "arrived": "09:30",
    "empty": None,
    "note": "سلام",
}


def value(text, current=None):
    return expr.evaluate(expr.parse(text), ANSWERS.get, current)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${greeted} = 'yes'", True),
        ('${greeted} = "yes"', True),
        ("${greeted} != 'yes'", False),
        ("${greeted} = 'no' or ${wait} > 10", True),
        ("${greeted} = 'yes' and ${wait} > 20", False),
        ("not(${greeted} = 'no')", True),
        ("not(${wait} >= 12)", False),
        ("${wait} = 12", True),
        ("${wait} = '12'", True),  # a number on either side compares numbers
        ("${wait} <= 12 and ${wait} >= 12", True),
        ("${courtesy} < 3", False),
        ("${courtesy} + ${wait} = 16", True),
        ("${wait} div 4 = 3", True),
        ("${wait} mod 5 = 2", True),
        ("-${wait} < 0", True),
        ("2 + 3 * 4 = 14", True),  # precedence
        ("(2 + 3) * 4 = 20", True),
        ("selected(${docs}, 'price')", True),
        ("selected(${docs}, 'brochure')", False),
        ("count-selected(${docs}) = 2", True),
        ("selected(${empty}, 'price')", False),
        ("${empty} = ''", True),
        ("${empty} > 3", False),  # an empty number compares false
        ("${empty} < 3", False),
        ("${arrived} < '10:00'", True),  # times of day compare as text
        ("${arrived} > '10:00'", False),
        ("string-length(${note}) = 4", True),
        ("true() and not(false())", True),
        ("${greeted} = 'yes' or ${greeted} = 'no' and ${wait} > 100", True),  # and binds tighter
        ("if(${wait} > 10, 'long', 'short') = 'long'", True),
        ("coalesce(${empty}, 'x') = 'x'", True),
        ("regex(${arrived}, '^[0-9]{2}:[0-9]{2}$')", True),
        ("contains(${note}, 'سل')", True),
        ("int(7.9) = 7", True),
        ("number('abc') = number('abc')", False),  # NaN is equal to nothing
    ],
)
def test_evaluates_like_xpath(text, expected):
    assert expr.truthy(value(text)) is expected


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        (". >= 0 and . <= 240", 30, True),
        (". >= 0 and . <= 240", 300, False),
        (". >= 0 and . <= 240", -1, False),
        (". > ${wait}", 13, True),
        ("string-length(.) >= 3", "ab", False),
        ("regex(., '^09')", "0912", True),
    ],
)
def test_dot_is_the_answer_being_checked(text, current, expected):
    assert expr.truthy(value(text, current)) is expected


def test_references_and_current_are_reported():
    parsed = expr.parse("${a} = 'yes' and selected(${b}, 'x') or ${a} = . ")
    assert parsed.refs == ("a", "b")
    assert parsed.uses_current
    assert not expr.parse("${a} > 2").uses_current


@pytest.mark.parametrize(
    ("text", "code", "position"),
    [
        ("", "empty", 0),
        ("${a} = ", "unexpected_end", 7),
        ("${a} == 'x'", "unexpected_token", 6),
        ("${a} = 'yes", "unexpected_character", 7),
        ("${a b} = 1", "bad_reference", 0),
        ("frobnicate(${a})", "unknown_function", 0),
        ("selected(${a})", "arguments", 0),
        ("(${a} = 1", "unexpected_end", 9),
        ("${a} = 1)", "unexpected_token", 8),
        ("${a} & 1", "unexpected_character", 5),
        ("and ${a}", "unexpected_token", 0),
    ],
)
def test_bad_expressions_say_where(text, code, position):
    with pytest.raises(expr.ExpressionError) as err:
        expr.parse(text)
    assert err.value.code == code
    assert err.value.position == position


def test_no_python_is_ever_run():
    with pytest.raises(expr.ExpressionError):
        expr.parse("__import__('os').system('echo hi')")


def test_division_by_zero_is_not_a_crash():
    assert math.isinf(expr.to_number(value("1 div 0")))
    assert math.isnan(expr.to_number(value("0 div 0")))
    assert math.isnan(expr.to_number(value("5 mod 0")))


def test_bad_regex_pattern_is_found_before_use():
    with pytest.raises(expr.ExpressionError) as err:
        expr.check_patterns(expr.parse("regex(., '[a-')"))
    assert err.value.code == "bad_pattern"
