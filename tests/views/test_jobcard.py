"""The job card dialog at the service desk: receive a car, list the work, hand it back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QPushButton, QTableWidget

from desktop.models import jobcards
from desktop.views.jobcard import DESCRIPTION, PAYER, PRICE, QUANTITY, TOTAL, open_jobcard_dialog
from desktop.views.printing import PreviewDialog
from tests.conftest import NOW
from tests.helpers import find, type_text
from tests.reports import data
from tests.views.counter_helpers import sign_in

pytestmark = pytest.mark.gui


@pytest.fixture
def vehicle(ctx):
    sign_in(ctx, "clerk")
    _, car = data.customer_and_vehicle(ctx.db, NOW)
    return car


def fill_row(
    table: QTableWidget, row: int, description: str, quantity: str, price: str, payer: str = "customer"
):
    table.item(row, DESCRIPTION).setText(description)
    table.item(row, QUANTITY).setText(quantity)
    table.item(row, PRICE).setText(price)
    combo = table.cellWidget(row, PAYER)
    combo.setCurrentIndex(combo.findData(payer))


def cards(ctx):
    with ctx.db.read() as conn:
        return jobcards.list_jobcards(conn)


@pytest.fixture
def dialog(ctx, vehicle, qtbot, wait):
    window = open_jobcard_dialog(ctx, None, vehicle_id=vehicle.id)
    qtbot.addWidget(window)
    wait()
    assert window.pages.currentIndex() == 1
    type_text(find(window, QLineEdit, "odometerIn"), "۴۸۲۱۰")
    find(window, QPushButton, "openButton").click()
    wait()
    assert window.pages.currentIndex() == 2
    return window


def test_receiving_a_car_opens_a_job_card_with_its_odometer(ctx, dialog):
    [card] = cards(ctx)
    assert (card.status, card.odometer_in, card.customer_name) == ("open", 48210, "علی‌رضا محمدی")
    assert card.number in dialog.windowTitle()


def test_lines_total_live_and_are_saved(ctx, dialog, wait):
    table = find(dialog, QTableWidget, "linesTable")
    find(dialog, QPushButton, "addLabour").click()
    find(dialog, QPushButton, "addPart").click()
    fill_row(table, 0, "تعویض کوئل", "1.5", "900,000", "warranty")
    fill_row(table, 1, "شمع موتور", "4", "450000")
    assert table.item(0, TOTAL).text() == "۱٬۳۵۰٬۰۰۰"
    assert "۱٬۹۸۰٬۰۰۰" in dialog.totals.text()  # 1,800,000 + 10% VAT; the warranty pays the labour
    find(dialog, QPushButton, "saveButton").click()
    wait()
    [card] = cards(ctx)
    assert [(line.description, line.payer) for line in card.lines] == [
        ("تعویض کوئل", "warranty"),
        ("شمع موتور", "customer"),
    ]


def test_a_bad_line_is_pointed_out_and_nothing_is_saved(ctx, dialog, wait):
    table = find(dialog, QTableWidget, "linesTable")
    find(dialog, QPushButton, "addPart").click()
    fill_row(table, 0, "شمع موتور", "چهار", "450000")
    find(dialog, QPushButton, "saveButton").click()
    wait()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("ردیف ۱")
    assert cards(ctx)[0].lines == ()


def test_hand_back_freezes_the_bill_and_opens_its_preview(ctx, dialog, wait, qtbot):
    table = find(dialog, QTableWidget, "linesTable")
    find(dialog, QPushButton, "addPart").click()
    fill_row(table, 0, "شمع موتور", "4", "450000")
    type_text(find(dialog, QLineEdit, "odometerOut"), "48216")
    find(dialog, QPushButton, "issueButton").click()
    wait()
    [card] = cards(ctx)
    assert card.status == "issued"
    assert card.bill is not None
    assert card.bill.to_pay == 1_980_000
    assert find(dialog, QPushButton, "printBillButton").isVisibleTo(dialog)
    assert not find(dialog, QPushButton, "saveButton").isVisibleTo(dialog)
    wait()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog)]
    for preview in previews:
        qtbot.addWidget(preview)
    assert [p.printable.title for p in previews] == [card.number]


def test_the_same_vehicle_reopens_its_open_card(ctx, dialog, vehicle, qtbot, wait):
    again = open_jobcard_dialog(ctx, None, vehicle_id=vehicle.id)
    qtbot.addWidget(again)
    wait()
    assert again.pages.currentIndex() == 2
    assert again.card is not None
    assert again.card.id == cards(ctx)[0].id


def test_without_a_vehicle_the_clerk_searches_for_it(ctx, vehicle, qtbot, wait):
    window = open_jobcard_dialog(ctx, None)
    qtbot.addWidget(window)
    wait()
    assert window.pages.currentIndex() == 0
    type_text(find(window, QLineEdit, "vehicleSearch"), "0499370899")
    results = find(window, QListWidget, "vehicleResults")
    qtbot.waitUntil(lambda: results.count() == 1, timeout=5000)
    results.itemActivated.emit(results.item(0))
    wait()
    assert window.pages.currentIndex() == 1
    assert window.vehicle_id == vehicle.id


def test_a_case_opens_a_card_for_its_vehicle(ctx, qtbot, wait):
    sign_in(ctx, "clerk")
    case = data.case(ctx.db, NOW)
    window = open_jobcard_dialog(ctx, None, case_id=case.id)
    qtbot.addWidget(window)
    wait()
    type_text(find(window, QLineEdit, "odometerIn"), "1000")
    find(window, QPushButton, "openButton").click()
    wait()
    [card] = cards(ctx)
    assert (card.case_id, card.vehicle_id) == (case.id, case.vehicle_id)
