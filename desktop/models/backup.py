"""Backups of the desktop database: online copies, verified, rotated; restore that keeps the old file.

A backup is one plain SQLite file, ``pishkhan-YYYYMMDD-HHMMSSZ-<kind>.db`` (UTC time), written
with SQLite's online backup API (the app goes on working meanwhile), checked with
``PRAGMA integrity_check`` and only then given its name. Kinds:

- ``daily``: made automatically once a day. Rotated (:func:`to_delete`): the newest backup of
  each of the 7 most recent days that have one, and of each of the 4 most recent weeks before
  those, are kept. Days and weeks are counted among the backups that exist, not on the
  calendar, so a laptop left in a drawer for months still has its last week of backups.
- ``manual``: "Back up now" and ``python -m desktop.cli backup``: kept until someone deletes it.
- ``upgrade``: made before migrations change the schema (registered with
  :func:`desktop.models.db.on_before_upgrade`), in the data folder's ``backups/``: kept.

A restore copies the backup beside the database, verifies the copy, closes every connection
of the open :class:`~desktop.models.db.Database` (its application lock stays held, so no other
Pishkhan can step in), moves the current file aside as ``<name>.replaced-<time>Z.db`` and puts
the copy in its place; then the schema is brought up to date and sync is told (its epoch rule
makes it push again whatever HQ lacks).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection

from desktop.models import settings, users
from desktop.models.calendar import local, utcnow
from desktop.models.db import MIGRATIONS, SCHEMA_HEAD, Database, on_before_upgrade
from desktop.models.errors import PishkhanError, StorageProblem, ValidationError
from desktop.models.users import Perm

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

FOLDER_SETTING = "backup_dir"
DAILY_KEEP = 7
WEEKLY_KEEP = 4
KINDS = ("daily", "manual", "upgrade")
SQLITE_HEADER = b"SQLite format 3\x00"

_NAME = re.compile(r"^pishkhan-(\d{8}-\d{6})Z-(daily|manual|upgrade)(?:-(\d+))?\.db$")
RELEASE_PATIENCE_S = 30.0  # how long a restore waits for other threads' database work
_STEP_PAGES = 256  # pages per step of a backup with progress: about 1 MB
_PISHKHAN_TABLES = {"alembic_version", "dealership", "device", "events", "settings"}
# One backup or restore at a time in this process (the automatic backup runs off the
# database worker; a restore must not swap the file under it).
_files = threading.Lock()


class BackupError(PishkhanError):
    """A backup could not be made, or a file is not a sound Pishkhan backup.

    Codes: ``backup_failed``, ``backup_unverified`` (the copy failed its check: the database
    itself may be damaged), ``backup_corrupt``, ``backup_not_pishkhan``, ``backup_too_new``,
    ``backup_missing``, ``backup_is_database``, ``folder_unavailable``, ``no_database``.
    """

    code = "backup_failed"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC, to the second, from the file name
    kind: str
    size: int


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds."""

    revision: str | None
    dealership_id: str | None
    dealership_name: str | None
    events: int


@dataclass(frozen=True)
class Restored:
    backup: Path
    aside: Path | None  # where the replaced database went (None: there was none)
    info: BackupInfo


# -- where backups go ---------------------------------------------------------------------


def default_folder(db_path: Path) -> Path:
    """``backups/`` beside the database: the data folder's for the app's own database."""
    return Path(db_path).parent / "backups"


def folder(conn: Connection, db_path: Path) -> Path:
    """The folder chosen in Settings, else :func:`default_folder`."""
    chosen = str(settings.get(conn, FOLDER_SETTING) or "").strip()
    return Path(chosen).expanduser() if chosen else default_folder(db_path)


def backup_folder(db: Database) -> Path:
    with db.read() as conn:
        return folder(conn, db.path)


