"""The Audits screen for each role: covert visibility, release, appeals, forms, ranking."""

import json

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTabWidget,
)

from desktop.models.audits import release
from desktop.views.audit_detail import AuditDetail
from desktop.views.audits import AuditsScreen
from desktop.views.screens import visible_screens
from tests.helpers import find, type_text
from tests.models.audits.conftest import q, rows
from tests.views.audit_fixtures import audit_ctx_fixture, audits_world, new_draft, sign_in, user  # noqa: F401

pytestmark = pytest.mark.gui


def _screen(ctx, qtbot, wait, username):
    sign_in(ctx, username)
    screen = AuditsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    wait()
    return screen


def _tabs(screen):
    tabs = find(screen, QTabWidget, "auditTabs")
    return [tabs.tabText(i) for i in range(tabs.count())]


def _keys(table):
    return {table.item(r, 0).data(256) for r in range(table.rowCount())}


def _everything_shown(screen):
    """Every text on every table of the screen (to look for what must not be there)."""
    texts = []
    for table in screen.findChildren(QTableWidget):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item:
                    texts.append(item.text())
                    texts.append(str(item.data(256)))
    return "\n".join(texts)


@pytest.mark.parametrize("username", ["clerk", "supervisor", "head", "admin"])
def test_dealership_staff_have_no_audits_screen(audit_ctx, username):
    permissions = user(audit_ctx, username).permissions
    assert "audits" not in [s.key for s in visible_screens(permissions)]


def test_the_dealership_manager_sees_only_released_reports_of_their_own(audit_ctx, qtbot, wait):
    world = audits_world(audit_ctx)
    screen = _screen(audit_ctx, qtbot, wait, "manager")
    assert _tabs(screen) == ["گزارش‌های بازرسی ما", "اعتراض‌ها"]
    assert screen.findChild(QTableWidget, "auditTable") is None
    assert screen.findChild(QTableWidget, "visitTable") is None
    releases = find(screen, QTableWidget, "releaseTable")
    assert _keys(releases) == {world["shown"]}
    shown = _everything_shown(screen)
    assert world["hidden"] not in shown
    assert world["other"] not in shown
    inspector = user(audit_ctx, "inspector")
    assert inspector.display_name not in shown
    # the report names the inspector by pseudonym only
    screen.open_release(world["shown"])
    wait()
    detail = screen.findChild(AuditDetail)
    facts = find(detail, QLabel, "auditFacts").text()
    assert inspector.display_name not in facts
    assert "بازرس " in facts
    assert find(detail, QPushButton, "appealItem").isVisibleTo(detail)
    assert not find(detail, QPushButton, "releaseAudit").isVisibleTo(detail)
    assert not find(detail, QPushButton, "amendItem").isVisibleTo(detail)


def test_an_inspector_sees_own_visits_and_audits(audit_ctx, qtbot, wait):
    world = audits_world(audit_ctx)
    new_draft(audit_ctx, inspector="inspector")
    screen = _screen(audit_ctx, qtbot, wait, "inspector")
    assert _tabs(screen) == ["بازدیدها", "بازرسی‌های من"]
    assert _keys(find(screen, QTableWidget, "auditTable")) == set(world.values())
    assert find(screen, QTableWidget, "visitTable").rowCount() == 1


def test_hq_sees_everything_and_releases(audit_ctx, qtbot, wait):
    world = audits_world(audit_ctx)
    screen = _screen(audit_ctx, qtbot, wait, "hq")
    assert _tabs(screen) == ["بازدیدها", "همهٔ بازرسی‌ها", "اعتراض‌ها", "رتبه‌بندی", "فرم‌ها"]
    assert _keys(find(screen, QTableWidget, "auditTable")) == set(world.values())
    screen.open_audit(world["hidden"])
    wait()
    detail = screen.findChild(AuditDetail)
    assert user(audit_ctx, "inspector").display_name in find(detail, QLabel, "auditFacts").text()
    detail.release_now()
    wait()
    with audit_ctx.db.read() as conn:
        assert {r.id for r in release.list_releases(conn, user(audit_ctx, "manager"))} == {
            world["hidden"],
            world["shown"],
        }


