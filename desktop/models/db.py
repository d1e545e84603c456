"""The desktop database: SQLite in WAL mode through SQLAlchemy, migrated by Alembic.

One :class:`Database` per open file. Writes go through :meth:`Database.write`, which
starts ``BEGIN IMMEDIATE`` so that two writers queue instead of deadlocking, and turns
the environment's failures (disk full, read-only, locked) into :class:`StorageProblem`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import filelock
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

from desktop.models.errors import DatabaseInUse, DatabaseTooNew, StorageProblem

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision this release knows. Checked against Alembic's own view by a test;
# at start-up an up-to-date database is recognised with one query, without loading
# Alembic and every migration script (a tenth of a second saved on every start).
SCHEMA_HEAD = "0009"

# A hook run before pending migrations are applied to a database that already has data
# (the backup module registers the automatic pre-upgrade backup here).
BeforeUpgrade = Callable[["Database", str | None, str], None]
_before_upgrade: list[BeforeUpgrade] = []


def on_before_upgrade(hook: BeforeUpgrade) -> BeforeUpgrade:
    _before_upgrade.append(hook)
    return hook


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head revision according to Alembic (slow: loads every migration script)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _storage_code(exc: BaseException) -> str:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "locked" in text or "busy" in text:
        return "locked"
    if "unable to open" in text:
        return "cannot_open"
    if "malformed" in text or "not a database" in text:
        return "corrupt"
    return "storage_problem"


class Database:
    """An open desktop database file.

    Args:
        path: the SQLite file; created if missing.
        exclusive: hold the application lock (``<file>.lock``) so that a second
            Pishkhan process cannot open the same file for writing.
    """

    def __init__(self, path: str | Path, *, exclusive: bool = True) -> None:
        self.path = Path(path).expanduser().resolve()
        self._lock: filelock.BaseFileLock | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageProblem("cannot_open", path=str(self.path)) from exc
        if exclusive:
            self._lock = filelock.FileLock(str(self.path) + ".lock", timeout=0)
            try:
                self._lock.acquire()
            except filelock.Timeout:
                self._lock = None
                raise DatabaseInUse(path=str(self.path)) from None
        self.engine: Engine = create_engine(
            f"sqlite:///{self.path}",
            connect_args={"check_same_thread": False, "timeout": 15},
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)

    # -- transactions -----------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (``BEGIN IMMEDIATE``), committed when the block ends."""
        try:
            with self.engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
                yield conn
        except OperationalError as exc:
            raise StorageProblem(_storage_code(exc)) from exc

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot of the database (WAL)."""
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except OperationalError as exc:
            raise StorageProblem(_storage_code(exc)) from exc

    # -- schema -----------------------------------------------------------------------

    def current_revision(self) -> str | None:
        """The database's schema revision, or None for a new, empty database."""
        try:
            with self.engine.connect() as conn:
                exists = conn.execute(
                    text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
                ).first()
                if not exists:
                    return None
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError as exc:
            raise StorageProblem(_storage_code(exc)) from exc

    def check_version(self) -> None:
        """Refuse a database written by a newer Pishkhan (its revision is unknown here)."""
        current = self.current_revision()
        if current is None or current == SCHEMA_HEAD:
            return
        from alembic.script import ScriptDirectory

        scripts = ScriptDirectory.from_config(_alembic_config())
        try:
            scripts.get_revision(current)
        except Exception:  # alembic raises several kinds for an unknown revision
            raise DatabaseTooNew(revision=current, head=head_revision()) from None

    def needs_upgrade(self) -> bool:
        return self.current_revision() != SCHEMA_HEAD

    def migrate(self, target: str = "head") -> None:
        """Apply Alembic migrations up to ``target``, after the pre-upgrade hooks."""
        current = self.current_revision()
        if target == "head" and current == SCHEMA_HEAD:
            return
        self.check_version()
        if current != SCHEMA_HEAD and current is not None and target == "head":
            for hook in _before_upgrade:
                hook(self, current, SCHEMA_HEAD)
        from alembic import command

        cfg = _alembic_config()
        try:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
        except OperationalError as exc:
            raise StorageProblem(_storage_code(exc)) from exc

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is deferred-only).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=15000")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def open_database(path: str | Path, *, exclusive: bool = True, migrate: bool = True) -> Database:
    """Open (creating and migrating as needed) the database at ``path``."""
    db = Database(path, exclusive=exclusive)
    try:
        if migrate:
            db.migrate()
        else:
            db.check_version()
    except BaseException:
        db.close()
        raise
    return db