def set_folder(db: Database, actor: users.User, path: str) -> Path:
    """Choose where backups go (an empty ``path``: the default); the folder must be writable."""
    users.require(actor, Perm.BACKUP_MANAGE)
    chosen = path.strip()
    if chosen:
        target = Path(chosen).expanduser()
        if not target.is_absolute():
            raise ValidationError(FOLDER_SETTING, "folder_not_absolute")
        try:
            _prepare_folder(target)
        except BackupError:
            raise ValidationError(FOLDER_SETTING, "folder_not_writable", folder=str(target)) from None
        chosen = str(target)
    with db.write() as conn:
        settings.put(conn, FOLDER_SETTING, chosen)
        return folder(conn, db.path)


def _prepare_folder(target: Path) -> None:
    """Create ``target`` if needed and prove it writable (a USB stick may be absent or locked)."""
    try:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / f".pishkhan-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise BackupError("folder_unavailable", folder=str(target)) from exc


# -- names and rotation (pure) -------------------------------------------------------------


def file_name(taken_at: datetime, kind: str, number: int = 0) -> str:
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"pishkhan-{stamp}Z-{kind}{f'-{number}' if number else ''}.db"


def parse_name(name: str) -> tuple[datetime, str, int] | None:
    """(time, kind, number) of a backup's file name; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    taken_at = datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return taken_at, match[2], int(match[3] or 0)


def list_backups(target: Path) -> list[Backup]:
    """The backups in a folder, newest first (a missing folder has none)."""
    found: list[tuple[datetime, int, Backup]] = []
    try:
        entries = list(Path(target).iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_name(path.name)
        if parsed is None:
            continue
        with contextlib.suppress(OSError):
            backup = Backup(path, parsed[0], parsed[1], path.stat().st_size)
            found.append((parsed[0], parsed[2], backup))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _, _, backup in found]


def week_of(day: date) -> date:
    """The Saturday that starts ``day``'s week (the Iranian week runs Saturday to Friday)."""
    return day - timedelta(days=(day.weekday() - 5) % 7)


def to_delete(
    backups: Iterable[Backup], now: datetime, *, daily: int = DAILY_KEEP, weekly: int = WEEKLY_KEEP
) -> list[Backup]:
    """The automatic backups that rotation removes.

    Kept: the newest ``daily`` backup of each of the ``daily`` most recent local days that
    have one, then the newest of each of the ``weekly`` most recent weeks not already
    represented. Manual and pre-upgrade backups are never removed; neither are backups
    stamped after ``now`` (the clock was wrong when they were made, or is wrong now).
    """
    automatic = sorted((b for b in backups if b.kind == "daily"), key=lambda b: b.taken_at, reverse=True)
    days: set[date] = set()
    weeks: set[date] = set()
    covered: set[date] = set()
    doomed: list[Backup] = []
    for backup in automatic:
        if backup.taken_at > now:
            continue
        day = local(backup.taken_at).date()
        week = week_of(day)
        if day in days:
            doomed.append(backup)
        elif len(days) < daily:
            days.add(day)
            covered.add(week)
        elif week in covered or len(weeks) >= weekly:
            doomed.append(backup)
        else:
            weeks.add(week)
            covered.add(week)
    return doomed


def is_due(backups: Iterable[Backup], now: datetime) -> bool:
    """Whether today (local day) still lacks its automatic backup."""
    today = local(now).date()
    return not any(b.kind == "daily" and local(b.taken_at).date() == today for b in backups)


# -- checking files ------------------------------------------------------------------------


