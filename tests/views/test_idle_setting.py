"""The idle time set in Settings applies at once, and survives a language switch."""

import argparse

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox

from desktop.models import settings
from tests.conftest import PASSWORD
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


def _signed_in_shell(ctx, qtbot, wait, idle_minutes=5.0):
    from desktop.views.main_window import Shell

    shell = Shell(ctx, idle_minutes)
    qtbot.addWidget(shell)
    shell.show()
    wait()
    page = shell.pages.currentWidget()
    type_text(find(page, QLineEdit, "username"), "admin")
    type_text(find(page, QLineEdit, "password"), PASSWORD)
    find(page, QPushButton, "Primary").click()
    wait()
    return shell


def test_changing_the_idle_time_in_settings_applies_without_a_restart(ctx, qtbot, wait):
    shell = _signed_in_shell(ctx, qtbot, wait)
    assert shell.idle.limit_s == 5 * 60
    screen = shell.workspace.open("settings")
    wait()
    spin = find(screen, QSpinBox, "idleMinutes")
    spin.setValue(2)
    wait()
    with ctx.db.read() as conn:
        assert settings.get(conn, "idle_lock_minutes") == 2
    qtbot.waitUntil(lambda: shell.idle.limit_s == 2 * 60, timeout=3000)


def test_other_settings_do_not_touch_the_idle_time(ctx, qtbot, wait):
    shell = _signed_in_shell(ctx, qtbot, wait, idle_minutes=7)
    with ctx.db.write() as conn:
        settings.put(conn, "backup_dir", "/somewhere")
    wait()
    assert shell.idle.limit_s == 7 * 60


def test_a_language_switch_keeps_the_idle_time_set_since_start(ctx, qtbot, wait, qapp):
    from desktop.views.application import Application

    app = Application(argparse.Namespace(), started_at=0)
    app.app, app.ctx, app.runner = qapp, ctx, ctx.runner
    app.idle_minutes = 5.0
    app.shell = _signed_in_shell(ctx, qtbot, wait)
    with ctx.db.write() as conn:
        settings.put(conn, "idle_lock_minutes", 3)
    qtbot.waitUntil(lambda: app.shell.idle.limit_s == 3 * 60, timeout=3000)
    app._on_ctx_language_changed("en")
    qtbot.addWidget(app.shell)
    assert app.shell.idle.limit_s == 3 * 60
