"""Scope comes from the token alone: every forbidden push and pull path is tried and refused."""

import hashlib

import pytest
import requests

from desktop.models.calendar import utcnow
from sync.hq import db as hq_db
from sync.hq import reference
from tests.sync.wire import Raw, event, raw

CUSTOMER = "0192f000-0000-7000-8000-0000000c0001"
PNG = b"\x89PNG\r\n\x1a\n" + b"photo-bytes" * 20


@pytest.fixture(scope="module")
def world(hq):
    """Dealerships A and B, a PC at each, an inspector assigned to A, an HQ device."""
    a, b = hq.dealership(), hq.dealership()
    office = hq.dealership()
    pc_a, pc_a2, pc_b = hq.new_device(a), hq.new_device(a), hq.new_device(b)
    inspector = hq.new_device(office, role="inspector", assign=[a])
    inspector2 = hq.new_device(office, role="inspector", assign=[a, b])
    center = hq.new_device(office, role="hq")
    return {
        "a": a,
        "b": b,
        "pc_a": pc_a,
        "pc_a2": pc_a2,
        "pc_b": pc_b,
        "inspector": inspector,
        "inspector2": inspector2,
        "hq": center,
    }


def _ids(events):
    return {e["event_id"] for e in events}


def test_a_dealership_device_may_not_push_outside_its_scope(world):
    a, b = world["a"], world["b"]
    pc_a, pc_b = world["pc_a"], world["pc_b"]
    http = raw(pc_a)
    me = pc_a.device_id
    b_case = event(pc_b.device_id, 1, dealership=b)
    assert raw(pc_b).results([b_case]) == [("accepted", None)]
    tries = [
        (event(pc_b.device_id, 50, dealership=a), "not_your_device"),
        (event(me, 1, dealership=b), "other_dealership"),
        (event(me, 2, dealership=a, stream="audit", kind="audit_finalized"), "covert_stream"),
        (event(me, 3, dealership=a, stream="audit_release", kind="audit_released"), "release_kind"),
        (event(me, 4, dealership=a, stream_id=b_case["stream_id"]), "stream_out_of_scope"),
    ]
    results = http.results([e for e, _ in tries])
    assert results == [("forbidden", code) for _, code in tries]
    assert not _ids(e for e, _ in tries) & set(world_events(world))


def test_another_devices_stored_event_is_forbidden_not_reported_as_a_duplicate(world):
    """Pushing an event HQ holds from another device must not reveal that HQ holds it."""
    b, pc_a, pc_b = world["b"], world["pc_a"], world["pc_b"]
    theirs = event(pc_b.device_id, 77, dealership=b)
    assert raw(pc_b).results([theirs]) == [("accepted", None)]
    assert raw(pc_a).results([theirs]) == [("forbidden", "not_your_device")]
    changed = {**theirs, "payload": {"text": "changed"}}
    assert raw(pc_a).results([changed]) == [("forbidden", "not_your_device")]


def world_events(world):
    return world["hq"].hq.events()


def test_a_dealership_reaches_another_dealerships_customer_only_through_its_own_case(world):
    a, b = world["a"], world["b"]
    pc_a, pc_b = world["pc_a"], world["pc_b"]
    created = event(
        pc_b.device_id, 2, dealership=b, stream="customer", stream_id=CUSTOMER, kind="customer_created"
    )
    assert raw(pc_b).results([created]) == [("accepted", None)]
    change = event(
        pc_a.device_id, 10, dealership=a, stream="customer", stream_id=CUSTOMER, kind="customer_changed"
    )
    assert raw(pc_a).results([change]) == [("forbidden", "stream_out_of_scope")]
    assert created["event_id"] not in _ids(raw(pc_a).pull_all())
    # A's case names the customer: the customer's history comes to A, and A may add to it.
    case = event(pc_a.device_id, 11, dealership=a, kind="registered", payload={"customer_id": CUSTOMER})
    change = dict(change, device_seq=12)
    assert raw(pc_a).results([case, change]) == [("accepted", None), ("accepted", None)]
    pulled = _ids(raw(pc_a).pull_all())
    assert {created["event_id"], case["event_id"], change["event_id"]} <= pulled
    # B sees A's change to its customer, but not A's case.
    b_pulled = _ids(raw(pc_b).pull_all())
    assert change["event_id"] in b_pulled
    assert case["event_id"] not in b_pulled
    # Later changes by B reach A without A asking again.
    later = event(
        pc_b.device_id, 3, dealership=b, stream="customer", stream_id=CUSTOMER, kind="customer_changed"
    )
    assert raw(pc_b).results([later]) == [("accepted", None)]
    assert later["event_id"] in _ids(raw(pc_a).pull_all())


