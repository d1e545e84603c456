"""Defects per vehicle model and part, over the quality cases of the hand-made month
(see ``defect_cases`` in conftest.py), from the roll-up and from the per-case facts."""

import pytest

from desktop.models.analytics import figures, period
from desktop.models.analytics.figures import Defect, Filters
from tests.models.analytics.conftest import at

AZAR = period.month(1405, 9)
NOW = at(24, 12)

# Azar: Q1, Q2 (پژو, engine); then one each, by model, then part ("" before any code):
# "وانت نیسان" (و, U+0648) sorts before "پژو" (پ, U+067E), and "پژو" before "پژو 206".
# Q7 is a price complaint, Q8 was registered in Aban, case A names no vehicle.
AZAR_DEFECTS = [
    Defect("پژو", "engine", 2),
    Defect("وانت نیسان", None, 1),
    Defect("پژو", "body_paint", 1),
    Defect("پژو 206", "electrical", 1),
    Defect("پژو 206", "engine", 1),
]


def _defects(conn, user, chosen, filters=figures.NO_FILTERS, **kwargs):
    return figures.defects(conn, user, chosen, filters, **kwargs)


@pytest.mark.parametrize("rollup", [True, False], ids=["rollup", "facts"])
def test_defects_per_model_and_part(dealer_db, people, defect_cases, monkeypatch, rollup):
    monkeypatch.setattr(figures, "uses_rollup", lambda filters: rollup)
    with dealer_db.read() as conn:
        azar = _defects(conn, people["manager"], AZAR)
        aban = _defects(conn, people["manager"], AZAR.previous())
        first_three = _defects(conn, people["manager"], AZAR, limit=3)
    assert azar == AZAR_DEFECTS
    assert aban == [Defect("پژو", "engine", 1)]
    # A limit cuts the same rows whichever path answers.
    assert first_three == AZAR_DEFECTS[:3]


def test_defects_follow_the_filters(dealer_db, people, defect_cases):
    with dealer_db.read() as conn:
        vans = _defects(conn, people["manager"], AZAR, Filters(segment="commercial"))
        cars = _defects(conn, people["manager"], AZAR, Filters(segment="passenger"))
        none = _defects(conn, people["manager"], AZAR, Filters(channel="walk_in"))
    assert vans == [Defect("وانت نیسان", None, 1)]
    assert cars == [d for d in AZAR_DEFECTS if d.model != "وانت نیسان"]
    assert none == []


def test_the_segment_comes_from_the_vehicle(dealer_db, people, defect_cases):
    # The first month's six cases name no vehicle; Q1-Q5 are cars, Q6-Q7 vans.
    with dealer_db.read() as conn:
        figs = figures.case_figures(conn, people["manager"], AZAR, now=NOW)
        cars = figures.case_figures(conn, people["manager"], AZAR, Filters(segment="passenger"), now=NOW)
    assert figs.breakdown["segment"] == {"": 6, "passenger": 5, "commercial": 2}
    assert cars.cases == 5
    assert cars.breakdown["segment"] == {"passenger": 5}
