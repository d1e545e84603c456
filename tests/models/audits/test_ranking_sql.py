"""The ranking aggregated in SQL equals the reference in Python (rank and trend over the points)."""

import random
from dataclasses import asdict
from datetime import timedelta

import pytest

from desktop.models.audits import demo, ranking, release
from desktop.models.demo import DemoContext
from tests.conftest import NOW
from tests.models.audits.conftest import FULL_ANSWERS
from tests.models.audits.helpers import finalised


def _rounded(value):
    """Floats to 9 decimals: SQL's avg and Python's fmean may differ in the last bits."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


@pytest.fixture
def network(audit_db, who):
    context = DemoContext(now=NOW, rng=random.Random(1405))
    context.users = {n: who(n) for n in ("inspector", "inspmanager", "hq", "manager")}
    with audit_db.write() as conn:
        demo.fill(conn, context)
    inspector = who("inspector")
    bad = {**FULL_ANSWERS, "extra_charge_free": "no"}
    # Two critical failures at one dealership, a month apart; at the manager's dealership,
    # one more, released and appealed (the release's figures count, not the audit's).
    finalised(audit_db, inspector, dealership_id="1999", dealership_name="آزمون", answers=bad)
    finalised(
        audit_db,
        inspector,
        dealership_id="1999",
        dealership_name="آزمون قدیم",
        answers=bad,
        when=NOW - timedelta(days=35),
    )
    appealed = finalised(audit_db, inspector, dealership_id="1420", dealership_name="آرین", answers=bad)
    with audit_db.write() as conn:
        release.release(conn, who("hq"), appealed.id, NOW)
        appeal = release.file_appeal(conn, who("manager"), appealed.id, "extra_charge_free", "رسید", NOW)
        release.decide_appeal(conn, who("hq"), appealed.id, appeal.id, upheld=True, note="درست", now=NOW)
    return audit_db


@pytest.mark.parametrize("days", [None, 20, 60])
def test_sql_and_python_rank_alike(network, who, days):
    since = None if days is None else (NOW - timedelta(days=days)).date()
    with network.read() as conn:
        in_sql = ranking.ranking(conn, who("hq"), since=since)
        points = ranking.audit_points(conn, who("hq"), since=since)
    in_python = ranking.rank(points)
    assert len(in_sql.dealerships) >= 2
    assert _rounded([asdict(r) for r in in_sql.dealerships]) == _rounded([asdict(r) for r in in_python])
    assert _rounded([asdict(t) for t in in_sql.trend]) == _rounded([asdict(t) for t in ranking.trend(points)])


def test_the_sql_ranking_counts_failures_and_names_the_last_visit(network, who):
    with network.read() as conn:
        rows = {r.dealership_id: r for r in ranking.ranking(conn, who("hq")).dealerships}
    test = rows["1999"]
    assert (test.audits, test.critical_failures, test.audits_with_critical) == (2, 2, 2)
    assert test.failed_items == {"extra_charge_free": 2}
    assert test.dealership_name == "آزمون"  # as named at the last visit
    assert [t.audits for t in test.trend] == [1, 1]
    assert (test.best, test.worst, test.score) == (40, 40, 40)
    # The upheld appeal voided the failure at 1420: its release's figures count.
    assert "extra_charge_free" not in rows["1420"].failed_items
