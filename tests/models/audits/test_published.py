"""Templates and visits HQ publishes reach the inspector's PC; what HQ sends stays in scope."""

import json
from datetime import timedelta

import pytest

from desktop.models import events, reference, syncstate
from desktop.models.audits import drafts, library, records, release, visits, xlsform
from desktop.models.audits.access import device_scope
from desktop.models.ids import uuid7
from tests.conftest import NOW
from tests.models.audits.conftest import END, VISIT_SURVEY, make, q
from tests.models.audits.helpers import finalised


def record(kind, key, body, *, version=1, deleted=False):
    return reference.Record(kind, "inspectors", key, version, 1, deleted, body)


def test_a_published_template_is_kept_as_that_version(audit_db, who):
    edited = make([*VISIT_SURVEY[:-1], q("yes_no", "farewell"), END]).with_version(5)
    body = json.loads(xlsform.to_json(edited))
    with audit_db.write() as conn:
        reference.apply(conn, [record("audit_template", "showroom@5", body)], NOW)
        reference.apply(conn, [record("audit_template", "showroom@5", body, version=2)], NOW)  # again: no-op
        assert library.get_template(conn, "showroom").version == 5
        changed = json.loads(xlsform.to_json(make(VISIT_SURVEY)))
        reference.apply(conn, [record("audit_template", "showroom@5", changed, version=3)], NOW)
        assert reference.problems(conn) == [("audit_template", "showroom@5", "template_version_conflict")]
    with audit_db.read() as conn:
        assert library.get_template(conn, "showroom@5").has_question("farewell")


def test_a_bad_published_template_is_refused_and_kept_aside(audit_db):
    body = {"settings": {"form_id": "x"}, "survey": [{"type": "nonsense", "name": "a"}]}
    with audit_db.write() as conn:
        reference.apply(conn, [record("audit_template", "x@1", body)], NOW)
        assert reference.problems(conn) == [("audit_template", "x@1", "template_invalid")]


def test_a_published_visit_reaches_its_inspector(audit_db, who):
    visit_id = uuid7()
    body = {
        "dealership_id": "1507",
        "dealership_name": "کرج موتور",
        "dealership_city": "کرج",
        "form_id": "showroom",
        "scenario": "خرید اقساطی",
        "window_start": "2026-11-25",
        "window_end": "2026-11-30",
        "inspector_id": who("inspector").id,
    }
    with audit_db.write() as conn:
        reference.apply(conn, [record("visit", visit_id, body)], NOW)
        [visit] = visits.list_visits(conn, who("inspector"))
        assert (visit.id, visit.dealership_id, visit.scenario) == (visit_id, "1507", "خرید اقساطی")
        draft = drafts.start_visit(conn, who("inspector"), visit_id, NOW)
        # a later change of plan does not disturb a visit already started
        reference.apply(
            conn, [record("visit", visit_id, {**body, "window_end": "2026-12-30"}, version=2)], NOW
        )
        reference.apply(conn, [record("visit", visit_id, body, version=3, deleted=True)], NOW)
        assert visits.get_visit(conn, who("inspector"), visit_id).status == "in_progress"
        assert drafts.get_draft(conn, who("inspector"), draft.id).visit_id == visit_id


def test_a_withdrawn_visit_is_cancelled(audit_db, who):
    visit_id = uuid7()
    body = {
        "dealership_id": "1507",
        "dealership_name": "کرج موتور",
        "form_id": "showroom",
        "window_start": "2026-11-25",
        "window_end": "2026-11-30",
        "inspector_id": who("inspector").id,
    }
    with audit_db.write() as conn:
        reference.apply(conn, [record("visit", visit_id, body)], NOW)
        reference.apply(conn, [record("visit", visit_id, body, version=2, deleted=True)], NOW)
        assert visits.list_visits(conn, who("inspector")) == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"dealership_id": "?"}, "dealership_code"),
        ({"window_start": "soon"}, "window_start"),
        ({"window_end": "2026-01-01"}, "window_end"),
    ],
)
def test_a_bad_published_visit_is_refused(audit_db, who, change, field):
    body = {
        "dealership_id": "1507",
        "dealership_name": "کرج موتور",
        "form_id": "showroom",
        "window_start": "2026-11-25",
        "window_end": "2026-11-30",
        "inspector_id": who("inspector").id,
    }
    with audit_db.write() as conn:
        reference.apply(conn, [record("visit", "v1", {**body, **change})], NOW)
        assert reference.problems(conn) == [("visit", "v1", "reference_field")]
        assert visits.list_visits(conn, who("inspmanager")) == []