def test_an_inspector_pushes_only_audits_of_its_dealerships(world):
    a, b = world["a"], world["b"]
    inspector, inspector2 = world["inspector"], world["inspector2"]
    me = inspector.device_id
    other_audit = event(inspector2.device_id, 1, dealership=a, stream="audit", kind="audit_finalized")
    assert raw(inspector2).results([other_audit]) == [("accepted", None)]
    tries = [
        (event(me, 1, dealership=a, stream="case", kind="registered"), "inspector_stream"),
        (event(me, 2, dealership=b, stream="audit", kind="audit_finalized"), "dealership_not_assigned"),
        (
            event(me, 3, dealership=a, stream="audit", stream_id=other_audit["stream_id"]),
            "stream_out_of_scope",
        ),
        (event(inspector2.device_id, 9, dealership=a, stream="audit"), "not_your_device"),
    ]
    assert raw(inspector).results([e for e, _ in tries]) == [("forbidden", code) for _, code in tries]


def test_covert_audits_and_their_photos_never_reach_a_dealership(world):
    a = world["a"]
    pc_a, pc_a2, inspector, center = world["pc_a"], world["pc_a2"], world["inspector"], world["hq"]
    sha = hashlib.sha256(PNG).hexdigest()
    assert (
        raw(inspector).put(f"/v1/blobs/{sha}", data=PNG, headers={"Content-Type": "image/png"}).status_code
        == 200
    )
    audit = event(
        inspector.device_id,
        10,
        dealership=a,
        stream="audit",
        kind="audit_finalized",
        payload={"evidence": {"q1": [{"sha256": sha}]}},
    )
    assert raw(inspector).results([audit]) == [("accepted", None)]
    amended = event(
        center.device_id, 1, dealership=a, stream="audit", stream_id=audit["stream_id"], kind="audit_amended"
    )
    assert raw(center).results([amended]) == [("accepted", None)]
    for pc in (pc_a, pc_a2):
        pulled = raw(pc).pull_all()
        assert all(e["stream"] != "audit" for e in pulled)
        assert raw(pc).get(f"/v1/blobs/{sha}").status_code == 404
        assert raw(pc).session.head(hq_url(pc) + f"/v1/blobs/{sha}", timeout=10).status_code == 404
    # The inspector gets its audit back with HQ's amendment; HQ sees everything.
    assert {audit["event_id"], amended["event_id"]} <= _ids(raw(inspector).pull_all())
    assert raw(inspector).get(f"/v1/blobs/{sha}").content == PNG
    assert raw(center).get(f"/v1/blobs/{sha}").content == PNG
    # Another inspector does not receive this one's audits.
    assert audit["event_id"] not in _ids(raw(world["inspector2"]).pull_all())
    # A released report goes to the audited dealership only; its appeal comes back.
    release = event(center.device_id, 2, dealership=a, stream="audit_release", kind="audit_released")
    assert raw(center).results([release]) == [("accepted", None)]
    assert release["event_id"] in _ids(raw(pc_a).pull_all())
    assert release["event_id"] not in _ids(raw(world["pc_b"]).pull_all())
    appeal = event(
        pc_a.device_id,
        20,
        dealership=a,
        stream="audit_release",
        stream_id=release["stream_id"],
        kind="appeal_filed",
    )
    assert raw(pc_a).results([appeal]) == [("accepted", None)]


def hq_url(device):
    return device.hq.url


def test_case_attachments_reach_the_dealership_only(world):
    a, b = world["a"], world["b"]
    pc_a, pc_a2, pc_b = world["pc_a"], world["pc_a2"], world["pc_b"]
    data = b"%PDF-1.4 letter of the customer"
    sha = hashlib.sha256(data).hexdigest()
    put = raw(pc_a).put(f"/v1/blobs/{sha}", data=data, headers={"Content-Type": "application/pdf"})
    assert put.status_code == 200
    assert put.json()["created"]
    again = raw(pc_a).put(f"/v1/blobs/{sha}", data=data, headers={"Content-Type": "application/pdf"})
    assert again.status_code == 200
    assert not again.json()["created"]
    # Uploaded but not named by an event yet: only the uploader reads it.
    assert raw(pc_a2).get(f"/v1/blobs/{sha}").status_code == 404
    case = event(pc_a.device_id, 30, dealership=a, kind="registered", payload={"attachments": [sha]})
    assert raw(pc_a).results([case]) == [("accepted", None)]
    assert raw(pc_a2).get(f"/v1/blobs/{sha}").content == data
    assert raw(pc_b).get(f"/v1/blobs/{sha}").status_code == 404
    assert b != a


