"""Audit figures follow the covert rules: HQ ranks everyone, a dealership sees its released reports."""

import pytest

from desktop.models.analytics import audits as audit_figures
from desktop.models.analytics import period
from desktop.models.audits import release
from tests.conftest import NOW
from tests.models.audits.conftest import FULL_ANSWERS, audit_db, visit_template, who  # noqa: F401
from tests.models.audits.helpers import finalised

AZAR = period.month(1405, 9)


@pytest.fixture
def two_audits(audit_db, who):  # noqa: F811
    inspector = who("inspector")
    bad = {**FULL_ANSWERS, "extra_charge_free": "no"}  # a critical failure: the score is capped at 40
    mine = finalised(audit_db, inspector, dealership_id="1420", dealership_name="آرین", answers=bad)
    finalised(audit_db, inspector, dealership_id="1433", dealership_name="پارس")
    return mine


def figures_for(db, user):
    with db.read() as conn:
        return audit_figures.audit_figures(conn, user, AZAR)


def test_hq_ranks_every_dealership(audit_db, who, two_audits):  # noqa: F811
    result = figures_for(audit_db, who("hq"))
    assert [(r.rank, r.dealership_id) for r in result.rows] == [(1, "1433"), (2, "1420")]
    assert result.rows[1].score == 40
    assert result.rows[1].critical_failures == 1
    assert result.critical_failures == 1
    # The template's sections; the first (the arrival time, never scored) has no score.
    assert result.sections == ("main", "greeting", "sales")
    # Greeting (weight 2): greeted yes 2 of 2, courtesy 4 of 5 = 0.75 of 1: 2.75 / 3.
    # Sales: test drive 1, its speed "slow" 0.25, documents 0.5 + 0.4 = 0.9, no extra
    # charge 1 (or 0 at the first dealership): 3.15 / 4 and 2.15 / 4.
    assert [r.sections for r in result.rows] == [
        {"greeting": pytest.approx(275 / 3), "sales": pytest.approx(78.75)},
        {"greeting": pytest.approx(275 / 3), "sales": pytest.approx(53.75)},
    ]
    # The audit score weighs the sections 2 to 1: (2 x 91.67 + 78.75) / 3; the critical
    # failure caps the other at 40.
    assert result.rows[0].score == pytest.approx((2 * 275 / 3 + 78.75) / 3)
    assert not result.released_only


@pytest.mark.parametrize("name", ["manager", "admin", "clerk", "supervisor"])
def test_covert_audits_are_invisible_to_the_dealership_until_released(audit_db, who, two_audits, name):  # noqa: F811
    result = figures_for(audit_db, who(name))
    assert result is None or result.rows == []


@pytest.mark.parametrize("name", ["admin", "clerk", "supervisor"])
def test_roles_without_audit_permissions_never_see_audit_figures(audit_db, who, two_audits, name):  # noqa: F811
    with audit_db.write() as conn:
        release.release(conn, who("hq"), two_audits.id, NOW)
    assert figures_for(audit_db, who(name)) is None


def test_a_manager_sees_own_released_reports_and_appeals(audit_db, who, two_audits):  # noqa: F811
    with audit_db.write() as conn:
        release.release(conn, who("hq"), two_audits.id, NOW)
    released = figures_for(audit_db, who("manager"))
    assert released.released_only
    assert [(r.dealership_id, r.audits, r.score, r.critical_failures) for r in released.rows] == [
        ("1420", 1, 40, 1)
    ]
    assert released.rows[0].sections == {"greeting": pytest.approx(275 / 3), "sales": pytest.approx(53.75)}
    assert released.appeals_upheld_rate is None  # nothing decided yet
    with audit_db.write() as conn:
        appeal = release.file_appeal(
            conn, who("manager"), two_audits.id, "extra_charge_free", "رسید داریم", NOW
        )
        release.decide_appeal(
            conn, who("hq"), two_audits.id, appeal.id, upheld=True, note="درست است", now=NOW
        )
    after = figures_for(audit_db, who("manager"))
    assert (after.appeals_decided, after.appeals_upheld, after.appeals_upheld_rate) == (1, 1, 1)
    assert after.rows[0].critical_failures == 0
    # The upheld item no longer counts: sales is 2.15 of the 3 points left.
    assert after.rows[0].sections == {"greeting": pytest.approx(275 / 3), "sales": pytest.approx(215 / 3)}
    assert after.rows[0].score == pytest.approx((2 * 275 / 3 + 215 / 3) / 3)
    # The other dealership's audit never shows.
    assert [r.dealership_id for r in after.rows] == ["1420"]


def test_audits_outside_the_period_do_not_count(audit_db, who, two_audits):  # noqa: F811
    with audit_db.read() as conn:
        result = audit_figures.audit_figures(conn, who("hq"), period.month(1405, 7))
    assert result.rows == []
