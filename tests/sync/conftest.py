"""The real HQ under uvicorn on 127.0.0.1 (SQLite and PostgreSQL), real desktop databases.

``hq`` starts ``python -m sync.hq serve`` on a free port for a test module, against a
fresh SQLite file or a fresh PostgreSQL database (dropped afterwards). Tests keep apart
by using their own dealership codes. PostgreSQL tests carry the ``postgres`` marker: they
skip when no server answers, and fail instead when ``PISHKHAN_REQUIRE_POSTGRES=1`` (CI).
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from desktop.models import dealership, events, users
from desktop.models.db import Database, open_database
from sync import client
from sync.hq import db as hq_db
from sync.hq import devices as hq_devices
from sync.tokens import FileStore
from tests.conftest import NOW, PASSWORD, PIN

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN_URL = os.environ.get("PISHKHAN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_available() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def require_postgres() -> None:
    if postgres_available():
        return
    if os.environ.get("PISHKHAN_REQUIRE_POSTGRES") == "1":
        pytest.fail("PostgreSQL is required (PISHKHAN_REQUIRE_POSTGRES=1) but 127.0.0.1:5432 does not answer")
    pytest.skip("no PostgreSQL on 127.0.0.1:5432")


def _admin_execute(sql: str) -> None:
    import sqlalchemy

    engine = sqlalchemy.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for the module, dropped afterwards."""
    require_postgres()
    name = f"pishkhan_test_{secrets.token_hex(4)}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Server:
    """One ``python -m sync.hq serve`` process."""

    def __init__(self, url: str, log: Path, workers: int = 1, port: int | None = None) -> None:
        self.database_url = url
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = dict(os.environ, PISHKHAN_HQ_DATA_DIR=str(log.parent))
        self._out = log.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sync.hq",
                "--database-url",
                url,
                "serve",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            cwd=ROOT,
            env=env,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(self.base + "/v1/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("HQ did not start:\n" + log.read_text(errors="replace")[-3000:])
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._out.close()


@dataclass
class Device:
    """A desktop database enrolled at HQ, with its own token file."""

    db: Database
    tokens: FileStore
    dealership: str
    role: str
    hq: HQ
    skew: timedelta = timedelta(0)
    clock: list[datetime] = field(default_factory=lambda: [NOW])

    @property
    def device_id(self) -> str:
        with self.db.read() as conn:
            return events.this_device(conn).device_id

    def now(self) -> datetime:
        self.clock[0] += timedelta(seconds=1)
        return self.clock[0] + self.skew

    def sync(self, **kwargs: object) -> client.SyncResult:
        return client.sync_once(self.db, tokens=self.tokens, now=self.now, **kwargs)  # type: ignore[arg-type]

    def append(self, stream: str, stream_id: str, kind: str, payload: dict, dealership_id: str | None = None):
        with self.db.write() as conn:
            return events.append(
                conn,
                stream=stream,
                stream_id=stream_id,
                kind=kind,
                payload=payload,
                actor_id="tester",
                now=self.now(),
                dealership_id=dealership_id,
            )

    def user(self, username: str) -> users.User:
        with self.db.read() as conn:
            found = users.find_user(conn, username)
        assert found is not None
        return found

    def stored(self) -> dict[str, events.Event]:
        with self.db.read() as conn:
            rows = conn.execute(events.t.events.select()).all()
        return {r.event_id: events.from_row(r) for r in rows}

    def pending(self) -> int:
        with self.db.read() as conn:
            return events.pending_count(conn)


class HQ:
    """A running HQ plus direct access to its database for the administrator's steps."""

    def __init__(self, server: Server, tmp: Path) -> None:
        self.server = server
        self.url = server.base
        self.engine = hq_db.make_engine(server.database_url, pool_size=2)
        self.tmp = tmp
        self.devices: list[Device] = []

    def dealership(self, code: str | None = None, name: str = "نمایندگی آزمون") -> str:
        code = code or "T" + secrets.token_hex(3).upper()
        with hq_db.writing(self.engine) as conn:
            hq_devices.create_dealership(conn, code, name, datetime.now(UTC))
        return code

    def code(
        self, dealership: str, role: str = "clerk", assign: list[str] | None = None, hours: int = 24
    ) -> str:
        with hq_db.writing(self.engine) as conn:
            code, _ = hq_devices.issue_enrolment(
                conn,
                dealership=dealership,
                name="test device",
                role=role,
                dealerships=assign,
                hours=hours,
                now=datetime.now(UTC),
            )
        return code

    def new_device(
        self,
        dealership_code: str,
        *,
        role: str = "clerk",
        assign: list[str] | None = None,
        enroll: bool = True,
        skew: timedelta = timedelta(0),
    ) -> Device:
        folder = self.tmp / f"device-{secrets.token_hex(4)}"
        folder.mkdir()
        database = open_database(folder / "pishkhan.db")
        with database.write() as conn:
            dealership.setup(
                conn,
                code=dealership_code,
                name="نمایندگی",
                admin_username="admin",
                admin_password=PASSWORD,
                admin_pin=PIN,
                now=NOW,
            )
            users.create_user(
                conn,
                username="clerk",
                display_name="کاربر پذیرش",
                role=users.Role.CLERK,
                password=PASSWORD,
                pin=PIN,
                dealership_id=dealership_code,
                now=NOW,
            )
            users.create_user(
                conn,
                username="inspector",
                display_name="بازرس",
                role=users.Role.INSPECTOR,
                password=PASSWORD,
                dealership_id=dealership_code,
                now=NOW,
            )
        device = Device(database, FileStore(folder / "tokens"), dealership_code, role, self, skew)
        if enroll:
            client.enroll(
                database, self.url, self.code(dealership_code, role, assign), tokens=device.tokens, now=NOW
            )
        self.devices.append(device)
        return device

    def events(self) -> dict[str, dict]:
        with hq_db.reading(self.engine) as conn:
            rows = conn.execute(hq_db.t.events.select()).all()
        return {r.event_id: dict(r._mapping) for r in rows}

    def close(self) -> None:
        for device in self.devices:
            device.db.close()
        self.engine.dispose()


def _hq(url: str, tmp: Path) -> Iterator[HQ]:
    server = Server(url, tmp / "hq.log")
    hq = HQ(server, tmp)
    try:
        yield hq
    finally:
        hq.close()
        server.stop()


@pytest.fixture(scope="module")
def sqlite_hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQ]:
    tmp = tmp_path_factory.mktemp("hq-sqlite")
    yield from _hq(f"sqlite:///{tmp / 'hq.db'}", tmp)


@pytest.fixture(scope="module")
def postgres_hq(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQ]:
    yield from _hq(pg_url, tmp_path_factory.mktemp("hq-postgres"))


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def hq(request: pytest.FixtureRequest) -> HQ:
    """The real HQ, on SQLite and on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_hq")  # type: ignore[no-any-return]
