"""Sign in, look around, lock, unlock, sign out: as a clerk would."""

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton

from desktop.models import users
from tests.conftest import PASSWORD
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


def _shell(ctx, qtbot, idle_minutes=5.0):
    from desktop.views.main_window import Shell

    shell = Shell(ctx, idle_minutes)
    qtbot.addWidget(shell)
    shell.show()
    return shell


def _sign_in(shell, wait, username="clerk", password=PASSWORD):
    wait()
    page = shell.pages.currentWidget()
    type_text(find(page, QLineEdit, "username"), username)
    type_text(find(page, QLineEdit, "password"), password)
    find(page, QPushButton, "Primary").click()
    wait()


def test_sign_in_opens_the_workspace_in_persian(ctx, qtbot, wait):
    shell = _shell(ctx, qtbot)
    wait()
    assert shell.layoutDirection().name == "RightToLeft"
    counters = find(shell, QComboBox, "counter")
    assert counters.count() == 1
    _sign_in(shell, wait)
    assert ctx.session.user.username == "clerk"
    nav = shell.workspace.nav
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles[0] == "پذیرش"
    assert "تنظیمات" in titles
    # A clerk has no audits and no reports in the navigation.
    assert "بازرسی‌ها" not in titles


def test_wrong_password_says_so_and_counts_down(ctx, qtbot, wait):
    shell = _shell(ctx, qtbot)
    _sign_in(shell, wait, password="not-the-password")
    assert not ctx.signed_in
    error = find(shell, QLabel, "ErrorLabel")
    assert error.isVisible()
    assert "۴" in error.text()  # four tries left, in Persian digits


def test_every_screen_opens(ctx, qtbot, wait):
    shell = _shell(ctx, qtbot)
    _sign_in(shell, wait, username="admin")
    for spec in shell.workspace.specs:
        screen = shell.workspace.open(spec.key)
        wait()
        assert screen is not None
        assert screen.isVisible()


def test_idle_lock_hides_the_workspace_and_needs_the_password(ctx, qtbot, wait):
    shell = _shell(ctx, qtbot, idle_minutes=0.001)  # 60 ms
    _sign_in(shell, wait)
    qtbot.waitUntil(lambda: shell.pages.currentWidget().objectName() == "LockScreen", timeout=5000)
    lock = shell.pages.currentWidget()
    assert find(lock, QLineEdit, "username").text() == "clerk"
    shell.idle.set_minutes(60)
    type_text(find(lock, QLineEdit, "password"), "wrong-wrong")
    find(lock, QPushButton, "Primary").click()
    wait()
    assert shell.pages.currentWidget() is lock
    type_text(find(lock, QLineEdit, "password"), PASSWORD)
    find(lock, QPushButton, "Primary").click()
    wait()
    assert shell.pages.currentWidget().objectName() != "LockScreen"
    assert ctx.session.user.username == "clerk"


def test_sign_out_returns_to_sign_in(ctx, qtbot, wait):
    shell = _shell(ctx, qtbot)
    _sign_in(shell, wait)
    find(shell, QPushButton, "signOut").click()
    wait()
    assert not ctx.signed_in
    assert shell.pages.currentWidget().objectName() == "SignInScreen"


@pytest.mark.parametrize("lang", ["en"])
def test_english_is_left_to_right(ctx, qtbot, wait, lang):
    shell = _shell(ctx, qtbot)
    _sign_in(shell, wait)
    assert shell.layoutDirection().name == "LeftToRight"
    nav = find(shell, QListWidget, "NavList")
    assert nav.item(0).text() == "Counter"


def test_settings_language_switch_is_remembered(ctx, qtbot, wait):
    from desktop.models import settings
    from desktop.views.settings import SettingsScreen

    shell = _shell(ctx, qtbot)
    _sign_in(shell, wait)
    screen = shell.workspace.open("settings")
    assert isinstance(screen, SettingsScreen)
    changed = []
    ctx.language_changed.connect(changed.append)
    find(screen, QComboBox, "language").setCurrentIndex(1)
    wait()
    assert changed == ["en"]
    with ctx.db.read() as conn:
        assert settings.get(conn, "language") == "en"


def test_admin_adds_a_user_from_settings(ctx, qtbot, wait, monkeypatch):
    from desktop.views import settings as settings_view

    shell = _shell(ctx, qtbot)
    _sign_in(shell, wait, username="admin")
    screen = shell.workspace.open("settings")
    wait()
    page = screen.findChild(settings_view.UsersPage)
    before = page.table.rowCount()

    def fill_and_save(dialog):
        type_text(dialog.display_name, "سارا کاظمی")
        type_text(dialog.username, "sara")
        type_text(dialog.password, PASSWORD)
        dialog._on_buttons_accepted()
        wait()
        return dialog.result()

    monkeypatch.setattr(settings_view.UserDialog, "exec", fill_and_save)
    page._on_add_clicked()
    wait()
    assert page.table.rowCount() == before + 1
    with ctx.db.read() as conn:
        assert users.find_user(conn, "sara").display_name == "سارا کاظمی"


def test_the_demo_says_how_to_sign_in_and_a_real_dealership_does_not(ctx, qtbot, wait):
    from desktop.models import demo, settings

    shell = _shell(ctx, qtbot)
    wait()
    hint = find(shell, QLabel, "demoHint")
    assert not hint.isVisibleTo(shell)  # a real dealership never shows a password
    with ctx.db.write() as conn:
        settings.put(conn, demo.DEMO_SETTING, True)
    shell.show_sign_in()
    wait()
    hint = find(shell.pages.currentWidget(), QLabel, "demoHint")
    assert hint.isVisibleTo(shell)
    assert demo.DEMO_PASSWORD in hint.text()
    assert "clerk" in hint.text()
