"""Enrolment: a code works once and expires; the token lives outside the database; 401 stops sync."""

import os
import stat

import pytest
from sqlalchemy import update

from desktop.models import events, syncstate
from desktop.models.errors import ValidationError
from sync import client
from sync.hq import db as hq_db
from sync.hq import devices as hq_devices
from sync.hq import tables as hq_tables
from tests.conftest import NOW


def test_enrolment_binds_the_token_to_the_devices_existing_id_and_keeps_offline_work(hq):
    code = hq.dealership()
    device = hq.new_device(code, enroll=False)
    before = device.append("case", "c-offline", "note_added", {"text": "before enrolment"})
    client.enroll(device.db, hq.url, hq.code(code), tokens=device.tokens, now=NOW)
    assert device.sync().ok
    stored = hq.events()[before.event_id]
    assert stored["device_id"] == device.device_id == before.device_id
    assert stored["device_seq"] == 1


def test_the_token_is_not_in_the_database_and_its_file_is_private(hq):
    device = hq.new_device(hq.dealership())
    creds = device.tokens.load(device.device_id)
    assert creds is not None
    assert creds.token.startswith("pkhq_")
    assert creds.token.encode() not in device.db.path.read_bytes()
    path = device.tokens.path(device.device_id)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "  {bare}  "])
def test_a_code_is_accepted_as_people_type_it(hq, typed):
    dealer = hq.dealership()
    device = hq.new_device(dealer, enroll=False)
    code = hq.code(dealer)
    text = typed.format(code=code, lower=code.lower(), bare=code.replace("-", ""))
    done = client.enroll(device.db, hq.url, text, tokens=device.tokens, now=NOW)
    assert done.role == "clerk"
    assert done.dealership_id == dealer


def test_a_code_works_once(hq):
    dealer = hq.dealership()
    code = hq.code(dealer)
    first = hq.new_device(dealer, enroll=False)
    second = hq.new_device(dealer, enroll=False)
    client.enroll(first.db, hq.url, code, tokens=first.tokens, now=NOW)
    with pytest.raises(client.HQRefused) as refused:
        client.enroll(second.db, hq.url, code, tokens=second.tokens, now=NOW)
    assert refused.value.code == "code_used"
    assert second.tokens.load(second.device_id) is None
    with second.db.read() as conn:
        assert syncstate.get_state(conn) is None


def test_an_expired_or_unknown_code_is_refused(hq):
    dealer = hq.dealership()
    device = hq.new_device(dealer, enroll=False)
    code = hq.code(dealer)
    with hq_db.writing(hq.engine) as conn:
        conn.execute(
            update(hq_tables.enrolments)
            .where(hq_tables.enrolments.c.code_hash == hq_devices._hash(hq_devices.normalise_code(code)))
            .values(expires_at="2000-01-01T00:00:00.000Z")
        )
    for typed, reason in ((code, "code_expired"), ("ABCD-EFGH-JKMN", "code_unknown")):
        with pytest.raises(client.HQRefused) as refused:
            client.enroll(device.db, hq.url, typed, tokens=device.tokens, now=NOW)
        assert refused.value.code == reason


def test_a_code_for_another_dealership_is_refused(hq):
    device = hq.new_device(hq.dealership(), enroll=False)
    with pytest.raises(client.HQRefused) as refused:
        client.enroll(device.db, hq.url, hq.code(hq.dealership()), tokens=device.tokens, now=NOW)
    assert refused.value.code == "dealership_mismatch"


def test_an_enrolled_device_id_cannot_take_a_second_token(hq):
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    with pytest.raises(client.HQRefused) as refused:
        client.enroll(device.db, hq.url, hq.code(dealer), tokens=device.tokens, now=NOW)
    assert refused.value.code == "device_bound"


def test_a_revoked_device_gets_401_and_sync_stops_until_it_enrols_again(hq):
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    device.append("case", "c1", "note_added", {"text": "x"})
    with hq_db.writing(hq.engine) as conn:
        hq_devices.revoke(conn, device.device_id, NOW)
    result = device.sync()
    assert result.errors == ["device_unauthorized"]
    assert result.pending == 1
    with device.db.read() as conn:
        assert syncstate.status(conn).stopped == "unauthorized"
    # HQ revoked it; a new code makes it whole again, nothing was lost meanwhile.
    client.enroll(device.db, hq.url, hq.code(dealer), tokens=device.tokens, now=NOW)
    again = device.sync()
    assert again.ok
    assert again.pending == 0
    with device.db.read() as conn:
        assert syncstate.status(conn).stopped is None


