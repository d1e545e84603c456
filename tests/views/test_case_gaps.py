"""Gaps found in review: authority referrals at the counter, the takeover ending with the case
window, the happy call's score, correcting a case's details, the name-and-vehicle duplicate."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton

from desktop.models import cases, customers
from tests.conftest import get_user
from tests.helpers import find, type_text
from tests.views.counter_helpers import add_people, sign_in
from tests.views.test_cases import _act, _detail, _register, _session, _take_over

pytestmark = pytest.mark.gui


@pytest.fixture
def people(ctx, wait):
    clerk = sign_in(ctx)
    return add_people(ctx.db, clerk)


def _intake(ctx, qtbot, wait, person):
    from desktop.views.intake import IntakeDialog

    dialog = IntakeDialog(ctx, person, [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    wait()
    return dialog


# -- authority referrals ----------------------------------------------------------------------


def test_intake_asks_for_the_authority_only_on_that_channel(ctx, qtbot, wait, people):
    dialog = _intake(ctx, qtbot, wait, people[0])
    tallest = dialog.sizeHint().height()  # a question, with its answer on the spot
    assert not dialog.authority.isVisible()
    assert dialog.answered.isVisible()  # a question may be answered on the spot ...
    dialog.channel.setCurrentIndex(dialog.channel.findData("authority"))
    assert dialog.authority.isVisible()
    assert not dialog.answered.isVisible()  # ... an authority's case needs the reply letter
    wait()
    assert dialog.sizeHint().height() <= tallest  # no taller than before: fits the counter's screen
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("complaint"))
    type_text(dialog.description, "شکایت ارجاعی دربارهٔ قیمت قطعه")
    dialog._on_submit_clicked()
    wait()
    # Nothing typed in the authority's fields: the first one missing is named and focused.
    assert dialog.pages.currentIndex() == 0
    assert dialog.error.isVisible()
    assert "مرجع" in dialog.error.text()
    assert dialog.authority_name.hasFocus()
    type_text(dialog.authority_name, "سازمان حمایت مصرف‌کنندگان")
    type_text(dialog.authority_letter_no, "۱۲/۳۴۵")
    type_text(dialog.authority_letter_date, "۱۴۰۵/۰۹/۰۱")
    type_text(dialog.authority_due_date, "۱۴۰۵/۰۹/۱۰")
    got = []
    dialog.registered.connect(got.append)
    dialog._on_submit_clicked()
    wait()
    (case,) = got
    assert case.channel == "authority"
    assert case.state.authority == {
        "name": "سازمان حمایت مصرف‌کنندگان",
        "letter_no": "12/345",
        "letter_date": "2026-11-22",
        "due_date": "2026-12-01",
    }
    # Back to another channel: the authority's fields go away and are not sent.
    other = _intake(ctx, qtbot, wait, people[0])
    other.channel.setCurrentIndex(other.channel.findData("authority"))
    other.channel.setCurrentIndex(other.channel.findData("phone"))
    assert not other.authority.isVisible()
    assert other._authority_values() is None


def test_the_case_window_shows_the_authority(ctx, qtbot, wait):
    _session(ctx, "clerk")
    letter = {
        "name": "سازمان بازرسی",
        "letter_no": "۹۸/۷",
        "letter_date": "1405/09/01",
        "due_date": "1405/09/04",
    }
    case = _register(ctx, channel="authority", counter=None, authority=letter)
    detail = _detail(ctx, qtbot, wait, case.id)
    shown = find(detail, QLabel, "field_authority")
    assert shown.isVisible()
    assert "سازمان بازرسی" in shown.text()
    assert "۹۸/۷" in shown.text()
    assert "۱۴۰۵/۰۹/۰۴" in shown.text() or "۴ آذر" in shown.text()  # the due date, Solar Hijri
    phone = _detail(ctx, qtbot, wait, _register(ctx, channel="phone", counter=None).id)
    assert not find(phone, QLabel, "field_authority").isVisible()


# -- the takeover ends with the case window ---------------------------------------------------


def test_closing_the_case_window_hands_the_counter_back(ctx, qtbot, wait, people):
    _session(ctx, "clerk")
    case = _register(ctx)
    detail = _detail(ctx, qtbot, wait, case.id)
    _act(detail, wait, "escalate", reason="not_convinced", comment="")
    _take_over(detail, wait, "supervisor")
    assert ctx.session.actor.username == "supervisor"
    other = _detail(ctx, qtbot, wait, _register(ctx, channel="phone", counter=None).id)
    other.close()  # another case window: the takeover was not made there
    assert ctx.session.actor.username == "supervisor"
    detail.close()
    wait()
    assert ctx.session.acting is None
    assert ctx.session.actor.username == "clerk"
    # The clerk's next intake is the clerk's again.
    dialog = _intake(ctx, qtbot, wait, people[1])
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("complaint"))
    type_text(dialog.description, "درخواست بررسی")
    got = []
    dialog.registered.connect(got.append)
    dialog._on_submit_clicked()
    wait()
    assert got[0].registered_by == get_user(ctx.db, "clerk").id


def test_escape_closes_and_hands_back_too(ctx, qtbot, wait):
    _session(ctx, "clerk")
    case = _register(ctx)
    detail = _detail(ctx, qtbot, wait, case.id)
    _act(detail, wait, "escalate", reason="customer_request", comment="")
    _take_over(detail, wait, "supervisor")
    detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it after the test
    detail.reject()  # what Escape does
    assert ctx.session.acting is None


# -- the happy call's score -------------------------------------------------------------------


def test_the_happy_call_starts_without_a_score(ctx, qtbot, wait):
    from desktop.views.case_actions import ActionForm

    _session(ctx, "clerk")
    case = _register(ctx, channel="phone", counter=None)
    detail = _detail(ctx, qtbot, wait, case.id)
    _act(detail, wait, "respond", answer="قطعه سفارش داده شد", method="sms")
    _session(ctx, "hq")
    wait()
    find(detail, QPushButton, "action_happy_call").click()
    wait()
    form = next(f for f in detail.findChildren(ActionForm) if f.isVisible())
    score = form.inputs["satisfaction"]
    assert isinstance(score, QComboBox)
    assert score.currentData() is None
    reach = form.inputs["reach"]
    reach.setCurrentIndex(reach.findData("reached"))
    find(form, QPushButton, "actionOk").click()  # OK without choosing: refused, form stays
    wait()
    assert form.isVisible()
    assert "رضایت" in form.error.text()
    with ctx.db.read() as conn:
        assert [e.kind for e in cases.case_events(conn, case.id)][-1] == "responded"
    score.setCurrentIndex(score.findData(2))
    find(form, QPushButton, "actionOk").click()
    wait()
    assert not form.isVisible()
    with ctx.db.read() as conn:
        done = cases.get_case(conn, case.id)
    assert done.events[-1].payload["satisfaction"] == 2
    assert done.status == "reopened"


# -- correcting the details -------------------------------------------------------------------


def test_correct_details_records_a_new_event(ctx, qtbot, wait):
    from desktop.views.case_correct import CorrectDialog

    _session(ctx, "clerk")
    case = _register(ctx, channel="phone", counter=None, category="warranty", subcategory="claim_refused")
    detail = _detail(ctx, qtbot, wait, case.id)
    button = find(detail, QPushButton, "action_reclassify")
    assert button.isEnabled(), button.toolTip()
    button.click()
    wait()
    dialog = next(d for d in detail.findChildren(CorrectDialog) if d.isVisible())
    assert dialog.subcategory.currentData() == "claim_refused"  # today's values to start from
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    find(dialog, QPushButton, "correctOk").click()
    wait()
    assert dialog.isVisible()  # a correction needs its reason
    assert dialog.error.isVisible()
    type_text(find(dialog, QPlainTextEdit, "correctReason"), "خودرو در جاده متوقف است")
    find(dialog, QPushButton, "correctOk").click()
    wait()
    assert not dialog.isVisible()
    with ctx.db.read() as conn:
        fixed = cases.get_case(conn, case.id)
    assert (fixed.priority, fixed.subcategory, fixed.events[-1].kind) == (
        "urgent",
        "claim_refused",
        "reclassified",
    )
    assert "فوری" in find(detail, QLabel, "field_classification").text()
    last = detail.timeline.rowCount() - 1
    assert "خودرو در جاده متوقف است" in detail.timeline.item(last, 3).text()
    assert detail.timeline.item(last, 2).text() != "reclassified"  # a label, not the code
    # A closed case is not corrected: the button says why.
    _act(detail, wait, "close", resolution="withdrawn", reason="انصراف")
    assert not find(detail, QPushButton, "action_reclassify").isEnabled()


# -- the same name with the same vehicle ------------------------------------------------------


def test_same_name_and_vehicle_is_shown_before_saving(ctx, qtbot, wait, people, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.customer_form import CustomerDialog

    def no_transfer(*_args, **_kw):
        raise AssertionError("a transfer was offered for what is a duplicate person")

    monkeypatch.setattr(QMessageBox, "question", no_transfer)
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.fields.edits["first_name"], "علیرضا")
    type_text(dialog.fields.edits["last_name"], "محمدی")
    vin = dialog.vehicle_fields.edits["vin"]
    type_text(vin, "NAAN01CA9KE123456")
    vin.editingFinished.emit()
    wait()
    assert dialog.duplicates.isVisible()
    assert "علیرضا محمدی" in dialog.duplicates_text.text()
    dialog._on_save_clicked()
    wait()
    assert dialog.isVisible()
    assert dialog.save.text() != dialog.tr("Save")  # "save anyway" now, after a look
    with ctx.db.read() as conn:
        assert customers.count_customers(conn) == len(people)
