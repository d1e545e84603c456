"""HQ's checks of an event's payload: the stored text is the desktop's canonical JSON."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.events import canonical_json
from sync import protocol
from sync.hq.store import structure_problem
from tests.sync.wire import event

DEVICE = "0192f000-0000-7000-8000-000000000001"
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


def _check(payload):
    return structure_problem(
        protocol.WireEvent.model_validate(event(DEVICE, 1, dealership="1420", payload=payload))
    )


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), json_values, max_size=6))
def test_a_valid_payload_is_stored_in_the_desktops_canonical_form(payload):
    code, text = _check(payload)
    try:
        protocol.check_payload(payload)
        expected = None
    except protocol.PayloadProblem as problem:
        expected = problem.code
    if expected is None:
        assert code is None
        assert text == canonical_json(payload)
    else:
        assert code == expected


def test_what_cannot_be_stored_faithfully_is_refused():
    deep = 1
    for _ in range(40):
        deep = [deep]
    assert _check({"x": "a\x00b"})[0] == "payload_text"
    assert _check({"k\x00": 1})[0] == "payload_text"
    assert _check({"x": "\ud800"})[0] == "payload_text"
    assert _check({"x": math.nan})[0] == "payload_number"
    assert _check({"x": deep})[0] == "payload_too_deep"
    assert _check({"x": "backslash u0000 is fine: \\u0000"})[0] is None
