"""A device that dies at the worst moments loses nothing and stores nothing twice."""

import pytest

from tests.sync.conftest import Device


class Died(Exception):
    pass


def _die_at(point, times=1):
    left = [times]

    def faults(name):
        if name == point and left[0] > 0:
            left[0] -= 1
            raise Died(name)

    return faults


def _notes(device: Device, n, tag):
    return [device.append("case", f"{tag}-{device.device_id}", "note_added", {"n": i}) for i in range(n)]


@pytest.mark.parametrize("point", ["pull.before_commit", "pull.after_commit"])
def test_dying_between_a_page_and_its_cursor_loses_no_event(hq, point):
    code = hq.dealership()
    sender, receiver = hq.new_device(code), hq.new_device(code)
    made = _notes(sender, 12, "pages")
    assert sender.sync().ok
    with pytest.raises(Died):
        receiver.sync(faults=_die_at(point), pull_limit=5)
    assert receiver.sync(pull_limit=5).ok
    assert {e.event_id for e in made} <= set(receiver.stored())


def test_dying_after_hq_stored_a_push_sends_it_again_as_a_duplicate(hq):
    code = hq.dealership()
    device = hq.new_device(code)
    made = _notes(device, 7, "push")
    with pytest.raises(Died):
        device.sync(faults=_die_at("push.before_ack"))
    assert device.pending() == 7  # HQ has them, but the PC does not know it yet
    assert {e.event_id for e in made} <= set(hq.events())
    result = device.sync()
    assert result.ok
    assert result.pushed == 7
    assert device.pending() == 0
    assert sum(1 for e in hq.events().values() if e["device_id"] == device.device_id) == 7