def test_blob_uploads_are_checked(world):
    http = raw(world["pc_a"])
    data = b"%PDF-1.4 x"
    sha = hashlib.sha256(data).hexdigest()
    wrong = "0" * 64
    assert (
        http.put(f"/v1/blobs/{wrong}", data=data, headers={"Content-Type": "application/pdf"}).status_code
        == 400
    )
    assert http.put(f"/v1/blobs/{sha}", data=data, headers={"Content-Type": "text/html"}).status_code == 415
    assert (
        http.put("/v1/blobs/not-a-hash", data=data, headers={"Content-Type": "application/pdf"}).status_code
        == 422
    )


def test_reference_records_reach_only_their_scope(world):
    a, b = world["a"], world["b"]
    with hq_db.writing(world["hq"].hq.engine) as conn:
        reference.publish(
            conn,
            [
                {"kind": "counter", "scope": f"dealership:{a}", "key": "9", "body": {"name": "A"}},
                {"kind": "counter", "scope": f"dealership:{b}", "key": "9", "body": {"name": "B"}},
                {"kind": "audit_template", "scope": "inspectors", "key": "t1", "body": {"title": "x"}},
                {"kind": "category", "scope": "all", "key": "quality", "body": {}},
            ],
            utcnow(),
        )
    seen = {
        name: {(r["kind"], r["scope"]) for r in raw(world[name]).pull(0)["reference"]}
        for name in ("pc_a", "pc_b", "inspector", "hq")
    }
    assert seen["pc_a"] >= {("counter", f"dealership:{a}"), ("category", "all")}
    assert ("counter", f"dealership:{b}") not in seen["pc_a"]
    assert ("audit_template", "inspectors") not in seen["pc_a"]
    assert seen["inspector"] >= {("audit_template", "inspectors"), ("category", "all")}
    assert not any(scope.startswith("dealership:") for _, scope in seen["inspector"] | seen["hq"])


def test_hq_devices_see_and_may_add_everything(world):
    a, b = world["a"], world["b"]
    center = world["hq"]
    b_case = event(world["pc_b"].device_id, 40, dealership=b)
    assert raw(world["pc_b"]).results([b_case]) == [("accepted", None)]
    note = event(center.device_id, 3, dealership=b, stream_id=b_case["stream_id"])
    assert raw(center).results([note]) == [("accepted", None)]
    everything = _ids(raw(center).pull_all())
    assert set(world_events(world)) <= everything
    assert note["event_id"] in _ids(raw(world["pc_b"]).pull_all())
    assert note["event_id"] not in _ids(raw(world["pc_a"]).pull_all())
    assert a != b


def test_without_a_valid_token_every_path_is_401(world):
    sha = "a" * 64
    anonymous = requests.Session()
    forged = Raw(world["hq"].hq.url, "pkhq_forged-token")
    base = world["hq"].hq.url
    for session in (anonymous, forged.session):
        for method, path in (
            ("POST", "/v1/sync/push"),
            ("GET", "/v1/sync/pull"),
            ("GET", "/v1/devices/me"),
            ("PUT", f"/v1/blobs/{sha}"),
            ("GET", f"/v1/blobs/{sha}"),
        ):
            answer = session.request(method, base + path, json={"events": []}, timeout=10)
            assert answer.status_code == 401, (method, path)
            assert answer.json()["error"]["code"] == "unauthorized"
            assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_a_case_naming_an_existing_customer_brings_the_customers_history(world):
    a, b = world["a"], world["b"]
    pc_a, pc_b = world["pc_a"], world["pc_b"]
    other = "0192f000-0000-7000-8000-0000000c0002"
    created = event(
        pc_b.device_id, 60, dealership=b, stream="customer", stream_id=other, kind="customer_created"
    )
    assert raw(pc_b).results([created]) == [("accepted", None)]
    case = event(pc_a.device_id, 60, dealership=a, kind="registered", payload={"customer_id": other})
    assert raw(pc_a).results([case]) == [("accepted", None)]
    assert created["event_id"] in _ids(raw(world["pc_a2"]).pull_all())
