"""HQ's ranking: mean score per dealership, section breakdown, critical failures, trend."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop.models.audits import ranking, release
from desktop.models.audits.ranking import AuditPoint
from tests.conftest import NOW
from tests.models.audits.conftest import FULL_ANSWERS
from tests.models.audits.helpers import finalised


def point(dealer, score, when, sections=None, critical=(), name=None):
    return AuditPoint(
        audit_id=f"{dealer}-{when:%m%d}",
        dealership_id=dealer,
        dealership_name=name or f"نمایندگی {dealer}",
        form_id="showroom",
        visited=when,
        score=score,
        sections=sections or {},
        critical_failures=tuple(critical),
    )


AZAR_1 = datetime(2026, 11, 22, 8, tzinfo=UTC)  # 1 Azar 1405
ABAN_10 = datetime(2026, 11, 1, 8, tzinfo=UTC)  # 10 Aban 1405


def test_dealerships_are_ranked_by_mean_score():
    points = [
        point("1433", 80, ABAN_10, {"greeting": 70}),
        point("1433", 60, AZAR_1, {"greeting": 50}, critical=["extra_charge_free"]),
        point("1507", 90, AZAR_1, {"greeting": 100}),
        point("1612", None, AZAR_1),  # nothing scored
        point("1701", 70, AZAR_1, name="تبریز"),
    ]
    rows = ranking.rank(points)
    # 1433 and 1701 tie at 70: the one audited more often ranks higher
    assert [(r.rank, r.dealership_id) for r in rows] == [(1, "1507"), (2, "1433"), (3, "1701"), (4, "1612")]
    third = rows[1]
    assert third.score == 70
    assert (third.best, third.worst, third.audits) == (80, 60, 2)
    assert third.sections == {"greeting": 60}
    assert third.critical_failures == 1
    assert third.audits_with_critical == 1
    assert third.failed_items == {"extra_charge_free": 1}
    assert [(t.year, t.month, t.score) for t in third.trend] == [(1405, 8, 80), (1405, 9, 60)]
    assert rows[3].score is None


def test_ties_go_to_more_audits_then_the_code():
    rows = ranking.rank(
        [point("B", 50, AZAR_1), point("A", 50, AZAR_1), point("C", 50, AZAR_1), point("C", 50, ABAN_10)]
    )
    assert [r.dealership_id for r in rows] == ["C", "A", "B"]


def test_the_network_trend_is_monthly():
    trend = ranking.trend(
        [point("A", 40, ABAN_10), point("B", 60, ABAN_10 + timedelta(days=2)), point("A", 90, AZAR_1)]
    )
    assert [(t.month, t.score, t.audits) for t in trend] == [(8, 50, 2), (9, 90, 1)]


def test_ranking_from_the_database_uses_scores_after_appeals(audit_db, who):
    inspector = who("inspector")
    bad = {**FULL_ANSWERS, "extra_charge_free": "no"}
    first = finalised(audit_db, inspector, dealership_id="1420", dealership_name="آرین", answers=bad)
    finalised(
        audit_db, inspector, dealership_id="1433", dealership_name="پارس", when=NOW - timedelta(days=30)
    )
    with audit_db.write() as conn:
        release.release(conn, who("hq"), first.id, NOW)
        before = ranking.ranking(conn, who("hq"))
        appeal = release.file_appeal(conn, who("manager"), first.id, "extra_charge_free", "رسید دارد", NOW)
        release.decide_appeal(conn, who("hq"), first.id, appeal.id, upheld=True, note="درست است", now=NOW)
        after = ranking.ranking(conn, who("hq"))
        recent = ranking.ranking(conn, who("hq"), since=(NOW - timedelta(days=7)).date())
    assert [r.dealership_id for r in before.dealerships] == ["1433", "1420"]
    assert before.dealerships[1].score == 40
    upheld = {r.dealership_id: r for r in after.dealerships}["1420"]
    assert upheld.score == pytest.approx((2 * 100 * 2.75 / 3 + 100 * 2.15 / 3) / 3)
    assert upheld.critical_failures == 0
    assert [r.dealership_id for r in recent.dealerships] == ["1420"]
    assert after.sections == ("main", "greeting", "sales")
    assert after.section_labels["greeting"].en == "Section greeting"
    assert after.item_labels["extra_charge_free"].fa == "پرسش extra_charge_free"
    assert len(after.trend) == 2


def test_an_empty_period_is_an_empty_ranking(audit_db, who):
    with audit_db.read() as conn:
        result = ranking.ranking(conn, who("hq"), form_id="nothing")
    assert result.dealerships == ()
    assert result.trend == ()


@pytest.mark.parametrize("name", ["inspector", "manager", "admin"])
def test_only_hq_and_the_inspection_unit_rank(audit_db, who, name):
    from desktop.models.errors import PermissionDenied

    with audit_db.read() as conn, pytest.raises(PermissionDenied):
        ranking.ranking(conn, who(name))
