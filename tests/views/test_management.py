"""The management report screen: the last complete month by default; HQ chooses the dealership."""

import pytest

from desktop.models import dealership, events
from desktop.models.analytics import period
from desktop.models.analytics.figures import Filters
from desktop.models.session import Session
from desktop.views import management
from tests.conftest import get_user
from tests.models.analytics.conftest import at, month_of_cases, people  # noqa: F401

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("month_of_cases")]


def _page(ctx, qtbot, wait, username, monkeypatch):
    monkeypatch.setattr(management, "utcnow", lambda: at(24, 12))  # 3 Azar 1405
    made = []

    def make_report(db, actor, chosen, filters, lang, path):
        made.append((actor.username, chosen, filters, lang))
        return path

    monkeypatch.setattr(management, "make_report", make_report)
    with ctx.db.read() as conn:
        ctx.set_session(
            Session(get_user(ctx.db, username), dealership.get_dealership(conn), events.this_device(conn))
        )
        own = dealership.get_dealership(conn).id
    page = management.ManagementPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait()
    return page, made, own


def test_the_report_starts_at_the_last_complete_month(ctx, qtbot, wait, monkeypatch, tmp_path):
    page, made, _ = _page(ctx, qtbot, wait, "manager", monkeypatch)
    assert page.picker.period() == period.month(1405, 8)  # Aban: Azar is not over yet
    page.make_to(str(tmp_path / "report.pdf"))
    wait()
    assert made == [("manager", period.month(1405, 8), Filters(), "fa")]
    assert not page.dealer.isVisible()  # a manager's report is of their own dealership


def test_hq_chooses_the_dealership_of_the_report(ctx, qtbot, wait, monkeypatch, tmp_path):
    page, made, own = _page(ctx, qtbot, wait, "hq", monkeypatch)
    combo = page.dealer
    assert combo.isVisible()
    assert [combo.itemData(i) for i in range(combo.count())] == [None, own]
    page.make_to(str(tmp_path / "all.pdf"))
    wait()
    combo.setCurrentIndex(combo.findData(own))
    page.make_to(str(tmp_path / "one.pdf"))
    wait()
    assert [m[2] for m in made] == [Filters(), Filters(dealership_id=own)]
    assert "one.pdf" in page.done.text()
