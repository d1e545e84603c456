"""Each role's dashboard, the drill-down and the facts' catch-up, on the hand-made month."""

import pytest
from sqlalchemy import select

from desktop.models import cases
from desktop.models.analytics import dashboard, drill, facts, period
from desktop.models.cases import lifecycle
from desktop.models.errors import PermissionDenied, ValidationError
from tests.models.analytics.conftest import at

AZAR = period.month(1405, 9)


def test_a_clerks_day(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        day = dashboard.my_day(conn, people["clerk"], now=at(22, 18))
    # Registered on Sunday the 22nd by the clerk: A, B, C, E; A solved on the spot, C escalated.
    assert (day.registered, day.first_contact, day.escalated) == (4, 1, 1)
    assert day.fcr_rate == 0.25
    assert (day.in_hand, day.overdue) == (0, 0)
    assert day.happy_calls_due == 1  # G: its first call found no one


def test_the_counters_and_an_unanswered_summons(dealer_db, people, month_of_cases):
    clerk = people["clerk"]
    with dealer_db.write() as conn:
        h = cases.register_case(
            conn,
            clerk,
            customer_id="cust-H",
            channel="walk_in",
            case_type="complaint",
            category="staff_behaviour",
            description="شرح",
            counter="2",
            now=at(24, 11),
        )
        lifecycle.escalate(conn, clerk, h.id, reason="not_convinced", now=at(24, 11, 5))
        facts.refresh(conn)
        board = dashboard.counters(conn, people["supervisor"], now=at(24, 11, 8))
    assert [(s.case_id, s.level, s.counter, s.waited_seconds) for s in board.summonses] == [
        (h.id, "supervisor", "2", 180)
    ]
    assert [(c.counter, c.cases_today, c.escalated, c.at_counter_now) for c in board.counters] == [
        ("2", 1, 1, 1)
    ]
    # E (a question, due Monday 09:00) and F (registered on Friday: due Monday 16:00).
    assert board.overdue == 2


def test_a_clerk_has_no_counters_board(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn, pytest.raises(PermissionDenied):
        dashboard.counters(conn, people["clerk"], now=at(24, 12))


def test_complaint_causes_for_the_pareto_chart(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        causes = dashboard.complaint_causes(conn, people["manager"], AZAR)
    assert [(c.category, c.subcategory, c.complaints) for c in causes] == [
        ("price", None, 1),
        ("quality", None, 1),
    ]


def test_trend_months_end_with_the_period():
    months = dashboard.trend_months(AZAR)
    assert len(months) == 12
    assert months[0] == (1404, 10)
    assert months[-1] == (1405, 9)


@pytest.mark.parametrize(
    ("dimension", "code", "keys"),
    [
        ("category", "price", ["G", "C"]),
        ("cause", "price/", ["C"]),
        ("channel", "walk_in", ["C", "A"]),
        ("month", "1405-08", ["F"]),
        ("status", "registered", ["D", "E"]),
    ],
)
def test_drill_down_lists_the_cases_behind_a_bar(dealer_db, people, month_of_cases, dimension, code, keys):
    with dealer_db.read() as conn:
        found = drill.matching_cases(conn, people["manager"], AZAR, dimension, code)
    by_id = {v: k for k, v in month_of_cases.items()}
    assert sorted(by_id[r.case_id] for r in found.rows) == sorted(keys)
    assert found.total == len(keys)
    assert all(r.tracking_code for r in found.rows)


def test_drill_down_refuses_unknown_dimensions(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn, pytest.raises(ValidationError):
        drill.matching_cases(conn, people["manager"], AZAR, "colour", "red")


def test_facts_catch_up_with_new_events_only(dealer_db, people, month_of_cases):
    d = month_of_cases["D"]
    with dealer_db.write() as conn:
        assert facts.refresh(conn) == 0  # nothing new
        lifecycle.respond(conn, people["clerk"], d, answer="پاسخ", method="sms", now=at(24, 9))
        assert facts.refresh(conn) == 1
        row = conn.execute(select(facts.case_facts).where(facts.case_facts.c.case_id == d)).one()
        assert row.status == "responded"
        assert row.fr_s == 8.5 * 3600  # Monday 08:30 to Tuesday 09:00: 7.5 h + 1 h of working time
        before = conn.execute(select(facts.case_facts).order_by(facts.case_facts.c.case_id)).all()
        facts.rebuild(conn)
        after = conn.execute(select(facts.case_facts).order_by(facts.case_facts.c.case_id)).all()
    assert before == after


def test_the_managers_figures_carry_the_previous_periods_calls(dealer_db, people, month_of_cases):
    with dealer_db.read() as conn:
        dey = dashboard.manager_figures(conn, people["manager"], period.month(1405, 10), now=at(24, 12))
    assert (dey.calls.calls, dey.previous_calls.calls, dey.previous_calls.reached) == (0, 4, 2)
    assert dey.previous_calls.satisfaction_mean == 3.5
