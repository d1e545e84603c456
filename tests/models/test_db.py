import sqlite3

import pytest
from sqlalchemy import inspect

from desktop.models import dealership, events
from desktop.models.db import Database, head_revision, open_database
from desktop.models.errors import DatabaseInUse, DatabaseTooNew, StorageProblem
from desktop.models.meta import metadata


def test_schema_head_constant_is_alembics_head():
    from desktop.models.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "update desktop.models.db.SCHEMA_HEAD with the new revision"


def test_pragmas(db):
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_second_instance_is_refused(db_path, db):
    with pytest.raises(DatabaseInUse):
        open_database(db_path)


def test_lock_is_released_on_close(db_path):
    first = open_database(db_path)
    first.close()
    open_database(db_path).close()


def test_newer_database_is_refused_untouched(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num='9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_tables_match_the_migrations(db):
    """The Core tables the code queries are exactly what the migrations create."""
    import desktop.models.tables  # noqa: F401 - registers the foundation tables

    with db.read() as conn:
        inspector = inspect(conn)
        for table in metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name


def test_first_migration_then_head_keeps_every_row(db_path, now):
    db = Database(db_path)
    db.migrate("0001")
    with db.write() as conn:
        dealership.setup(
            conn, code="1420", name="آرین", admin_username="admin", admin_password="pass-pass-1", now=now
        )
        # A stream without a projection: at revision 0001 no projection table exists yet.
        events.append(
            conn, stream="note", stream_id="n1", kind="written", payload={"x": 1}, actor_id="a", now=now
        )
    with db.read() as conn:
        before = {
            t: conn.exec_driver_sql(f"SELECT * FROM {t}").all()
            for t in ("dealership", "users", "events", "outbox", "device")
        }
    db.migrate()
    assert db.current_revision() == head_revision()
    with db.read() as conn:
        for table, rows in before.items():
            after = conn.exec_driver_sql(f"SELECT * FROM {table}").all()
            assert [tuple(r)[: len(tuple(rows[0]))] for r in after] == [tuple(r) for r in rows], table
    db.close()


def test_a_full_disk_is_reported_as_such_and_saves_nothing(db):
    with db.write() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x BLOB)")
    with pytest.raises(StorageProblem) as err, db.write() as conn:
        # A page limit stands in for a full disk: SQLite reports the same error.
        conn.exec_driver_sql("PRAGMA max_page_count = 60")
        for _ in range(100):
            conn.exec_driver_sql("INSERT INTO filler VALUES (zeroblob(4000))")
    assert err.value.code == "disk_full"
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM filler").scalar() == 0
