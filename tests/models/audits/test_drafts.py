"""Visits and drafts: assigned or unplanned, every answer saved at once, evidence by SHA-256."""

import hashlib
from datetime import date, timedelta

import pytest

from desktop.models import blobs
from desktop.models.audits import drafts, visits
from desktop.models.errors import NotFound, PermissionDenied, TransitionRefused, ValidationError
from tests.conftest import NOW

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%fake but typed\n"


def assign(conn, who, inspector="inspector", **kw):
    values = {
        "dealership_id": "1433",
        "dealership_name": "نمایندگی پارس‌خودرو",
        "dealership_city": "تهران",
        "form_id": "showroom",
        "inspector_id": who(inspector).id,
        "window_start": date(2026, 11, 22),
        "window_end": date(2026, 11, 30),
        "now": NOW,
    }
    return visits.assign_visit(conn, who("inspmanager"), **{**values, **kw})


@pytest.fixture
def draft(audit_db, who):
    with audit_db.write() as conn:
        visit = assign(conn, who)
        return drafts.start_visit(conn, who("inspector"), visit.id, NOW)


def test_an_assigned_visit_is_listed_for_its_inspector_only(audit_db, who):
    with audit_db.write() as conn:
        visit = assign(conn, who)
        mine = visits.list_visits(conn, who("inspector"))
        theirs = visits.list_visits(conn, who("inspector2"))
        planner = visits.list_visits(conn, who("inspmanager"))
    assert [v.id for v in mine] == [visit.id]
    assert theirs == []
    assert [v.id for v in planner] == [visit.id]
    assert visit.planned
    assert visit.status == "assigned"
    assert visit.window_start == date(2026, 11, 22)
    assert visit.overdue(date(2026, 12, 1))
    assert not visit.overdue(date(2026, 11, 30))


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"dealership_id": "x"}, "dealership_code", "dealership_code_format"),
        ({"dealership_name": " "}, "dealership_name", "required"),
        ({"window_end": date(2026, 11, 1)}, "window_end", "window_order"),
    ],
)
def test_a_bad_assignment_is_refused(audit_db, who, change, field, code):
    with audit_db.write() as conn, pytest.raises(ValidationError) as err:
        assign(conn, who, **change)
    assert (err.value.field, err.value.code) == (field, code)


def test_only_inspectors_can_be_assigned_and_only_planners_assign(audit_db, who):
    with audit_db.write() as conn:
        with pytest.raises(ValidationError) as err:
            assign(conn, who, inspector="clerk")
        assert err.value.code == "not_an_inspector"
        with pytest.raises(PermissionDenied):
            visits.assign_visit(
                conn,
                who("inspector"),
                dealership_id="1433",
                dealership_name="x",
                form_id="showroom",
                inspector_id=who("inspector").id,
                window_start=date(2026, 11, 22),
                window_end=date(2026, 11, 23),
                now=NOW,
            )


def test_starting_a_visit_twice_resumes_the_same_draft(audit_db, who, draft):
    with audit_db.write() as conn:
        again = drafts.start_visit(conn, who("inspector"), draft.visit_id, NOW + timedelta(minutes=5))
        visit = visits.get_visit(conn, who("inspector"), draft.visit_id)
    assert again.id == draft.id
    assert visit.status == "in_progress"
    assert draft.template.id == "showroom@1"
    assert draft.visit_started_at == NOW


def test_another_inspector_cannot_start_or_see_it(audit_db, who, draft):
    with audit_db.write() as conn:
        with pytest.raises((NotFound, TransitionRefused)):
            drafts.start_visit(conn, who("inspector2"), draft.visit_id, NOW)
        for name in ("inspector2", "inspmanager"):
            with pytest.raises(NotFound):
                drafts.get_draft(conn, who(name), draft.id)
            assert drafts.list_drafts(conn, who(name)) == []
        for name in ("manager", "hq", "clerk"):
            with pytest.raises(PermissionDenied):
                drafts.get_draft(conn, who(name), draft.id)


