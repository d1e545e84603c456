"""The background check and daily backup, recovery from a damaged database, and the start-up refusals."""

from __future__ import annotations

import argparse
import sqlite3
import time
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.models import backup
from desktop.models.calendar import utcnow
from desktop.views.backup_guard import BackupGuard, recover_before_open
from tests.models.test_backup import add_event, damage, event_ids
from tests.views.test_backup_settings import sign_in

pytestmark = pytest.mark.gui


@pytest.fixture
def guard(ctx):
    return BackupGuard(ctx, lambda: None)


@pytest.fixture
def wait(ctx, qtbot):
    """Wait for chained work too: the guard reads on the database worker, then copies beside it."""

    def settle():
        qtbot.waitUntil(lambda: not ctx.runner.busy(), timeout=20_000)
        assert ctx.runner.wait()

    return settle


def test_the_daily_backup_is_made_once_in_the_background(ctx, guard, wait, qtbot):
    made = []
    guard.backed_up.connect(made.append)
    guard.run()
    wait()
    assert [b.kind for b in made] == ["daily"]
    assert made[0].path.parent == backup.default_folder(ctx.db.path)
    assert backup.verify(made[0].path).dealership_id == "1420"
    guard.run()  # an hour later, the same day: nothing to do
    wait()
    assert len(backup.list_backups(backup.default_folder(ctx.db.path))) == 1


def test_a_failed_daily_backup_is_told_once(ctx, guard, wait, tmp_path):
    with ctx.db.write() as conn:
        from desktop.models import settings

        (tmp_path / "stick").write_text("no folder here")
        settings.put(conn, backup.FOLDER_SETTING, str(tmp_path / "stick" / "pishkhan"))
    backup.default_folder(ctx.db.path).write_text("and none here either")
    guard.run()
    wait()
    box = guard.notice
    assert box is not None
    assert box.objectName() == "backupFailed"
    assert "حافظهٔ فلش" in box.text()
    box.close()
    guard.run()
    wait()
    assert guard.notice is box  # not told again every hour


def test_a_damaged_database_is_offered_its_newest_good_backup(ctx, guard, wait, now):
    sign_in(ctx, "clerk")
    kept = add_event(ctx.db, now, "in the backup")
    good = backup.take(
        ctx.db.path, backup.default_folder(ctx.db.path), utcnow() - timedelta(hours=2), "daily"
    )
    for n in range(30):
        add_event(ctx.db, now, f"after the backup {n}")
    damage(ctx.db.path)
    damaged = []
    guard.damaged.connect(damaged.append)
    guard.run()
    wait()
    assert damaged
    assert damaged[0]
    box = guard.notice
    assert box.objectName() == "offerRestore"
    assert "۱۴۰۵" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    wait()
    assert backup.check(ctx.db.path) == []
    assert kept in event_ids(ctx.db)
    assert not ctx.signed_in
    aside = list(ctx.db.path.parent.glob("pishkhan.replaced-*.db"))
    assert len(aside) == 1
    assert backup.check(aside[0])  # the damaged one, kept as it was
    assert good.path.exists()


def test_damage_with_no_good_backup_is_told_plainly(ctx, guard, wait, now):
    add_event(ctx.db, now, "x")
    damage(ctx.db.path)
    guard.run()
    wait()
    assert guard.notice.objectName() == "damagedNoBackup"


def test_a_file_too_damaged_to_open_is_restored_before_start(qapp, tmp_path, now, monkeypatch):
    from desktop.models.db import open_database

    path = tmp_path / "pishkhan.db"
    db = open_database(path)
    kept = add_event_in(db, now)
    backup.take(path, backup.default_folder(path), now, "daily")
    db.close()
    path.write_bytes(b"\x00garbage where the header was" + path.read_bytes()[40:])
    assert backup.unopenable(path)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert recover_before_open(path)
    assert "۱۴۰۵/۰۹/۰۳" in asked[0]
    with open_database(path) as restored:
        assert kept in event_ids(restored)
    assert len(list(tmp_path.glob("pishkhan.replaced-*.db"))) == 1


def test_declining_the_recovery_leaves_the_file_alone(qapp, tmp_path, now, monkeypatch):
    from desktop.models.db import open_database

    path = tmp_path / "pishkhan.db"
    with open_database(path) as db:
        add_event_in(db, now)
    backup.take(path, backup.default_folder(path), now, "daily")
    path.write_bytes(b"PK\x03\x04 not a database")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not recover_before_open(path)
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def add_event_in(db, now) -> str:
    from desktop.models import dealership

    with db.write() as conn:
        dealership.setup(
            conn, code="1420", name="آرین", admin_username="admin", admin_password="pass-pass-1", now=now
        )
    return add_event(db, now, "kept")


def test_a_database_from_a_newer_release_is_refused_with_a_clear_message(qapp, tmp_path, monkeypatch):
    from desktop.models.db import open_database
    from desktop.views.application import Application

    path = tmp_path / "newer.db"
    open_database(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    raw.close()
    before = path.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    args = argparse.Namespace(db=path, demo=False, lang="fa", smoke=False)
    assert Application(args, started_at=time.time()).run() == 1
    assert shown == [
        "این پایگاه داده را نسخهٔ تازه‌تری از پیشخوان نوشته است. همان نسخه را نصب کنید؛"
        " به پایگاه داده دست زده نشد."
    ]
    assert path.read_bytes() == before
