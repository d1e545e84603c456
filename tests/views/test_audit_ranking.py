"""HQ's ranking screen: order, section breakdown, critical failures, trend."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidget

from desktop.views.audit_ranking import RankingView
from tests.conftest import NOW
from tests.helpers import find
from tests.models.audits.conftest import FULL_ANSWERS
from tests.models.audits.helpers import finalised
from tests.views.audit_fixtures import audit_ctx_fixture, sign_in, user  # noqa: F401

pytestmark = pytest.mark.gui


def test_dealerships_ranked_with_breakdown_and_trend(audit_ctx, qtbot, wait):
    inspector = user(audit_ctx, "inspector")
    finalised(
        audit_ctx.db, inspector, dealership_id="1433", dealership_name="پارس", when=NOW - timedelta(days=40)
    )
    finalised(
        audit_ctx.db, inspector, dealership_id="1433", dealership_name="پارس", when=NOW - timedelta(days=5)
    )
    bribe = {**FULL_ANSWERS, "extra_charge_free": "no"}
    finalised(audit_ctx.db, inspector, dealership_id="1507", dealership_name="کرج موتور", answers=bribe)
    sign_in(audit_ctx, "hq")
    view = RankingView(audit_ctx)
    qtbot.addWidget(view)
    view.show()
    wait()
    table = find(view, QTableWidget, "rankingTable")
    assert table.rowCount() == 2
    assert "پارس" in table.item(0, 1).text()
    assert table.item(0, 0).text() == "۱"
    assert table.item(1, 5).text() == "۱"  # one critical failure at 1507
    assert view.trend.points  # the network's trend before a dealership is chosen
    table.setCurrentCell(1, 0)
    failures = find(view, QTableWidget, "rankingFailures")
    assert failures.rowCount() == 1
    assert failures.item(0, 0).text() == "پرسش extra_charge_free"
    sections = find(view, QTableWidget, "rankingSections")
    # "main" holds only unscored questions here, so it is left out
    assert [sections.item(r, 0).text() for r in range(sections.rowCount())] == ["بخش greeting", "بخش sales"]
    table.setCurrentCell(0, 0)
    assert len(view.trend.points) == 2  # two months for 1433
    image = view.trend.grab()
    assert not image.isNull()
    period = find(view, QComboBox, "rankingPeriod")
    period.setCurrentIndex(0)  # three months: both still in
    wait()
    assert table.rowCount() == 2
