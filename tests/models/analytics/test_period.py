"""Periods the screens start from."""

from datetime import UTC, datetime

import pytest

from desktop.models.analytics import period


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 24, 8, 30, tzinfo=UTC), (1405, 8)),  # 3 Azar: Aban is over
        (datetime(2026, 3, 25, 8, 30, tzinfo=UTC), (1404, 12)),  # 5 Farvardin: Esfand of the year before
        (datetime(2026, 11, 21, 20, 29, tzinfo=UTC), (1405, 7)),  # 23:59 on the last day of Aban, Tehran
        (datetime(2026, 11, 21, 20, 31, tzinfo=UTC), (1405, 8)),  # 00:01 on 1 Azar, Tehran
    ],
)
def test_the_last_complete_month(now, expected):
    assert period.last_complete_month(now) == period.month(*expected)