def test_appeal_then_decision_recomputes_the_score(audit_ctx, qtbot, wait):
    world = audits_world(audit_ctx)
    screen = _screen(audit_ctx, qtbot, wait, "manager")
    screen.open_release(world["shown"])
    wait()
    detail = screen.findChild(AuditDetail)
    before = find(detail, QLabel, "detailScore").text()
    detail.select_question("test_drive_speed")
    find(detail, QPushButton, "appealItem").click()
    dialog = find(detail, QDialog, "AppealDialog")
    type_text(find(dialog, QPlainTextEdit, "appealReason"), "خودروی تست همان لحظه آماده بود")
    dialog.buttons.accepted.emit()
    wait()
    wait()
    with audit_ctx.db.read() as conn:
        [appeal] = release.get_release(conn, user(audit_ctx, "manager"), world["shown"]).appeals
    assert appeal.reason == "خودروی تست همان لحظه آماده بود"

    hq_screen = _screen(audit_ctx, qtbot, wait, "hq")
    appeals = find(hq_screen, QTableWidget, "appealTable")
    assert appeals.rowCount() == 1
    appeals.setCurrentCell(0, 0)
    find(hq_screen, QPushButton, "openAppeal").click()
    wait()
    hq_detail = hq_screen.findChild(AuditDetail)
    hq_detail.select_question("test_drive_speed")
    find(hq_detail, QPushButton, "decideAppeal").click()
    decide = find(hq_detail, QDialog, "DecideDialog")
    find(decide, QRadioButton, "upholdAppeal").setChecked(True)
    type_text(find(decide, QPlainTextEdit, "decisionNote"), "فیلم دوربین تأیید کرد")
    decide.buttons.accepted.emit()
    wait()
    wait()
    after = hq_screen.findChild(AuditDetail)
    text = find(after, QLabel, "detailScore").text()
    assert text != before
    assert "هنگام انتشار" in text  # the score at release stays beside the new one


def test_a_refused_appeal_keeps_the_dialog_open_with_the_reason(audit_ctx, qtbot, wait):
    world = audits_world(audit_ctx)
    screen = _screen(audit_ctx, qtbot, wait, "manager")
    screen.open_release(world["shown"])
    wait()
    detail = screen.findChild(AuditDetail)
    detail.select_question("greeted")
    find(detail, QPushButton, "appealItem").click()
    dialog = find(detail, QDialog, "AppealDialog")
    dialog.buttons.accepted.emit()  # no reason typed
    wait()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("دلیل:")


def test_an_inspection_manager_assigns_a_visit(audit_ctx, qtbot, wait):
    screen = _screen(audit_ctx, qtbot, wait, "inspmanager")
    find(screen, QPushButton, "assignVisit").click()
    dialog = find(screen, QDialog, "AssignVisitDialog")
    type_text(dialog.code, "1507")
    type_text(dialog.name, "کرج موتور")
    dialog.inspector.setCurrentIndex(dialog.inspector.findData(user(audit_ctx, "inspector").id))
    dialog.buttons.accepted.emit()
    wait()
    wait()
    assert not dialog.isVisible()
    inspector_screen = _screen(audit_ctx, qtbot, wait, "inspector")
    table = find(inspector_screen, QTableWidget, "visitTable")
    assert table.rowCount() == 1
    assert "کرج موتور" in table.item(0, 0).text()
    table.setCurrentCell(0, 0)
    find(inspector_screen, QPushButton, "startVisit").click()
    wait()
    assert inspector_screen.form is not None
    assert inspector_screen.pages.currentWidget() is inspector_screen.form


def test_importing_a_bad_form_shows_rows_and_reasons(audit_ctx, qtbot, wait, tmp_path):
    screen = _screen(audit_ctx, qtbot, wait, "inspmanager")
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(rows([q("yes_no", "a"), q("maybe", "b")]), ensure_ascii=False), encoding="utf-8"
    )
    screen.import_path(str(path))
    wait()
    text = screen.template_problems.text()
    assert "برگهٔ survey، سطر ۲، ستون type" in text
    assert "«maybe»" in text
    good = tmp_path / "good.json"
    good.write_text(json.dumps(rows([q("yes_no", "a")], form_id="tiny")), encoding="utf-8")
    screen.import_path(str(good))
    wait()
    wait()
    assert find(screen, QTableWidget, "templateTable").rowCount() == 2
    out = tmp_path / "out.xlsx"
    screen.export_path("tiny", str(out))
    wait()
    assert out.stat().st_size > 1000


def test_the_report_opens_in_the_print_preview(audit_ctx, qtbot, wait):
    world = audits_world(audit_ctx)
    screen = _screen(audit_ctx, qtbot, wait, "inspmanager")
    screen.open_audit(world["hidden"])
    wait()
    detail = screen.findChild(AuditDetail)
    find(detail, QPushButton, "printReport").click()
    wait()
    wait()
    preview = detail.findChild(QDialog, "PreviewDialog")
    assert preview is not None
    assert preview.isVisible()
    preview.reject()
