"""Finalising freezes an audit with a content hash; amendments keep the original."""

from datetime import timedelta

import pytest

from desktop.models import events
from desktop.models.audits import drafts, records, release, visits
from desktop.models.audits.records import AuditIncomplete
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import NOW
from tests.models.audits.conftest import FULL_ANSWERS
from tests.models.audits.helpers import finalised


def _draft(db, inspector, answers):
    with db.write() as conn:
        draft = drafts.start_unplanned(
            conn, inspector, dealership_id="1433", dealership_name="پارس‌خودرو", form_id="showroom", now=NOW
        )
        for name, value in answers.items():
            drafts.save_answer(conn, inspector, draft.id, name, value, NOW)
    return draft


def test_finalising_freezes_the_whole_submission(audit_db, who):
    inspector = who("inspector")
    audit = finalised(audit_db, inspector)
    assert audit.answers["greeted"] == "yes"
    assert audit.template.id == "showroom@1"
    assert audit.dealership_id == "1433"
    assert audit.inspector_id == inspector.id
    assert audit.original_hash == audit.content_hash == records.submission_hash(audit.submission)
    assert audit.verify()
    assert audit.score.score == pytest.approx(audit.score.raw)
    with audit_db.read() as conn:
        stream = events.load_stream(conn, "audit", audit.id)
        assert drafts.list_drafts(conn, inspector) == []
        visit = visits.get_visit(conn, inspector, audit.visit_id)
    assert [e.kind for e in stream] == ["audit_finalized"]
    assert stream[0].dealership_id == "1433"  # the audited dealership, not this device's 1420
    assert stream[0].payload["submission"]["template"]["survey"][0]["name"] == "arrived"
    assert (visit.status, visit.audit_id) == ("done", audit.id)


def test_required_answers_and_constraints_block_finalising(audit_db, who):
    inspector = who("inspector")
    draft = _draft(audit_db, inspector, {"greeted": "yes", "wait": 500})
    with audit_db.write() as conn:
        drafts.set_visit_times(conn, inspector, draft.id, started_at=NOW, ended_at=NOW, now=NOW)
    with audit_db.write() as conn, pytest.raises(AuditIncomplete) as err:
        records.finalise(conn, inspector, draft.id, NOW)
    found = [(p.question, p.code) for p in err.value.problems]
    assert found == [
        ("arrived", "required"),
        ("wait", "constraint"),
        ("courtesy", "required"),  # relevant because greeted = yes
        ("test_drive", "required"),
        ("extra_charge_free", "required"),
    ]
    assert err.value.field == "arrived"
    with audit_db.read() as conn:
        assert events.load_stream(conn, "audit", draft.id) == []
        assert drafts.get_draft(conn, inspector, draft.id).answers["wait"] == 500  # nothing lost


def test_the_end_of_the_visit_must_be_recorded(audit_db, who):
    inspector = who("inspector")
    draft = _draft(audit_db, inspector, FULL_ANSWERS)
    with audit_db.write() as conn, pytest.raises(ValidationError) as err:
        records.finalise(conn, inspector, draft.id, NOW)
    assert err.value.code == "visit_end_missing"


def test_answers_skipped_by_logic_are_not_kept(audit_db, who):
    answers = {**FULL_ANSWERS, "greeted": "no", "courtesy": 5}
    audit = finalised(audit_db, who("inspector"), answers=answers)
    assert "courtesy" not in audit.answers


