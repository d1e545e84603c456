"""The Customers screen: list, import with a report of rejected rows, export, merge."""

import csv

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.models import customers
from desktop.views import customers as screen_module
from tests.conftest import NOW
from tests.helpers import type_text
from tests.views.counter_helpers import add_people, sign_in

pytestmark = pytest.mark.gui

HEADER = ["FName", "last_name", "national_id", "mobile", "vin", "model"]
ROWS = [
    ["نیما", "کیانی", "0084575948", "09121112233", "NAAN01CA9KE777777", "شاهین"],
    ["رضا", "امیری", "0499370898", "", "", ""],  # bad check digit
    ["سارا", "نوری", "", "0912", "", ""],  # bad mobile
]


@pytest.fixture
def screen(ctx, qtbot, wait):
    manager = sign_in(ctx, "manager")
    add_people(ctx.db, manager)
    widget = screen_module.CustomersScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    wait()
    return widget


def test_the_list_and_its_filter(screen, qtbot, wait):
    assert screen.table.rowCount() == 3
    assert screen.count.text() == "۳ از ۳ مشتری"
    type_text(screen.filter, "رضایی")
    qtbot.waitUntil(lambda: not screen._timer.isActive(), timeout=3000)
    wait()
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 0).text() == "حسین رضایی"


def test_import_maps_columns_and_reports_rejected_rows(screen, wait, tmp_path, monkeypatch):
    path = tmp_path / "از-سیستم-قدیم.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    shown = {}

    def mapping_exec(dialog):
        shown["guessed"] = [c.currentData() for c in dialog.combos]
        dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("first_name"))
        return 1

    def report_exec(dialog):
        shown["summary"] = dialog.summary.text()
        shown["rows"] = [
            [dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())
        ]
        return 1

    monkeypatch.setattr(screen_module.MappingDialog, "exec", mapping_exec)
    monkeypatch.setattr(screen_module.ImportReportDialog, "exec", report_exec)
    screen.import_file(str(path))
    wait()
    wait()
    assert shown["guessed"] == ["", "last_name", "national_id", "mobile", "vin", "model"]
    assert shown["summary"].startswith("۱ سطر از ۳ سطر وارد شد")
    assert shown["rows"][0][0] == "۳"
    assert shown["rows"][0][1] == "رضا امیری"
    assert shown["rows"][0][2].startswith("کد ملی:")
    assert shown["rows"][1][2].startswith("تلفن همراه:")
    with screen.ctx.db.read() as conn:
        assert customers.find_by_national_id(conn, "0084575948").display_name == "نیما کیانی"
        assert customers.count_customers(conn) == 4


def test_export_writes_the_file(screen, wait, tmp_path):
    out = tmp_path / "مشتریان.xlsx"
    screen.export_file(str(out))
    wait()
    assert out.exists()
    assert "۴ سطر" in screen.count.text() or "۳ سطر" in screen.count.text()


def test_merge_a_duplicate_keeps_everything_under_one_record(screen, wait, monkeypatch):
    with screen.ctx.db.write() as conn:
        twin = customers.create_customer(
            conn,
            screen.ctx.session.actor,
            {"first_name": "حسين", "last_name": "رضايي", "city": "قم"},
            now=NOW,
        )
    screen.refresh()
    wait()
    keep_row = next(r for r in range(screen.table.rowCount()) if screen.table.item(r, 1).text())
    keep = screen.rows[keep_row]
    screen.table.setCurrentCell(keep_row, 0)

    def pick(dialog):
        dialog.chosen = twin.id
        return 1

    monkeypatch.setattr(screen_module.CustomerPicker, "exec", pick)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen._on_merge_clicked()
    wait()
    wait()
    with screen.ctx.db.read() as conn:
        assert customers.get_customer(conn, twin.id).id == keep.id
        assert set(customers.customer_ids(conn, keep.id)) == {keep.id, twin.id}
    assert screen.pages.currentIndex() == 1


def test_a_clerk_cannot_merge_import_or_export(ctx, qtbot, wait):
    sign_in(ctx, "clerk")
    widget = screen_module.CustomersScreen(ctx)
    qtbot.addWidget(widget)
    wait()
    assert not widget.merge_button.isEnabled()
    assert not widget.import_button.isEnabled()
    assert not widget.export_button.isEnabled()
