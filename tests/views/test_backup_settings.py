"""Settings → Backups, as an administrator uses it: the folder, "Back up now", "Restore…"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QPushButton, QTableWidget

from desktop.models import backup, dealership, events
from desktop.models.session import Session
from tests.conftest import get_user
from tests.helpers import find
from tests.models.test_backup import add_event, damage, event_ids

pytestmark = pytest.mark.gui


def sign_in(ctx, username: str) -> None:
    with ctx.db.read() as conn:
        ctx.set_session(
            Session(
                user=get_user(ctx.db, username),
                dealership=dealership.get_dealership(conn),
                device=events.this_device(conn),
                counter="1",
            )
        )


@pytest.fixture
def page(ctx, qtbot, wait):
    from desktop.views.backup_settings import BackupPage

    sign_in(ctx, "admin")
    widget = BackupPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    wait()
    return widget


def test_only_administrators_see_the_backups_page(ctx, qtbot, wait):
    from desktop.views.settings import SettingsScreen

    for username, visible in (("admin", True), ("manager", False), ("clerk", False)):
        sign_in(ctx, username)
        screen = SettingsScreen(ctx)
        qtbot.addWidget(screen)
        wait()
        titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
        assert ("پشتیبان‌گیری" in titles) is visible, username


def test_the_list_shows_the_folder_and_its_backups_in_persian(ctx, page, wait, now):
    folder = backup.default_folder(ctx.db.path)
    backup.take(ctx.db.path, folder, now - timedelta(days=1), "daily")
    backup.take(ctx.db.path, folder, now, "manual")
    page.refresh()
    wait()
    table = find(page, QTableWidget, "backupList")
    assert page.folder.text() == str(folder)
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "۱۴۰۵/۰۹/۰۳ ۱۲:۰۰"  # newest first, Solar Hijri, Tehran time
    assert [table.item(r, 1).text() for r in range(2)] == ["دستی", "روزانه (خودکار)"]
    assert table.item(0, 2).text().endswith("کیلوبایت")
    assert (
        find(page, QLabel, "backupSummary").text()
        == "۲ نسخهٔ پشتیبان در این پوشه است؛ تازه‌ترین در ۱۴۰۵/۰۹/۰۳ ۱۲:۰۰ گرفته شده است."
    )
    assert not find(page, QPushButton, "restoreSelected").isEnabled()
    table.setCurrentCell(1, 0)
    assert find(page, QPushButton, "restoreSelected").isEnabled()


def test_back_up_now_shows_progress_and_lists_the_new_backup(ctx, page, wait, qtbot):
    bar = find(page, QProgressBar, "backupProgress")
    seen = []
    page.progress.valueChanged.connect(lambda _v: seen.append(bar.isVisible()))
    find(page, QPushButton, "backUpNow").click()
    assert bar.isVisible()
    assert not find(page, QPushButton, "backUpNow").isEnabled()
    wait()
    assert not bar.isVisible()
    assert seen
    assert all(seen)
    made = backup.list_backups(backup.default_folder(ctx.db.path))
    assert [b.kind for b in made] == ["manual"]
    assert made[0].path.name in find(page, QLabel, "backupStatus").text()
    assert find(page, QTableWidget, "backupList").rowCount() == 1


def test_choosing_a_folder_saves_it_and_a_bad_one_says_why(ctx, page, wait, tmp_path):
    page.set_folder(str(tmp_path / "فلش"))
    wait()
    assert page.folder.text() == str(tmp_path / "فلش")
    assert backup.backup_folder(ctx.db) == tmp_path / "فلش"
    (tmp_path / "file").write_text("x")
    page.set_folder(str(tmp_path / "file" / "sub"))
    wait()
    error = find(page, QLabel, "ErrorLabel")
    assert error.isVisible()
    assert error.text() == "پوشهٔ پشتیبان: پیشخوان نمی‌تواند در این پوشه بنویسد."
    assert backup.backup_folder(ctx.db) == tmp_path / "فلش"
    page.set_folder("")
    wait()
    assert page.folder.text() == str(backup.default_folder(ctx.db.path))


def test_restore_asks_first_and_cancel_changes_nothing(ctx, page, wait, now):
    backup.back_up(ctx.db, now)
    add_event(ctx.db, now, "after the backup")
    before = event_ids(ctx.db)
    page.refresh()
    wait()
    find(page, QTableWidget, "backupList").setCurrentCell(0, 0)
    find(page, QPushButton, "restoreSelected").click()
    box = page.findChild(QMessageBox, "confirmRestore")
    assert box is not None
    assert box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait()
    assert event_ids(ctx.db) == before
    assert ctx.signed_in


def test_restore_round_trip_from_settings(ctx, page, wait, now, qtbot):
    kept = add_event(ctx.db, now, "before the backup")
    backup.back_up(ctx.db, now)
    lost = add_event(ctx.db, now, "after the backup")
    page.refresh()
    wait()
    find(page, QTableWidget, "backupList").setCurrentCell(0, 0)
    find(page, QPushButton, "restoreSelected").click()
    box = page.findChild(QMessageBox, "confirmRestore")
    box.button(QMessageBox.StandardButton.Yes).click()
    assert find(page, QProgressBar, "backupProgress").isVisible()
    wait()
    ids = event_ids(ctx.db)
    assert kept in ids
    assert lost not in ids
    done = page.findChild(QMessageBox, "restored")
    assert done is not None
    assert "pishkhan.replaced-" in done.text()
    assert not ctx.signed_in  # everyone signs in again against the restored users
    aside = next(Path(ctx.db.path).parent.glob("pishkhan.replaced-*.db"))
    assert aside.exists()


def test_a_damaged_backup_file_is_refused_with_a_message(ctx, page, wait, now, tmp_path):
    made = backup.back_up(ctx.db, now, to=tmp_path)
    damage(made.path)
    before = event_ids(ctx.db)
    box = page.ask_restore(made.path, made.path.name)
    box.button(QMessageBox.StandardButton.Yes).click()
    wait()
    assert find(page, QLabel, "ErrorLabel").text() == "این پروندهٔ پشتیبان آسیب دیده است؛ چیزی تغییر نکرد."
    assert event_ids(ctx.db) == before
    assert ctx.signed_in
    assert find(page, QPushButton, "backUpNow").isEnabled()


@pytest.mark.parametrize("lang", ["en"])
def test_the_page_in_english(ctx, page, wait, now):
    backup.back_up(ctx.db, now)
    page.refresh()
    wait()
    table = find(page, QTableWidget, "backupList")
    assert table.item(0, 1).text() == "Made by hand"
    assert table.item(0, 0).text() == "1405/09/03 12:00"
    assert find(page, QPushButton, "backUpNow").text() == "Back up now"


def test_background_sync_pauses_while_the_database_is_replaced(ctx, page, wait, now, monkeypatch):
    from desktop.views.sync_service import service_for

    service = service_for(ctx)
    service.start()  # as the running application does (a sync never started stays off)
    assert service.wait_idle()
    calls: list[str] = []
    for name in ("stop", "start"):
        original = getattr(service, name)
        monkeypatch.setattr(
            service, name, lambda original=original, name=name: (calls.append(name), original())[1]
        )
    made = backup.back_up(ctx.db, now)
    box = page.ask_restore(made.path, made.path.name)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert calls == ["stop"]
    wait()
    assert calls == ["stop", "start"]
    assert service.started
    assert page.findChild(QMessageBox, "restored") is not None
    service.stop()
    assert service.wait_idle()