def looks_damaged(path: Path) -> bool:
    """A cheap test at start: the file exists but does not even begin like an SQLite database."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return bool(head) and head != SQLITE_HEADER


def unopenable(path: Path) -> bool:
    """The file exists but SQLite cannot read even its schema (a millisecond's test at start)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    if looks_damaged(path):
        return True
    try:
        conn = _open_read_only(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError:  # locked, busy, no permission: not damage
        return False
    except sqlite3.DatabaseError:  # "file is not a database", "database disk image is malformed"
        return True
    return False


def _open_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # On read-only media a WAL database cannot get its shared-memory file.
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return conn


def check(path: Path, *, quick: bool = True) -> list[str]:
    """The problems SQLite finds in a database file; empty when it is sound.

    ``quick`` runs ``PRAGMA quick_check`` (the structure, in linear time) instead of the full
    ``integrity_check`` (which also compares every index with its table).
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = _open_read_only(path)
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _known_revision(revision: str) -> bool:
    if revision == SCHEMA_HEAD:
        return True
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        ScriptDirectory.from_config(cfg).get_revision(revision)
    except Exception:  # alembic raises several kinds for an unknown revision
        return False
    return True


def verify(path: Path, *, restorable: bool = True) -> BackupInfo:
    """Check that ``path`` is a sound Pishkhan database; say what it holds.

    ``restorable`` also refuses a database from a newer release (this one could not open it).
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup_missing", path=str(path))
    try:
        conn = _open_read_only(path)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                log.warning("backup %s fails its check: %s", path.name, "; ".join(problems[:5]))
                raise BackupError("backup_corrupt", path=str(path))
            tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not _PISHKHAN_TABLES.issubset(tables):
                raise BackupError("backup_not_pishkhan", path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
            if restorable and revision is not None and not _known_revision(revision):
                raise BackupError("backup_too_new", path=str(path), revision=revision)
            dealer = conn.execute("SELECT id, name FROM dealership").fetchone()
            count = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # "file is not a database" and the like
        raise BackupError("backup_corrupt", path=str(path)) from exc
    return BackupInfo(
        revision=revision,
        dealership_id=str(dealer[0]) if dealer else None,
        dealership_name=str(dealer[1]) if dealer else None,
        events=count,
    )


# -- making backups ------------------------------------------------------------------------


def _copy(source: Path, target: Path, progress: Progress | None) -> None:
    """A consistent online copy of ``source`` as one self-contained file ``target``.

    Without ``progress`` the copy is one step: one read transaction, which in WAL mode never
    blocks the app's writers and is never restarted by them. With ``progress`` it goes in
    steps so that a progress bar can move.
    """
    if not source.is_file():
        raise BackupError("no_database", path=str(source))
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=_STEP_PAGES if progress else -1, progress=step)
            # A backup is one file: no -wal/-shm beside it on a USB stick.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _free_name(target: Path, taken_at: datetime, kind: str) -> Path:
    number = 0
    while True:
        path = target / file_name(taken_at, kind, number)
        if not path.exists():
            return path
        number += 1


def take(
    source: Path, target: Path, now: datetime, kind: str = "manual", progress: Progress | None = None
) -> Backup:
    """Copy the database ``source`` into the folder ``target``, verify the copy, name it.

    Raises:
        BackupError: the folder is unavailable (``folder_unavailable``), the copy failed
            (``backup_failed``, e.g. a full disk) or did not verify (``backup_unverified``).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    source = Path(source)
    with _files:
        _prepare_folder(target)
        for stale in target.glob("pishkhan-*.partial"):  # left by a crash or a pulled plug
            with contextlib.suppress(OSError):
                stale.unlink()
        final = _free_name(target, now, kind)
        partial = final.with_name(final.name + ".partial")
        try:
            _copy(source, partial, progress)
            verify(partial, restorable=False)
            os.replace(partial, final)
        except BackupError as exc:
            partial.unlink(missing_ok=True)
            if exc.code in ("backup_corrupt", "backup_not_pishkhan"):
                raise BackupError("backup_unverified", path=str(source)) from exc
            raise
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            log.warning("backup of %s into %s failed: %s", source.name, target, exc)
            raise BackupError("backup_failed", folder=str(target), reason=str(exc)) from exc
    parsed = parse_name(final.name)
    assert parsed is not None
    made = Backup(final, parsed[0], kind, final.stat().st_size)
    log.info("backup %s written (%d bytes)", final, made.size)
    return made


def prune(target: Path, now: datetime) -> list[Path]:
    """Delete the automatic backups in ``target`` that rotation no longer keeps."""
    removed: list[Path] = []
    for backup in to_delete(list_backups(target), now):
        try:
            backup.path.unlink()
        except OSError as exc:
            log.warning("cannot delete old backup %s: %s", backup.path, exc)
        else:
            removed.append(backup.path)
    return removed


def back_up(
    db: Database,
    now: datetime,
    *,
    actor: users.User | None = None,
    to: Path | None = None,
    progress: Progress | None = None,
) -> Backup:
    """A manual backup ("Back up now", the command line) into ``to`` or the chosen folder."""
    if actor is not None:
        users.require(actor, Perm.BACKUP_MANAGE)
    target = Path(to) if to is not None else backup_folder(db)
    made = take(db.path, target, now, "manual", progress)
    prune(target, now)
    return made


def daily(db_path: Path, chosen: Path, now: datetime) -> Backup | None:
    """The automatic backup, if today has none yet; rotates the folder afterwards.

    When the chosen folder is unavailable (the USB stick is not plugged in), the backup goes
    to the default folder instead: a day without a backup is worse than one in another place.
    Reads no setting itself (``chosen`` comes from :func:`folder`), so it can run beside the
    database worker.
    """
    fallback = default_folder(db_path)
    places = [chosen] if chosen == fallback else [chosen, fallback]
    if not all(is_due(list_backups(place), now) for place in places):
        return None
    for index, place in enumerate(places):
        try:
            made = take(db_path, place, now, "daily")
        except BackupError as exc:
            if exc.code != "folder_unavailable" or index == len(places) - 1:
                raise
            log.warning("backup folder %s unavailable; using %s", place, fallback)
            continue
        prune(place, now)
        return made
    return None


def _before_upgrade(db: Database, current: str | None, head: str) -> None:
    """The automatic backup before migrations change a database that holds data."""
    if current is None or not db.path.is_file():
        return
    made = take(db.path, default_folder(db.path), utcnow(), "upgrade")
    log.info("schema %s -> %s: backup before the upgrade in %s", current, head, made.path)


on_before_upgrade(_before_upgrade)


# -- restoring ------------------------------------------------------------------------------


def _configured_folder(db_path: Path) -> Path | None:
    """The folder chosen in Settings, read straight from the file (it may be damaged)."""
    with contextlib.suppress(sqlite3.Error, OSError, ValueError, TypeError):
        conn = _open_read_only(db_path)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (FOLDER_SETTING,)).fetchone()
        finally:
            conn.close()
        chosen = str(json.loads(row[0]) or "").strip() if row else ""
        if chosen:
            return Path(chosen).expanduser()
    return None


def chosen_folder(db_path: Path) -> Path:
    """Where backups of ``db_path`` go, without going through a :class:`Database` (off its worker)."""
    return _configured_folder(db_path) or default_folder(db_path)


def recovery_folders(db_path: Path) -> list[Path]:
    """Where to look for backups of a database that may be too damaged to open normally."""
    places = [default_folder(db_path)]
    chosen = _configured_folder(db_path)
    if chosen is not None and chosen not in places:
        places.insert(0, chosen)
    return places


def newest_good(places: Iterable[Path]) -> tuple[Backup, BackupInfo] | None:
    """The newest backup in ``places`` that verifies, and what it holds."""
    candidates = [b for place in places for b in list_backups(place)]
    candidates.sort(key=lambda b: b.taken_at, reverse=True)
    for backup in candidates:
        try:
            return backup, verify(backup.path)
        except BackupError as exc:
            log.warning("backup %s is not usable: %s", backup.path, exc.code)
    return None


def _aside_name(db_path: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    number = 0
    while True:
        suffix = f"-{number}" if number else ""
        path = db_path.with_name(f"{db_path.stem}.replaced-{stamp}Z{suffix}{db_path.suffix}")
        if not path.exists():
            return path
        number += 1


def _release(db: Database) -> None:
    """Close every connection of ``db``, once other threads (background sync) gave theirs back.

    A connection kept open across the swap would go on writing into the file moved aside
    (or, on Windows, forbid the move); one still busy after :data:`RELEASE_PATIENCE_S`
    makes the restore give up with nothing changed.
    """
    deadline = time.monotonic() + RELEASE_PATIENCE_S
    pool = db.engine.pool
    while getattr(pool, "checkedout", lambda: 0)():
        if time.monotonic() > deadline:
            raise StorageProblem("locked")
        time.sleep(0.02)
    # The last connection to close checkpoints the WAL into the file.
    db.engine.dispose()


def _swap(db: Database, staged: Path, now: datetime) -> Path | None:
    """Put ``staged`` in place of the database file; the current one goes aside, complete."""
    try:
        _release(db)
    except StorageProblem:
        staged.unlink(missing_ok=True)
        raise
    aside: Path | None = None
    wal = Path(f"{db.path}-wal")
    try:
        if db.path.exists():
            aside = _aside_name(db.path, now)
            os.replace(db.path, aside)
            if wal.exists():  # not checkpointed (damaged?): it belongs with the old file
                os.replace(wal, Path(f"{aside}-wal"))
            Path(f"{db.path}-shm").unlink(missing_ok=True)
        os.replace(staged, db.path)
    except OSError as exc:
        if aside is not None and not db.path.exists():
            with contextlib.suppress(OSError):
                os.replace(aside, db.path)
                if Path(f"{aside}-wal").exists():
                    os.replace(Path(f"{aside}-wal"), wal)
        staged.unlink(missing_ok=True)
        raise StorageProblem("restore_failed", reason=str(exc)) from exc
    return aside


def restore(
    db: Database,
    source: Path,
    now: datetime,
    *,
    actor: users.User | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Replace the open database with the backup ``source``, once a copy of it verifies.

    The replaced file is kept beside the database (:attr:`Restored.aside`). Runs on the
    thread that owns ``db``'s connections (the app's database worker): they are closed while
    the file is replaced and open again afterwards. A backup from an older release is
    migrated; one from a newer release is refused (``backup_too_new``).
    """
    if actor is not None:
        users.require(actor, Perm.BACKUP_MANAGE)
    source = Path(source).expanduser().resolve()
    if source == db.path:
        raise BackupError("backup_is_database", path=str(source))
    if not source.is_file():
        raise BackupError("backup_missing", path=str(source))
    staged = db.path.with_name(db.path.name + ".restoring")
    with _files:
        try:
            _copy(source, staged, progress)
            info = verify(staged)
        except BackupError:
            staged.unlink(missing_ok=True)
            raise
        except (sqlite3.Error, OSError) as exc:
            staged.unlink(missing_ok=True)
            if not source.is_file():
                raise BackupError("backup_missing", path=str(source)) from exc
            raise BackupError("backup_corrupt", path=str(source)) from exc
        aside = _swap(db, staged, now)
    log.info("database restored from %s; the replaced one is %s", source, aside)
    db.migrate()
    _tell_sync(db)
    return Restored(source, aside, info)


def restore_file(db_path: Path, source: Path, now: datetime, progress: Progress | None = None) -> Restored:
    """Restore into a database file that is not open: takes the application lock first.

    Raises:
        DatabaseInUse: Pishkhan has the database open (close it first).
    """
    db = Database(db_path)
    try:
        return restore(db, source, now, progress=progress)
    finally:
        db.close()


def _tell_sync(db: Database) -> None:
    """Let sync know that this device's history went back in time.

    The sync client (``sync.client.after_restore``, when it exists) applies the sync design's
    epoch rule: what HQ lacks is pushed again and what HQ has comes back on the next pull.
    """
    try:
        client = importlib.import_module("sync.client")
    except ModuleNotFoundError as exc:
        if exc.name in ("sync", "sync.client"):
            log.info("no sync client in this build: nothing to tell after the restore")
            return
        raise
    hook = getattr(client, "after_restore", None)
    if callable(hook):
        hook(db)
