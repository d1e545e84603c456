"""Whoever writes a setting, a watcher hears which keys changed once the write commits."""

import pytest

from desktop.models import settings


def test_a_committed_write_reports_its_keys(db):
    heard = []
    unwatch = settings.watch(db.engine, heard.append)
    with db.write() as conn:
        settings.put(conn, "idle_lock_minutes", 7)
        settings.put(conn, "language", "en")
        assert heard == []  # not before the commit
    assert heard == [{"idle_lock_minutes", "language"}]
    with db.read() as conn:
        settings.get(conn, "idle_lock_minutes")
    assert len(heard) == 1  # reads are not writes
    unwatch()
    with db.write() as conn:
        settings.put(conn, "idle_lock_minutes", 8)
    assert len(heard) == 1


def test_a_rolled_back_write_reports_nothing(db):
    heard = []
    settings.watch(db.engine, heard.append)
    with pytest.raises(RuntimeError), db.write() as conn:
        settings.put(conn, "idle_lock_minutes", 7)
        raise RuntimeError("boom")
    with db.write() as conn:
        settings.put(conn, "backup_dir", "/tmp")
    assert heard == [{"backup_dir"}]
