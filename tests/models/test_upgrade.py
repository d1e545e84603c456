"""Upgrades keep data: a database made by the oldest migration, full of data, upgraded to head.

Generic on purpose: whatever later revisions do, every row of every table the oldest
schema has must still be there afterwards (on the columns it had), every event included.
The data is a real history (the demo dealership, made by the current code), poured into
the oldest schema as far as that schema reaches.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from desktop.models import backup, demo, events
from desktop.models.blobs import store_blob
from desktop.models.db import SCHEMA_HEAD, Database, open_database

pytestmark = pytest.mark.slow


def oldest_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop.models.db import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    base = ScriptDirectory.from_config(cfg).get_base()
    assert isinstance(base, str)
    return base


def columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info('{table}')")]


def tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
    )
    return [r[0] for r in rows]


def snapshot(path: Path, shape: dict[str, list[str]]) -> dict[str, Counter[tuple[object, ...]]]:
    """Every row of each table, on the given columns, as a multiset."""
    with sqlite3.connect(path) as conn:
        found = {name: columns(conn, name) for name in tables(conn)}
        result = {}
        for table, cols in shape.items():
            assert table in found, f"table {table} disappeared"
            missing = set(cols) - set(found[table])
            assert not missing, f"{table} lost columns {missing}"
            quoted = ", ".join(f'"{c}"' for c in cols)
            result[table] = Counter(tuple(r) for r in conn.execute(f'SELECT {quoted} FROM "{table}"'))
    conn.close()
    return result


@pytest.fixture
def old_database(tmp_path: Path, now) -> tuple[Path, dict[str, list[str]]]:
    """A database at the oldest revision holding a real dealership's history."""
    history = open_database(tmp_path / "history.db")
    demo.fill(history, now, size=20)
    with history.write() as conn:  # events of every shape the log carries, and a blob
        admin = conn.exec_driver_sql("SELECT id FROM users WHERE username = 'admin'").scalar()
        for n in range(60):
            payload = {
                "note": f"یادداشت شمارهٔ {n}",
                "amount": n * 1000,
                "tags": ["a", n],
                "nested": {"ok": True},
            }
            events.append(
                conn,
                stream="probe",
                stream_id=f"p{n % 7}",
                kind="noted",
                payload=payload,
                actor_id=admin,
                now=now,
            )
        store_blob(conn, bytes(range(256)) * 40, "image/png", now)
    history.close()
    old = Database(tmp_path / "pishkhan.db")
    old.migrate(oldest_revision())
    old.close()
    with sqlite3.connect(tmp_path / "pishkhan.db") as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS history", (str(tmp_path / "history.db"),))
        shape = {name: columns(conn, name) for name in tables(conn)}
        for table, cols in shape.items():
            quoted = ", ".join(f'"{c}"' for c in cols)
            conn.execute(f'INSERT INTO main."{table}" ({quoted}) SELECT {quoted} FROM history."{table}"')
        conn.commit()
        conn.execute("DETACH DATABASE history")
    conn.close()
    return tmp_path / "pishkhan.db", shape


def test_upgrading_the_oldest_database_keeps_every_row_and_event(old_database):
    path, shape = old_database
    before = snapshot(path, shape)
    assert sum(before["events"].values()) > 0
    assert sum(before["users"].values()) == len(demo.DEMO_USERS)
    assert sum(before["blobs"].values()) >= 1
    db = open_database(path)  # what the app does at start: back up, then migrate
    try:
        assert db.current_revision() == SCHEMA_HEAD
    finally:
        db.close()
    after = snapshot(path, shape)
    for table, rows in before.items():
        lost = rows - after[table]
        assert not lost, f"{table}: {sum(lost.values())} rows lost or changed, e.g. {next(iter(lost))}"


def test_the_backup_before_the_upgrade_is_the_old_database(old_database):
    path, shape = old_database
    before = snapshot(path, shape)
    open_database(path).close()
    made = backup.list_backups(backup.default_folder(path))
    assert [b.kind for b in made] == ["upgrade"]
    assert backup.verify(made[0].path).revision == oldest_revision()
    assert snapshot(made[0].path, shape) == before
