"""A demo dealership so that every screen has something to show (``main.py --demo``).

The foundation makes the dealership, its counters and one user of every role; each
domain adds its part through a filler listed in :data:`FILLERS` (dotted path to a
function ``fill(conn, ctx)``), run in order inside one transaction per filler.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection

from desktop.models import dealership, settings, users
from desktop.models.db import Database

DEMO_CODE = "1420"
# Set in a demo database: the sign-in screen then names the demo users and password.
DEMO_SETTING = "demo_dealership"
# The users the sign-in screen suggests, one of each main role.
SUGGESTED_USERS = ("clerk", "supervisor", "manager", "inspector", "admin")
DEMO_PASSWORD = "demo1234"
DEMO_PIN = "1234"

# (username, display name, role, unit, segments)
DEMO_USERS: tuple[tuple[str, str, str, str | None, tuple[str, ...]], ...] = (
    ("clerk", "مریم احمدی", users.Role.CLERK, None, ("passenger",)),
    ("clerk2", "رضا کریمی", users.Role.CLERK, None, ("commercial", "motorcycle")),
    ("supervisor", "حسین رضایی", users.Role.SUPERVISOR, None, ()),
    ("head", "فاطمه موسوی", users.Role.HEAD_OF_UNIT, None, ()),
    ("manager", "علیرضا محمدی", users.Role.MANAGER, None, ()),
    ("inspector", "نرگس حسینی", users.Role.INSPECTOR, None, ()),
    ("inspmanager", "مهدی صادقی", users.Role.INSPECTION_MANAGER, None, ()),
    ("hq", "زهرا جعفری", users.Role.HQ, None, ()),
    ("admin", "امیر نوری", users.Role.ADMIN, None, ()),
)

# Domain fillers, in order; each is "module:function" taking (conn, DemoContext).
FILLERS: list[str] = [
    "desktop.models.customers.demo:fill",  # first: the others use its customers
    "desktop.models.cases.demo:fill",  # after the customers filler: it uses their customers
    "desktop.models.jobcard_demo:fill",  # after customers and cases: cars at the service desk
    "desktop.models.analytics.demo:fill",  # after the cases filler: a year of past cases
    "desktop.models.improvement.demo:fill",  # FMEA, a fishbone diagram, improvement actions
    "desktop.models.audits.demo:fill",  # covert visits of neighbouring dealerships
]


@dataclass
class DemoContext:
    now: datetime
    rng: random.Random
    users: dict[str, users.User] = field(default_factory=dict)
    size: int = 300


Progress = Callable[[int, int], None]


def fill(
    db: Database, now: datetime, *, size: int = 300, seed: int = 1405, progress: Progress | None = None
) -> None:
    """Set up the demo dealership in an empty database, then run the domain fillers."""
    ctx = DemoContext(now=now, rng=random.Random(seed), size=size)
    steps = 1 + len(FILLERS)
    with db.write() as conn:
        _foundation(conn, ctx)
    if progress:
        progress(1, steps)
    for index, target in enumerate(FILLERS, start=2):
        module, _, name = target.partition(":")
        filler: Callable[[Connection, DemoContext], None] = getattr(importlib.import_module(module), name)
        with db.write() as conn:
            filler(conn, ctx)
        if progress:
            progress(index, steps)


def _foundation(conn: Connection, ctx: DemoContext) -> None:
    dealer, admin = dealership.setup(
        conn,
        code=DEMO_CODE,
        name="نمایندگی مجاز آرین‌خودرو (کد ۱۴۲۰)",
        city="تهران",
        phone_number="021-44556677",
        address="تهران، بزرگراه ستاری، خیابان پیامبر مرکزی، پلاک ۲۱۰",
        admin_username="admin",
        admin_display_name="امیر نوری",
        admin_password=DEMO_PASSWORD,
        admin_pin=DEMO_PIN,
        now=ctx.now,
    )
    ctx.users["admin"] = admin
    settings.put(conn, DEMO_SETTING, True)  # the sign-in screen says how to try it
    # Every demo user has the same password and PIN: hash them once (argon2 is slow on
    # purpose), each user still gets the hashes checked against the secrets.
    hashes = conn.exec_driver_sql("SELECT password_hash, pin_hash FROM users WHERE id = ?", (admin.id,)).one()
    dealership.add_counter(conn, "2", "", actor=None)
    dealership.add_counter(conn, "3", "باجهٔ شکایات", actor=None)
    for username, display, role, unit, segments in DEMO_USERS:
        if username == "admin":
            continue
        ctx.users[username] = users.create_user(
            conn,
            username=username,
            display_name=display,
            role=role,
            password=None,
            dealership_id=dealer.id,
            unit=unit,
            segments=segments,
            now=ctx.now,
            password_hash=hashes[0],
            pin_hash=hashes[1],
        )
