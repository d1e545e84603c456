"""The Counter screen as a clerk uses it: type, see results, open, register, call tickets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.models import cases, customers, queue
from tests.helpers import find, press, type_text
from tests.views.counter_helpers import add_people, sign_in

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(ctx, qtbot, wait):
    from desktop.views.counter import CounterScreen

    clerk = sign_in(ctx)
    add_people(ctx.db, clerk)
    widget = CounterScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    wait()
    return widget


def _settle(qtbot, wait, screen):
    qtbot.waitUntil(lambda: not screen._timer.isActive(), timeout=3000)
    wait()


def test_results_update_as_the_clerk_types_in_any_spelling(screen, qtbot, wait):
    type_text(screen.lookup, "محمدي")  # Arabic yeh, as old keyboards type it
    _settle(qtbot, wait, screen)
    names = [screen.results.item(r, 0).text() for r in range(screen.results.rowCount())]
    assert names == ["علیرضا محمدی", "مریم محمدی\u200cنژاد"]
    assert screen.status.text() == "۲ مورد پیدا شد"
    assert screen.results.item(0, 1).text() == "۰۴۹۹۳۷۰۸۹۹"  # Persian digits in Persian


def test_identifier_finds_the_customer_first(screen, qtbot, wait):
    type_text(screen.lookup, "123456")  # last six of the VIN
    _settle(qtbot, wait, screen)
    assert screen.results.item(0, 0).text() == "علیرضا محمدی"
    assert "دنا" in screen.results.item(0, 3).text()


def test_stale_results_are_dropped(screen, qtbot, wait):
    type_text(screen.lookup, "حسین")
    _settle(qtbot, wait, screen)
    old_generation = screen._generation - 1
    screen._on_found(old_generation, "محمدی", [])
    assert screen.results.rowCount() == 1  # the answer to an older query changed nothing


def test_typing_anywhere_goes_to_the_lookup(screen, qtbot, wait):
    screen.results.setFocus()
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(
            screen.results, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ح")
        )
    assert screen.lookup.text() == "ح"
    assert screen.lookup.hasFocus()


def test_enter_opens_the_360_view_and_escape_comes_back(screen, qtbot, wait):
    type_text(screen.lookup, "0499370899")
    press(screen.lookup, Qt.Key.Key_Return)
    wait()
    qtbot.waitUntil(
        lambda: screen.pages.currentIndex() == 1 and screen.view360.profile is not None, timeout=3000
    )
    assert screen.view360.name.text() == "علیرضا محمدی"
    assert screen.view360.vehicles.rowCount() == 1
    press(screen.view360, Qt.Key.Key_Escape)
    assert screen.pages.currentIndex() == 0
    assert screen.lookup.hasFocus()


def test_nothing_found_offers_a_new_customer(screen, qtbot, wait):
    type_text(screen.lookup, "ناشناس")
    _settle(qtbot, wait, screen)
    assert screen.results.rowCount() == 0
    assert "Ctrl+N" in screen.status.text()


def test_ctrl_n_fills_the_new_customer_form_from_what_was_typed(screen, qtbot, wait, monkeypatch):
    from desktop.views import customer_form

    seen = {}

    def fill_and_save(dialog):
        seen["first"] = dialog.fields.edits["first_name"].text()
        seen["last"] = dialog.fields.edits["last_name"].text()
        type_text(dialog.fields.edits["mobile"], "۰۹۱۲۰۰۰۱۱۲۲")
        dialog._on_save_clicked()
        wait()
        return dialog.result()

    monkeypatch.setattr(customer_form.CustomerDialog, "exec", fill_and_save)
    type_text(screen.lookup, "سارا کیانی")
    press(screen.lookup, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait()
    assert seen == {"first": "سارا", "last": "کیانی"}
    qtbot.waitUntil(lambda: screen.view360.profile is not None, timeout=3000)
    assert screen.view360.profile.customer.mobile == "09120001122"
    assert screen.pages.currentIndex() == 1


def test_walk_in_ticket_is_called_then_finished_by_the_case(screen, qtbot, wait, monkeypatch):
    from desktop.views import intake

    screen.queue.issue.click()
    wait()
    screen.queue.issue.click()
    wait()
    assert screen.queue.waiting.count() == 2
    press(screen, Qt.Key.Key_F2)
    wait()
    assert screen.queue.serving.text() == "در حال پاسخ‌گویی به نوبت ۱"

    def register(dialog):
        type_text(dialog.description, "پرسش دربارهٔ زمان تحویل خودرو")
        dialog.answered.setChecked(True)
        type_text(dialog.answer, "تحویل در آذر انجام می‌شود")
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(5))
        dialog._on_submit_clicked()
        wait()
        seen["tracking"] = dialog.tracking.text()
        return 1

    seen = {}
    monkeypatch.setattr(intake.IntakeDialog, "exec", register)
    type_text(screen.lookup, "0499370899")
    _settle(qtbot, wait, screen)
    press(screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    wait()
    with screen.ctx.db.read() as conn:
        (summary,) = cases.list_cases(conn)
        ticket = queue.day_tickets(conn, queue.day_of(summary.registered_at))[0]
    assert (summary.status, summary.resolution) == ("closed", "resolved_first_contact")
    assert seen["tracking"] == "\u2066" + summary.tracking_code + "\u2069"  # kept in reading order
    assert (ticket.status, ticket.case_id) == ("done", summary.id)


def test_no_show(screen, qtbot, wait):
    screen.queue.issue.click()
    wait()
    screen.queue.call_next.click()
    wait()
    screen.queue.no_show.click()
    wait()
    assert screen.queue.serving.text() == "نوبتی فراخوانده نشده"
    assert "غایب: ۱" in screen.queue.summary.text()


def test_clerk_without_a_counter_is_told(ctx, qtbot, wait):
    from desktop.views.walkin_queue import WalkinQueue

    sign_in(ctx, counter=None)
    widget = WalkinQueue(ctx)
    qtbot.addWidget(widget)
    widget.show()
    wait()
    widget.issue.click()
    wait()
    widget._on_call_next_clicked()
    wait()
    assert find(widget, QLabel, "ErrorLabel").isVisible()


def test_search_box_is_the_first_thing_focused(screen):
    assert find(screen, QLineEdit, "lookup").hasFocus()


def test_screen_registered_in_navigation():
    from desktop.views.screens import SCREENS

    targets = {s.key: s.target for s in SCREENS}
    assert targets["counter"] == "desktop.views.counter:CounterScreen"
    assert targets["customers"] == "desktop.views.customers:CustomersScreen"


def test_customers_unaffected_by_gui(screen):
    with screen.ctx.db.read() as conn:
        assert customers.count_customers(conn) == 3
