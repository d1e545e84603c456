"""The Reports screen's dashboards as each role sees them: figures, charts, drill-down, export."""

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.models import dealership, events
from desktop.models.analytics import period
from desktop.models.session import Session
from tests.conftest import get_user
from tests.helpers import add_holiday, find, type_text
from tests.models.analytics.conftest import month_of_cases, people  # noqa: F401

pytestmark = pytest.mark.gui
AZAR = period.month(1405, 9)


def _screen(ctx, qtbot, wait, username):
    from desktop.views.analysis import AnalysisScreen

    with ctx.db.read() as conn:
        ctx.set_session(
            Session(get_user(ctx.db, username), dealership.get_dealership(conn), events.this_device(conn))
        )
    screen = AnalysisScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 900)
    screen.show()
    wait()
    return screen


def _figures(ctx, qtbot, wait):
    screen = _screen(ctx, qtbot, wait, "manager")
    board = screen.page("dashboard").show_board("figures")
    board.picker.set_period(AZAR)
    board.refresh()
    wait()
    return screen, board


def test_a_manager_sees_the_figures_of_azar_in_persian(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    screen, board = _figures(ctx, qtbot, wait)
    assert screen.keys == ["dashboard", "fmea", "fishbone", "actions", "report"]
    assert find(board, QLabel, "tile_cases").text() == "۶"
    assert find(board, QLabel, "tile_fcr").text() == "۱۶٫۷٪"
    assert find(board, QLabel, "tile_first_response").text() == "۴۵ دقیقه"  # median 2,700 s
    assert "آذر ۱۴۰۵" in board.heading.text()
    assert "آبان ۱۴۰۵" in board.heading.text()
    # Pareto of complaint causes: price and quality, one complaint each, cumulative 50% then 100%.
    assert [round(row.cumulative) for row in board.pareto.table] == [50, 100]
    assert board.by_channel.items[0].code in ("walk_in", "phone")
    assert board.units.isVisible()
    assert board.audits.isVisible()  # a manager sees own released reports (none yet)


def test_clicking_a_bar_lists_its_cases_and_opens_one(ctx, qtbot, wait, month_of_cases, monkeypatch):  # noqa: F811
    from desktop.views import case_detail
    from desktop.views.drill import DrillDialog

    _, board = _figures(ctx, qtbot, wait)
    opened = []
    monkeypatch.setattr(case_detail, "open_case", lambda ctx, case_id, parent=None: opened.append(case_id))
    board.by_category.click_item("price")
    wait()
    dialog = board.findChild(DrillDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == 2
    ids = {dialog.case_id(r) for r in range(2)}
    assert ids == {month_of_cases["C"], month_of_cases["G"]}
    assert "۲ پرونده" in dialog.summary.text()
    dialog.table.doubleClicked.emit(dialog.table.model().index(0, 0))
    assert opened == [dialog.case_id(0)]


def test_a_point_of_the_trend_drills_into_its_month(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    from desktop.views.drill import DrillDialog

    _, board = _figures(ctx, qtbot, wait)
    board.trend.click_item("1405-08")
    wait()
    dialog = board.findChild(DrillDialog)
    assert dialog.table.rowCount() == 1
    assert dialog.case_id(0) == month_of_cases["F"]


def test_filters_narrow_the_figures(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    _, board = _figures(ctx, qtbot, wait)
    combo = board.filters.combos["category"]
    combo.setCurrentIndex(combo.findData("price"))
    wait()
    assert find(board, QLabel, "tile_cases").text() == "۲"


def test_a_bad_range_says_so_and_keeps_the_figures(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    _, board = _figures(ctx, qtbot, wait)
    picker = board.picker
    picker.kind.setCurrentIndex(picker.kind.findData("range"))
    type_text(picker.first, "۱۴۰۵/۰۹/۳۰")
    type_text(picker.last, "۱۴۰۵/۰۹/۰۱")
    picker.changed.emit()
    wait()
    assert board.error.isVisible()
    assert "پایان دوره" in board.error.text()
    assert find(board, QLabel, "tile_cases").text() == "۶"


def test_export_all_writes_a_workbook_of_every_table(ctx, qtbot, wait, month_of_cases, tmp_path, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QFileDialog

    _, board = _figures(ctx, qtbot, wait)
    target = tmp_path / "azar.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    find(board, QPushButton, "exportAll").click()
    book = load_workbook(target)
    assert len(book.sheetnames) >= 10
    assert book.worksheets[0].sheet_view.rightToLeft
    causes = book.worksheets[1]
    assert [c.value for c in causes[2]][1] == 1  # one complaint for the first cause


def test_charts_save_as_png(ctx, qtbot, wait, month_of_cases, tmp_path):  # noqa: F811
    _, board = _figures(ctx, qtbot, wait)
    target = tmp_path / "pareto.png"
    assert board.pareto.save_png(target)
    assert target.read_bytes().startswith(b"\x89PNG")


def test_a_clerk_sees_only_my_day(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    screen = _screen(ctx, qtbot, wait, "clerk")
    assert screen.keys == ["dashboard"]
    page = screen.page("dashboard")
    assert page.keys == ["my_day"]
    board = page.boards["my_day"]
    wait()
    assert find(board, QLabel, "tile_calls").text() == "۱"  # G waits for another happy call


def test_a_supervisor_starts_on_the_counters(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    screen = _screen(ctx, qtbot, wait, "supervisor")
    page = screen.page("dashboard")
    assert page.keys[0] == "counters"
    wait()
    counters = page.boards["counters"]
    assert find(counters, QLabel, "tile_summonses").text() == "۰"
    assert find(counters, QLabel, "tile_overdue").text() == "۲"


@pytest.mark.parametrize("lang", ["en"])
def test_english_charts_read_left_to_right(ctx, qtbot, wait, month_of_cases, lang):  # noqa: F811
    _, board = _figures(ctx, qtbot, wait)
    assert find(board, QLabel, "tile_fcr").text() == "16.7%"
    first_drawn = board.pareto._item_at(0)
    assert first_drawn is board.pareto.items[0]  # the biggest cause on the left in English


def test_satisfaction_and_reach_show_the_previous_period(ctx, qtbot, wait, month_of_cases):  # noqa: F811
    screen = _screen(ctx, qtbot, wait, "manager")
    board = screen.page("dashboard").show_board("figures")
    board.picker.set_period(period.month(1405, 10))  # Dey: no call yet; Azar before it
    board.refresh()
    wait()
    satisfaction = board.tiles["satisfaction"]
    reach = board.tiles["reach"]
    assert satisfaction.value.text() == "—"
    assert satisfaction.delta.text() == "دورهٔ قبل: ۳٫۵۰"  # Azar: 5 and 2
    assert reach.delta.text() == "دورهٔ قبل: ۵۰٫۰٪"  # Azar: 2 of 4 calls reached the customer


def _late_in_bahman_1405(monkeypatch):
    """The dashboard's today: 20 Bahman 1405, forty days before 1406 (whose holidays are not shipped)."""
    from datetime import datetime

    from desktop.models.calendar import IRAN, from_jalali
    from desktop.views import dashboard

    day = from_jalali(1405, 11, 20)
    monkeypatch.setattr(dashboard, "utcnow", lambda: datetime(day.year, day.month, day.day, 9, tzinfo=IRAN))


@pytest.mark.parametrize(("username", "told"), [("manager", True), ("admin", True), ("clerk", False)])
def test_the_next_years_missing_holidays_are_pointed_out(ctx, qtbot, wait, monkeypatch, username, told):
    """Forty days before 1406 begins its holidays are not entered (only 1405's ship): whoever
    reads the figures or keeps the settings is told, in Persian digits; a clerk is not."""
    _late_in_bahman_1405(monkeypatch)
    screen = _screen(ctx, qtbot, wait, username)
    notice = screen.page("dashboard").holidays_missing
    wait()
    assert notice.isVisible() == told
    if told:
        assert "۱۴۰۶" in notice.text()
        assert "تعطیلات" in notice.text()


def test_the_note_goes_once_the_holidays_are_entered(ctx, qtbot, wait, monkeypatch):
    """Entered on the calendar page, next year's holidays take the note away at once."""
    from desktop.views.settings_cases import CalendarPage

    _late_in_bahman_1405(monkeypatch)
    screen = _screen(ctx, qtbot, wait, "admin")
    notice = screen.page("dashboard").holidays_missing
    wait()
    assert notice.isVisible()
    calendar = CalendarPage(ctx)
    qtbot.addWidget(calendar)
    wait()
    add_holiday(calendar, "۱۴۰۶/۰۱/۰۱", "عید نوروز")
    wait()
    assert not notice.isVisible()
