"""Backups on either side: HQ restored from an older backup, a device restored from its own.

Nothing is lost and no sequence number is reused. HQ's restore is tried with the
administrator's ``new-epoch`` step and without it (the devices notice on their own).
"""

import shutil
import sqlite3
from contextlib import closing

import pytest

from desktop.models import backup, syncstate
from sync.hq import db as hq_db
from tests.sync.conftest import HQ, Server, _admin_execute, require_postgres
from tests.sync.wire import raw


class RestorableHQ:
    """An HQ of its own whose database can be backed up and restored between runs."""

    def __init__(self, kind, tmp_path):
        self.kind = kind
        self.tmp = tmp_path
        if kind == "sqlite":
            self.file = tmp_path / "hq.db"
            self.url = f"sqlite:///{self.file}"
        else:
            require_postgres()
            import secrets

            self.name = f"pishkhan_restore_{secrets.token_hex(4)}"
            _admin_execute(f'CREATE DATABASE "{self.name}"')
            self.url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{self.name}"
        self.hq = HQ(Server(self.url, tmp_path / "hq.log"), tmp_path)

    def _stop(self):
        self.hq.server.stop()
        self.hq.engine.dispose()

    def _start(self):
        server = Server(self.url, self.tmp / "hq.log", port=self.hq.server.port)
        self.hq.server = server
        self.hq.engine = hq_db.make_engine(self.url, pool_size=2)

    def backup(self):
        self._stop()
        if self.kind == "sqlite":
            shutil.copy(self.file, self.tmp / "hq-backup.db")
        else:
            _admin_execute(f'CREATE DATABASE "{self.name}_bk" TEMPLATE "{self.name}"')
        self._start()

    def restore(self, new_epoch):
        self._stop()
        if self.kind == "sqlite":
            for suffix in ("-wal", "-shm"):
                (self.tmp / f"hq.db{suffix}").unlink(missing_ok=True)
            shutil.copy(self.tmp / "hq-backup.db", self.file)
        else:
            _admin_execute(f'DROP DATABASE "{self.name}" WITH (FORCE)')
            _admin_execute(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.name}_bk"')
        if new_epoch:
            engine = hq_db.make_engine(self.url, pool_size=1)
            with hq_db.writing(engine) as conn:
                hq_db.new_epoch(conn)
            engine.dispose()
        self._start()

    def close(self):
        self.hq.close()
        self.hq.server.stop()
        if self.kind == "postgres":
            for name in (self.name, f"{self.name}_bk"):
                _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def restorable(request, tmp_path):
    made = RestorableHQ(request.param, tmp_path)
    yield made
    made.close()


def _work(device, n, tag):
    return [device.append("case", f"{tag}-{device.device_id[-6:]}", "note_added", {"n": i}) for i in range(n)]


def _quiet(devices):
    for _ in range(3):
        for device in devices:
            assert device.sync().ok


@pytest.mark.slow
@pytest.mark.parametrize("new_epoch", [True, False], ids=["new-epoch", "noticed"])
def test_hq_restored_from_an_older_backup_loses_nothing(restorable, new_epoch):
    hq = restorable.hq
    a, b = hq.dealership(), hq.dealership()
    devices = [hq.new_device(a), hq.new_device(a), hq.new_device(b)]
    made = []
    for device in devices:
        made += _work(device, 3, "before")
    _quiet(devices)
    restorable.backup()
    for device in devices:
        made += _work(device, 4, "after")
    _quiet(devices)
    assert {e.event_id for e in made} <= set(hq.events())
    restorable.restore(new_epoch)
    lost = {e.event_id for e in made} - set(hq.events())
    assert lost, "the backup should lack the newer events"
    for device in devices[:2]:  # one device keeps working before it next syncs
        made += _work(device, 2, "meanwhile")
    _quiet(devices)
    at_hq = hq.events()
    assert {e.event_id for e in made} <= set(at_hq)
    assert len({(e["device_id"], e["device_seq"]) for e in at_hq.values()}) == len(at_hq)
    for device in devices:
        assert device.pending() == 0
        mine = {e.event_id for e in made if e.dealership_id == device.dealership}
        assert set(device.stored()) == mine
    # A device that never pushed after the backup still notices through its cursor.
    for device in devices:
        with device.db.read() as conn:
            assert syncstate.get_state(conn).last_error is None


def test_a_device_restored_from_its_own_backup_never_reuses_a_number(hq, tmp_path):
    code = hq.dealership()
    device = hq.new_device(code)
    other = hq.new_device(code)
    early = _work(device, 5, "early")
    assert device.sync().ok
    saved = backup.take(device.db.path, tmp_path / "backups", device.now())
    late = _work(device, 5, "late")
    assert device.sync().ok
    backup.restore(device.db, saved.path, device.now())  # calls sync.client.after_restore
    with device.db.read() as conn:
        assert syncstate.get_state(conn).resync_pending
    offline = _work(device, 3, "offline")  # made before the first sync after the restore
    assert [e.device_seq for e in offline] == [6, 7, 8]  # the backup's numbers...
    result = device.sync()
    assert result.ok, result.errors
    at_hq = hq.events()
    ours = [e for e in at_hq.values() if e["device_id"] == device.device_id]
    assert {e.event_id for e in early + late + offline} == {e["event_id"] for e in ours}
    assert sorted(e["device_seq"] for e in ours) == list(range(1, 14))  # ...moved past HQ's
    assert {e.event_id for e in early + late + offline} <= set(device.stored())
    assert device.pending() == 0
    fresh = _work(device, 1, "fresh")[0]
    assert fresh.device_seq == 14
    assert other.sync().ok
    assert {e.event_id for e in early + late + offline + [fresh]} - set(other.stored()) == {fresh.event_id}


def test_a_restored_device_that_forgets_to_say_so_still_never_reuses_a_number(hq, tmp_path):
    code = hq.dealership()
    device = hq.new_device(code)
    _work(device, 3, "a")
    assert device.sync().ok
    copy = tmp_path / "copy.db"
    with closing(sqlite3.connect(device.db.path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    later = _work(device, 3, "b")
    assert device.sync().ok
    device.db.close()
    shutil.copy(copy, device.db.path)
    for suffix in ("-wal", "-shm"):
        device.db.path.with_name(device.db.path.name + suffix).unlink(missing_ok=True)
    from desktop.models.db import open_database

    device.db = open_database(device.db.path)
    again = _work(device, 2, "c")  # numbers 4 and 5, which HQ already holds for b
    assert device.sync().ok
    ours = {
        e["event_id"]: e["device_seq"] for e in hq.events().values() if e["device_id"] == device.device_id
    }
    assert {e.event_id for e in later + again} <= set(ours)
    assert sorted(ours.values()) == list(range(1, 9))
    assert raw(device).get("/v1/devices/me").json()["device_max_seq"] == 8
