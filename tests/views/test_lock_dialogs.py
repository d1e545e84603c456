"""A locked counter PC shows no open dialog: hidden (or covered) until the same user unlocks."""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout

from tests.conftest import PASSWORD
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


def _signed_in_shell(ctx, qtbot, wait, username="clerk"):
    from desktop.views.main_window import Shell

    shell = Shell(ctx, 60)
    qtbot.addWidget(shell)
    shell.show()
    wait()
    page = shell.pages.currentWidget()
    type_text(find(page, QLineEdit, "username"), username)
    type_text(find(page, QLineEdit, "password"), PASSWORD)
    find(page, QPushButton, "Primary").click()
    wait()
    assert ctx.signed_in
    return shell


def _customer_dialog(shell):
    dialog = QDialog(shell)
    dialog.setWindowTitle("Ali Rezaei 0912 345 6789")
    field = QLineEdit()
    field.setObjectName("typed")
    QVBoxLayout(dialog).addWidget(field)
    dialog.resize(300, 200)
    return dialog, field


def _unlock(where, wait, password=PASSWORD):
    type_text(find(where, QLineEdit, "password"), password)
    find(where, QPushButton, "Primary").click()
    wait()


def test_lock_hides_an_open_window_and_unlock_brings_it_back(ctx, qtbot, wait):
    shell = _signed_in_shell(ctx, qtbot, wait)
    dialog, field = _customer_dialog(shell)
    dialog.show()
    type_text(field, "half-typed")
    shell.lock()
    assert not dialog.isVisible()
    assert shell.pages.currentWidget().objectName() == "LockScreen"
    _unlock(shell.pages.currentWidget(), wait)
    assert not shell.locked
    assert dialog.isVisible()
    assert field.text() == "half-typed"


def test_a_modal_dialog_is_covered_and_blocked_not_cancelled(ctx, qtbot, wait):
    """exec() must not return while locked: the dialog is covered, the lock sits above it."""
    shell = _signed_in_shell(ctx, qtbot, wait)
    dialog, field = _customer_dialog(shell)
    seen = {}

    def script():
        try:
            type_text(field, "half-typed")
            shell.lock()
            seen["lock_window"] = shell.lock_window is not None and shell.lock_window.isVisible()
            seen["active_modal"] = QApplication.activeModalWidget() is shell.lock_window
            seen["enabled"] = dialog.isEnabled()
            top = dialog.childAt(dialog.rect().center())
            seen["covered"] = top is not None and top.objectName() == "LockCover"
            seen["title"] = dialog.windowTitle()
            _unlock(shell.lock_window, wait, password="wrong-wrong")
            seen["still_locked"] = shell.locked
            _unlock(shell.lock_window, wait)
            seen["unlocked"] = not shell.locked and shell.lock_window is None
            seen["enabled_after"] = dialog.isEnabled()
            top = dialog.childAt(field.geometry().center())
            seen["field_on_top"] = top is field
            seen["title_after"] = dialog.windowTitle()
            seen["text"] = field.text()
            seen["running"] = dialog.isVisible()
            dialog.accept()
        finally:
            dialog.done(dialog.result())

    QTimer.singleShot(50, script)
    result = dialog.exec()
    assert seen == {
        "lock_window": True,
        "active_modal": True,
        "enabled": False,
        "covered": True,
        "title": "پیشخوان",
        "still_locked": True,
        "unlocked": True,
        "enabled_after": True,
        "field_on_top": True,
        "title_after": "Ali Rezaei 0912 345 6789",
        "text": "half-typed",
        "running": True,
    }
    assert result == QDialog.DialogCode.Accepted


def test_signing_out_from_the_lock_closes_what_was_open(ctx, qtbot, wait):
    shell = _signed_in_shell(ctx, qtbot, wait)
    dialog, _field = _customer_dialog(shell)
    dialog.show()
    shell.lock()
    find(shell.pages.currentWidget(), QPushButton, "signOut").click()
    wait()
    assert not ctx.signed_in
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    # The next user signs in: the previous user's dialog does not come back.
    page = shell.pages.currentWidget()
    type_text(find(page, QLineEdit, "username"), "supervisor")
    type_text(find(page, QLineEdit, "password"), PASSWORD)
    find(page, QPushButton, "Primary").click()
    wait()
    assert ctx.session.user.username == "supervisor"
    assert not dialog.isVisible()


def test_signing_out_closes_open_windows(ctx, qtbot, wait):
    shell = _signed_in_shell(ctx, qtbot, wait)
    dialog, _field = _customer_dialog(shell)
    dialog.show()
    shell.sign_out()
    assert not dialog.isVisible()
