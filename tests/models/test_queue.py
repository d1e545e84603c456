"""The walk-in queue: tickets issued, called to a counter, served or no-show, with times."""

from datetime import timedelta

import pytest

from desktop.models import queue
from desktop.models.errors import PermissionDenied, TransitionRefused
from tests.conftest import get_user


def test_tickets_are_numbered_per_day_and_called_in_order(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        first = queue.issue_ticket(conn, clerk, now=now)
        second = queue.issue_ticket(conn, clerk, now=now + timedelta(minutes=1))
        tomorrow = queue.issue_ticket(conn, clerk, now=now + timedelta(days=1))
    assert (first.number, second.number, tomorrow.number) == (1, 2, 1)
    with dealer_db.write() as conn:
        called = queue.call_next(conn, clerk, counter="1", now=now + timedelta(minutes=5))
        again = queue.call_next(
            conn, get_user(dealer_db, "supervisor"), counter="2", now=now + timedelta(minutes=6)
        )
        assert queue.call_next(conn, clerk, counter="3", now=now + timedelta(minutes=7)) is None
    assert (called.id, called.counter, called.wait_seconds) == (first.id, "1", 300)
    assert (again.id, again.counter, again.wait_seconds) == (second.id, "2", 300)


def test_serving_time_and_calling_next_finishes_the_current(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        one = queue.issue_ticket(conn, clerk, now=now)
        queue.issue_ticket(conn, clerk, now=now)
        queue.call_next(conn, clerk, counter="1", now=now + timedelta(seconds=30))
        queue.call_next(conn, clerk, counter="1", now=now + timedelta(minutes=4, seconds=30))
        done = queue.get_ticket(conn, one.id)
        day = queue.day_tickets(conn, queue.day_of(now))
    assert done.status == "done"
    assert done.serve_seconds == 240
    figures = queue.figures(day)
    assert (figures.issued, figures.served, figures.waiting) == (2, 1, 0)
    assert figures.average_serve == 240


def test_no_show_and_recall(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        ticket = queue.issue_ticket(conn, clerk, now=now)
        queue.call_next(conn, clerk, counter="1", now=now + timedelta(minutes=1))
        recalled = queue.recall(conn, clerk, ticket.id, counter="1", now=now + timedelta(minutes=2))
        assert recalled.calls == 2
        assert recalled.wait_seconds == 60  # waiting ends at the first call
        gone = queue.mark_no_show(conn, clerk, ticket.id, now=now + timedelta(minutes=3))
        assert gone.status == "no_show"
        assert gone.serve_seconds is None
        with pytest.raises(TransitionRefused):
            queue.finish(conn, clerk, ticket.id, now=now)
        with pytest.raises(TransitionRefused):
            queue.mark_no_show(conn, clerk, ticket.id, now=now)
    assert queue.figures([gone]).no_show == 1


def test_finishing_links_the_customer_and_case(dealer_db, clerk, now):
    with dealer_db.write() as conn:
        ticket = queue.issue_ticket(conn, clerk, now=now)
        queue.call_next(conn, clerk, counter="1", now=now)
        done = queue.finish(conn, clerk, ticket.id, now=now, customer_id="c-1", case_id="k-1")
    assert (done.customer_id, done.case_id) == ("c-1", "k-1")


def test_inspectors_do_not_run_the_queue(dealer_db, now):
    with pytest.raises(PermissionDenied), dealer_db.write() as conn:
        queue.issue_ticket(conn, get_user(dealer_db, "inspector"), now=now)
