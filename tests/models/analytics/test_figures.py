"""The figures of Azar 1405 over the hand-made month of cases (see conftest.py)."""

import pytest

from desktop.models.analytics import facts, figures, period
from desktop.models.analytics.figures import Filters
from desktop.models.cases import lifecycle
from desktop.models.errors import PermissionDenied
from tests.models.analytics.conftest import at

AZAR = period.month(1405, 9)
NOW = at(24, 12)


@pytest.fixture
def figs(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        return figures.case_figures(conn, people["manager"], AZAR, now=NOW)


def test_counts_and_breakdowns(figs):
    assert figs.cases == 6  # F was registered in Aban
    assert figs.complaints == 2
    assert figs.breakdown["case_type"] == {"question": 2, "complaint": 2, "request": 2}
    assert figs.breakdown["category"] == {"quality": 1, "delivery": 1, "price": 2, "warranty": 1, "other": 1}
    assert figs.breakdown["channel"] == {"walk_in": 2, "phone": 2, "email": 1, "sms": 1}
    assert figs.breakdown["status"] == {"closed": 3, "reopened": 1, "registered": 2}
    assert figs.breakdown["segment"] == {"": 6}  # no case names a vehicle (see test_defects)


def test_first_contact_resolution(figs):
    assert figs.first_contact == 1
    assert figs.fcr_rate == pytest.approx(1 / 6)


def test_first_response_in_business_seconds(figs):
    # A 15 min, C 30 min, G 1 h, B 4 h: median of [900, 1800, 3600, 14400] and P90 rank 4.
    assert figs.first_response.count == 4
    assert figs.first_response.median == 2700
    assert figs.first_response.p90 == 14400


def test_resolution_counts_working_hours_only(figs):
    # A 15 min; G 1 h 10 min; B Sunday 10:00 to Monday 09:00 = 6 h + 1 h of working time.
    # C was closed, then reopened by its happy call: not closed now.
    assert figs.resolution.count == 3
    assert figs.resolution.median == 4200
    assert figs.resolution.p90 == 7 * 3600


def test_service_level_breaches(figs):
    # Every case has a clock; E (a question, 8 working hours) was due Monday 09:00.
    assert figs.sla_cases == 6
    assert figs.sla_breached == 1
    assert figs.sla_breach_rate == pytest.approx(1 / 6)


def test_reopen_rate(figs):
    assert (figs.closed_once, figs.reopened) == (4, 1)
    assert figs.reopen_rate == 0.25


def test_escalation_and_the_level_cases_are_resolved_at(figs):
    assert figs.escalated_to == {"supervisor": 1, "manager": 0}
    assert figs.escalation_rate("supervisor") == pytest.approx(1 / 6)
    assert figs.resolved == 3
    assert figs.resolved_at == {"desk": 3, "supervisor": 0, "manager": 0}
    assert figs.resolved_share("desk") == 1


def test_summons_to_arrival(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        arrivals = figures.arrival_figures(conn, people["manager"], AZAR)
    assert (arrivals.arrivals, arrivals.median, arrivals.p90, arrivals.late) == (1, 360, 360, 1)
    assert arrivals.late_rate == 1


def test_happy_calls(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        calls = figures.call_figures(conn, people["manager"], AZAR)
    # Calls: B no answer, then reached; C reached; G no answer.
    assert (calls.calls, calls.reached) == (4, 2)
    assert calls.reach_rate == 0.5
    assert calls.satisfaction_mean == 3.5
    assert (calls.unhappy, calls.unhappy_reopened) == (1, 1)
    assert calls.unhappy_reopen_rate == 1


def test_backlog_now(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        now = figures.backlog(conn, people["manager"], now=NOW)
    # Open now: F (Aban; registered Friday, due Monday 16:00), C (reopened by its happy call,
    # with the supervisor), D (due Thursday) and E (due Monday 09:00). Overdue: E and F.
    assert (now.open, now.overdue) == (4, 2)
    assert now.by_assignee == {people["supervisor"].id: (1, 0), "": (3, 2)}
    assert now.by_unit == {}  # nothing was referred


def test_backlog_per_unit_counts_open_referrals(dealer_db, people, month_of_cases):
    clerk = people["clerk"]
    with dealer_db.write() as conn:
        for key, unit in (("D", "warranty"), ("E", "warranty"), ("E", "sales")):
            lifecycle.refer(conn, clerk, month_of_cases[key], unit=unit, inquiry="استعلام", now=at(24, 9))
        facts.refresh(conn)
        now = figures.backlog(conn, people["manager"], now=NOW)
        sales = figures.backlog(conn, people["manager"], Filters(unit="sales"), now=NOW)
    # D is not due yet, E is overdue: each unit counts its own open referrals; filtered to
    # a unit, its cases (E) and its own referrals only.
    assert now.by_unit == {"warranty": (2, 1), "sales": (1, 1)}
    assert (now.open, now.overdue) == (4, 2)
    assert (sales.open, sales.overdue, sales.by_unit) == (1, 1, {"sales": (1, 1)})


def test_filters_narrow_every_figure(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        price = figures.case_figures(conn, people["manager"], AZAR, Filters(category="price"), now=NOW)
        walk_in = figures.case_figures(conn, people["manager"], AZAR, Filters(channel="walk_in"), now=NOW)
        calls = figures.call_figures(conn, people["manager"], AZAR, Filters(category="price"))
    assert (price.cases, price.first_contact, price.reopened) == (2, 0, 1)
    assert (walk_in.cases, walk_in.first_contact, walk_in.escalated_to["supervisor"]) == (2, 1, 1)
    assert (calls.calls, calls.reached) == (2, 1)


def test_the_month_before(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        aban = figures.case_figures(conn, people["manager"], AZAR.previous(), now=NOW)
        trend = figures.monthly(conn, people["manager"], [(1405, 8), (1405, 9), (1405, 10)])
    assert aban.cases == 1
    assert [(p.month, p.cases, p.complaints, p.first_contact) for p in trend] == [
        (8, 1, 1, 0),
        (9, 6, 2, 1),
        (10, 0, 0, 0),
    ]


def test_a_clerk_sees_no_figures(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn, pytest.raises(PermissionDenied):
        figures.case_figures(conn, people["clerk"], AZAR, now=NOW)


def test_a_manager_cannot_ask_for_another_dealership_but_hq_can(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        with pytest.raises(PermissionDenied):
            figures.case_figures(conn, people["manager"], AZAR, Filters(dealership_id="9999"), now=NOW)
        other = figures.case_figures(conn, people["hq"], AZAR, Filters(dealership_id="9999"), now=NOW)
        everyone = figures.case_figures(conn, people["hq"], AZAR, now=NOW)
    assert other.cases == 0
    assert everyone.cases == 6


def test_empty_periods_give_none_not_zero(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        empty = figures.case_figures(conn, people["manager"], period.month(1404, 1), now=NOW)
    assert empty.cases == 0
    assert empty.fcr_rate is None
    assert empty.first_response.median is None
