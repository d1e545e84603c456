"""The Pareto analysis of complaint causes: sorted values with their cumulative share.

The "vital few" are the causes that bring the first :data:`CUT` percent of the total:
a cause is vital when the causes before it bring less than that share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

CUT = 80.0  # percent: the vital few bring this share of the total


@dataclass(frozen=True)
class ParetoRow(Generic[T]):
    item: T
    value: float
    share: float  # percent of the total
    cumulative: float  # percent, up to and including this row
    vital: bool  # the rows before it bring less than CUT percent


def pareto(
    items: Sequence[T], value: Callable[[T], float], tie: Callable[[T], Any] | None = None
) -> list[ParetoRow[T]]:
    """Items with a positive value, largest first, with their share and cumulative share.

    Args:
        items: anything with a value (causes, chart bars ...).
        value: an item's value.
        tie: orders items of equal value (default: as given).
    """
    positive = [i for i in items if value(i) > 0]
    ordered = sorted(positive, key=lambda i: (-value(i), tie(i) if tie else 0))
    total = float(sum(value(i) for i in ordered))
    rows: list[ParetoRow[T]] = []
    running = 0.0
    for item in ordered:
        before = 100 * running / total
        running += value(item)
        rows.append(
            ParetoRow(
                item, float(value(item)), 100 * value(item) / total, 100 * running / total, before < CUT
            )
        )
    return rows
