"""Filling an audit in Persian: skip logic live, keys, autosave, resume, finalise."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QRadioButton

from desktop.models.audits import drafts, records
from desktop.models.calendar import utcnow
from desktop.views import i18n
from desktop.views.audit_form import AuditForm
from tests.helpers import find, press, type_text
from tests.views.audit_fixtures import audit_ctx_fixture, new_draft, sign_in, user  # noqa: F401

pytestmark = pytest.mark.gui


def _form(ctx, qtbot, draft):
    form = AuditForm(ctx, draft)
    qtbot.addWidget(form)
    form.resize(1200, 800)
    form.show()
    return form


def _stored(ctx, draft_id):
    with ctx.db.read() as conn:
        return drafts.get_draft(conn, user(ctx, "inspector"), draft_id)


def test_skip_logic_applies_live_and_every_answer_is_saved(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    draft = new_draft(audit_ctx)
    form = _form(audit_ctx, qtbot, draft)
    wait()
    form.go_to("greeted")
    courtesy = form.cards["courtesy"]
    assert not courtesy.isVisible()  # shown only when greeted = yes
    assert form.cards["greeted"].isVisible()
    find(form, QRadioButton, "opt_greeted_yes").click()
    wait()
    assert courtesy.isVisible()
    assert _stored(audit_ctx, draft.id).answers["greeted"] == "yes"
    # a digit key picks a score, Persian digits too, and moves on to the next question
    courtesy.setFocus()
    type_text(courtesy, "۴")
    wait()
    assert _stored(audit_ctx, draft.id).answers["courtesy"] == 4
    find(form, QRadioButton, "opt_greeted_no").click()
    wait()
    assert not courtesy.isVisible()
    nav = find(form, QListWidget, "sectionNav")
    assert "۱/۲" in nav.item(1).text()  # greeting: 1 of 2 shown questions answered (wait + greeted)


def test_typed_persian_text_and_numbers_are_saved(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    draft = new_draft(audit_ctx)
    form = _form(audit_ctx, qtbot, draft)
    form.go_to("wait")
    type_text(find(form, QLineEdit, "input_wait"), "۱۲")
    form.go_to("remarks")
    remarks = find(form, QPlainTextEdit, "input_remarks")
    type_text(remarks, "فروشنده تلفنی صحبت می‌کرد")
    form.flush()
    wait()
    stored = _stored(audit_ctx, draft.id)
    assert stored.answers["wait"] == 12
    assert stored.answers["remarks"] == "فروشنده تلفنی صحبت می‌کرد"
    assert stored.position == "remarks"


def test_a_broken_constraint_is_shown_with_the_forms_message(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    form = _form(audit_ctx, qtbot, new_draft(audit_ctx))
    form.go_to("wait")
    type_text(find(form, QLineEdit, "input_wait"), "۳۰۰")
    form.flush()
    wait()
    assert form.cards["wait"].error.text() == "بین ۰ تا ۲۴۰ دقیقه"
    type_text(find(form, QLineEdit, "input_arrived"), "25:99")
    form.flush()
    wait()
    assert "ساعت" in form.cards["arrived"].error.text()


def test_reopening_resumes_at_the_same_question(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    draft = new_draft(audit_ctx)
    form = _form(audit_ctx, qtbot, draft)
    find(form, QPushButton, "nextSection").click()
    find(form, QPushButton, "nextSection").click()
    find(form, QRadioButton, "opt_test_drive_yes").click()
    wait()
    find(form, QPushButton, "closeForm").click()
    wait()
    again = _form(audit_ctx, qtbot, _stored(audit_ctx, draft.id))
    wait()
    assert again.current_section() == "sales"
    assert find(again, QRadioButton, "opt_test_drive_yes").isChecked()
    assert again.cards["test_drive_speed"].isVisible()


def test_the_running_score_is_hidden_until_asked(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    form = _form(audit_ctx, qtbot, new_draft(audit_ctx))
    label = find(form, QLabel, "runningScore")
    assert not label.isVisible()
    find(form, QRadioButton, "opt_greeted_yes").click()
    wait()
    find(form, QPushButton, "showScore").click()
    assert label.isVisible()
    assert "۱۰۰٫۰" in label.text()


def test_finalising_lists_what_is_missing_then_freezes(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    draft = new_draft(audit_ctx)
    form = _form(audit_ctx, qtbot, draft)
    finalised = []
    form.finalised.connect(finalised.append)
    form.finalise_now()
    wait()
    assert "پایان" in form.times_error.text()  # the end of the visit first
    date = find(form, QLineEdit, "visitDate")
    date.clear()
    type_text(date, i18n.fmt_date(utcnow()))
    start = find(form, QLineEdit, "startTime")
    start.clear()
    type_text(start, "۰۰:۰۰")
    press(start, Qt.Key.Key_Return)
    find(form, QPushButton, "endNow").click()
    wait()
    assert not form.times_error.isVisible()
    form.finalise_now()
    wait()
    problems = find(form, QListWidget, "formProblems")
    assert problems.isVisible()
    # arrived, greeted, wait, test_drive, extra_charge_free: the required ones still empty
    assert problems.count() == 5
    assert problems.item(0).text().startswith("پرسش arrived")
    for name, value in (("greeted", "no"), ("test_drive", "no"), ("extra_charge_free", "yes")):
        find(form, QRadioButton, f"opt_{name}_{value}").click()
    type_text(find(form, QLineEdit, "input_arrived"), "۱۰:۰۵")
    type_text(find(form, QLineEdit, "input_wait"), "3")
    form.flush()
    wait()
    form.finalise_now()
    wait()
    assert len(finalised) == 1
    with audit_ctx.db.read() as conn:
        audit = records.get_audit(conn, user(audit_ctx, "inspector"), finalised[0])
    assert audit.answers["arrived"] == "10:05"
    assert audit.verify()


def test_long_page_shows_every_section_at_once(audit_ctx, qtbot, wait):
    sign_in(audit_ctx, "inspector")
    form = _form(audit_ctx, qtbot, new_draft(audit_ctx))
    find(form, QPushButton, "showScore")
    form.long_page.setChecked(True)
    wait()
    assert form.stack.count() == 1
    assert form.cards["arrived"].isVisible()
    assert form.cards["extra_charge_free"].isVisible()
    form.long_page.setChecked(False)
    assert form.stack.count() == 3
    assert not form.cards["extra_charge_free"].isVisible()  # on another page now


@pytest.mark.parametrize("lang", ["en"])
def test_the_form_works_in_english(audit_ctx, qtbot, wait, lang):
    sign_in(audit_ctx, "inspector")
    form = _form(audit_ctx, qtbot, new_draft(audit_ctx))
    assert form.layoutDirection() == Qt.LayoutDirection.LeftToRight
    form.go_to("greeted")
    assert form.cards["greeted"].title.text() == "2. Question greeted *"
    find(form, QRadioButton, "opt_greeted_yes").click()
    wait()
    find(form, QPushButton, "showScore").click()
    assert find(form, QLabel, "runningScore").text() == "Score so far: 100.0"
    nav = find(form, QListWidget, "sectionNav")
    assert nav.item(0).text().startswith("General")
