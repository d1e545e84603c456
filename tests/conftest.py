"""Shared fixtures: fresh databases, a set-up dealership, cheap password hashing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

# Before anything imports Qt or reads the data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PISHKHAN_DATA_DIR", tempfile.mkdtemp(prefix="pishkhan-tests-"))

import pytest
from argon2 import PasswordHasher

from desktop.models import users
from desktop.models.db import Database, open_database

# Real argon2, with parameters cheap enough for hundreds of hashes in a test run.
users.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)  # Tuesday 3 Azar 1405, 12:00 in Tehran
PASSWORD = "counter-pass-1"
PIN = "4321"


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pishkhan.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database file."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def dealer_db(db: Database) -> Database:
    """A database set up for dealership 1420 with one user of each main role.

    Users: admin, clerk, supervisor, manager, inspector, hq; password ``PASSWORD``, PIN ``PIN``.
    """
    from desktop.models import dealership

    with db.write() as conn:
        dealership.setup(
            conn,
            code="1420",
            name="نمایندگی آرین‌خودرو",
            city="تهران",
            admin_username="admin",
            admin_password=PASSWORD,
            admin_pin=PIN,
            now=NOW,
        )
        for name, role in (
            ("clerk", users.Role.CLERK),
            ("supervisor", users.Role.SUPERVISOR),
            ("head", users.Role.HEAD_OF_UNIT),
            ("manager", users.Role.MANAGER),
            ("inspector", users.Role.INSPECTOR),
            ("hq", users.Role.HQ),
        ):
            users.create_user(
                conn,
                username=name,
                display_name=f"{name} کاربر",
                role=role,
                password=PASSWORD,
                pin=PIN,
                dealership_id="1420",
                now=NOW,
            )
    return db


def get_user(db: Database, username: str) -> users.User:
    with db.read() as conn:
        user = users.find_user(conn, username)
    assert user is not None
    return user
