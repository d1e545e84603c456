from hypothesis import given
from hypothesis import strategies as st

from desktop.models import hlc
from desktop.models.ids import uuid7, uuid7_ms


def test_uuid7_shape_and_order():
    a = uuid7(1_700_000_000_000)
    b = uuid7(1_700_000_000_001)
    assert a[14] == "7"
    assert a[19] in "89ab"
    assert uuid7_ms(a) == 1_700_000_000_000
    assert a < b
    assert len({uuid7(5) for _ in range(1000)}) == 1000


def test_tick_is_monotonic_when_the_clock_goes_back():
    first = hlc.tick(None, 1000, "A")
    second = hlc.tick(first, 900, "A")  # the PC's clock was set back
    assert second > first
    assert second.encode() > first.encode()


def test_receive_moves_past_a_clock_days_ahead():
    local = hlc.tick(None, 1000, "A")
    remote = hlc.Timestamp(1000 + 3 * 86_400_000, 5, "B")
    merged = hlc.receive(local, remote, 1001, "A")
    later = hlc.tick(merged, 1002, "A")
    assert merged > remote or (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    assert later.encode() > remote.encode()


@given(st.lists(st.tuples(st.integers(0, 10**12), st.booleans(), st.integers(0, 10**12)), max_size=60))
def test_encoding_order_equals_timestamp_order(steps):
    stamps = []
    last = None
    for physical, remote_first, remote_ms in steps:
        if remote_first:
            last = hlc.receive(last, hlc.Timestamp(remote_ms, 0, "R"), physical, "A")
        else:
            last = hlc.tick(last, physical, "A")
        stamps.append(last)
    assert [s.encode() for s in stamps] == sorted(s.encode() for s in stamps)
    for s in stamps:
        assert hlc.Timestamp.parse(s.encode()) == s
