import random

import pytest

from desktop.models import events
from desktop.models.errors import NotSetUp


def _append(db, now, stream_id="c1", kind="note_added", **payload):
    with db.write() as conn:
        return events.append(
            conn, stream="case", stream_id=stream_id, kind=kind, payload=payload, actor_id="u1", now=now
        )


def test_append_numbers_events_without_gaps_and_fills_the_outbox(dealer_db, now):
    made = [_append(dealer_db, now, n=i) for i in range(5)]
    assert [e.device_seq for e in made] == [1, 2, 3, 4, 5]
    assert [e.hlc for e in made] == sorted(e.hlc for e in made)  # same millisecond: counter grows
    with dealer_db.read() as conn:
        assert events.pending_count(conn) == 5
        assert [e.event_id for e in events.outbox_batch(conn, 3)] == [e.event_id for e in made[:3]]


def test_a_failed_transaction_leaves_no_event_and_no_gap(dealer_db, now):
    _append(dealer_db, now)
    with pytest.raises(RuntimeError), dealer_db.write() as conn:
        events.append(conn, stream="case", stream_id="c1", kind="x", payload={}, actor_id="u", now=now)
        raise RuntimeError("the command failed after appending")
    second = _append(dealer_db, now)
    assert second.device_seq == 2
    with dealer_db.read() as conn:
        assert events.pending_count(conn) == 2


def test_append_needs_a_set_up_device(db, now):
    with pytest.raises(NotSetUp), db.write() as conn:
        events.append(conn, stream="case", stream_id="c", kind="k", payload={}, actor_id="u", now=now)


def test_ingest_is_idempotent_and_refolds(dealer_db, now):
    folded: list[list[str]] = []

    @events.projector("probe")
    def project(conn, stream_id, stream_events):
        folded.append([e.event_id for e in stream_events])

    remote = [
        events.Event(
            event_id=f"0190000{i}-0000-7000-8000-000000000000",
            stream="probe",
            stream_id="p1",
            dealership_id="1420",
            device_id="other-device",
            device_seq=i,
            actor_id="u2",
            kind="note_added",
            payload={"i": i},
            hlc=f"{1_000_000 + i:015d}.000000.other-device",
            recorded_at="2026-11-24T08:30:00.000Z",
        )
        for i in range(1, 4)
    ]
    with dealer_db.write() as conn:
        fresh = events.ingest(conn, list(reversed(remote)), now)
    assert len(fresh) == 3
    assert folded[-1] == [e.event_id for e in remote]  # fold order, not arrival order
    with dealer_db.write() as conn:
        assert events.ingest(conn, remote + remote, now) == []
        assert events.pending_count(conn) == 0  # remote events are not pushed back
    # The local clock moved past the remote events.
    mine = _append(dealer_db, now)
    assert mine.hlc > remote[-1].hlc or mine.hlc[:15] >= remote[-1].hlc[:15]


def test_sort_events_ignores_arrival_order_and_duplicates():
    base = {
        "stream": "case",
        "stream_id": "c",
        "dealership_id": "d",
        "actor_id": "a",
        "kind": "k",
        "payload": {},
        "recorded_at": "x",
    }
    evs = [
        events.Event(event_id=f"e{i}", device_id=dev, device_seq=i, hlc=f"{ms:015d}.000000.{dev}", **base)
        for i, (ms, dev) in enumerate([(5, "A"), (5, "B"), (3, "B"), (9, "A")])
    ]
    expected = events.sort_events(evs)
    for _ in range(20):
        shuffled = evs + random.sample(evs, 2)
        random.shuffle(shuffled)
        assert events.sort_events(shuffled) == expected
    assert [e.event_id for e in expected] == ["e2", "e0", "e1", "e3"]


def test_requeue_after_hq_restore(dealer_db, now):
    made = [_append(dealer_db, now) for _ in range(3)]
    with dealer_db.write() as conn:
        events.acknowledge(conn, [e.event_id for e in made])
        assert events.pending_count(conn) == 0
        assert events.requeue_all_local(conn) == 3
        assert events.pending_count(conn) == 3


def test_canonical_content_is_key_order_independent():
    a = events.canonical_json({"b": 1, "a": "ی"})
    b = events.canonical_json({"a": "ی", "b": 1})
    assert a == b == '{"a":"ی","b":1}'
