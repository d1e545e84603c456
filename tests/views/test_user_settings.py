"""Settings → Users: an administrator gives a user a unit and vehicle segments, by name."""

import pytest
from PySide6.QtWidgets import QCheckBox, QPushButton

from desktop.models import dealership, events, reference, users
from desktop.models.calendar import utcnow
from desktop.models.session import Session
from desktop.views import settings as settings_view
from tests.conftest import PASSWORD, get_user
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


def _admin_page(ctx, qtbot, wait):
    with ctx.db.read() as conn:
        ctx.set_session(
            Session(
                user=get_user(ctx.db, "admin"),
                dealership=dealership.get_dealership(conn),
                device=events.this_device(conn),
                counter="1",
            )
        )
    page = settings_view.UsersPage(ctx)
    qtbot.addWidget(page)
    wait()
    return page


def _row(page, username):
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 1).text() == username)


def test_admin_sets_a_clerks_unit_and_segments(ctx, qtbot, wait, monkeypatch):
    page = _admin_page(ctx, qtbot, wait)
    clerk = get_user(ctx.db, "clerk")
    page.table.setCurrentCell(_row(page, "clerk"), 0)
    seen = {}

    def choose_and_save(dialog):
        seen["units"] = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
        seen["segments"] = [box.text() for box in dialog.segment_boxes.values()]
        assert dialog.username.isReadOnly()
        dialog.unit.setCurrentIndex(dialog.unit.findData("after_sales"))
        find(dialog, QCheckBox, "segment_commercial").setChecked(True)
        find(dialog, QCheckBox, "segment_motorcycle").setChecked(True)
        dialog._on_buttons_accepted()
        wait()
        return dialog.result()

    monkeypatch.setattr(settings_view.UserDialog, "exec", choose_and_save)
    find(page, QPushButton, "editUser").click()
    wait()
    assert "خدمات پس از فروش" in seen["units"]  # names, not codes
    assert "after_sales" not in seen["units"]
    assert "موتورسیکلت" in seen["segments"]
    with ctx.db.read() as conn:
        changed = users.get_user(conn, clerk.id)
    assert changed.unit == "after_sales"
    assert changed.segments == ("commercial", "motorcycle")
    row = _row(page, "clerk")
    assert page.table.item(row, 3).text() == "خدمات پس از فروش"
    assert "موتورسیکلت" in page.table.item(row, 4).text()


def test_a_new_user_gets_a_unit_and_a_segment(ctx, qtbot, wait, monkeypatch):
    page = _admin_page(ctx, qtbot, wait)

    def fill_and_save(dialog):
        type_text(dialog.display_name, "سارا کاظمی")
        type_text(dialog.username, "sara")
        type_text(dialog.password, PASSWORD)
        dialog.unit.setCurrentIndex(dialog.unit.findData("warranty"))
        dialog.segment_boxes["passenger"].setChecked(True)
        dialog._on_buttons_accepted()
        wait()
        return dialog.result()

    monkeypatch.setattr(settings_view.UserDialog, "exec", fill_and_save)
    find(page, QPushButton, "addUser").click()
    wait()
    sara = get_user(ctx.db, "sara")
    assert (sara.unit, sara.segments) == ("warranty", ("passenger",))


def test_refusals_are_shown_and_nothing_is_lost(ctx, qtbot, wait, monkeypatch):
    page = _admin_page(ctx, qtbot, wait)
    page.table.setCurrentCell(_row(page, "admin"), 0)
    shown = {}

    def demote_myself(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
        dialog._on_buttons_accepted()
        wait()
        shown["error"] = dialog.error.text()
        shown["open"] = dialog.result() == 0
        return 0

    monkeypatch.setattr(settings_view.UserDialog, "exec", demote_myself)
    find(page, QPushButton, "editUser").click()
    wait()
    assert shown["open"]
    assert "مدیر سیستم" in shown["error"]  # the last administrator stays, told in Persian
    assert get_user(ctx.db, "admin").role == "admin"


def test_an_account_from_hq_is_read_only_here(ctx, qtbot, wait, monkeypatch):
    body = {
        "username": "hqclerk",
        "display_name": "کارمند ستاد",
        "role": "clerk",
        "password_hash": users.HASHER.hash(PASSWORD),
    }
    record = reference.Record(
        "user", "dealership:1420", "0192f000-0000-7000-8000-00000000bbbb", 1, 3, False, body
    )
    with ctx.db.write() as conn:
        reference.apply(conn, [record], utcnow())
    page = _admin_page(ctx, qtbot, wait)
    page.table.setCurrentCell(_row(page, "hqclerk"), 0)
    shown = {}

    def look(dialog):
        shown["save"] = dialog.save.isEnabled()
        shown["unit"] = dialog.unit.isEnabled()
        shown["note"] = dialog.note.text()
        return 0

    monkeypatch.setattr(settings_view.UserDialog, "exec", look)
    find(page, QPushButton, "editUser").click()
    wait()
    assert not shown["save"]
    assert not shown["unit"]
    assert "update-user" in shown["note"]
