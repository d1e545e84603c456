"""Push answers per event; a retried batch changes nothing; the batch is one transaction."""

import gzip
import json

import pytest
import requests

from desktop.models.calendar import utcnow
from sync import protocol
from sync.hq import db as hq_db
from sync.hq import devices as hq_devices
from sync.hq import store
from tests.sync.wire import event, raw


def _deep(levels):
    value = 1
    for _ in range(levels):
        value = [value]
    return {"deep": value}


def test_each_event_gets_its_answer(hq):
    code = hq.dealership()
    device = hq.new_device(code)
    http = raw(device)
    me = device.device_id
    first = event(me, 1, dealership=code)
    assert http.results([first]) == [("accepted", None)]
    changed = dict(first, payload={"text": "another text"})
    taken = event(me, 1, dealership=code)  # a new event under a number HQ already holds
    assert http.results([first, changed, taken]) == [
        ("duplicate", None),
        ("conflict", "event_id_conflict"),
        ("conflict", "seq_taken"),
    ]
    stored = hq.events()
    assert json.loads(stored[first["event_id"]]["payload"]) == first["payload"]
    assert taken["event_id"] not in stored


def test_a_retried_batch_changes_nothing(hq):
    code = hq.dealership()
    device = hq.new_device(code)
    http = raw(device)
    batch = [event(device.device_id, n, dealership=code) for n in range(1, 51)]
    assert {s for s, _ in http.results(batch)} == {"accepted"}
    before = hq.events()
    assert {s for s, _ in http.results(batch)} == {"duplicate"}
    assert {s for s, _ in http.results(list(reversed(batch)) + batch[:5])} == {"duplicate"}
    assert hq.events() == before


def test_the_same_event_twice_in_one_batch_is_stored_once(hq):
    code = hq.dealership()
    device = hq.new_device(code)
    one = event(device.device_id, 1, dealership=code)
    assert raw(device).results([one, one]) == [("accepted", None), ("duplicate", None)]
    assert sum(1 for e in hq.events().values() if e["event_id"] == one["event_id"]) == 1


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"payload": {"bad": "nul \x00 inside"}}, "payload_text"),
        ({"payload": _deep(40)}, "payload_too_deep"),
        ({"dealership_id": "ZZ99"}, "unknown_dealership"),
        ({"recorded_at": "2026-13-45T99:00:00Z"}, "recorded_at_invalid"),
    ],
)
def test_invalid_events_are_refused_and_the_rest_stored(hq, change, code):
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    me = device.device_id
    good = event(me, 1, dealership=dealer)
    bad = {**event(me, 2, dealership=dealer), **change}
    assert raw(device).results([good, bad]) == [("accepted", None), ("invalid", code)]
    stored = hq.events()
    assert good["event_id"] in stored
    assert bad["event_id"] not in stored


def test_a_clock_reading_of_another_device_is_invalid(hq):
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    other = hq.new_device(dealer)
    bad = event(device.device_id, 1, dealership=dealer)
    bad["hlc"] = bad["hlc"].rsplit(".", 1)[0] + "." + other.device_id
    assert raw(device).results([bad]) == [("invalid", "hlc_node")]


def test_a_malformed_batch_is_refused_whole_with_a_clear_error(hq):
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    good = event(device.device_id, 1, dealership=dealer)
    broken = {**event(device.device_id, 2, dealership=dealer), "device_seq": "two"}
    answer = raw(device).push([good, broken])
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "invalid_request"
    assert "device_seq" in error["message"]
    assert good["event_id"] not in hq.events()


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code", "says"),
    [
        (b"", "application/json", 422, "invalid_request", "body: Field required"),
        (b'{"events": [', "application/json", 422, "invalid_request", "Invalid JSON"),
        (b"[]", "application/json", 422, "invalid_request", "body: Input should be an object"),
        (b'{"events": [], "extra": 1}', "application/json", 422, "invalid_request", "body.extra"),
        (b'{"events": [{"event_id": 5}]}', "application/json", 422, "invalid_request", "body.events.0"),
        (b'{"events": {"0": 1}}', "application/json", 422, "invalid_request", "body.events"),
        (b'{"events": []}', "text/plain", 415, "unsupported_media_type", "Content-Type: application/json"),
        (b'{"events": []}', None, 415, "unsupported_media_type", "Content-Type: application/json"),
    ],
)
def test_a_push_body_that_is_not_a_batch_gets_a_clear_4xx(hq, body, content_type, status, code, says):
    device = hq.new_device(hq.dealership())
    headers = {"Content-Type": content_type} if content_type else {}
    answer = raw(device).session.post(hq.url + "/v1/sync/push", data=body, headers=headers, timeout=30)
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert error["code"] == code
    assert says in error["message"]
    if status == 422:
        assert all(problem["loc"][0] == "body" for problem in error["details"])


