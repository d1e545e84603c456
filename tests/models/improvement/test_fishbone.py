"""Fishbone diagrams: a problem, causes on six branches, sub-causes, edits and removals."""

import pytest

from desktop.models import improvement
from desktop.models.errors import NotFound, ValidationError
from desktop.models.improvement import fishbone as fb


@pytest.fixture
def diagram(dealer_db, manager, now):
    with dealer_db.write() as conn:
        return improvement.create_fishbone(
            conn, manager, problem="تأخیر در تحویل خودرو", category="delivery", now=now
        )


def _add(dealer_db, manager, now, diagram_id, **kwargs):
    with dealer_db.write() as conn:
        return improvement.add_cause(conn, manager, diagram_id, now=now, **kwargs)


def test_the_six_classic_branches():
    assert fb.BRANCHES == ("man", "machine", "method", "material", "measurement", "environment")


def test_causes_and_sub_causes_hang_on_branches_in_order(dealer_db, manager, now, diagram):
    _add(dealer_db, manager, now, diagram.id, branch="material", text="کمبود قطعه")
    d = _add(dealer_db, manager, now, diagram.id, branch="method", text="نوبت‌دهی دستی")
    first = d.on_branch("material")[0]
    d = _add(dealer_db, manager, now, diagram.id, parent_id=first.id, text="سفارش دیرهنگام به انبار مرکزی")
    assert [c.text for c in d.on_branch("material")] == ["کمبود قطعه"]
    sub = d.children(first.id)
    assert [c.text for c in sub] == ["سفارش دیرهنگام به انبار مرکزی"]
    assert sub[0].branch == "material"  # a sub-cause takes its parent's branch
    assert d.on_branch("man") == []


def test_moving_a_cause_takes_its_sub_causes_along(dealer_db, manager, now, diagram):
    d = _add(dealer_db, manager, now, diagram.id, branch="man", text="آموزش ناکافی")
    parent = d.causes[0]
    d = _add(dealer_db, manager, now, diagram.id, parent_id=parent.id, text="نبود دورهٔ بدو ورود")
    with dealer_db.write() as conn:
        d = improvement.change_cause(
            conn, manager, diagram.id, parent.id, branch="method", text="آموزش", now=now
        )
    assert {c.branch for c in d.causes} == {"method"}
    assert d.on_branch("method")[0].text == "آموزش"


def test_removing_a_cause_removes_its_sub_causes(dealer_db, manager, now, diagram):
    d = _add(dealer_db, manager, now, diagram.id, branch="machine", text="بالابر خراب")
    parent = d.causes[0]
    _add(dealer_db, manager, now, diagram.id, parent_id=parent.id, text="سرویس نشده")
    with dealer_db.write() as conn:
        d = improvement.remove_cause(conn, manager, diagram.id, parent.id, now=now)
        with pytest.raises(NotFound):
            improvement.remove_cause(conn, manager, diagram.id, parent.id, now=now)
    assert d.causes == ()


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"branch": "money", "text": "x"}, "branch", "unknown_code"),
        ({"branch": "man", "text": " "}, "cause", "required"),
        ({"branch": None, "text": "x"}, "branch", "required"),
    ],
)
def test_bad_causes_are_refused(dealer_db, manager, now, diagram, kwargs, field, code):
    with pytest.raises(ValidationError) as err:
        _add(dealer_db, manager, now, diagram.id, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)


def test_why_why_why_stops_at_three_levels(dealer_db, manager, now, diagram):
    d = _add(dealer_db, manager, now, diagram.id, branch="method", text="۱")
    d = _add(dealer_db, manager, now, diagram.id, parent_id=d.causes[-1].id, text="۲")
    d = _add(dealer_db, manager, now, diagram.id, parent_id=d.causes[-1].id, text="۳")
    with pytest.raises(ValidationError) as err:
        _add(dealer_db, manager, now, diagram.id, parent_id=d.causes[-1].id, text="۴")
    assert err.value.code == "too_deep"


def test_the_problem_can_be_reworded_and_linked(dealer_db, manager, now, diagram, mode):
    made = mode()
    with dealer_db.write() as conn:
        d = improvement.change_fishbone(
            conn, manager, diagram.id, problem="تحویل دیرهنگام", failure_mode_id=made.id, now=now
        )
        assert [x.id for x in improvement.list_fishbones(conn, manager, category="delivery")] == [d.id]
    assert (d.problem, d.failure_mode_id) == ("تحویل دیرهنگام", made.id)
