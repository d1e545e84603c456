"""The fold gives one state for any arrival order and any duplication of the same events."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models import cases, events

CLOCK = {"due_at": "2026-11-25T08:30:00.000Z", "warn_at": "2026-11-25T06:30:00.000Z", "warn_hours": 2}


def _event(case_id, n, kind, payload, *, device="dev-a", ms=None):
    ms = ms if ms is not None else 1_000 * n
    return events.Event(
        event_id=f"{ms:012x}-{n:04x}-7000-8000-{device.encode().hex()[:12]:0>12}",
        stream="case",
        stream_id=case_id,
        dealership_id="1420",
        device_id=device,
        device_seq=n,
        actor_id=f"user-{device}",
        kind=kind,
        payload=payload,
        hlc=f"{ms:015d}.000000.{device}",
        recorded_at=f"2026-11-24T09:{n // 60:02d}:{n % 60:02d}.000Z",
    )


def _walk_in_history(case_id):
    registered = {
        "customer_id": "c",
        "channel": "walk_in",
        "case_type": "complaint",
        "category": "quality",
        "description": "d",
        "tracking_code": "1420-P3223X",
        "counter": "2",
        "sla": CLOCK,
    }
    up = {"from_level": "desk", "to_level": "supervisor", "reason": "not_convinced", "summons": True}
    back = {"referral_id": "r3", "unit": "sales", "inquiry": "ناراضی"}
    e = _event
    return [
        e(case_id, 1, "registered", registered),
        e(case_id, 2, "note_added", {"text": "a"}),
        e(case_id, 3, "escalated", up | {"sla": CLOCK}),
        e(case_id, 4, "escalated", up, device="dev-b", ms=3_000),  # the same escalation elsewhere
        e(case_id, 5, "supervisor_arrived", {"level": "supervisor"}),
        e(case_id, 6, "referred", {"referral_id": "r1", "unit": "sales", "inquiry": "?"}),
        e(case_id, 7, "referred", {"referral_id": "r2", "unit": "accounting", "inquiry": "?"}),
        e(case_id, 8, "inquiry_answered", {"referral_id": "r1", "answer": "a1"}),
        e(case_id, 9, "inquiry_answered", {"referral_id": "r2", "answer": "a2"}),
        e(
            case_id,
            10,
            "inquiry_answered",
            {"referral_id": "r2", "answer": "again"},
            device="dev-c",
            ms=9_000,
        ),
        e(case_id, 11, "confirmation_requested", {"question": "q", "sla_remaining": 3600}),
        e(case_id, 12, "customer_replied", {"text": "t", "sla": CLOCK}),
        e(case_id, 13, "responded", {"answer": "x", "method": "sms", "final": False}),
        e(case_id, 14, "happy_call", {"reach": "no_answer"}),
        e(case_id, 15, "happy_call", {"reach": "reached", "satisfaction": 2, "referral": back, "sla": CLOCK}),
        e(case_id, 16, "inquiry_answered", {"referral_id": "r3", "answer": "a3"}),
        e(case_id, 17, "responded", {"answer": "y", "method": "phone", "final": False}),
        e(case_id, 18, "closed", {"resolution": "resolved", "reason": ""}),
        e(case_id, 19, "happy_call", {"reach": "reached", "satisfaction": 5}),
        e(case_id, 20, "reopened", {"reason": "r", "sla": CLOCK}),
        e(case_id, 21, "assigned", {"assignee_id": "u9"}),
        e(case_id, 22, "sla_breached", {"due_at": "1999-01-01T00:00:00.000Z"}),  # not this due
        e(case_id, 23, "attachment_added", {"sha256": "f" * 64}),
        e(case_id, 24, "reply_letter_recorded", {"letter_no": "1"}),  # not an authority case
        e(case_id, 25, "closed", {"resolution": "withdrawn", "reason": "w"}),
        e(case_id, 26, "closed", {"resolution": "withdrawn", "reason": "w"}, device="dev-b", ms=25_000),
        e(case_id, 27, "kind_from_a_newer_release", {}),
    ]


def _authority_history(case_id):
    registered = {
        "customer_id": "c",
        "channel": "authority",
        "case_type": "complaint",
        "category": "price",
        "description": "d",
        "tracking_code": "1420-P3224Y",
        "authority": {"name": "n", "letter_no": "1", "letter_date": "2026-11-20", "due_date": "2026-11-30"},
        "sla": CLOCK,
    }
    e = _event
    return [
        e(case_id, 1, "registered", registered),
        e(case_id, 2, "responded", {"answer": "x", "method": "letter", "final": False}),
        e(case_id, 3, "closed", {"resolution": "resolved"}),  # refused: no reply letter yet
        e(case_id, 4, "reply_letter_recorded", {"letter_no": "9", "letter_date": "2026-11-25", "text": "t"}),
        e(case_id, 5, "escalated", {"from_level": "desk", "to_level": "supervisor"}),  # answered already
        e(case_id, 6, "closed", {"resolution": "resolved"}),
        e(case_id, 7, "happy_call", {"reach": "reached", "satisfaction": 4}),
    ]


def test_the_histories_fold_as_expected():
    walk_in = cases.fold("w", _walk_in_history("w"))
    assert walk_in.status == "closed"
    assert walk_in.resolution == "withdrawn"
    assert len(walk_in.escalations) == 1
    assert len(walk_in.arrivals) == 1
    assert [r.unit for r in walk_in.referrals] == ["sales", "accounting", "sales"]
    assert [c.reach for c in walk_in.happy_calls] == ["no_answer", "reached", "reached"]
    assert (walk_in.reopen_count, walk_in.assignee_id) == (2, "u9")
    assert len(walk_in.anomalies) == 6
    authority = cases.fold("a", _authority_history("a"))
    assert (authority.status, authority.reply_letter["letter_no"], authority.satisfaction) == (
        "closed",
        "9",
        4,
    )
    assert len(authority.anomalies) == 2


@settings(max_examples=150, deadline=None)
@given(st.data(), st.sampled_from([_walk_in_history, _authority_history]))
def test_fold_is_the_same_for_any_arrival_order_and_duplication(data, make):
    history = make("case-1")
    expected = cases.fold("case-1", history)
    extra = data.draw(st.lists(st.sampled_from(history), max_size=8))
    arrived = data.draw(st.permutations(history + extra))
    assert cases.fold("case-1", arrived) == expected