@pytest.mark.parametrize("value", [True, "2", 2.0])
def test_a_number_must_be_a_json_number(hq, value):
    """The schema says integer: a boolean, a text or a float is refused, not converted."""
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    answer = raw(device).push([{**event(device.device_id, 2, dealership=dealer), "device_seq": value}])
    assert answer.status_code == 422, answer.text
    assert "device_seq" in answer.json()["error"]["message"]
    assert device.device_id not in {e["device_id"] for e in hq.events().values()}


def test_an_empty_batch_is_answered(hq):
    device = hq.new_device(hq.dealership())
    answer = raw(device).push([])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"] == []


def test_gzip_bodies_are_accepted(hq):
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    http = raw(device)
    batch = [event(device.device_id, n, dealership=dealer) for n in range(1, 101)]
    packed = gzip.compress(json.dumps({"events": batch}).encode())
    answer = http.session.post(
        hq.url + "/v1/sync/push",
        data=packed,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["accepted"] == 100


def test_limits_are_advertised_and_enforced(hq):
    limits = requests.get(hq.url + "/v1/health", timeout=10).json()["limits"]
    assert limits["max_batch_events"] == 500
    dealer = hq.dealership()
    device = hq.new_device(dealer)
    http = raw(device)
    too_big = b"{" + b" " * (limits["max_body_bytes"] + 10) + b"}"
    answer = http.session.post(
        hq.url + "/v1/sync/push", data=too_big, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "body_too_large"
    # A small gzip body that unpacks past the limit (a "zip bomb") is refused too.
    bomb = gzip.compress(b"{" + b" " * (limits["max_decompressed_bytes"] + 10) + b"}")
    assert len(bomb) < limits["max_body_bytes"]
    answer = http.session.post(
        hq.url + "/v1/sync/push",
        data=bomb,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        timeout=60,
    )
    assert answer.status_code == 413
    # Too many events in one batch is a schema error.
    many = [event(device.device_id, n, dealership=dealer) for n in range(1, 502)]
    assert http.push(many).status_code == 422
    assert not any(e["device_id"] == device.device_id for e in hq.events().values())


def test_broken_gzip_is_a_clear_400(hq):
    device = hq.new_device(hq.dealership())
    answer = raw(device).session.post(
        hq.url + "/v1/sync/push",
        data=b"\x1f\x8b\x08\x00 not gzip at all",
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "bad_gzip"


def test_every_answer_carries_the_clock_and_epoch(hq):
    device = hq.new_device(hq.dealership())
    http = raw(device)
    for answer in (
        requests.get(hq.url + "/v1/health", timeout=10),
        http.get("/v1/devices/me"),
        http.get("/v1/sync/pull"),
        requests.get(hq.url + "/v1/sync/pull", timeout=10),  # 401
        requests.get(hq.url + "/v1/nowhere", timeout=10),  # 404
    ):
        assert answer.headers["X-Pishkhan-Clock"].endswith(".hq")
        assert len(answer.headers["X-Pishkhan-Epoch"]) == 32
    me = http.get("/v1/devices/me").json()
    assert me["device"]["device_id"] == device.device_id
    assert me["device_max_seq"] == 0


def test_a_group_authenticates_its_pushes_in_its_own_transaction(hq):
    """Pushes are authenticated by the group that stores them (one look-up for all): a
    device revoked after it sent its request, or a token HQ never issued, stores nothing
    and gets 401, and the other pushes of the group are stored as usual."""
    dealer = hq.dealership()
    live, revoked = hq.new_device(dealer), hq.new_device(dealer)

    def job(device, token_key):
        events = [
            protocol.WireEvent.model_validate(event(device.device_id, n, dealership=dealer)) for n in (1, 2)
        ]
        return store.prepare(None, events, utcnow(), token_key=token_key)

    def key(device):
        return hq_devices.token_key(raw(device).session.headers["Authorization"].removeprefix("Bearer "))

    jobs = [job(live, key(live)), job(revoked, key(revoked)), job(live, hq_devices.token_key("pkhq_never"))]
    with hq_db.writing(hq.engine) as conn:
        hq_devices.revoke(conn, revoked.device_id, utcnow())
    with hq_db.writing(hq.engine) as conn:
        outcomes = store.store_group(conn, jobs)
    assert (outcomes[0].accepted, outcomes[0].unauthorized) == (2, False)
    assert [(o.unauthorized, o.results) for o in outcomes[1:]] == [(True, []), (True, [])]
    stored = {e["device_id"] for e in hq.events().values()}
    assert live.device_id in stored
    assert revoked.device_id not in stored
    # Over HTTP the revoked device's push is a 401 and stores nothing either.
    answer = raw(revoked).push([event(revoked.device_id, 3, dealership=dealer)])
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    assert revoked.device_id not in {e["device_id"] for e in hq.events().values()}


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("cursor=0&colour=red", "unknown_parameter"),
        ("cursor=0&ref_cursor=1&ref_cursor=2", "repeated_parameter"),
    ],
)
def test_a_pull_with_a_strange_query_is_a_clear_422(hq, query, code):
    device = hq.new_device(hq.dealership())
    answer = raw(device).get("/v1/sync/pull?" + query)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == code


@pytest.mark.postgres
def test_a_device_revoked_while_its_group_is_planned_is_refused(pg_url, monkeypatch):
    """The group reads who the tokens belong to, then locks the devices' rows: a revoke
    that commits between the two still refuses the device (PostgreSQL checks the row
    again once locked), and nothing of its push is stored."""
    engine = hq_db.make_engine(pg_url, pool_size=2)
    hq_db.migrate(engine)
    now = utcnow()
    try:
        with hq_db.writing(engine) as conn:
            hq_devices.create_dealership(conn, "RV1", "x", now)
            code, _ = hq_devices.issue_enrolment(conn, dealership="RV1", name="pc", role="clerk", now=now)
            scope, token, _ = hq_devices.enroll(
                conn,
                code=code,
                device_id="0192f000-0000-7000-8000-0000000000e1",
                dealership_id="RV1",
                name="pc",
                now=now,
            )
        events = [protocol.WireEvent.model_validate(event(scope.device_id, 1, dealership="RV1"))]
        job = store.prepare(None, events, now, token_key=hq_devices.token_key(token))
        looked_up = hq_devices.authenticate_keys

        def look_up_then_revoke(conn, keys):
            found = looked_up(conn, keys)
            with hq_db.writing(engine) as other:  # another HQ process revokes meanwhile
                hq_devices.revoke(other, scope.device_id, now)
            return found

        monkeypatch.setattr(hq_devices, "authenticate_keys", look_up_then_revoke)
        with hq_db.writing(engine) as conn:
            (outcome,) = store.store_group(conn, [job])
        assert outcome.unauthorized
        with hq_db.reading(engine) as conn:
            stored = conn.exec_driver_sql(
                "SELECT count(*) FROM events WHERE device_id = %s", (scope.device_id,)
            ).scalar_one()
        assert stored == 0
    finally:
        engine.dispose()


def test_a_refused_token_is_refused_again_before_its_body_is_read(hq):
    """Once HQ found a token unknown, the same token is refused at the door: a second
    push with a body that is not even JSON gets 401, not the 422 reading it would give."""
    from tests.sync.wire import Raw

    stranger = Raw(hq.url, "pkhq_" + "x" * 40)
    first = stranger.push([event("0192f000-0000-7000-8000-0000000000f1", 1, dealership=hq.dealership())])
    assert first.status_code == 401
    again = stranger.session.post(
        hq.url + "/v1/sync/push", data=b"{not json", headers={"Content-Type": "application/json"}, timeout=30
    )
    assert again.status_code == 401
    assert again.json()["error"]["code"] == "unauthorized"


def test_the_refused_tokens_are_kept_for_a_while_and_few(monkeypatch):
    from sync.hq.routes import sync as sync_routes

    refused = sync_routes.RecentlyRefused(size=2, keep_s=60)
    clock = [1000.0]
    monkeypatch.setattr(sync_routes.time, "monotonic", lambda: clock[0])
    for key in ("a", "b", "c"):
        refused.add(key)
    assert "a" not in refused  # the oldest made room
    assert "b" in refused
    assert "c" in refused
    clock[0] += 61
    assert "c" not in refused  # forgotten after a while
