import pytest

from desktop.models import improvement


@pytest.fixture
def mode(dealer_db, manager, now):
    """Make a failure mode with sensible defaults; keyword arguments override them."""

    def make(**overrides):
        values = {
            "title": "قطعهٔ یدکی در انبار نیست",
            "category": "delivery",
            "subcategory": "parts_shortage",
            "severity": 7,
            "occurrence": 5,
            "detection": 4,
            "now": now,
        } | overrides
        with dealer_db.write() as conn:
            return improvement.create_failure_mode(conn, manager, **values)

    return make
