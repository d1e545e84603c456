"""The sync state tables (migration 0006) and the moves the client makes on them."""

from sqlalchemy import inspect

from desktop.models import events, reference, syncstate
from desktop.models.meta import metadata


def test_sync_tables_match_the_migration(db):
    with db.read() as conn:
        inspector = inspect(conn)
        for table in (
            syncstate.sync_state,
            syncstate.sync_rejected,
            syncstate.sync_blobs,
            reference.reference_records,
        ):
            assert table.name in metadata.tables
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name


def _enrol(conn):
    syncstate.save_enrolment(
        conn, hq_url="https://hq.example.ir", role="clerk", dealerships=[], enrolled_at="x", server_epoch="e1"
    )


def _note(conn, now, n):
    return events.append(
        conn, stream="case", stream_id="c1", kind="note_added", payload={"n": n}, actor_id="u", now=now
    )


def test_learning_hqs_highest_number_moves_the_next_one_past_it(dealer_db, now):
    with dealer_db.write() as conn:
        _enrol(conn)
        _note(conn, now, 1)
        syncstate.learn_hq_max_seq(conn, 40)
        assert _note(conn, now, 2).device_seq == 41
        syncstate.learn_hq_max_seq(conn, 3)  # never backwards
        assert _note(conn, now, 3).device_seq == 42


def test_renumbering_moves_only_unsent_events_and_keeps_their_order(dealer_db, now):
    with dealer_db.write() as conn:
        _enrol(conn)
        made = [_note(conn, now, n) for n in range(4)]
        events.acknowledge(conn, [made[0].event_id])
        moved = syncstate.renumber(conn, [made[0].event_id, made[2].event_id, made[1].event_id])
        assert moved == 2  # the acknowledged one stays
        batch = events.outbox_batch(conn)
    assert [e.event_id for e in batch] == [made[3].event_id, made[1].event_id, made[2].event_id]
    assert [e.device_seq for e in batch] == [4, 5, 6]


def test_a_new_epoch_requeues_every_own_event(dealer_db, now):
    with dealer_db.write() as conn:
        _enrol(conn)
        made = [_note(conn, now, n) for n in range(3)]
        events.acknowledge(conn, [e.event_id for e in made])
        syncstate.update_state(conn, cursor=99, cursor_event="x", acked_max_seq=3)
        assert syncstate.start_over(conn, "e2") == 3
        state = syncstate.get_state(conn)
        assert events.pending_count(conn) == 3
    assert (state.server_epoch, state.cursor, state.cursor_event, state.acked_max_seq) == ("e2", 0, None, 0)


def test_after_restore_asks_for_a_reconcile(dealer_db):
    from sync import client

    client.after_restore(dealer_db)  # not enrolled: nothing to do, no error
    with dealer_db.write() as conn:
        _enrol(conn)
    client.after_restore(dealer_db)
    with dealer_db.read() as conn:
        assert syncstate.get_state(conn).resync_pending


def test_refused_events_leave_the_outbox_and_are_counted(dealer_db, now):
    with dealer_db.write() as conn:
        _enrol(conn)
        event = _note(conn, now, 1)
        syncstate.reject(conn, event.event_id, "forbidden", "stream_out_of_scope", now)
        status = syncstate.status(conn)
    assert (status.pending, status.refused) == (0, 1)


def test_a_blob_hq_refused_does_not_hold_back_newer_ones(dealer_db, now):
    from datetime import timedelta

    from desktop.models import blobs

    with dealer_db.write() as conn:
        shas = [
            blobs.store_blob(conn, f"scan {n}".encode(), "image/png", now + timedelta(seconds=n))
            for n in range(4)
        ]
        syncstate.mark_blob(conn, shas[0], "refused", now)
        syncstate.mark_blob(conn, shas[1], "uploaded", now)
        assert syncstate.blobs_to_upload(conn, limit=1) == [shas[2]]
        assert syncstate.blobs_to_upload(conn) == [shas[2], shas[3]]


def test_a_blob_hq_cannot_give_yet_goes_behind_the_others(dealer_db, now):
    from datetime import timedelta

    a, b, c = "a" * 64, "b" * 64, "c" * 64
    with dealer_db.write() as conn:
        for n, sha in enumerate((a, b, c)):
            syncstate.mark_blob(conn, sha, "wanted", now + timedelta(seconds=n))
        assert syncstate.blobs_wanted(conn, limit=2) == [a, b]
        syncstate.mark_blob(conn, a, "wanted", now + timedelta(minutes=5))  # HQ answered 404
        syncstate.mark_blob(conn, b, "wanted", now + timedelta(minutes=5))
        assert syncstate.blobs_wanted(conn, limit=2) == [c, a]