def test_hq_unreachable_is_an_error_that_keeps_everything(tmp_path, dealer_db):
    from sync.tokens import Credentials, FileStore

    tokens = FileStore(tmp_path)
    with dealer_db.read() as conn:
        device_id = events.this_device(conn).device_id
    tokens.save(device_id, Credentials("pkhq_x", "http://127.0.0.1:9", "clerk", (), "2026-11-24T00:00:00Z"))
    with dealer_db.write() as conn:
        syncstate.save_enrolment(
            conn, hq_url="http://127.0.0.1:9", role="clerk", dealerships=[], enrolled_at="x", server_epoch="e"
        )
        events.append(
            conn, stream="case", stream_id="c", kind="note_added", payload={}, actor_id="u", now=NOW
        )
    result = client.sync_once(dealer_db, tokens=tokens, now=lambda: NOW)
    assert result.errors == ["hq_unreachable"]
    assert result.pending == 1
    with dealer_db.read() as conn:
        state = syncstate.status(conn)
    assert (state.failures, state.last_error) == (1, "hq_unreachable")


@pytest.mark.parametrize("typed", ["", "not a url", "ftp://hq.example.ir", "https://hq.example.ir/?x=1"])
def test_bad_addresses_are_refused_before_any_network(dealer_db, typed):
    with pytest.raises(ValidationError) as refused:
        client.enroll(dealer_db, typed, "ABCD-EFGH-JKMN")
    assert refused.value.field == "hq_url"


def test_addresses_are_normalised():
    assert client.normalise_url(" hq.example.ir/ ") == "https://hq.example.ir"
    assert client.normalise_url("http://10.0.0.5:8080") == "http://10.0.0.5:8080"


def test_retry_delays_grow_with_jitter_and_a_cap():
    import random

    rng = random.Random(7)
    delays = [client.retry_delay(n, rng) for n in range(1, 12)]
    assert all(1 <= d <= client.RETRY_CAP_S for d in delays)
    assert delays[0] <= client.RETRY_BASE_S < delays[4]
    assert len({round(d, 3) for d in delays[-4:]}) > 1  # jittered, not in lockstep


def _short_code(device) -> str:
    with device.db.read() as conn:
        return events.this_device(conn).short_code


def test_two_pcs_set_up_with_the_same_device_code_leave_enrolment_with_different_ones(hq):
    """Tracking codes are made of the dealership, the PC's two characters and a serial:
    HQ gives a PC whose characters another PC of the dealership holds a free pair."""
    from desktop.models import tables as t

    code = hq.dealership()
    first = hq.new_device(code, enroll=False)
    second = hq.new_device(code, enroll=False)
    kept = _short_code(first)
    with second.db.write() as conn:
        conn.execute(t.device.update().values(short_code=kept))
    client.enroll(first.db, hq.url, hq.code(code), tokens=first.tokens, now=NOW)
    client.enroll(second.db, hq.url, hq.code(code), tokens=second.tokens, now=NOW)
    assert _short_code(first) == kept  # the first PC keeps its characters
    assert _short_code(second) != kept
    with hq_db.reading(hq.engine) as conn:
        listed = {d.device_id: d.short_code for d in hq_devices.list_devices(conn)}
    assert listed[first.device_id] == kept
    assert listed[second.device_id] == _short_code(second)
    # Enrolling again (after a revoke) keeps the PC's own, now unique, characters.
    with hq_db.writing(hq.engine) as conn:
        hq_devices.revoke(conn, second.device_id, NOW)
    again = _short_code(second)
    client.enroll(second.db, hq.url, hq.code(code), tokens=second.tokens, now=NOW)
    assert _short_code(second) == again


def test_the_name_hq_gave_the_code_names_the_device(hq):
    code = hq.dealership()
    device = hq.new_device(code, enroll=False)
    with hq_db.writing(hq.engine) as conn:
        given, _ = hq_devices.issue_enrolment(
            conn, dealership=code, name="پیشخوان ۲", role="clerk", now=NOW.replace(year=2099)
        )
    client.enroll(device.db, hq.url, given, tokens=device.tokens, now=NOW)
    with hq_db.reading(hq.engine) as conn:
        names = {d.device_id: d.name for d in hq_devices.list_devices(conn)}
    assert names[device.device_id] == "پیشخوان 2"  # stored with ASCII digits, as all text
