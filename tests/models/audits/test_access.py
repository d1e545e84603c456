"""Covert means covert: every read path, for every role, before and after release."""

from datetime import timedelta

import pytest

from desktop.models import events
from desktop.models.audits import access, drafts, library, ranking, records, release, visits
from desktop.models.audits.access import DeviceScope
from desktop.models.errors import NotFound, PermissionDenied
from tests.conftest import NOW
from tests.models.audits.helpers import finalised

DEALERSHIP_USERS = ("clerk", "supervisor", "head", "manager", "admin")


@pytest.fixture
def world(audit_db, who):
    """Audits of this dealership (1420) and of a neighbour (1433), one released each."""
    own = finalised(audit_db, who("inspector"), dealership_id="1420", dealership_name="آرین‌خودرو")
    own_released = finalised(audit_db, who("inspector"), dealership_id="1420", dealership_name="آرین‌خودرو")
    other = finalised(audit_db, who("inspector2"), dealership_id="1433", dealership_name="پارس‌خودرو")
    with audit_db.write() as conn:
        release.release(conn, who("hq"), own_released.id, NOW + timedelta(days=1))
        release.release(conn, who("hq"), other.id, NOW + timedelta(days=1))
        drafts.start_unplanned(
            conn,
            who("inspector"),
            dealership_id="1420",
            dealership_name="آرین‌خودرو",
            form_id="showroom",
            now=NOW,
        )
    return {"own": own.id, "own_released": own_released.id, "other": other.id}


def _ids(items):
    return {i.id for i in items}


@pytest.mark.parametrize("name", DEALERSHIP_USERS)
def test_dealership_users_see_no_covert_audit_anywhere(audit_db, who, world, name):
    user = who(name)
    with audit_db.read() as conn:
        for call in (
            lambda: records.list_audits(conn, user),
            lambda: records.get_audit(conn, user, world["own"]),
            lambda: drafts.list_drafts(conn, user),
            lambda: visits.list_visits(conn, user),
            lambda: library.list_templates(conn, user),
            lambda: ranking.ranking(conn, user),
            lambda: ranking.audit_points(conn, user),
        ):
            with pytest.raises(PermissionDenied):
                call()


@pytest.mark.parametrize("name", DEALERSHIP_USERS)
def test_dealership_users_see_only_their_own_released_reports(audit_db, who, world, name):
    user = who(name)
    with audit_db.read() as conn:
        if not user.can("audit.view_released"):
            with pytest.raises(PermissionDenied):
                release.list_releases(conn, user)
            with pytest.raises(PermissionDenied):
                release.get_release(conn, user, world["own_released"])
            with pytest.raises(PermissionDenied):
                release.list_appeals(conn, user)
            return
        assert _ids(release.list_releases(conn, user)) == {world["own_released"]}
        assert _ids(release.list_releases(conn, user, dealership_id="1433")) == set()
        assert release.get_release(conn, user, world["own_released"]).pseudonym
        for hidden in (world["other"], world["own"]):
            with pytest.raises(NotFound):
                release.get_release(conn, user, hidden)


def test_a_manager_of_another_dealership_sees_nothing_of_ours(audit_db, who, world):
    from desktop.models import users
    from tests.conftest import PASSWORD

    with audit_db.write() as conn:
        stranger = users.create_user(
            conn,
            username="m1433",
            display_name="مدیر ۱۴۳۳",
            role="manager",
            password=PASSWORD,
            dealership_id="1433",
            now=NOW,
        )
        assert _ids(release.list_releases(conn, stranger)) == {world["other"]}
        with pytest.raises(NotFound):
            release.get_release(conn, stranger, world["own_released"])
        with pytest.raises(NotFound):
            release.file_appeal(conn, stranger, world["own_released"], "greeted", "x", NOW)


def test_inspectors_see_their_own_audits_only(audit_db, who, world):
    with audit_db.read() as conn:
        mine = records.list_audits(conn, who("inspector"))
        theirs = records.list_audits(conn, who("inspector2"))
        assert _ids(mine) == {world["own"], world["own_released"]}
        assert _ids(theirs) == {world["other"]}
        with pytest.raises(NotFound):
            records.get_audit(conn, who("inspector2"), world["own"])
        assert len(drafts.list_drafts(conn, who("inspector"))) == 1
        assert drafts.list_drafts(conn, who("inspector2")) == []
        assert len(visits.list_visits(conn, who("inspector"))) == 1
        assert visits.list_visits(conn, who("inspector2")) == []
        with pytest.raises(PermissionDenied):
            ranking.ranking(conn, who("inspector"))
        with pytest.raises(PermissionDenied):
            release.list_releases(conn, who("inspector"))


@pytest.mark.parametrize("name", ["inspmanager", "hq"])
def test_the_inspection_unit_and_hq_see_everything(audit_db, who, world, name):
    with audit_db.read() as conn:
        assert _ids(records.list_audits(conn, who(name))) == set(world.values())
        assert records.get_audit(conn, who(name), world["own"]).inspector_id == who("inspector").id
        assert _ids(release.list_releases(conn, who(name))) == {world["own_released"], world["other"]}
        assert {d.dealership_id for d in ranking.ranking(conn, who(name)).dealerships} == {"1420", "1433"}
        # drafts stay their inspector's, even for managers
        if who(name).can("audit.fill"):
            assert drafts.list_drafts(conn, who(name)) == []
        else:
            with pytest.raises(PermissionDenied):
                drafts.list_drafts(conn, who(name))


def test_list_filters(audit_db, who, world):
    with audit_db.read() as conn:
        hq = who("hq")
        assert _ids(records.list_audits(conn, hq, dealership_id="1433")) == {world["other"]}
        assert records.list_audits(conn, hq, form_id="other") == []
        assert records.list_audits(conn, hq, since=(NOW + timedelta(days=2)).date()) == []
        assert len(records.list_audits(conn, hq, until=NOW.date())) == 3
        summary = {a.id: a for a in records.list_audits(conn, hq)}
    assert summary[world["other"]].released
    assert not summary[world["own"]].released


# -- what devices receive -----------------------------------------------------------------


def _events(audit_db, world):
    with audit_db.read() as conn:
        return [
            e
            for key in world.values()
            for stream in ("audit", "audit_release")
            for e in events.load_stream(conn, stream, key)
        ]


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (DeviceScope("dealership", frozenset({"1420"})), {("audit_release", "1420")}),
        (DeviceScope("dealership", frozenset({"1433"})), {("audit_release", "1433")}),
        (DeviceScope("inspector", frozenset({"1433"})), {("audit", "1433")}),
        (
            DeviceScope("hq"),
            {("audit", "1420"), ("audit", "1433"), ("audit_release", "1420"), ("audit_release", "1433")},
        ),
    ],
)
def test_a_dealership_device_never_receives_the_covert_stream(audit_db, world, scope, expected):
    kept = access.filter_events(_events(audit_db, world), scope)
    assert {(e.stream, e.dealership_id) for e in kept} == expected


def test_other_streams_pass_untouched(audit_db, world):
    scope = DeviceScope("dealership", frozenset({"1420"}))
    other = events.Event("e", "case", "c", "1433", "d", 1, "a", "registered", {}, "h", "t")
    assert access.event_allowed(other, scope)


def test_raw_event_listings_can_ask(audit_db, who, world):
    for event in _events(audit_db, world):
        assert not access.visible_event(who("clerk"), event)
        assert access.visible_event(who("hq"), event, inspector_id="x")
        if event.stream == "audit_release":
            assert access.visible_event(who("manager"), event) == (event.dealership_id == "1420")
        else:
            assert not access.visible_event(who("manager"), event)
