"""The rules the dashboard and the report share: the Pareto analysis and which way is better."""

import pytest

from desktop.models.analytics import better, pareto
from desktop.models.analytics.figures import FIGURES


def test_pareto_sorts_accumulates_and_marks_the_vital_few():
    causes = [("price", 10), ("quality", 50), ("none", 0), ("delivery", 25), ("staff", 15)]
    rows = pareto.pareto(causes, lambda c: c[1])
    assert [r.item[0] for r in rows] == ["quality", "delivery", "staff", "price"]  # zero left out
    assert [r.share for r in rows] == [50, 25, 15, 10]
    assert [r.cumulative for r in rows] == [50, 75, 90, 100]
    # quality and delivery bring 75% (< 80%), so staff, which takes it past 80%, is vital too.
    assert [r.vital for r in rows] == [True, True, True, False]


def test_pareto_ties_keep_their_order_or_follow_the_tie_key():
    items = [("b", 1), ("a", 1), ("c", 2)]
    assert [r.item[0] for r in pareto.pareto(items, lambda i: i[1])] == ["c", "b", "a"]
    assert [r.item[0] for r in pareto.pareto(items, lambda i: i[1], tie=lambda i: i[0])] == ["c", "a", "b"]


def test_pareto_of_nothing_is_empty():
    assert pareto.pareto([("a", 0)], lambda i: i[1]) == []


def test_a_cause_that_alone_passes_the_cut_is_the_only_vital_one():
    rows = pareto.pareto([("a", 9), ("b", 1)], lambda i: i[1])
    assert [(r.cumulative, r.vital) for r in rows] == [(90, True), (100, False)]


def test_every_figure_says_which_way_is_better():
    assert set(better.BETTER) == set(FIGURES)
    assert set(better.BETTER.values()) <= {"up", "down", ""}


@pytest.mark.parametrize(
    ("code", "now", "before", "verdict"),
    [
        ("fcr_rate", 0.6, 0.5, "better"),
        ("fcr_rate", 0.4, 0.5, "worse"),
        ("sla_breach_rate", 0.1, 0.2, "better"),
        ("first_response_median", 3600, 1800, "worse"),
        ("cases", 10, 5, "changed"),
        ("reopen_rate", 0.25, 0.25, "same"),
        ("satisfaction_mean", 4.0, None, ""),
        ("happy_call_reach_rate", None, 0.5, ""),
    ],
)
def test_the_verdict_on_a_change(code, now, before, verdict):
    assert better.verdict(code, now, before) == verdict
