"""Hybrid logical clocks: a total order of events across devices with skewed clocks.

A timestamp is (wall milliseconds, counter, device id). It never goes backwards on a
device, and after a device has seen a remote timestamp every later local one is greater,
so causality survives clocks that are days off. Encoded as fixed-width text so that the
string order is the timestamp order and SQLite can index it.
"""

from __future__ import annotations

from dataclasses import dataclass

_MS_WIDTH = 15
_COUNTER_WIDTH = 6
MAX_COUNTER = 10**_COUNTER_WIDTH - 1


class ClockError(ValueError):
    """A timestamp that cannot be encoded or parsed."""


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        if not 0 <= self.wall_ms < 10**_MS_WIDTH or not 0 <= self.counter <= MAX_COUNTER:
            raise ClockError(f"timestamp out of range: {self!r}")
        return f"{self.wall_ms:0{_MS_WIDTH}d}.{self.counter:0{_COUNTER_WIDTH}d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        try:
            ms, counter, node = text.split(".", 2)
            if len(ms) != _MS_WIDTH or len(counter) != _COUNTER_WIDTH or not node:
                raise ValueError(text)
            return cls(int(ms), int(counter), node)
        except ValueError as exc:
            raise ClockError(f"not a clock timestamp: {text!r}") from exc


def tick(last: Timestamp | None, physical_ms: int, node: str) -> Timestamp:
    """The timestamp for a new local event, given the last one this device issued or saw."""
    if last is None or physical_ms > last.wall_ms:
        return Timestamp(physical_ms, 0, node)
    if last.counter >= MAX_COUNTER:
        # The counter is exhausted within one millisecond: borrow the next millisecond.
        return Timestamp(last.wall_ms + 1, 0, node)
    return Timestamp(last.wall_ms, last.counter + 1, node)


def receive(last: Timestamp | None, remote: Timestamp, physical_ms: int, node: str) -> Timestamp:
    """Merge a timestamp seen from elsewhere (an event, HQ's clock) into the local clock."""
    wall = max(physical_ms, remote.wall_ms, last.wall_ms if last else 0)
    if last is not None and wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    if counter > MAX_COUNTER:
        return Timestamp(wall + 1, 0, node)
    return Timestamp(wall, counter, node)
