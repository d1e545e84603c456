"""Releasing to the dealership under a pseudonym; appeals decided by HQ; score recomputed."""

import json
import re
from datetime import timedelta

import pytest

from desktop.models import events
from desktop.models.audits import release
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import NOW
from tests.models.audits.conftest import FULL_ANSWERS
from tests.models.audits.helpers import finalised

LATER = NOW + timedelta(days=3)


@pytest.fixture
def audit(audit_db, who):
    """A finalised audit of the test dealership 1420 itself, with an illegal extra charge."""
    answers = {**FULL_ANSWERS, "extra_charge_free": "no", "courtesy": 5}
    return finalised(
        audit_db, who("inspector"), dealership_id="1420", dealership_name="آرین‌خودرو", answers=answers
    )


@pytest.fixture
def released(audit_db, who, audit):
    with audit_db.write() as conn:
        return release.release(conn, who("hq"), audit.id, LATER)


def test_the_released_report_names_the_inspector_only_by_pseudonym(audit_db, who, audit, released):
    inspector = who("inspector")
    assert re.fullmatch(r"[2-9A-Z]{4}", released.pseudonym)
    assert released.answers == audit.answers
    assert released.original_score.score == audit.score.score == 40  # capped by the audit-wide critical
    with audit_db.read() as conn:
        [event] = events.load_stream(conn, "audit_release", audit.id)
    text = json.dumps(event.to_dict(), ensure_ascii=False)
    for secret in (inspector.id, inspector.username, inspector.display_name, audit.visit_id):
        assert secret not in text
    assert "internal_note" not in text
    assert event.dealership_id == "1420"
    assert event.actor_id == who("hq").id


def test_release_needs_the_permission_and_happens_once(audit_db, who, audit):
    with audit_db.write() as conn:
        for name in ("inspector", "manager", "clerk"):
            with pytest.raises((PermissionDenied, NotFound)):
                release.release(conn, who(name), audit.id, LATER)
        release.release(conn, who("inspmanager"), audit.id, LATER)
        with pytest.raises(TransitionRefused) as err:
            release.release(conn, who("hq"), audit.id, LATER)
    assert err.value.code == "already_released"


def test_evidence_is_released_only_when_asked(audit_db, who, audit):
    with audit_db.write() as conn:
        report = release.release(conn, who("hq"), audit.id, LATER)
    assert report.evidence == {}


def test_the_dealership_appeals_an_item_and_hq_upholds_it(audit_db, who, released):
    manager, hq = who("manager"), who("hq")
    with audit_db.write() as conn:
        appeal = release.file_appeal(
            conn, manager, released.id, "extra_charge_free", "مبلغ اضافه هزینهٔ بیمه بوده و رسید دارد", LATER
        )
        pending = release.get_release(conn, manager, released.id)
        decided = release.decide_appeal(
            conn,
            hq,
            released.id,
            appeal.id,
            upheld=True,
            note="رسید بیمه بررسی شد",
            now=LATER + timedelta(days=1),
        )
        report = release.get_release(conn, manager, released.id)
        stream = events.load_stream(conn, "audit_release", released.id)
    assert appeal.status == "pending"
    assert appeal.filed_by == manager.id
    assert pending.score.score == 40  # nothing changes while it is pending
    assert decided.status == "upheld"
    assert decided.decided_by == hq.id
    assert report.void == {"extra_charge_free"}
    assert report.original_score.score == 40  # the score at release stays on record
    assert report.score.score > 40
    assert report.score.critical_failures == ()
    assert [e.kind for e in stream] == ["audit_released", "appeal_filed", "appeal_decided"]


def test_an_upheld_appeal_may_set_the_right_answer(audit_db, who, released):
    with audit_db.write() as conn:
        appeal = release.file_appeal(
            conn, who("manager"), released.id, "test_drive_speed", "فوراً آماده شد", LATER
        )
        release.decide_appeal(
            conn,
            who("hq"),
            released.id,
            appeal.id,
            upheld=True,
            note="فیلم دوربین",
            now=LATER,
            corrected="fast",
        )
        report = release.get_release(conn, who("hq"), released.id)
    assert report.adjusted["test_drive_speed"] == "fast"
    assert report.answers["test_drive_speed"] == "slow"
    assert report.score.sections["sales"].raw > report.original_score.sections["sales"].raw


