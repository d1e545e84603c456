"""Counter lookup benchmark: 1,000,000 customers, 1,300,000 vehicles, 1,000 mixed queries.

    python bench/lookup.py [--db /tmp/pishkhan-bench/lookup.db] [--rebuild] [--scan-queries N]

Prints p50/p95/p99 of ``desktop.models.customers.search`` (targets: p95 < 15 ms), the same
queries as a naive ``LIKE '%…%'`` scan and the ratio (target: at least 50 times faster),
and the time to read the 360° profile of a customer with 200 cases (target: < 200 ms).

How the bench data relates to what the app writes: the app writes customers and vehicles
as events and its projectors write the ``customers``, ``vehicles``, ``vehicle_owners`` rows
and the ``customer_search`` FTS5 index. Folding a million event streams one by one would
take an hour, so this script writes the projection rows directly, built by the app's own
functions (``store.customer_row``/``vehicle_row`` over folded states, ``store.search_words``
for the index), into a database created by the app's migrations (same tables, same
indexes, same FTS5 options: the index DDL is read back from the database and re-run
unchanged after the bulk load). The 200-case customer is made through the real commands
(events, projector, case core). The database stays under /tmp and is reused when present.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.models import customers, dealership, users
from desktop.models.customers import fold, generate, store
from desktop.models.customers.intake import register_at_counter
from desktop.models.customers.profile import customer_profile
from desktop.models.db import open_database
from desktop.models.identity import plate
from desktop.models.text import to_persian_digits

# BENCH_CUSTOMERS shrinks the run for a quick check of the script itself.
CUSTOMERS = int(os.environ.get("BENCH_CUSTOMERS", "1000000"))
VEHICLES = CUSTOMERS * 13 // 10
QUERIES = 1_000
SEED = 1405
NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
DEFAULT_DB = Path("/tmp/pishkhan-bench/lookup.db")


def _states(rng: random.Random, count: int, extra_vehicles: int):
    """Folded customer and vehicle states, as the projectors would see them."""
    seen_ids: set[str] = set()
    for index in range(count):
        person = generate.person(rng)
        nid = person.national_id
        while nid in seen_ids:
            nid = generate.national_id(rng)
        seen_ids.add(nid)
        cid = f"c{index:07d}"
        fields = dict.fromkeys(customers.CUSTOMER_FIELDS, "")
        fields.update(
            first_name=person.first_name,
            last_name=person.last_name,
            national_id=nid,
            mobile=person.mobile,
            city=person.city,
            address=person.address,
        )
        created = (NOW - timedelta(days=rng.randrange(1, 2000))).isoformat(timespec="milliseconds")
        state = fold.CustomerState(
            id=cid,
            kind="person",
            fields=fields,
            dealership_id="1420",
            created_at=created,
            created_by="bench",
            updated_at=created,
        )
        cars = 1 + (index < extra_vehicles)
        yield state, [_vehicle(rng, cid, f"v{index:07d}{n}", created) for n in range(cars)]


def _vehicle(rng: random.Random, owner: str, vid: str, created: str) -> fold.VehicleState:
    values = customers.clean_vehicle(generate.vehicle(rng))
    since = created[:10]
    return fold.VehicleState(
        id=vid,
        owner_id=owner,
        fields=values,
        dealership_id="1420",
        created_at=created,
        updated_at=created,
        owners=[{"owner_id": owner, "since": since, "until": None, "reason": "added"}],
    )


def build(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(path)  # the app's migrations: tables, indexes, FTS5 options
    with db.write() as conn:
        dealership.setup(
            conn,
            code="1420",
            name="نمایندگی آرین‌خودرو",
            admin_username="admin",
            admin_password="bench-pass-1",
            now=NOW,
        )
    db.close()
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=OFF")
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("PRAGMA cache_size=-400000")
    indexes = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL"
        " AND tbl_name IN ('customers', 'vehicles', 'vehicle_owners')"
    ).fetchall()
    for name, _sql in indexes:
        raw.execute(f"DROP INDEX {name}")
    rng = random.Random(SEED)
    c_cols = c_sql = v_cols = v_sql = None
    c_rows, s_rows, v_rows, o_rows = [], [], [], []
    raw.execute("BEGIN")

    def flush() -> None:
        raw.executemany(c_sql, c_rows)
        raw.executemany("INSERT INTO customer_search (rowid, words) VALUES (?, ?)", s_rows)
        raw.executemany(v_sql, v_rows)
        raw.executemany(
            "INSERT INTO vehicle_owners (vehicle_id, position, owner_id, since, until, reason)"
            " VALUES (?, 0, ?, ?, NULL, 'added')",
            o_rows,
        )
        for rows in (c_rows, s_rows, v_rows, o_rows):
            rows.clear()

    for num, (state, cars) in enumerate(_states(rng, CUSTOMERS, VEHICLES - CUSTOMERS), start=1):
        row = store.customer_row(state)
        if c_cols is None:
            c_cols = ["num", *row]
            c_sql = f"INSERT INTO customers ({', '.join(c_cols)}) VALUES ({', '.join('?' * len(c_cols))})"
        c_rows.append((num, *row.values()))
        s_rows.append((num, store.search_words(state.kind, state.fields)))
        for car in cars:
            vrow = store.vehicle_row(car)
            if v_cols is None:
                v_cols = list(vrow)
                v_sql = f"INSERT INTO vehicles ({', '.join(v_cols)}) VALUES ({', '.join('?' * len(v_cols))})"
            v_rows.append(tuple(vrow.values()))
            o_rows.append((car.id, car.owner_id, car.owners[0]["since"]))
        if num % 50_000 == 0:
            flush()
            print(f"  {num:,} customers written ({time.perf_counter() - started:.0f} s)", flush=True)
    flush()
    raw.execute("COMMIT")
    print("  indexing ...", flush=True)
    for _name, sql in indexes:
        raw.execute(sql)
    raw.execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')")
    raw.execute("ANALYZE")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.close()
    _customer_with_cases(path)
    print(f"built {path} in {time.perf_counter() - started:.0f} s", flush=True)


def _customer_with_cases(path: Path, count: int = 200) -> None:
    """One customer with ``count`` cases, made through the real commands."""
    db = open_database(path)
    with db.write() as conn:
        admin = users.find_user(conn, "admin")
        assert admin is not None
        person = customers.create_customer(
            conn,
            admin,
            {"first_name": "پرونده", "last_name": "پرتکرار", "national_id": "0499370899"},
            now=NOW,
            confirm_duplicates=True,
        )
        rng = random.Random(7)
        for i in range(count):
            question = i % 3 == 0  # a third are questions answered on the spot
            register_at_counter(
                conn,
                admin,
                customer_id=person.id,
                channel=rng.choice(("walk_in", "phone", "web")),
                case_type="question" if question else rng.choice(("request", "complaint")),
                category=rng.choice(("quality", "delivery", "warranty", "price")),
                description=f"درخواست شمارهٔ {i} دربارهٔ خودرو",
                now=NOW - timedelta(hours=i),
                answer="پاسخ داده شد" if question else "",
                satisfaction=4 if question else None,
            )
    db.close()


def _queries(conn: sqlite3.Connection, rng: random.Random) -> list[str]:
    """1,000 mixed lookups as clerks type them, drawn from the data."""
    people = conn.execute(
        "SELECT first_name, last_name, national_id, mobile FROM customers ORDER BY random() LIMIT 2000"
    ).fetchall()
    cars = conn.execute("SELECT vin, plate FROM vehicles ORDER BY random() LIMIT 2000").fetchall()
    codes = [r[0] for r in conn.execute("SELECT tracking_code FROM cases LIMIT 200")]
    out: list[str] = []
    for i in range(QUERIES):
        first, last, nid, mobile = people[i]
        vin, plate_key = cars[i]
        kind = rng.random()
        if kind < 0.18:
            out.append(rng.choice((nid, to_persian_digits(nid), nid.lstrip("0") or nid)))
        elif kind < 0.32:
            out.append(
                rng.choice(
                    (
                        mobile,
                        "+98" + mobile[1:],
                        "0098 " + mobile[1:4] + " " + mobile[4:],
                        to_persian_digits(mobile),
                    )
                )
            )
        elif kind < 0.42:
            out.append(vin[-rng.randrange(6, 9) :])
        elif kind < 0.47:
            out.append(vin.lower() if rng.random() < 0.5 else vin)
        elif kind < 0.55:
            p = plate(plate_key)
            out.append(to_persian_digits(f"{p.two} {p.letter} {p.three} ایران {p.province}"))
        elif kind < 0.65:
            out.append(last)
        elif kind < 0.77:
            out.append(
                f"{first} {last}".replace("ی", "ي").replace("ک", "ك")
                if rng.random() < 0.3
                else f"{first} {last}"
            )
        elif kind < 0.85:
            out.append(last.replace("\u200c", "")[: rng.randrange(3, 5)])
        elif kind < 0.90:
            out.append(f"{first[:3]} {last[:3]}")
        elif kind < 0.95:
            out.append(rng.choice((nid[:5], mobile[:7])))
        else:
            out.append(rng.choice(codes).lower() if codes else nid)
    return out


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


NAIVE_CUSTOMERS = (
    "SELECT id FROM customers WHERE (first_name || ' ' || last_name) LIKE :p OR national_id LIKE :p"
    " OR mobile LIKE :p LIMIT 20"
)
NAIVE_VEHICLES = (
    "SELECT owner_id FROM vehicles WHERE vin LIKE :p OR chassis LIKE :p OR plate LIKE :p LIMIT 20"
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--scan-queries", type=int, default=QUERIES, help="how many of the queries to scan naively"
    )
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        print(f"building {CUSTOMERS:,} customers and {VEHICLES:,} vehicles ...", flush=True)
        build(args.db)
    db = open_database(args.db)
    raw = sqlite3.connect(args.db)
    counts = [raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("customers", "vehicles")]
    print(
        f"database: {args.db} ({args.db.stat().st_size / 2**20:,.0f} MiB):"
        f" {counts[0]:,} customers, {counts[1]:,} vehicles"
    )
    queries = _queries(raw, random.Random(SEED))
    with db.read() as conn:
        for q in queries[:50]:  # warm the page cache as a day at the counter would
            customers.search(conn, q)
        timings, cpu, empty = [], [], 0
        for q in queries:
            start, start_cpu = time.perf_counter(), time.thread_time()
            hits = customers.search(conn, q, 20)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            empty += not hits
    print(
        f"search  ({len(queries)} queries): p50 {_percentile(timings, 50):.2f} ms,"
        f" p95 {_percentile(timings, 95):.2f} ms, p99 {_percentile(timings, 99):.2f} ms,"
        f" max {max(timings):.1f} ms; {empty} found nothing"
    )
    # On a shared machine wall time includes waiting for a CPU; CPU time is the work itself.
    print(
        f"        CPU time per query: p50 {_percentile(cpu, 50):.2f} ms, p95 {_percentile(cpu, 95):.2f} ms,"
        f" p99 {_percentile(cpu, 99):.2f} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    step = max(1, len(queries) // max(1, args.scan_queries))
    sample = list(range(0, len(queries), step))[: args.scan_queries]
    naive = []
    for i in sample:
        pattern = "%" + queries[i].strip() + "%"
        start = time.perf_counter()
        raw.execute(NAIVE_CUSTOMERS, {"p": pattern}).fetchall()
        raw.execute(NAIVE_VEHICLES, {"p": pattern}).fetchall()
        naive.append((time.perf_counter() - start) * 1000)
    same = [timings[i] for i in sample]
    print(
        f"LIKE scan ({len(sample)} of the same queries): p50 {_percentile(naive, 50):.1f} ms,"
        f" p95 {_percentile(naive, 95):.1f} ms, p99 {_percentile(naive, 99):.1f} ms"
    )
    print(
        f"ratio: {statistics.mean(naive) / statistics.mean(same):.0f}x faster on average,"
        f" {_percentile(naive, 50) / _percentile(same, 50):.0f}x at the median (target >= 50x)"
    )
    with db.read() as conn:
        nid = conn.exec_driver_sql("SELECT id FROM customers WHERE national_id = '0499370899'").scalar()
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            profile = customer_profile(conn, nid)
            runs.append((time.perf_counter() - start) * 1000)
    print(
        f"360 profile of a customer with {len(profile.cases)} cases: median {statistics.median(runs):.1f} ms,"
        f" worst {max(runs):.1f} ms (target < 200 ms; the screen adds its own painting: bench/customer360.py)"
    )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
