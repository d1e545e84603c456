"""Scoring, exactly as the issue defines it: every rule has a test with hand-made figures."""

import pytest

from desktop.models.audits import scoring
from tests.models.audits.conftest import END, group, make, q


def score(survey, answers, **kw):
    return scoring.score(make(survey), answers, **kw)


def test_yes_earns_the_weight_and_no_earns_nothing():
    result = score([group("g"), q("yes_no", "a", weight=2), q("yes_no", "b"), END], {"a": "yes", "b": "no"})
    assert result.sections["g"].earned == 2
    assert result.sections["g"].possible == 3
    assert result.score == pytest.approx(100 * 2 / 3)


@pytest.mark.parametrize(("value", "earned"), [(1, 0.0), (2, 0.5), (3, 1.0), (4, 1.5), (5, 2.0)])
def test_scale_earns_weight_times_v_minus_one_over_four(value, earned):
    result = score([q("scale5", "s", weight=2)], {"s": value})
    assert result.items["s"].earned == earned
    assert result.items["s"].possible == 2
    assert result.score == pytest.approx(100 * earned / 2)


@pytest.mark.parametrize(("choice", "share"), [("fast", 1.0), ("slow", 0.25), ("never", 0.0)])
def test_a_choice_earns_weight_times_its_points(choice, share):
    result = score([q("select_one speed", "s", weight=4)], {"s": choice})
    assert result.items["s"].earned == 4 * share
    assert result.score == pytest.approx(100 * share)


@pytest.mark.parametrize(
    ("chosen", "share"),
    [
        (["price"], 0.5),
        (["price", "warranty"], 0.9),
        (["price", "warranty", "brochure"], 1.0),  # 1.2, capped at 1
        (["warranty", "brochure"], 0.7),
    ],
)
def test_multiple_choice_sums_points_capped_at_one(chosen, share):
    result = score([q("select_multiple docs", "d", weight=3)], {"d": chosen})
    assert result.items["d"].earned == pytest.approx(3 * share)
    assert result.items["d"].possible == 3


@pytest.mark.parametrize(
    "answers",
    [
        {"a": "yes", "b": "na"},  # not applicable
        {"a": "yes"},  # unanswered optional
        {"a": "yes", "c": "unasked"},  # a choice without points is not applicable
    ],
)
def test_not_applicable_and_unanswered_count_in_neither(answers):
    survey = [q("yes_no", "a"), q("yes_no", "b", weight=5), q("select_one speed", "c", weight=7)]
    result = score(survey, answers)
    assert result.sections["main"].possible == 1
    assert result.score == 100


def test_questions_skipped_by_logic_count_in_neither_even_if_answered_before():
    survey = [
        q("yes_no", "offered"),
        q("yes_no", "car_clean", relevant="${offered} = 'yes'", weight=3),
        q("scale5", "explained", relevant="${car_clean} = 'yes'"),
    ]
    # The inspector answered "yes" then changed the first answer: the rest no longer apply.
    result = score(survey, {"offered": "no", "car_clean": "no", "explained": 1})
    assert set(result.items) == {"offered"}
    assert result.score == 0
    shown = score(survey, {"offered": "yes", "car_clean": "no", "explained": 1})
    assert set(shown.items) == {"offered", "car_clean"}  # explained hangs on car_clean = yes


def test_a_skipped_group_counts_in_neither():
    survey = [
        group("intro"),
        q("yes_no", "complaint_raised"),
        END,
        group("complaint", relevant="${complaint_raised} = 'yes'", weight=5),
        q("yes_no", "registered"),
        END,
    ]
    result = score(survey, {"complaint_raised": "no", "registered": "no"})
    assert list(result.sections) == ["intro"]
    assert result.score == 0


def test_empty_weights_mean_one_for_questions_and_sections():
    survey = [
        group("g1", weight=""),
        q("yes_no", "a", weight=""),
        q("yes_no", "b"),
        END,
        group("g2"),
        q("yes_no", "c"),
        END,
    ]
    result = score(survey, {"a": "yes", "b": "no", "c": "yes"})
    assert result.sections["g1"].weight == 1
    assert result.sections["g1"].score == 50
    assert result.sections["g2"].score == 100
    assert result.score == 75


def test_questions_outside_any_group_form_the_section_main():
    survey = [q("yes_no", "first"), group("g"), q("yes_no", "inner"), END, q("yes_no", "last")]
    result = score(survey, {"first": "yes", "inner": "no", "last": "no"})
    assert list(result.sections) == ["main", "g"]
    assert result.sections["main"].score == 50
    assert result.sections["main"].weight == 1
    assert result.score == 25


def test_audit_score_is_the_weighted_mean_of_section_scores():
    survey = [group("a", weight=3), q("yes_no", "x"), END, group("b", weight=1), q("scale5", "y"), END]
    result = score(survey, {"x": "yes", "y": 2})  # 100 and 25
    assert result.score == pytest.approx((3 * 100 + 1 * 25) / 4)


