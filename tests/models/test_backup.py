"""Backups: rotation, verification, the online copy, restore and what it keeps aside."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import threading
import types
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.models import backup, dealership, events
from desktop.models.backup import Backup, BackupError
from desktop.models.db import Database, open_database
from desktop.models.errors import DatabaseInUse, PermissionDenied, StorageProblem, ValidationError
from tests.conftest import get_user

TEHRAN_MIDNIGHT_UTC = (20, 30)  # 00:00 in Tehran (UTC+03:30) is 20:30 UTC the day before


def fake(taken_at: datetime, kind: str = "daily", number: int = 0) -> Backup:
    return Backup(Path(backup.file_name(taken_at, kind, number)), taken_at, kind, 1)


def at(day: date, hour: int = 6) -> datetime:
    """``day`` at ``hour`` o'clock UTC (09:30 in Tehran: the same local day)."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def kept(backups: list[Backup], now: datetime) -> list[date]:
    doomed = {b.path for b in backup.to_delete(backups, now)}
    return sorted(b.taken_at.date() for b in backups if b.path not in doomed)


def damage(path: Path, table: str = "events") -> None:
    """Overwrite the root page of ``table`` with garbage: the file opens, its check fails."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)


def add_event(db: Database, now: datetime, note: str) -> str:
    with db.write() as conn:
        return events.append(
            conn, stream="probe", stream_id="p1", kind="noted", payload={"note": note}, actor_id="a", now=now
        ).event_id


def event_ids(db: Database) -> set[str]:
    with db.read() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT event_id FROM events")}


# -- rotation ---------------------------------------------------------------------------------


def test_thirty_daily_backups_keep_seven_days_and_four_weeks():
    now = at(date(2026, 11, 24), 7)  # Tuesday
    backups = [fake(at(date(2026, 11, 24) - timedelta(days=n))) for n in range(60)]
    days = kept(backups, now)
    assert days[-7:] == [date(2026, 11, 18) + timedelta(days=n) for n in range(7)]
    # Before those: the newest backup of each of the 4 weeks (Saturday to Friday) not yet
    # represented; Nov 18-20 already represent the week of Saturday Nov 14.
    assert days[:-7] == [date(2026, 10, 23), date(2026, 10, 30), date(2026, 11, 6), date(2026, 11, 13)]
    assert all(d.weekday() == 4 for d in days[:-7])  # each week's newest day is its Friday


def test_several_backups_a_day_keep_the_newest_of_each_day():
    day = date(2026, 11, 24)
    backups = [fake(at(day, h)) for h in (4, 6, 8)] + [fake(at(day - timedelta(days=1), 5))]
    doomed = backup.to_delete(backups, at(day, 9))
    assert sorted(b.taken_at.hour for b in doomed) == [4, 6]


def test_local_day_decides_not_the_utc_day():
    # 20:00 and 21:00 UTC on Nov 23 are 23:30 on Nov 23 and 00:30 on Nov 24 in Tehran.
    late, after_midnight = (
        datetime(2026, 11, 23, 20, 0, tzinfo=UTC),
        datetime(2026, 11, 23, 21, 0, tzinfo=UTC),
    )
    assert backup.to_delete([fake(late), fake(after_midnight)], at(date(2026, 11, 24))) == []


def test_a_laptop_left_in_a_drawer_keeps_its_last_week():
    """Periods are counted among the backups that exist, not on the calendar."""
    last_use = date(2026, 3, 10)
    backups = [fake(at(last_use - timedelta(days=n))) for n in range(20)]
    assert len(kept(backups, at(date(2026, 11, 24)))) == 7 + 2


@pytest.mark.parametrize("kind", ["manual", "upgrade"])
def test_manual_and_pre_upgrade_backups_are_never_rotated(kind):
    now = at(date(2026, 11, 24))
    backups = [fake(now - timedelta(days=n), kind) for n in range(100)]
    assert backup.to_delete(backups, now) == []


def test_backups_stamped_after_now_are_kept():
    now = at(date(2026, 11, 24))
    backups = [fake(now - timedelta(days=n)) for n in range(40)] + [fake(now + timedelta(days=3))]
    assert backups[-1] not in backup.to_delete(backups, now)


@pytest.mark.parametrize(
    ("made", "now", "due"),
    [
        (None, datetime(2026, 11, 24, 6, tzinfo=UTC), True),
        (datetime(2026, 11, 24, 5, tzinfo=UTC), datetime(2026, 11, 24, 19, tzinfo=UTC), False),
        # 23:59 in Tehran yesterday, and two minutes later it is a new day.
        (datetime(2026, 11, 23, 20, 29, tzinfo=UTC), datetime(2026, 11, 23, 20, 31, tzinfo=UTC), True),
        (datetime(2026, 11, 23, 20, 31, tzinfo=UTC), datetime(2026, 11, 24, 20, 0, tzinfo=UTC), False),
    ],
)
def test_a_daily_backup_is_due_once_per_local_day(made, now, due):
    assert backup.is_due([fake(made)] if made else [], now) is due


def test_a_manual_backup_does_not_replace_the_daily_one():
    now = datetime(2026, 11, 24, 8, tzinfo=UTC)
    assert backup.is_due([fake(now - timedelta(hours=1), "manual")], now)


@pytest.mark.parametrize(
    ("day", "saturday"),
    [
        (date(2026, 11, 24), date(2026, 11, 21)),
        (date(2026, 11, 21), date(2026, 11, 21)),
        (date(2026, 11, 27), date(2026, 11, 21)),
    ],
)
def test_weeks_run_saturday_to_friday(day, saturday):
    assert backup.week_of(day) == saturday


@pytest.mark.parametrize(
    "name",
    ["pishkhan.db", "pishkhan-20261124-083000-daily.db", "pishkhan-20261124-083000Z-weekly.db", "notes.txt"],
)
def test_other_files_in_the_folder_are_not_backups(tmp_path, name):
    (tmp_path / name).write_bytes(b"x")
    assert backup.list_backups(tmp_path) == []


def test_names_round_trip_and_sort_newest_first(tmp_path):
    now = datetime(2026, 11, 24, 8, 30, 5, tzinfo=UTC)
    for moment, kind, number in (
        (now, "daily", 0),
        (now, "manual", 1),
        (now - timedelta(days=1), "upgrade", 0),
    ):
        (tmp_path / backup.file_name(moment, kind, number)).write_bytes(b"x")
    found = backup.list_backups(tmp_path)
    assert [(b.taken_at, b.kind) for b in found][-1] == (now - timedelta(days=1), "upgrade")
    assert found[0].path.name == "pishkhan-20261124-083005Z-manual-1.db"


# -- making backups ------------------------------------------------------------------------


def test_a_backup_is_one_verified_file_with_every_event(dealer_db, now, tmp_path):
    for n in range(20):
        add_event(dealer_db, now, f"یادداشت {n}")
    made = backup.back_up(dealer_db, now, to=tmp_path / "usb")
    assert made.path.parent == tmp_path / "usb"
    assert made.path.name == "pishkhan-20261124-083000Z-manual.db"
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]  # no -wal, no .partial
    info = backup.verify(made.path)
    assert (info.dealership_id, info.events) == ("1420", len(event_ids(dealer_db)))
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_the_copy_is_online_and_sees_a_write_made_while_it_runs(dealer_db, now, tmp_path):
    """The app keeps writing during a backup: the copy restarts and includes the write."""
    with dealer_db.write() as conn:
        conn.exec_driver_sql("CREATE TABLE ballast (x BLOB)")
        for _ in range(300):
            conn.exec_driver_sql("INSERT INTO ballast VALUES (zeroblob(8000))")
    written: list[str] = []
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if not written:
            written.append(add_event(dealer_db, now, "during the backup"))

    made = backup.back_up(dealer_db, now, to=tmp_path, progress=progress)
    assert len(steps) > 1
    assert steps[-1][0] == steps[-1][1]
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("SELECT count(*) FROM events WHERE event_id = ?", written).fetchone()[0] == 1


def test_backing_up_needs_the_backup_permission(dealer_db, now, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.back_up(dealer_db, now, actor=get_user(dealer_db, "manager"), to=tmp_path)
    assert backup.back_up(dealer_db, now, actor=get_user(dealer_db, "admin"), to=tmp_path).path.exists()


def test_a_damaged_database_gives_no_backup_and_rotates_nothing(dealer_db, now, tmp_path):
    folder = tmp_path / "backups"
    good = backup.back_up(dealer_db, now - timedelta(days=1), to=folder)
    olds = [folder / backup.file_name(now - timedelta(days=d), "daily") for d in range(2, 40)]
    for path in olds:
        shutil.copy(good.path, path)
    dealer_db.close()
    damage(dealer_db.path)
    with pytest.raises(BackupError) as err:
        backup.daily(dealer_db.path, folder, now)
    assert err.value.code == "backup_unverified"
    assert all(path.exists() for path in olds)
    assert not list(folder.glob("*.partial"))


def test_daily_backs_up_once_a_day_and_rotates(dealer_db, now, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    first = backup.back_up(dealer_db, now, to=folder)
    for days in range(1, 40):
        shutil.copy(first.path, folder / backup.file_name(now - timedelta(days=days), "daily"))
    made = backup.daily(dealer_db.path, folder, now)
    assert made is not None
    assert made.kind == "daily"
    assert backup.daily(dealer_db.path, folder, now + timedelta(hours=2)) is None
    left = backup.list_backups(folder)
    assert sum(b.kind == "daily" for b in left) == 7 + 4
    assert first in left  # the manual one stays


def test_an_absent_usb_stick_sends_the_daily_backup_to_the_default_folder(dealer_db, now, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the stick's folder would be")
    made = backup.daily(dealer_db.path, blocker / "pishkhan", now)
    assert made is not None
    assert made.path.parent == backup.default_folder(dealer_db.path)
    # Today is done, wherever it went.
    assert backup.daily(dealer_db.path, blocker / "pishkhan", now + timedelta(hours=1)) is None


def test_a_manual_backup_into_an_absent_folder_says_so(dealer_db, now, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BackupError) as err:
        backup.back_up(dealer_db, now, to=blocker / "sub")
    assert err.value.code == "folder_unavailable"


def test_the_folder_setting(dealer_db, tmp_path):
    admin = get_user(dealer_db, "admin")
    assert backup.backup_folder(dealer_db) == dealer_db.path.parent / "backups"
    assert (
        backup.set_folder(dealer_db, admin, str(tmp_path / "usb" / "پیشخوان")) == tmp_path / "usb" / "پیشخوان"
    )
    assert (tmp_path / "usb" / "پیشخوان").is_dir()
    assert backup.recovery_folders(dealer_db.path)[0] == tmp_path / "usb" / "پیشخوان"
    assert backup.set_folder(dealer_db, admin, "  ") == dealer_db.path.parent / "backups"


@pytest.mark.parametrize(
    ("value", "code"), [("relative/folder", "folder_not_absolute"), ("FILE/sub", "folder_not_writable")]
)
def test_a_bad_folder_is_refused_and_the_setting_kept(dealer_db, tmp_path, value, code):
    (tmp_path / "FILE").write_text("x")
    value = value.replace("FILE", str(tmp_path / "FILE"))
    with pytest.raises(ValidationError) as err:
        backup.set_folder(dealer_db, get_user(dealer_db, "admin"), value)
    assert (err.value.field, err.value.code) == ("backup_dir", code)
    assert backup.backup_folder(dealer_db) == dealer_db.path.parent / "backups"


def test_choosing_the_folder_needs_the_backup_permission(dealer_db, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.set_folder(dealer_db, get_user(dealer_db, "clerk"), str(tmp_path))


# -- checking ----------------------------------------------------------------------------------


def test_integrity_check_finds_damage(dealer_db, now):
    add_event(dealer_db, now, "x")
    assert backup.check(dealer_db.path) == []
    dealer_db.close()
    damage(dealer_db.path)
    assert backup.check(dealer_db.path)
    assert backup.check(dealer_db.path, quick=False)


@pytest.mark.parametrize(
    ("content", "damaged"),
    [
        (None, False),
        (b"", False),
        (b"SQLite format 3\x00" + b"\x00" * 100, False),
        (b"PK\x03\x04 a zip file", True),
    ],
)
def test_a_file_that_is_not_sqlite_at_all_is_seen_at_once(tmp_path, content, damaged):
    path = tmp_path / "pishkhan.db"
    if content is not None:
        path.write_bytes(content)
    assert backup.looks_damaged(path) is damaged


def test_verify_refuses_what_cannot_be_restored(dealer_db, now, tmp_path):
    made = backup.back_up(dealer_db, now, to=tmp_path)
    damaged = tmp_path / "damaged.db"
    shutil.copy(made.path, damaged)
    damage(damaged)
    text_file = tmp_path / "notes.db"
    text_file.write_text("not a database at all")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    conn.close()
    newer = tmp_path / "newer.db"
    shutil.copy(made.path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    for path, code in (
        (damaged, "backup_corrupt"),
        (text_file, "backup_corrupt"),
        (other, "backup_not_pishkhan"),
        (newer, "backup_too_new"),
        (tmp_path / "missing.db", "backup_missing"),
    ):
        with pytest.raises(BackupError) as err:
            backup.verify(path)
        assert err.value.code == code, path.name


def test_newest_good_skips_a_damaged_newer_backup(dealer_db, now, tmp_path):
    older = backup.back_up(dealer_db, now - timedelta(days=2), to=tmp_path)
    newer = backup.back_up(dealer_db, now, to=tmp_path)
    damage(newer.path)
    found = backup.newest_good([tmp_path, tmp_path / "absent"])
    assert found is not None
    assert found[0] == older
    assert found[1].dealership_id == "1420"
    damage(older.path)
    assert backup.newest_good([tmp_path]) is None


# -- restoring --------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(dealer_db, now, tmp_path):
    before = add_event(dealer_db, now, "before the backup")
    made = backup.back_up(dealer_db, now, to=tmp_path / "usb")
    after = add_event(dealer_db, now, "after the backup")
    done = backup.restore(
        dealer_db, made.path, now + timedelta(minutes=5), actor=get_user(dealer_db, "admin")
    )
    assert before in event_ids(dealer_db)
    assert after not in event_ids(dealer_db)
    assert done.aside == dealer_db.path.with_name("pishkhan.replaced-20261124-083500Z.db")
    with sqlite3.connect(done.aside) as aside:
        assert aside.execute("SELECT count(*) FROM events WHERE event_id = ?", (after,)).fetchone()[0] == 1
    aside.close()
    assert not dealer_db.path.with_name("pishkhan.db.restoring").exists()
    # The database works as before and is still this process's alone.
    add_event(dealer_db, now, "after the restore")
    with pytest.raises(DatabaseInUse):
        open_database(dealer_db.path)


def test_a_corrupt_backup_is_refused_and_nothing_changes(dealer_db, now, tmp_path):
    made = backup.back_up(dealer_db, now, to=tmp_path)
    damage(made.path)
    add_event(dealer_db, now, "keep me")
    ids = event_ids(dealer_db)
    with pytest.raises(BackupError) as err:
        backup.restore(dealer_db, made.path, now)
    assert err.value.code == "backup_corrupt"
    assert event_ids(dealer_db) == ids
    assert (
        sorted(
            p.name for p in dealer_db.path.parent.iterdir() if "replaced" in p.name or "restoring" in p.name
        )
        == []
    )


def test_restoring_needs_the_backup_permission(dealer_db, now, tmp_path):
    made = backup.back_up(dealer_db, now, to=tmp_path)
    with pytest.raises(PermissionDenied):
        backup.restore(dealer_db, made.path, now, actor=get_user(dealer_db, "supervisor"))


def test_restoring_the_database_onto_itself_is_refused(dealer_db, now):
    with pytest.raises(BackupError) as err:
        backup.restore(dealer_db, dealer_db.path, now)
    assert err.value.code == "backup_is_database"


def test_a_backup_from_an_older_release_is_upgraded_on_restore(tmp_path, now):
    old = Database(tmp_path / "old.db")
    old.migrate("0001")
    old.close()
    current = open_database(tmp_path / "pishkhan.db")
    try:
        done = backup.restore(current, tmp_path / "old.db", now)
        assert done.info.revision == "0001"
        assert not current.needs_upgrade()
    finally:
        current.close()


def test_restore_file_refuses_while_the_app_has_the_database(dealer_db, now, tmp_path):
    made = backup.back_up(dealer_db, now, to=tmp_path)
    with pytest.raises(DatabaseInUse):
        backup.restore_file(dealer_db.path, made.path, now)


def test_restore_file_onto_a_new_pc_with_no_database_yet(dealer_db, now, tmp_path):
    made = backup.back_up(dealer_db, now, to=tmp_path / "usb")
    done = backup.restore_file(tmp_path / "new-pc" / "pishkhan.db", made.path, now)
    assert done.aside is None
    with open_database(tmp_path / "new-pc" / "pishkhan.db") as db:
        assert event_ids(db) == event_ids(dealer_db)


def test_restore_tells_sync_so_that_it_pushes_again(dealer_db, now, tmp_path, monkeypatch):
    told: list[Path] = []
    client = types.ModuleType("sync.client")
    client.after_restore = lambda db: told.append(db.path)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sync.client", client)
    made = backup.back_up(dealer_db, now, to=tmp_path)
    backup.restore(dealer_db, made.path, now)
    assert told == [dealer_db.path]


# -- the backup before an upgrade --------------------------------------------------------------


def test_an_upgrade_backs_up_first(tmp_path, now):
    db = Database(tmp_path / "pishkhan.db")
    db.migrate("0001")
    with db.write() as conn:
        dealership.setup(
            conn, code="1420", name="آرین", admin_username="admin", admin_password="pass-pass-1", now=now
        )
    add_event(db, now, "from the old release")
    db.migrate()
    made = backup.list_backups(tmp_path / "backups")
    assert [b.kind for b in made] == ["upgrade"]
    assert backup.verify(made[0].path).revision == "0001"
    assert backup.verify(made[0].path).events == 1
    db.close()


def test_a_new_database_needs_no_backup_before_its_first_migration(tmp_path):
    open_database(tmp_path / "pishkhan.db").close()
    assert not (tmp_path / "backups").exists()


def _hold_a_connection(db: Database) -> tuple[threading.Thread, threading.Event]:
    """Another thread (background sync, say) in the middle of a read."""
    held, release = threading.Event(), threading.Event()

    def reader() -> None:
        with db.read() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
            held.set()
            release.wait(10)

    thread = threading.Thread(target=reader)
    thread.start()
    assert held.wait(10)
    return thread, release


def test_restore_waits_until_other_threads_give_their_connections_back(dealer_db, now, tmp_path):
    made = backup.back_up(dealer_db, now, to=tmp_path)
    after = add_event(dealer_db, now, "after the backup")
    thread, release = _hold_a_connection(dealer_db)
    threading.Timer(0.3, release.set).start()
    backup.restore(dealer_db, made.path, now)
    assert release.is_set()  # the swap waited for the reader
    thread.join()
    assert after not in event_ids(dealer_db)


def test_restore_gives_up_unchanged_when_a_connection_stays_busy(dealer_db, now, tmp_path, monkeypatch):
    monkeypatch.setattr(backup, "RELEASE_PATIENCE_S", 0.2)
    made = backup.back_up(dealer_db, now, to=tmp_path)
    after = add_event(dealer_db, now, "after the backup")
    thread, release = _hold_a_connection(dealer_db)
    try:
        with pytest.raises(StorageProblem) as err:
            backup.restore(dealer_db, made.path, now)
    finally:
        release.set()
        thread.join()
    assert err.value.code == "locked"
    assert after in event_ids(dealer_db)
    assert not [p for p in dealer_db.path.parent.iterdir() if "replaced" in p.name or "restoring" in p.name]
