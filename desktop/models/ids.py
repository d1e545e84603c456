"""Identifiers made on the device, unique without asking anyone."""

from __future__ import annotations

import os
import time
import uuid


def uuid7(now_ms: int | None = None) -> str:
    """A UUIDv7 (RFC 9562) as text: 48-bit Unix milliseconds, then 74 random bits.

    Sorts by creation time, so an index on it stays append-mostly.
    """
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & ((1 << 62) - 1)  # rand_b
    return str(uuid.UUID(int=value))


def uuid7_ms(value: str) -> int:
    """The Unix milliseconds stored in a UUIDv7."""
    return uuid.UUID(value).int >> 80