def test_a_section_with_nothing_possible_is_left_out_of_the_audit():
    survey = [
        group("a", weight=3),
        q("yes_no", "x"),
        q("text", "t"),
        END,
        group("b", weight=1),
        q("yes_no", "y"),
        END,
    ]
    result = score(survey, {"x": "na", "t": "همه چیز خوب بود", "y": "no"})
    assert list(result.sections) == ["b"]
    assert result.score == 0  # b alone, not (3 * nothing + 1 * 0) / 4


def test_nothing_scored_gives_no_score():
    result = score([q("yes_no", "a"), q("text", "t")], {"a": "na", "t": "x"})
    assert result.score is None
    assert result.sections == {}


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        ("integer", 5),
        ("decimal", 2.5),
        ("text", "x"),
        ("time", "10:00"),
        ("duration", 7),
        ("image", ["a" * 64]),
    ],
)
def test_other_kinds_are_never_scored(kind, answer):
    result = score([q(kind, "other"), q("yes_no", "a")], {"other": answer, "a": "no"})
    assert set(result.items) == {"a"}
    assert result.sections["main"].possible == 1


# -- critical items ----------------------------------------------------------------------


def _critical(answer, *, scope="section", cap=""):
    survey = [
        group("money", weight=1),
        q("yes_no", "price_shown", weight=4),
        q("yes_no", "no_extra_charge", critical="yes", critical_scope=scope, critical_cap=cap),
        END,
        group("people", weight=1),
        q("yes_no", "greeted"),
        END,
    ]
    return score(survey, {"price_shown": "yes", "no_extra_charge": answer, "greeted": "yes"})


def test_a_failed_critical_caps_its_section_at_zero_by_default():
    result = _critical("no")
    assert result.sections["money"].raw == 80
    assert result.sections["money"].score == 0
    assert result.sections["money"].capped_by == ("no_extra_charge",)
    assert result.sections["people"].score == 100
    assert result.score == 50
    assert result.critical_failures == ("no_extra_charge",)


def test_a_critical_cap_only_lowers_a_score():
    capped = _critical("no", cap=60)
    assert capped.sections["money"].score == 60
    high_cap = _critical("no", cap=95)
    assert high_cap.sections["money"].score == 80  # already below the cap
    assert high_cap.sections["money"].capped_by == ()


def test_a_passed_critical_caps_nothing():
    result = _critical("yes")
    assert result.critical_failures == ()
    assert result.score == 100


def test_a_not_applicable_critical_caps_nothing():
    result = _critical("na")
    assert result.critical_failures == ()
    assert result.sections["money"].score == 100


def test_an_audit_scope_critical_caps_the_audit_not_the_section():
    result = _critical("no", scope="audit", cap=40)
    assert result.sections["money"].score == 80
    assert result.raw == 90
    assert result.score == 40
    assert result.capped_by == ("no_extra_charge",)


@pytest.mark.parametrize(
    ("kind", "answer", "failed"),
    [
        ("scale5", 1, True),
        ("scale5", 2, False),
        ("select_one speed", "never", True),
        ("select_one speed", "slow", False),
        ("select_one speed", "unasked", False),
        ("select_multiple docs", [], False),  # unanswered
    ],
)
def test_a_critical_scoring_zero_fails(kind, answer, failed):
    result = score(
        [q(kind, "c", critical="yes", critical_cap=30), q("yes_no", "other")], {"c": answer, "other": "yes"}
    )
    assert (result.critical_failures == ("c",)) is failed
    if failed:
        assert result.score == 30


def test_a_critical_skipped_by_logic_caps_nothing():
    survey = [
        q("yes_no", "complaint"),
        q("yes_no", "registered", critical="yes", critical_scope="audit", relevant="${complaint} = 'yes'"),
        q("yes_no", "greeted"),
    ]
    result = score(survey, {"complaint": "no", "registered": "no", "greeted": "yes"})
    assert result.critical_failures == ()


def test_the_lowest_of_several_caps_applies():
    survey = [
        q("yes_no", "a", critical="yes", critical_cap=60),
        q("yes_no", "b", critical="yes", critical_cap=20),
        q("yes_no", "c", weight=10),
    ]
    result = score(survey, {"a": "no", "b": "no", "c": "yes"})
    assert result.sections["main"].score == 20
    assert set(result.sections["main"].capped_by) == {"a", "b"}


def test_void_items_count_in_neither_and_cap_nothing():
    result = _critical("no")
    struck = scoring.score(
        make(
            [
                group("money"),
                q("yes_no", "price_shown", weight=4),
                q("yes_no", "no_extra_charge", critical="yes"),
                END,
                group("people"),
                q("yes_no", "greeted"),
                END,
            ]
        ),
        {"price_shown": "yes", "no_extra_charge": "no", "greeted": "yes"},
        void={"no_extra_charge"},
    )
    assert result.score == 50
    assert struck.score == 100
    assert struck.critical_failures == ()


def test_scores_are_not_rounded():
    result = score([q("yes_no", "a"), q("yes_no", "b"), q("yes_no", "c")], {"a": "yes", "b": "no", "c": "no"})
    assert result.score == 100 / 3