def test_an_amendment_keeps_the_original_and_its_hash(audit_db, who):
    inspector = who("inspector")
    audit = finalised(audit_db, inspector)
    with audit_db.write() as conn:
        amended = records.amend(
            conn,
            inspector,
            audit.id,
            {"test_drive_speed": "fast"},
            "سرعت را اشتباه زده بودم",
            NOW + timedelta(hours=2),
        )
        stream = events.load_stream(conn, "audit", audit.id)
    assert amended.answers["test_drive_speed"] == "fast"
    assert amended.original_hash == audit.original_hash
    assert amended.content_hash != audit.content_hash
    assert amended.verify()
    assert amended.score.score > audit.score.score
    [change] = amended.amendments
    assert change.changes == {"test_drive_speed": ("slow", "fast")}
    assert change.reason == "سرعت را اشتباه زده بودم"
    assert [e.kind for e in stream] == ["audit_finalized", "audit_amended"]
    assert stream[0].payload["submission"]["answers"]["test_drive_speed"] == "slow"  # untouched
    assert stream[1].payload["previous_hash"] == audit.content_hash
    assert stream[1].payload["content_hash"] == amended.content_hash


def test_an_amendment_that_hides_questions_drops_their_answers(audit_db, who):
    audit = finalised(audit_db, who("inspector"))
    with audit_db.write() as conn:
        amended = records.amend(conn, who("inspmanager"), audit.id, {"test_drive": "no"}, "بررسی دوباره", NOW)
    assert "test_drive_speed" not in amended.answers
    assert amended.amendments[0].changes == {"test_drive": ("yes", "no"), "test_drive_speed": ("slow", None)}


@pytest.mark.parametrize(
    ("changes", "reason", "error", "code"),
    [
        ({"greeted": "yes"}, "x", ValidationError, "no_changes"),
        ({"greeted": "no"}, "  ", ValidationError, "required"),
        ({"wait": 999}, "x", AuditIncomplete, "audit_incomplete"),
        ({"extra_charge_free": None}, "x", AuditIncomplete, "audit_incomplete"),
        ({"nosuch": 1}, "x", ValidationError, "unknown_question_name"),
        ({"photo": "a" * 64}, "x", ValidationError, "answer_evidence"),
    ],
)
def test_bad_amendments_are_refused(audit_db, who, changes, reason, error, code):
    audit = finalised(audit_db, who("inspector"))
    with audit_db.write() as conn, pytest.raises(error) as err:
        records.amend(conn, who("inspector"), audit.id, changes, reason, NOW)
    assert err.value.code == code


def test_who_may_amend(audit_db, who):
    audit = finalised(audit_db, who("inspector"))
    with audit_db.write() as conn:
        with pytest.raises(NotFound):
            records.amend(conn, who("inspector2"), audit.id, {"greeted": "no"}, "x", NOW)
        for name in ("manager", "clerk", "admin"):
            with pytest.raises(PermissionDenied):
                records.amend(conn, who(name), audit.id, {"greeted": "no"}, "x", NOW)
        assert records.amend(conn, who("hq"), audit.id, {"greeted": "no"}, "x", NOW).amendments


def test_a_released_audit_is_not_amended(audit_db, who):
    audit = finalised(audit_db, who("inspector"))
    with audit_db.write() as conn:
        release.release(conn, who("hq"), audit.id, NOW)
        with pytest.raises(TransitionRefused) as err:
            records.amend(conn, who("inspector"), audit.id, {"greeted": "no"}, "x", NOW)
    assert err.value.code == "already_released"


def test_the_same_events_on_another_device_give_the_same_audit(audit_db, who, tmp_path):
    from desktop.models import dealership
    from desktop.models.db import open_database

    audit = finalised(audit_db, who("inspector"))
    with audit_db.write() as conn:
        records.amend(conn, who("inspector"), audit.id, {"courtesy": 2}, "x", NOW + timedelta(hours=1))
        stream = events.load_stream(conn, "audit", audit.id)
        mine = conn.execute(records.audits.select()).first()._asdict()
    hq = open_database(tmp_path / "hq.db")
    try:
        with hq.write() as conn:
            dealership.setup(
                conn, code="HQ", name="ستاد", admin_username="a", admin_password="pass-pass-1", now=NOW
            )
            events.ingest(conn, reversed(stream), NOW)
            theirs = conn.execute(records.audits.select()).first()._asdict()
    finally:
        hq.close()
    assert theirs == mine
