"""Reference data from HQ: users sign in with HQ's password and PIN; counters; other kinds."""

import pytest
from sqlalchemy import Connection

from desktop.models import dealership, reference, users
from desktop.models.calendar import utcnow
from desktop.models.errors import AuthError
from sync.hq import db as hq_db
from sync.hq import reference as hq_reference
from tests.conftest import NOW


def _publish(hq, records):
    with hq_db.writing(hq.engine) as conn:
        return hq_reference.publish(conn, records, utcnow())


def test_a_user_hq_publishes_signs_in_at_the_dealerships_pcs_only(hq):
    a, b = hq.dealership(), hq.dealership()
    pc_a, pc_b = hq.new_device(a), hq.new_device(b)
    record = hq_reference.user_record(
        dealership=a,
        username="Sara",
        display_name="سارا کاظمی",
        role="supervisor",
        password="hq-pass-123",
        pin="2468",
    )
    _publish(hq, [record])
    result = pc_a.sync()
    assert result.ok
    assert "user" in result.kinds
    assert pc_b.sync().ok
    user = users.sign_in(pc_a.db, "sara", "hq-pass-123", NOW)
    assert (user.id, user.role, user.display_name) == (record["key"], "supervisor", "سارا کاظمی")
    assert users.step_up(pc_a.db, user.id, "2468", NOW).id == user.id
    with pc_b.db.read() as conn:
        assert users.find_user(conn, "sara") is None
    # HQ disables her: the next sync takes her access away.
    _publish(hq, [{**record, "deleted": True}])
    assert pc_a.sync().ok
    with pytest.raises(AuthError):
        users.sign_in(pc_a.db, "sara", "hq-pass-123", NOW)


def test_hqs_account_wins_over_a_local_one_with_the_same_name(hq):
    code = hq.dealership()
    pc = hq.new_device(code)
    local = pc.user("clerk")
    record = hq_reference.user_record(
        dealership=code, username="clerk", display_name="HQ clerk", role="clerk", password="hq-pass-123"
    )
    _publish(hq, [record])
    assert pc.sync().ok
    assert users.sign_in(pc.db, "clerk", "hq-pass-123", NOW).id == record["key"]
    with pc.db.read() as conn:
        shadow = users.get_user(conn, local.id)
    assert not shadow.active
    assert shadow.username.startswith("clerk~")


def test_counters_arrive_and_leave(hq):
    code = hq.dealership()
    pc = hq.new_device(code)
    _publish(
        hq, [{"kind": "counter", "scope": f"dealership:{code}", "key": "7", "body": {"name": "باجهٔ VIP"}}]
    )
    assert pc.sync().ok
    with pc.db.read() as conn:
        assert ("7", "باجهٔ VIP") in {(c.code, c.name) for c in dealership.list_counters(conn)}
    _publish(
        hq, [{"kind": "counter", "scope": f"dealership:{code}", "key": "7", "body": {}, "deleted": True}]
    )
    assert pc.sync().ok
    with pc.db.read() as conn:
        assert "7" not in {c.code for c in dealership.list_counters(conn)}


def test_a_kind_without_an_applier_waits_for_one(hq):
    code = hq.dealership()
    pc = hq.new_device(code)
    _publish(hq, [{"kind": "probe_kind", "scope": "all", "key": "k1", "body": {"value": 1}}])
    assert pc.sync().ok
    with pc.db.read() as conn:
        assert [r.body for r in reference.records(conn, "probe_kind")] == [{"value": 1}]
    seen: list[dict] = []

    @reference.applier("probe_kind")
    def _apply(conn: Connection, record: reference.Record, now) -> None:
        seen.append(record.body)

    try:
        assert "probe_kind" in pc.sync().kinds
        assert seen == [{"value": 1}]
        assert pc.sync().ok
        assert seen == [{"value": 1}]  # applied once
    finally:
        reference._APPLIERS.pop("probe_kind")


