"""Two counter PCs of one dealership and HQ: push, pull, the same case on both."""

from desktop.models import cases
from sync import client


def _register(device, description="صدای غیرعادی موتور"):
    with device.db.write() as conn:
        return cases.register_case(
            conn,
            device.user("clerk"),
            customer_id="0192f000-0000-7000-8000-00000000c001",
            channel="walk_in",
            case_type="complaint",
            category="quality",
            description=description,
            now=device.now(),
        )


def test_a_case_made_on_one_pc_reaches_the_other(hq):
    code = hq.dealership()
    first = hq.new_device(code)
    second = hq.new_device(code)
    case = _register(first)
    assert first.pending() == 1
    result = first.sync()
    assert result.ok, result.errors
    assert (result.pushed, result.pending) == (1, 0)
    got = second.sync()
    assert got.ok
    assert got.pulled == 1
    assert "case" in got.streams
    with second.db.read() as conn:
        there = cases.get_case(conn, case.tracking_code)
    assert there.description == case.description
    assert there.status == case.status
    # Syncing again moves nothing.
    again = first.sync()
    assert (again.pushed, again.pulled, again.pending) == (0, 0, 0)


def test_not_enrolled_is_said(hq, tmp_path):
    device = hq.new_device(hq.dealership(), enroll=False)
    import pytest

    with pytest.raises(client.NotEnrolled):
        device.sync()
