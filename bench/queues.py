"""Work queues over 500,000 cases: time to the first page and per further page (fetchMore).

Builds a throw-away database with a fast bulk path (projection rows written directly,
in the shape the case projector writes them), then pages through every queue the way
the Cases screen does. Prints figures; asserts nothing.

    python bench/queues.py [--cases 500000] [--pages 20]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.models import dealership, users
from desktop.models.calendar import iso
from desktop.models.cases import queues
from desktop.models.db import open_database

NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
STATUSES = (
    ["closed"] * 70
    + ["registered"] * 8
    + ["referred"] * 6
    + ["responded"] * 8
    + ["at_counter"] * 2
    + ["awaiting_confirmation"] * 3
    + ["reopened"] * 3
)


def build(conn, count: int, staff: list[str], rng: random.Random) -> None:
    raw = conn.connection.driver_connection
    cases_rows, referral_rows = [], []
    for i in range(count):
        registered = NOW - timedelta(minutes=count - i)
        status = rng.choice(STATUSES)
        running = status in ("registered", "referred", "at_counter", "reopened")
        due = registered + timedelta(hours=rng.choice((4, 8, 24, 48)) * 3) if running else None
        case_id = f"{i:012d}-case"
        summons = status == "at_counter" and rng.random() < 0.05
        level = rng.choice(("desk", "desk", "desk", "supervisor", "manager"))
        cases_rows.append(
            (
                case_id,
                f"1420-B{i:08d}",
                f"1420B{i:08d}",
                "1420",
                f"cust-{rng.randrange(200_000)}",
                None,
                "walk_in" if status == "at_counter" else rng.choice(("phone", "web", "walk_in", "email")),
                rng.choice(("complaint", "request", "question")),
                rng.choice(("quality", "delivery", "price", "warranty")),
                None,
                rng.choice(("low", "normal", "normal", "high", "urgent")),
                rng.choice(("passenger", "passenger", "commercial", "motorcycle")),
                status,
                "resolved" if status == "closed" else None,
                level,
                rng.choice(("1", "2", "3")),
                "…",
                iso(registered),
                staff[i % len(staff)],
                None,
                iso(registered) if status == "closed" else None,
                None,
                iso(registered),
                "{}",
                int(status != "closed"),
                staff[rng.randrange(len(staff))] if rng.random() < 0.7 else None,
                level if summons else None,
                iso(NOW - timedelta(minutes=3)) if summons else None,
                "2" if summons else None,
                iso(due) if due else None,
                iso(due - timedelta(hours=2)) if due else None,
                int(running and rng.random() < 0.02),
                0,
                None,
                int(status == "responded"),
                iso(registered) if status == "responded" else None,
                0,
            )
        )
        if status == "referred":
            referral_rows.append(
                (case_id, f"r{i}", rng.choice(("sales", "after_sales", "warranty")), 1, iso(registered), None)
            )
    marks = ",".join("?" * len(cases_rows[0]))
    columns = (
        "id, tracking_code, tracking_key, dealership_id, customer_id, vehicle_id, channel, case_type,"
        " category, subcategory, priority, segment, status, resolution, level, counter, description,"
        " registered_at, registered_by, first_response_at, closed_at, satisfaction, last_event_at, state,"
        " is_open, assignee_id,"
        " summons_level, summons_at, summons_counter, due_at, warn_at, overdue, sla_breached, responded_at,"
        " happy_call_pending, happy_call_since, happy_call_attempts"
    )
    raw.executemany(f"INSERT INTO cases ({columns}) VALUES ({marks})", cases_rows)
    raw.executemany("INSERT INTO case_referrals VALUES (?,?,?,?,?,?)", referral_rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=500_000)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(1405)
    folder = Path(tempfile.mkdtemp(prefix="pishkhan-bench-"))
    db = open_database(folder / "bench.db")
    with db.write() as conn:
        _dealer, _admin = dealership.setup(
            conn, code="1420", name="بنچمارک", admin_username="admin", admin_password="bench-pass-1", now=NOW
        )
        people = [
            users.create_user(
                conn,
                username=f"u{i}",
                display_name=f"کاربر {i}",
                role=role,
                password="bench-pass-1",
                now=NOW,
                unit="after_sales" if i == 0 else None,
            )
            for i, role in enumerate(("clerk", "clerk", "supervisor", "manager"))
        ]
    started = time.perf_counter()
    with db.write() as conn:
        build(conn, args.cases, [p.id for p in people], rng)
    with db.write() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"cases={args.cases} built_s={time.perf_counter() - started:.1f}")
    clerk, supervisor = people[0], people[2]
    for name in queues.QUEUES:
        user = supervisor if name == "summons_for_me" else clerk
        query = queues.QueueQuery(name, user, NOW, counter="2")
        timings, rows, cursor = [], 0, None
        for _ in range(args.pages):
            t0 = time.perf_counter()
            with db.read() as conn:
                page = queues.fetch_page(conn, query, after=cursor)
            timings.append((time.perf_counter() - t0) * 1000)
            rows += len(page.rows)
            cursor = page.cursor
            if cursor is None:
                break
        later = timings[1:] or [0.0]
        print(
            f"queue={name:17s} first_page_ms={timings[0]:7.1f}"
            f" next_page_ms_avg={sum(later) / len(later):7.1f} next_page_ms_max={max(later):7.1f} rows={rows}"
        )
    db.close()


if __name__ == "__main__":
    main()