@pytest.mark.parametrize(
    ("question", "typed", "stored"),
    [
        ("arrived", "۹:۰۵", "09:05"),
        ("greeted", "YES", "yes"),
        ("wait", "7:30", 7.5),
        ("wait", "۱۲", 12),
        ("courtesy", "4", 4),
        ("test_drive_speed", "slow", "slow"),
        ("documents", ["warranty", "price", "price"], ["price", "warranty"]),
        ("remarks", "  فروشنده  خوش‌برخورد بود ", "فروشنده خوش‌برخورد بود"),
        ("remarks", "", None),
    ],
)
def test_answers_are_saved_in_their_stored_form(audit_db, who, draft, question, typed, stored):
    with audit_db.write() as conn:
        saved = drafts.save_answer(conn, who("inspector"), draft.id, question, typed, NOW)
    with audit_db.read() as conn:
        again = drafts.get_draft(conn, who("inspector"), draft.id)
    assert saved.value == stored
    assert again.answers.get(question) == stored
    assert again.position == question


@pytest.mark.parametrize(
    ("question", "typed", "code"),
    [
        ("greeted", "maybe", "answer_yes_no"),
        ("courtesy", 6, "answer_scale"),
        ("courtesy", "good", "answer_not_number"),
        ("test_drive_speed", "warp", "answer_choice"),
        ("arrived", "25:00", "time_format"),
        ("wait", "-3", "duration_format"),
        ("photo", "abc", "answer_evidence"),
        ("nosuch", "yes", "unknown_question_name"),
    ],
)
def test_a_value_of_the_wrong_kind_is_refused_and_the_old_one_kept(
    audit_db, who, draft, question, typed, code
):
    with audit_db.write() as conn:
        if question == "courtesy":
            drafts.save_answer(conn, who("inspector"), draft.id, "courtesy", 3, NOW)
    with audit_db.write() as conn, pytest.raises(ValidationError) as err:
        drafts.save_answer(conn, who("inspector"), draft.id, question, typed, NOW)
    assert (err.value.field, err.value.code) == (question, code)
    with audit_db.read() as conn:
        kept = drafts.get_draft(conn, who("inspector"), draft.id).answers
    assert kept.get("courtesy") == (3 if question == "courtesy" else None)


def test_a_value_breaking_a_constraint_is_kept_and_reported(audit_db, who, draft):
    with audit_db.write() as conn:
        saved = drafts.save_answer(conn, who("inspector"), draft.id, "wait", 300, NOW)
        fine = drafts.save_answer(conn, who("inspector"), draft.id, "wait", 30, NOW)
    assert saved.value == 300
    assert saved.problem.code == "constraint"
    assert saved.problem.message.en == "0 to 240 minutes"
    assert fine.problem is None


def test_notes_position_and_internal_note(audit_db, who, draft):
    inspector = who("inspector")
    with audit_db.write() as conn:
        drafts.save_note(conn, inspector, draft.id, "greeted", "کسی جلو نیامد\nتا ۵ دقیقه", NOW)
        drafts.set_position(conn, inspector, draft.id, "sales", NOW)
        drafts.set_internal_note(conn, inspector, draft.id, "ماشین را در پارکینگ روبه‌رو گذاشتم", NOW)
    with audit_db.read() as conn:
        again = drafts.get_draft(conn, inspector, draft.id)
    assert again.notes == {"greeted": "کسی جلو نیامد\nتا 5 دقیقه"}
    assert again.position == "sales"
    assert again.internal_note.startswith("ماشین")