# -- a dealership's PC never shows covert events, even if some reached it ------------------


def _enrol(conn, role, dealerships=()):
    syncstate.save_enrolment(
        conn,
        hq_url="https://hq.example",
        role=role,
        dealerships=list(dealerships),
        enrolled_at="2026-11-24T00:00:00Z",
        server_epoch="e1",
    )


@pytest.fixture
def foreign(audit_db, who, tmp_path):
    """Audit and release events made at HQ (another database), ready to arrive here."""
    from desktop.models import dealership
    from desktop.models.db import open_database

    hq_db = open_database(tmp_path / "hq.db")
    try:
        with hq_db.write() as conn:
            dealership.setup(
                conn, code="HQ", name="ستاد", admin_username="a", admin_password="pass-pass-1", now=NOW
            )
            library.import_template(conn, None, make(VISIT_SURVEY), NOW)
            for name, role in (("insp", "inspector"), ("boss", "hq")):
                from desktop.models import users

                users.create_user(
                    conn, username=name, display_name=name, role=role, password="pass-pass-1", now=NOW
                )
        from tests.conftest import get_user

        ours = finalised(hq_db, get_user(hq_db, "insp"), dealership_id="1420", dealership_name="آرین")
        theirs = finalised(hq_db, get_user(hq_db, "insp"), dealership_id="1433", dealership_name="پارس")
        with hq_db.write() as conn:
            for audit in (ours, theirs):
                release.release(conn, get_user(hq_db, "boss"), audit.id, NOW + timedelta(days=1))
            streams = [
                e
                for audit in (ours, theirs)
                for name in ("audit", "audit_release")
                for e in events.load_stream(conn, name, audit.id)
            ]
    finally:
        hq_db.close()
    return {"ours": ours.id, "theirs": theirs.id, "events": streams}


def test_a_dealership_pc_shows_no_covert_audit_and_only_its_own_releases(audit_db, who, foreign):
    with audit_db.write() as conn:
        _enrol(conn, "clerk")
        assert device_scope(conn).kind == "dealership"
        events.ingest(conn, foreign["events"], NOW)
    with audit_db.read() as conn:
        assert records.list_audits(conn, who("hq")) == []  # even HQ's role sees nothing here
        assert [r.id for r in release.list_releases(conn, who("hq"))] == [foreign["ours"]]
        assert [r.id for r in release.list_releases(conn, who("manager"))] == [foreign["ours"]]


def test_an_inspector_pc_shows_only_assigned_dealerships(audit_db, who, foreign):
    with audit_db.write() as conn:
        _enrol(conn, "inspector", ["1433"])
        events.ingest(conn, foreign["events"], NOW)
    with audit_db.read() as conn:
        assert [a.id for a in records.list_audits(conn, who("hq"))] == [foreign["theirs"]]
        assert release.list_releases(conn, who("hq")) == []


def test_an_hq_pc_and_an_unenrolled_pc_show_everything(audit_db, who, foreign):
    with audit_db.write() as conn:
        events.ingest(conn, foreign["events"], NOW)
        assert len(records.list_audits(conn, who("hq"))) == 2
        _enrol(conn, "hq")
        events.refold(conn, "audit", foreign["ours"])
        assert len(records.list_audits(conn, who("hq"))) == 2


def test_this_pcs_own_audits_always_show(audit_db, who):
    with audit_db.write() as conn:
        _enrol(conn, "inspector", [])
    audit = finalised(audit_db, who("inspector"), dealership_id="1433")
    with audit_db.read() as conn:
        assert [a.id for a in records.list_audits(conn, who("inspector"))] == [audit.id]