def test_a_rejected_appeal_changes_no_score(audit_db, who, released):
    with audit_db.write() as conn:
        appeal = release.file_appeal(
            conn, who("manager"), released.id, "greeted", "همکار ما در سالن بود", LATER
        )
        release.decide_appeal(
            conn, who("hq"), released.id, appeal.id, upheld=False, note="تصویر نشان نمی‌دهد", now=LATER
        )
        report = release.get_release(conn, who("manager"), released.id)
        [summary] = release.list_releases(conn, who("manager"))
    assert report.appeals[0].status == "rejected"
    assert report.score.score == report.original_score.score
    assert summary.pending_appeals == 0


@pytest.mark.parametrize(
    ("question", "reason", "error", "code"),
    [
        ("greeted", "   ", ValidationError, "required"),
        ("photo", "x", ValidationError, "not_in_report"),  # unanswered: not an item of the report
        ("nosuch", "x", ValidationError, "not_in_report"),
    ],
)
def test_bad_appeals_are_refused(audit_db, who, released, question, reason, error, code):
    with audit_db.write() as conn, pytest.raises(error) as err:
        release.file_appeal(conn, who("manager"), released.id, question, reason, LATER)
    assert err.value.code == code


def test_one_appeal_per_item(audit_db, who, released):
    with audit_db.write() as conn:
        appeal = release.file_appeal(conn, who("manager"), released.id, "greeted", "x", LATER)
        with pytest.raises(TransitionRefused) as err:
            release.file_appeal(conn, who("manager"), released.id, "greeted", "y", LATER)
        assert err.value.code == "appeal_pending"
        release.decide_appeal(conn, who("hq"), released.id, appeal.id, upheld=False, note="n", now=LATER)
        with pytest.raises(TransitionRefused) as err:
            release.file_appeal(conn, who("manager"), released.id, "greeted", "z", LATER)
        assert err.value.code == "appeal_decided"
        with pytest.raises(TransitionRefused) as err:
            release.decide_appeal(conn, who("hq"), released.id, appeal.id, upheld=True, note="n", now=LATER)
        assert err.value.code == "appeal_not_pending"


def test_who_may_appeal_and_decide(audit_db, who, released):
    with audit_db.write() as conn:
        for name in ("clerk", "supervisor", "admin", "inspector", "hq"):
            with pytest.raises(PermissionDenied):
                release.file_appeal(conn, who(name), released.id, "greeted", "x", LATER)
        appeal = release.file_appeal(conn, who("manager"), released.id, "greeted", "x", LATER)
        for name in ("manager", "inspmanager", "inspector"):
            with pytest.raises(PermissionDenied):
                release.decide_appeal(
                    conn, who(name), released.id, appeal.id, upheld=True, note="n", now=LATER
                )
        with pytest.raises(ValidationError) as err:
            release.decide_appeal(conn, who("hq"), released.id, appeal.id, upheld=True, note=" ", now=LATER)
        assert err.value.field == "decision_note"
        with pytest.raises(ValidationError) as err:
            release.decide_appeal(
                conn, who("hq"), released.id, appeal.id, upheld=False, note="n", now=LATER, corrected="yes"
            )
        assert err.value.code == "correction_needs_upheld"


def test_appeals_to_decide_are_listed_for_hq(audit_db, who, released):
    with audit_db.write() as conn:
        release.file_appeal(conn, who("manager"), released.id, "greeted", "x", LATER)
        release.file_appeal(conn, who("manager"), released.id, "test_drive", "y", LATER + timedelta(hours=1))
        listed = release.list_appeals(conn, who("hq"))
    assert [a.appeal.question for a in listed] == ["greeted", "test_drive"]
    assert listed[0].question_label.en == "Question greeted"
    assert listed[0].dealership_id == "1420"


def test_release_events_fold_the_same_in_any_order(audit_db, who, released):
    with audit_db.write() as conn:
        appeal = release.file_appeal(conn, who("manager"), released.id, "greeted", "x", LATER)
        release.decide_appeal(conn, who("hq"), released.id, appeal.id, upheld=True, note="n", now=LATER)
        stream = events.load_stream(conn, "audit_release", released.id)
    forward = release.fold(stream)
    backward = release.fold(list(reversed(stream)))
    assert forward == backward
    assert forward.void == {"greeted"}