def test_a_refused_record_is_kept_with_its_reason_and_sync_goes_on(hq):
    code = hq.dealership()
    pc = hq.new_device(code)
    bad = {
        "kind": "user",
        "scope": f"dealership:{code}",
        "key": "u-bad",
        "body": {"username": "ghost", "role": "no_such_role", "password_hash": "x"},
    }
    _publish(hq, [bad])
    result = pc.sync()
    assert result.ok
    with pc.db.read() as conn:
        assert reference.problems(conn) == [("user", "u-bad", "unknown_role")]
        assert users.find_user(conn, "ghost") is None


def test_publishing_the_same_body_again_sends_nothing_new(hq):
    record = {"kind": "category", "scope": "all", "key": "price", "body": {"fa": "قیمت"}}
    first = _publish(hq, [record])[0]
    again = _publish(hq, [record])[0]
    assert (again.version, again.seq) == (first.version, first.seq)
    changed = _publish(hq, [{**record, "body": {"fa": "قیمت و هزینه"}}])[0]
    assert changed.version == first.version + 1
    assert changed.seq > first.seq


def test_case_settings_hq_publishes_reach_the_pcs_through_the_settings_rules(hq):
    """Units, sub-categories, SLA policies and ladder levels published at HQ are applied
    at a dealership's PC as its own Settings screens would; a bad one is refused."""
    from desktop.models.cases import commands, ladder, sla, units

    code = hq.dealership()
    pc = hq.new_device(code)
    everyone = "all"
    _publish(
        hq,
        [
            {
                "kind": "unit",
                "scope": everyone,
                "key": "paint_shop",
                "body": {"name_fa": "صافکاری و نقاشی", "name_en": "Body and paint"},
            },
            {
                "kind": "category",
                "scope": everyone,
                "key": "quality/paint",
                "body": {"name_fa": "رنگ بدنه", "name_en": "Paint"},
            },
            {
                "kind": "sla_policy",
                "scope": f"dealership:{code}",
                "key": "complaints-fast",
                "body": {"case_type": "complaint", "priority": "urgent", "hours": 4, "warn_hours": 1},
            },
            {
                "kind": "escalation_ladder",
                "scope": everyone,
                "key": "supervisor",
                "body": {"roles": ["supervisor", "manager"], "arrival_minutes": 3},
            },
            {"kind": "sla_policy", "scope": everyone, "key": "broken", "body": {"hours": 2, "warn_hours": 5}},
        ],
    )
    assert pc.sync().ok

    def policies():
        with pc.db.read() as conn:
            return [
                (p.case_type, p.priority, p.hours, p.warn_hours)
                for p in sla.list_policies(conn)
                if p.case_type == "complaint" and p.priority == "urgent"
            ]

    with pc.db.read() as conn:
        assert "paint_shop" in {u.code for u in units.list_units(conn)}
        assert ("paint", "رنگ بدنه") in {
            (s.code, s.name_fa) for s in commands.list_subcategories(conn, "quality")
        }
        level = ladder.load_ladder(conn).level("supervisor")
        assert (level.roles, level.arrival_minutes) == (("supervisor", "manager"), 3)
        assert ("sla_policy", "broken", "warn_before_due") in reference.problems(conn)
    assert policies() == [("complaint", "urgent", 4.0, 1.0)]
    # A change replaces the policy with the same selectors; a withdrawal removes it.
    _publish(
        hq,
        [
            {
                "kind": "sla_policy",
                "scope": f"dealership:{code}",
                "key": "complaints-fast",
                "body": {"case_type": "complaint", "priority": "urgent", "hours": 6, "warn_hours": 2},
            }
        ],
    )
    assert pc.sync().ok
    assert policies() == [("complaint", "urgent", 6.0, 2.0)]
    _publish(
        hq,
        [
            {
                "kind": "sla_policy",
                "scope": f"dealership:{code}",
                "key": "complaints-fast",
                "body": {"case_type": "complaint", "priority": "urgent", "hours": 6},
                "deleted": True,
            },
            {"kind": "unit", "scope": everyone, "key": "paint_shop", "body": {}, "deleted": True},
        ],
    )
    assert pc.sync().ok
    assert policies() == []
    with pc.db.read() as conn:
        assert "paint_shop" not in {u.code for u in units.list_units(conn)}
        assert "paint_shop" in {u.code for u in units.list_units(conn, active_only=False)}
