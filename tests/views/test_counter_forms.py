"""The customer form, the intake form and the 360° view, as a clerk fills and reads them."""

from datetime import timedelta

import pytest

from desktop.models import customers
from desktop.models.customers.intake import Attachment, register_at_counter
from tests.conftest import NOW
from tests.helpers import type_text
from tests.views.counter_helpers import add_people, sign_in

pytestmark = pytest.mark.gui


@pytest.fixture
def people(ctx, wait):
    clerk = sign_in(ctx)
    return add_people(ctx.db, clerk)


def _dialog(ctx, qtbot, **kw):
    from desktop.views.customer_form import CustomerDialog

    dialog = CustomerDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _leave(edit):
    edit.editingFinished.emit()


def test_each_field_is_checked_when_the_clerk_leaves_it(ctx, qtbot, wait, people):
    dialog = _dialog(ctx, qtbot)
    type_text(dialog.fields.edits["national_id"], "۰۴۹۹۳۷۰۸۹۸")
    _leave(dialog.fields.edits["national_id"])
    assert dialog.fields.errors["national_id"].text().startswith("کد ملی:")
    type_text(dialog.fields.edits["mobile"], "0912")
    _leave(dialog.fields.edits["mobile"])
    assert dialog.fields.errors["mobile"].isVisible()
    dialog.fields.edits["mobile"].clear()
    type_text(dialog.fields.edits["mobile"], "+98 935 000 1122")
    _leave(dialog.fields.edits["mobile"])
    assert not dialog.fields.errors["mobile"].isVisible()


def test_a_known_national_id_shows_the_existing_customer_at_once(ctx, qtbot, wait, people):
    dialog = _dialog(ctx, qtbot)
    opened = []
    dialog.open_requested.connect(opened.append)
    type_text(dialog.fields.edits["national_id"], "0499370899")
    _leave(dialog.fields.edits["national_id"])
    wait()
    assert dialog.duplicates.isVisible()
    assert "علیرضا محمدی" in dialog.duplicates_text.text()
    dialog.open_existing.click()
    assert opened == [people[0].id]


def test_saving_a_known_national_id_is_refused_and_nothing_is_saved(ctx, qtbot, wait, people):
    dialog = _dialog(ctx, qtbot)
    type_text(dialog.fields.edits["first_name"], "علی")
    type_text(dialog.fields.edits["last_name"], "رضایی")
    type_text(dialog.fields.edits["national_id"], "0499370899")
    dialog._on_save_clicked()
    wait()
    assert dialog.fields.errors["national_id"].isVisible()
    with ctx.db.read() as conn:
        assert customers.count_customers(conn) == 3


def test_same_mobile_asks_before_saving_a_second_record(ctx, qtbot, wait, people):
    dialog = _dialog(ctx, qtbot)
    saved = []
    dialog.saved.connect(saved.append)
    type_text(dialog.fields.edits["first_name"], "زهرا")
    type_text(dialog.fields.edits["last_name"], "محمدی")
    type_text(dialog.fields.edits["mobile"], "09123456789")
    dialog._on_save_clicked()
    wait()
    assert saved == []
    assert dialog.save.text() == "با این حال ذخیره شود"
    dialog._on_save_clicked()
    wait()
    assert len(saved) == 1


