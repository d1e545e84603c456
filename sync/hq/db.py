"""HQ's database: an engine for SQLite or PostgreSQL, migrations, and the global sequence."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, create_engine, event, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.dml import Insert

from desktop.models import hlc
from sync.hq import tables as t

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str, pool_size: int = 10) -> Engine:
    """An engine for ``url``: SQLite (WAL, waits for the writer lock) or PostgreSQL (psycopg)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A fixed pool per process: when it is busy, requests queue for a connection instead of
    # opening more (processes x pool_size stays under PostgreSQL's max_connections). No
    # pre-ping (a round trip per request); a dropped connection fails one request with 503.
    return create_engine(url, pool_size=pool_size, max_overflow=0, pool_timeout=30, pool_recycle=600)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the lock at BEGIN so that two never deadlock upgrading a read lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (several processes may race: one wins)."""
    if current_revision(engine) == head_revision():
        return
    cfg = _alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7007)")
            if MigrationContext.configure(conn).get_current_revision() == head_revision():
                return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def insert_new(conn: Connection, table: Table) -> Insert:
    """``INSERT ... ON CONFLICT DO NOTHING`` (any unique key) in the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return pg_insert(table).on_conflict_do_nothing()
    return sqlite_insert(table).on_conflict_do_nothing()


def allocate(conn: Connection, count: int) -> int:
    """Reserve ``count`` numbers of the global sequence; returns the first.

    Updating the counter row locks it until the transaction ends, so writers commit in
    the order of their numbers: a reader that saw number N has seen every number below.
    """
    if count <= 0:
        return 0
    last = conn.execute(
        update(t.counters)
        .where(t.counters.c.name == "seq")
        .values(value=t.counters.c.value + count)
        .returning(t.counters.c.value)
    ).scalar_one()
    return int(last) - count + 1


def last_seq(conn: Connection) -> int:
    return int(conn.execute(select(t.counters.c.value).where(t.counters.c.name == "seq")).scalar_one())


def epoch(conn: Connection) -> str:
    return str(conn.execute(select(t.meta.c.value).where(t.meta.c.key == "server_epoch")).scalar_one())


def new_epoch(conn: Connection) -> str:
    """Start a new epoch (after HQ was restored from a backup): devices push their history again."""
    value = uuid.uuid4().hex
    conn.execute(update(t.meta).where(t.meta.c.key == "server_epoch").values(value=value))
    return value


class EpochCache:
    """HQ's epoch, read again at most once a second per process: it changes only when HQ
    is restored from a backup (:func:`new_epoch`)."""

    def __init__(self) -> None:
        self.value = ""  # the last value read ("" before the first)
        self._at = 0.0

    def get(self, read: Callable[[], str]) -> str:
        now = time.monotonic()
        if not self.value or now - self._at > 1.0:
            self.value, self._at = read(), now
        return self.value


def clock() -> str:
    """HQ's clock as an HLC reading, for the devices to merge into theirs."""
    return hlc.Timestamp(int(time.time() * 1000), 0, "hq").encode()


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction (SQLite: ``BEGIN IMMEDIATE``), committed when the block ends."""
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A read transaction that sees one snapshot (PostgreSQL: ``REPEATABLE READ``)."""
    options: dict[str, Any] = {}
    if engine.dialect.name == "postgresql":
        options["isolation_level"] = "REPEATABLE READ"
    with engine.connect().execution_options(**options) as conn, conn.begin():
        yield conn


_PG_TYPES = {"BIGINT": "bigint", "TEXT": "text", "BOOLEAN": "boolean", "BYTEA": "bytea", "INTEGER": "integer"}
_UNIT = "\x1f"  # joins a text column's values for string_to_array (see bulk_insert_columns)


def bulk_insert(
    conn: Connection, table: Table, rows: list[dict[str, Any]], returning: tuple[str, ...] = ()
) -> list[Any]:
    """``INSERT ... ON CONFLICT DO NOTHING`` of many rows; returns the ``returning`` columns
    of the rows inserted now."""
    if not rows:
        return []
    return bulk_insert_columns(
        conn, table, {name: [row[name] for row in rows] for name in rows[0]}, returning
    )


def bulk_insert_columns(
    conn: Connection,
    table: Table,
    columns: dict[str, list[Any]],
    returning: tuple[str, ...] = (),
    *,
    plain: bool = False,
) -> list[Any]:
    """:func:`bulk_insert` of rows given as one list per column (all of one length).

    On PostgreSQL the rows travel as one value per column: one short statement however many
    rows, several times faster than a multi-row ``VALUES`` list. A text or integer column
    goes as its values joined by U+001F and split by ``string_to_array`` (the cheapest form
    to build and to read); a column where that could be ambiguous (a value holding U+001F,
    an empty text, a NULL, another type) goes as a binary array. ``plain``: a plain
    ``INSERT`` (the caller knows no row can clash), cheaper than the conflict check.
    """
    count = len(next(iter(columns.values()), []))
    if not count:
        return []
    if conn.dialect.name != "postgresql":
        stmt = insert_new(conn, table)
        rows = [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]
        if returning:
            return list(conn.execute(stmt.returning(*(table.c[c] for c in returning)), rows))
        conn.execute(stmt, rows)
        return []
    selects = []
    params: list[Any] = []
    for name, values in columns.items():
        sql, param = array_param(values, _pg_type(conn, table, name))
        selects.append(sql)
        params.append(param)
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT * FROM unnest({', '.join(selects)})"
    if not plain:
        sql += " ON CONFLICT DO NOTHING"
    if returning:
        sql += f" RETURNING {', '.join(returning)}"
    result = conn.exec_driver_sql(sql, tuple(params))
    return list(result) if returning else []


def array_param(values: list[Any], sql_type: str) -> tuple[str, Any]:
    """A PostgreSQL array parameter: (the SQL that stands for it, its value).

    As in :func:`bulk_insert_columns`: values joined by U+001F and split by
    ``string_to_array`` where that gives them back exactly (psycopg builds a binary
    array element by element in Python, several times slower for thousands of ids),
    else a binary array.
    """
    joined = _joined(values, sql_type) if values else None
    if joined is None:
        return f"%b::{sql_type}[]", values
    return f"string_to_array(%s, E'\\x1f')::{sql_type}[]", joined


def _pg_type(conn: Connection, table: Table, name: str) -> str:
    key = (table.name, name)
    found = _pg_types.get(key)
    if found is None:
        sql_type = table.c[name].type.compile(dialect=conn.dialect).upper()
        found = _pg_types[key] = _PG_TYPES.get(sql_type, sql_type.lower())
    return found


_pg_types: dict[tuple[str, str], str] = {}


def _joined(values: list[Any], sql_type: str) -> str | None:
    """The values as one U+001F-joined text, when string_to_array gives them back exactly."""
    try:
        if sql_type == "text":
            text = _UNIT.join(values)  # TypeError for anything but text (None included)
        elif sql_type == "bigint" and all(type(v) is int for v in values):
            text = _UNIT.join(map(str, values))
        else:
            return None
    except TypeError:
        return None
    # Each value must come back as one element: no separator inside one, and no value empty
    # (string_to_array turns an empty text into no element at all).
    if text.count(_UNIT) != len(values) - 1 or (sql_type == "text" and not all(values)):
        return None
    return text