def test_evidence_is_kept_by_sha256_and_answers_photo_questions(audit_db, who, draft):
    inspector = who("inspector")
    with audit_db.write() as conn:
        photo = drafts.attach_evidence(conn, inspector, draft.id, "photo", PNG, "C:\\shots\\lobby.png", NOW)
        drafts.attach_evidence(conn, inspector, draft.id, "photo", PNG, "again.png", NOW)  # same bytes
        letter = drafts.attach_evidence(
            conn, inspector, draft.id, "extra_charge_free", PDF, "invoice.pdf", NOW
        )
        with pytest.raises(ValidationError) as err:
            drafts.attach_evidence(conn, inspector, draft.id, "photo", PDF, "x.pdf", NOW)
        assert err.value.code == "evidence_not_image"
        stored = blobs.get_blob(conn, photo.sha256)
    assert photo.sha256 == hashlib.sha256(PNG).hexdigest()
    assert (photo.name, photo.mime) == ("lobby.png", "image/png")
    assert stored.data == PNG
    with audit_db.read() as conn:
        again = drafts.get_draft(conn, inspector, draft.id)
    assert again.answers["photo"] == [photo.sha256]
    assert [e.sha256 for e in again.evidence["photo"]] == [photo.sha256]
    assert again.evidence["extra_charge_free"] == (letter,)
    assert "extra_charge_free" not in again.answers  # supporting evidence is not an answer
    with audit_db.write() as conn:
        drafts.remove_evidence(conn, inspector, draft.id, "photo", photo.sha256, NOW)
    with audit_db.read() as conn:
        again = drafts.get_draft(conn, inspector, draft.id)
    assert "photo" not in again.answers
    assert "photo" not in again.evidence


def test_a_file_of_another_kind_is_refused(audit_db, who, draft):
    with audit_db.write() as conn, pytest.raises(ValidationError) as err:
        drafts.attach_evidence(
            conn, who("inspector"), draft.id, "extra_charge_free", b"MZ\x90\x00", "x.exe", NOW
        )
    assert err.value.code == "file_type"


@pytest.mark.parametrize(
    ("start", "end", "field", "code"),
    [
        (NOW, NOW - timedelta(minutes=1), "visit_ended_at", "visit_times_order"),
        (NOW, NOW + timedelta(hours=2), "visit_ended_at", "in_future"),
        (None, NOW, "visit_started_at", "required"),
    ],
)
def test_visit_times_are_checked(audit_db, who, draft, start, end, field, code):
    with audit_db.write() as conn, pytest.raises(ValidationError) as err:
        drafts.set_visit_times(conn, who("inspector"), draft.id, started_at=start, ended_at=end, now=NOW)
    assert (err.value.field, err.value.code) == (field, code)


def test_drafts_are_listed_with_progress(audit_db, who, draft):
    with audit_db.write() as conn:
        drafts.save_answer(conn, who("inspector"), draft.id, "greeted", "yes", NOW)
        drafts.save_answer(conn, who("inspector"), draft.id, "wait", 3, NOW)
        listed = drafts.list_drafts(conn, who("inspector"))
    assert [(d.id, d.answered, d.questions) for d in listed] == [(draft.id, 2, 10)]
    assert listed[0].dealership_name == "نمایندگی پارس‌خودرو"


def test_discarding_a_draft_reopens_its_visit(audit_db, who, draft):
    with audit_db.write() as conn:
        drafts.discard_draft(conn, who("inspector"), draft.id)
        visit = visits.get_visit(conn, who("inspector"), draft.visit_id)
        assert drafts.list_drafts(conn, who("inspector")) == []
    assert visit.status == "assigned"


def test_an_unplanned_visit_is_recorded_as_such(audit_db, who):
    with audit_db.write() as conn:
        draft = drafts.start_unplanned(
            conn,
            who("inspector"),
            dealership_id="۱۵۰۷",
            dealership_name="کرج موتور",
            form_id="showroom",
            now=NOW,
            scenario="خرید نقدی دنا پلاس",
        )
        visit = visits.get_visit(conn, who("inspector"), draft.visit_id)
    assert not visit.planned
    assert visit.dealership_id == "1507"
    assert draft.scenario_text("fa") == "خرید نقدی دنا پلاس"


def test_cancelling_a_visit(audit_db, who):
    with audit_db.write() as conn:
        visit = assign(conn, who)
        cancelled = visits.cancel_visit(conn, who("inspmanager"), visit.id)
        assert visits.list_visits(conn, who("inspector")) == []
        with pytest.raises(TransitionRefused):
            drafts.start_visit(conn, who("inspector"), visit.id, NOW)
    assert cancelled.status == "cancelled"
