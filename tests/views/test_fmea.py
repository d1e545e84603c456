"""The improvement tools as a manager uses them: the FMEA table, actions, fishbone diagrams."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from desktop.models import dealership, events, improvement
from desktop.models.calendar import local, utcnow
from desktop.models.improvement import Member
from desktop.models.session import Session
from desktop.views.fmea import select_row
from tests.conftest import get_user
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


def _screen(ctx, qtbot, wait, username="manager"):
    from desktop.views.analysis import AnalysisScreen

    with ctx.db.read() as conn:
        ctx.set_session(
            Session(get_user(ctx.db, username), dealership.get_dealership(conn), events.this_device(conn))
        )
    screen = AnalysisScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    wait()
    return screen


def _mode(ctx, title, s, o, d, category="delivery", sub="parts_shortage"):
    with ctx.db.write() as conn:
        return improvement.create_failure_mode(
            conn,
            get_user(ctx.db, "manager"),
            title=title,
            category=category,
            subcategory=sub,
            severity=s,
            occurrence=o,
            detection=d,
            now=utcnow(),
        )


def _save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_the_table_is_sorted_by_rpn_with_persian_digits(ctx, qtbot, wait):
    _mode(ctx, "کم‌خطر", 2, 2, 2)
    _mode(ctx, "پرخطر", 9, 7, 6)
    screen = _screen(ctx, qtbot, wait)
    page = screen.open("fmea")
    wait()
    model = page.model
    assert [model.mode(r).title for r in range(model.rowCount())] == ["پرخطر", "کم‌خطر"]
    rpn = model.COLUMNS.index("rpn")
    assert model.data(model.index(0, rpn)) == "۳۷۸"
    assert model.data(model.index(0, model.COLUMNS.index("suggested"))) == "۱"  # no cases at all


def test_adding_a_failure_mode_through_the_dialog(ctx, qtbot, wait):
    from desktop.views.fmea import FailureModeDialog

    screen = _screen(ctx, qtbot, wait)
    page = screen.open("fmea")
    wait()
    find(page, QPushButton, "addMode").click()
    dialog = page.findChild(FailureModeDialog)
    wait()
    _save(dialog)
    wait()
    assert dialog.error.isVisible()  # no title yet
    assert "عنوان" in dialog.error.text()
    type_text(dialog.title, "تأخیر در سفارش قطعه")
    dialog.category.setCurrentIndex(dialog.category.findData("delivery"))
    wait()
    dialog.subcategory.setCurrentIndex(dialog.subcategory.findData("parts_shortage"))
    dialog.severity.setValue(8)
    dialog.occurrence.setValue(6)
    dialog.detection.setValue(5)
    assert dialog.rpn.text() == "۲۴۰"
    wait()
    assert "۹۰" in dialog.suggestion.text()  # over the last 90 days
    _save(dialog)
    wait()
    assert page.model.rowCount() == 1
    assert page.model.mode(0).rpn == 240


def test_the_suggested_occurrence_comes_from_the_cases_and_can_be_applied(ctx, qtbot, wait):
    from desktop.models import cases

    clerk = get_user(ctx.db, "clerk")
    with ctx.db.write() as conn:
        for index in range(3):
            cases.register_case(
                conn,
                clerk,
                customer_id=f"c{index}",
                channel="phone",
                case_type="complaint" if index < 2 else "question",
                category="delivery",
                subcategory="parts_shortage" if index < 2 else None,
                description="قطعه نرسیده",
                now=utcnow() - timedelta(days=2),
            )
    mode = _mode(ctx, "کمبود قطعه", 7, 2, 4)
    screen = _screen(ctx, qtbot, wait)
    page = screen.open("fmea")
    wait()
    select_row(page.table, 0)
    assert page.apply.isEnabled()
    tip = page.model.data(
        page.model.index(0, page.model.COLUMNS.index("suggested")), Qt.ItemDataRole.ToolTipRole
    )
    assert "۲ شکایت در ۳ پرونده" in tip
    page.apply.click()
    wait()
    with ctx.db.read() as conn:
        assert improvement.get_failure_mode(conn, get_user(ctx.db, "manager"), mode.id).occurrence == 10


def test_planning_an_action_from_the_table(ctx, qtbot, wait):
    from desktop.views.actions import ActionDialog

    mode = _mode(ctx, "کمبود قطعه", 7, 5, 4)
    screen = _screen(ctx, qtbot, wait)
    fmea = screen.open("fmea")
    wait()
    select_row(fmea.table, 0)
    find(fmea, QPushButton, "planAction").click()
    wait()
    actions = screen.page("actions")
    assert screen.tabs.currentIndex() == screen.keys.index("actions")
    dialog = actions.findChild(ActionDialog)
    wait()
    assert dialog.mode.currentData() == mode.id
    type_text(dialog.title, "انبار اطمینان قطعات پرمصرف")
    due = local(utcnow()).date() + timedelta(days=30)
    from desktop.models.calendar import format_date

    type_text(dialog.due, format_date(due, "fa"))
    # One person is not a team: the dialog says so, in Persian digits.
    dialog.team.item(0).setCheckState(Qt.CheckState.Checked)
    _save(dialog)
    wait()
    assert "۲ تا ۶" in dialog.error.text()
    for row in range(1, 3):
        dialog.team.item(row).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.outsider, "مهندس کاظمی")
    find(dialog, QPushButton, "addOutsider").click()
    assert "۴ نفر" in dialog.count.text()
    assert dialog.owner.count() == 3  # users only; the outside expert cannot own it
    _save(dialog)
    wait()
    assert actions.model.rowCount() == 1
    saved = actions.model.action(0)
    assert (saved.failure_mode_id, saved.due_date, len(saved.team)) == (mode.id, due, 4)
    wait()
    fmea_row = fmea.model.value(0, "actions")
    assert fmea_row == 1


def test_moving_an_action_on(ctx, qtbot, wait, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    manager = get_user(ctx.db, "manager")
    with ctx.db.write() as conn:
        improvement.create_action(
            conn,
            manager,
            title="باجهٔ دوم در ساعت شلوغ",
            owner_id=manager.id,
            team=[Member("", manager.id), Member("کارشناس منابع انسانی")],
            due_date=local(utcnow()).date() + timedelta(days=10),
            now=utcnow(),
        )
    screen = _screen(ctx, qtbot, wait)
    page = screen.open("actions")
    wait()
    select_row(page.table, 0)
    find(page, QPushButton, "startAction").click()
    wait()
    assert page.model.action(0).status == "in_progress"
    select_row(page.table, 0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("انتظار نصف شد", True))
    find(page, QPushButton, "finishAction").click()
    wait()
    assert page.model.rowCount() == 0  # done: off the open list
    page.all.setChecked(True)
    wait()
    assert page.model.action(0).result == "انتظار نصف شد"


def test_a_supervisor_reads_the_table_but_cannot_change_it(ctx, qtbot, wait):
    _mode(ctx, "کمبود قطعه", 7, 5, 4)
    screen = _screen(ctx, qtbot, wait, "supervisor")
    page = screen.open("fmea")
    wait()
    assert page.model.rowCount() == 1
    assert not find(page, QPushButton, "addMode").isVisible()
    assert not find(page, QPushButton, "editMode").isVisible()


def test_a_clerk_has_no_improvement_tabs(ctx, qtbot, wait):
    screen = _screen(ctx, qtbot, wait, "clerk")
    assert screen.keys == ["dashboard"]


# -- fishbone ---------------------------------------------------------------------------------


def _diagram(ctx, **kw):
    with ctx.db.write() as conn:
        return improvement.create_fishbone(
            conn, get_user(ctx.db, "manager"), problem="تأخیر در تحویل خودرو", now=utcnow(), **kw
        )


def test_a_diagram_is_drawn_and_edited_from_the_tree(ctx, qtbot, wait, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    diagram = _diagram(ctx, category="delivery")
    screen = _screen(ctx, qtbot, wait)
    page = screen.open("fishbone")
    wait()
    assert page.current.id == diagram.id
    assert page.tree.topLevelItemCount() == 6
    page.select_branch("material")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("کمبود قطعه در انبار", True))
    find(page, QPushButton, "addCause").click()
    wait()
    cause = page.current.on_branch("material")[0]
    assert cause.text == "کمبود قطعه در انبار"
    assert cause.id in page.scene.cause_items
    # Clicking the cause in the drawing selects it in the tree.
    page.scene.cause_items[cause.id].setSelected(True)
    assert page.selected_cause().id == cause.id
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("سفارش دیرهنگام", True))
    find(page, QPushButton, "addSubCause").click()
    wait()
    assert [c.text for c in page.current.children(cause.id)] == ["سفارش دیرهنگام"]
    page.select_cause(cause.id)
    page.move.activated.emit(page.move.findData("method"))
    wait()
    assert {c.branch for c in page.current.causes} == {"method"}
    page.select_cause(cause.id)
    find(page, QPushButton, "removeCause").click()
    wait()
    assert page.current.causes == ()


def test_a_diagram_prints_and_saves_as_pdf_and_png(ctx, qtbot, wait, tmp_path):
    diagram = _diagram(ctx)
    with ctx.db.write() as conn:
        improvement.add_cause(
            conn, get_user(ctx.db, "manager"), diagram.id, branch="man", text="آموزش ناکافی", now=utcnow()
        )
    screen = _screen(ctx, qtbot, wait)
    page = screen.open("fishbone")
    wait()
    png, pdf, printed = tmp_path / "f.png", tmp_path / "f.pdf", tmp_path / "printed.pdf"
    assert page.scene.save_png(png)
    page.scene.save_pdf(pdf, page.title())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    page.scene.print_on(printer, page.title())
    assert png.read_bytes().startswith(b"\x89PNG")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert printed.read_bytes().startswith(b"%PDF")
    import subprocess

    from tests import tools

    tools.require("pdftotext")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    assert "PDF" not in text or text  # pdftotext reads it


def test_starting_a_diagram_for_a_failure_mode(ctx, qtbot, wait):
    from desktop.views.fishbone import DiagramDialog

    mode = _mode(ctx, "کمبود قطعه", 7, 5, 4)
    screen = _screen(ctx, qtbot, wait)
    fmea = screen.open("fmea")
    wait()
    select_row(fmea.table, 0)
    find(fmea, QPushButton, "openDiagram").click()
    wait()
    page = screen.page("fishbone")
    dialog = page.findChild(DiagramDialog)
    assert dialog is not None
    assert dialog.problem.text() == "کمبود قطعه"
    assert dialog.mode.currentData() == mode.id
    _save(dialog)
    wait()
    assert page.current is not None
    assert page.current.failure_mode_id == mode.id
    assert find(page, QLabel, "Muted") is not None


def test_rows_are_as_tall_as_their_text_needs_at_the_tables_width(ctx, qtbot, wait):
    long = "ارجاع به واحد بدون مهلت و بدون مسئول مشخص، پیگیری نشدن درخواست پس از تماس دوم"
    _mode(ctx, long, 7, 6, 7)
    _mode(ctx, "کوتاه", 2, 2, 2)
    screen = _screen(ctx, qtbot, wait)
    screen.resize(700, 800)  # the rows are first measured while the window is narrow
    page = screen.open("fmea")
    wait()
    qtbot.wait(50)
    screen.resize(1300, 800)
    qtbot.wait(100)
    line = page.table.fontMetrics().height()
    heights = [page.table.rowHeight(r) for r in range(page.model.rowCount())]
    assert max(heights) <= 4 * line, heights  # measured again at the new width