def test_new_customer_with_a_vehicle_and_the_vehicle_taken_offers_a_transfer(
    ctx, qtbot, wait, people, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = _dialog(ctx, qtbot)
    saved = []
    dialog.saved.connect(saved.append)
    type_text(dialog.fields.edits["first_name"], "نیما")
    type_text(dialog.fields.edits["last_name"], "کیانی")
    type_text(dialog.vehicle_fields.edits["vin"], "NAAN01CA9KE123456")
    dialog._on_save_clicked()
    wait()
    wait()
    assert len(saved) == 1
    with ctx.db.read() as conn:
        (car,) = customers.vehicles_of(conn, saved[0])
        assert [o.owner_id for o in car.owners] == [people[0].id, saved[0]]


def test_organisation_form_shows_its_own_fields(ctx, qtbot, people):
    dialog = _dialog(ctx, qtbot)
    dialog.kind.setCurrentIndex(1)
    assert dialog.fields.rows["company_name"].isVisible()
    assert not dialog.fields.rows["first_name"].isVisible()


def test_intake_rejects_an_empty_description_in_place(ctx, qtbot, wait, people):
    from desktop.views.intake import IntakeDialog

    dialog = IntakeDialog(ctx, people[0], [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    wait()
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("complaint"))
    assert not dialog.answered.isVisible()
    dialog._on_submit_clicked()
    wait()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("شرح")
    assert dialog.pages.currentIndex() == 0


def test_intake_registers_a_complaint_with_a_file(ctx, qtbot, wait, people, tmp_path):
    from desktop.views.intake import IntakeDialog

    letter = tmp_path / "نامه.pdf"
    letter.write_bytes(b"%PDF-1.4 test")
    with ctx.db.read() as conn:
        cars = customers.vehicles_of(conn, people[0].id)
    dialog = IntakeDialog(ctx, people[0], cars, None)
    qtbot.addWidget(dialog)
    dialog.show()
    wait()
    assert dialog.vehicle.currentData() == cars[0].id  # the one vehicle is chosen
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("complaint"))
    dialog.category.setCurrentIndex(dialog.category.findData("warranty"))
    type_text(dialog.description, "صدای غیرعادی موتور پس از سرویس")
    type_text(dialog.remedy, "بررسی رایگان")
    dialog.files.addItem(letter.name)
    dialog.files.item(0).setData(256, str(letter))
    got = []
    dialog.registered.connect(got.append)
    dialog._on_submit_clicked()
    wait()
    (case,) = got
    assert case.status != "closed"
    assert case.vehicle_id == cars[0].id
    assert len(case.attachments) == 1
    assert dialog.tracking.text() == "\u2066" + case.tracking_code + "\u2069"  # kept in reading order
    assert dialog.pages.currentIndex() == 1


def test_360_view_shows_cases_timeline_vehicles_and_files(ctx, qtbot, wait, people):
    from desktop.views.customer_360 import Customer360

    clerk = ctx.session.actor
    with ctx.db.write() as conn:
        car = customers.vehicles_of(conn, people[0].id)[0]
        register_at_counter(
            conn,
            clerk,
            customer_id=people[0].id,
            channel="walk_in",
            case_type="complaint",
            category="quality",
            description="لرزش فرمان",
            now=NOW,
            vehicle_id=car.id,
            attachments=[Attachment("عکس.png", b"\x89PNG\r\n\x1a\n0")],
        )
        register_at_counter(
            conn,
            clerk,
            customer_id=people[0].id,
            channel="phone",
            case_type="question",
            category="warranty",
            description="مدت گارانتی؟",
            now=NOW + timedelta(hours=1),
            answer="دو سال",
            satisfaction=5,
        )
        customers.transfer_ownership(conn, clerk, car.id, people[2].id, now=NOW + timedelta(days=3))
    view = Customer360(ctx)
    qtbot.addWidget(view)
    view.show()
    view.load(people[0].id)
    wait()
    assert view.name.text() == "علیرضا محمدی"
    assert "۲\u00a0پرونده،\u00a0۱\u00a0باز" in view.details.text()  # kept in one piece
    assert view.cases.rowCount() == 2
    assert view.cases.item(0, 4).text() == "مختومه (حل\u200cشده در همان مراجعه)"
    texts = [view.timeline.item(i).text() for i in range(view.timeline.count())]
    assert texts[0] == "مدت گارانتی؟"
    assert len(texts) >= 3
    assert view.vehicles.rowCount() == 1
    assert "(مالکیت پیشین)" in view.vehicles.item(0, 0).text()
    assert "حسین رضایی" in view.vehicles.item(0, 7).text()
    assert view.files.rowCount() == 1
    assert view.files.item(0, 0).text() == "عکس.png"
