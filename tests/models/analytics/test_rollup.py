"""The daily roll-up answers exactly what the per-case facts answer, and keeps up."""

from dataclasses import asdict

import pytest
from sqlalchemy import func, select

from desktop.models import queue
from desktop.models.analytics import dashboard, facts, figures, period, rollup
from desktop.models.cases import lifecycle
from tests.models.analytics.conftest import at

AZAR = period.month(1405, 9)
NOW = at(24, 12)
PERIODS = [AZAR, period.month(1405, 8), period.quarter(1405, 3), period.between(AZAR.start, AZAR.start)]


def _both(monkeypatch, fn):
    rolled = fn()
    monkeypatch.setattr(figures, "uses_rollup", lambda filters: False)
    detailed = fn()
    monkeypatch.undo()
    return rolled, detailed


@pytest.mark.parametrize("chosen", PERIODS, ids=["azar", "aban", "autumn", "one-day"])
def test_the_rollup_and_the_facts_agree(dealer_db, people, defect_cases, monkeypatch, chosen):
    manager = people["manager"]
    with dealer_db.read() as conn:
        rolled, detailed = _both(
            monkeypatch, lambda: asdict(dashboard.manager_figures(conn, manager, chosen, now=NOW))
        )
    assert rolled == detailed
    # Every part of the figures had something to compare (the one day has no defect).
    assert rolled["defects"] or chosen.start == chosen.last_day
    assert rolled["causes"]
    assert rolled["months"]


def test_the_rollup_follows_new_events(dealer_db, people, month_of_cases):
    manager = people["manager"]
    with dealer_db.write() as conn:
        before = figures.case_figures(conn, manager, AZAR, now=NOW)
        lifecycle.respond(
            conn, people["clerk"], month_of_cases["D"], answer="پاسخ", method="sms", now=at(24, 9)
        )
        facts.refresh(conn)
        after = figures.case_figures(conn, manager, AZAR, now=NOW)
    assert after.first_response.count == before.first_response.count + 1
    assert after.breakdown["status"]["responded"] == 1
    assert after.breakdown["status"]["registered"] == before.breakdown["status"]["registered"] - 1


def test_a_full_rebuild_gives_the_same_rows(dealer_db, people, month_of_cases):
    def rows(conn):
        return conn.execute(select(rollup.daily).order_by(*rollup.daily.primary_key.columns)).all()

    with dealer_db.write() as conn:
        incremental = rows(conn)
        facts.rebuild(conn)
        assert rows(conn) == incremental
        assert conn.execute(select(func.count()).select_from(rollup.daily)).scalar_one() > 0


def test_walk_in_queue_figures(dealer_db, people, monkeypatch):
    clerk = people["clerk"]
    with dealer_db.write() as conn:
        tickets = [queue.issue_ticket(conn, clerk, now=at(23, 9, m)) for m in range(4)]
        # Issued at 9:00 to 9:03, called at 9:03, 9:06 and 9:09: waits of 3, 5 and 7 minutes.
        for minute in (3, 6, 9):
            queue.call_next(conn, clerk, counter="1", now=at(23, 9, minute))
        queue.finish(conn, clerk, tickets[2].id, now=at(23, 9, 19))  # served 10 minutes
        queue.mark_no_show(conn, clerk, tickets[3].id, now=at(23, 10))
        facts.refresh(conn)
    with dealer_db.read() as conn:
        rolled, detailed = _both(monkeypatch, lambda: figures.queue_figures(conn, people["manager"], AZAR))
        mine = figures.queue_figures(conn, people["manager"], AZAR, figures.Filters(clerk=clerk.id))
    assert rolled == detailed
    # A clerk's tickets are those they called: the one that never came is nobody's.
    assert (mine.issued, mine.served, mine.no_show, mine.wait) == (3, 3, 0, rolled.wait)
    assert (rolled.issued, rolled.served, rolled.no_show) == (4, 3, 1)
    assert rolled.no_show_rate == 0.25
    assert (rolled.wait.count, rolled.wait.median, rolled.wait.p90) == (3, 300, 420)
    # call_next finishes whoever the counter was serving: 3 and 3 minutes, then 10.
    assert (rolled.serve.count, rolled.serve.median, rolled.serve.p90) == (3, 180, 600)
