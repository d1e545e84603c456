import pytest

from desktop.models import cases


@pytest.fixture
def register(dealer_db, clerk, now):
    """Register a case with sensible defaults; keyword arguments override them."""

    def make(**overrides):
        values = {
            "customer_id": "cust-1",
            "channel": "walk_in",
            "case_type": "complaint",
            "category": "warranty",
            "description": "صدای غیرعادی موتور پس از تعویض روغن",
            "now": now,
        } | overrides
        with dealer_db.write() as conn:
            return cases.register_case(conn, clerk, **values)

    return make
