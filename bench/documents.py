"""How long each printed document takes to build: median and p95, in milliseconds.

Each document is built from its plain data (the dataclass a screen or HQ hands in) the
given number of times, after one warm-up build (fonts loaded, first-use caches filled,
as in a running app; the QR code is encoded anew each time, as each receipt has its
own). Also measured: the intake receipt read from a real database and built (what
"Print receipt" costs at the counter), and the receipt rasterised and composed for an
80 mm ESC/POS printer. Target: the intake receipt under 100 ms.
Prints figures; asserts nothing.

    python bench/documents.py [--runs 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reports import (
    audit_report,
    case_history,
    intake_receipt,
    reply_letter,
    samples,
    service_receipt,
    thermal,
    typeset,
)

NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)


def measure(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        typeset._qr_matrix.cache_clear()  # every real receipt has a new tracking code
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def database_receipt() -> Callable[[], object]:
    """A set-up database with one case; returns the function that reads and builds its receipt."""
    from argon2 import PasswordHasher

    from desktop.models import cases, customers, dealership, users
    from desktop.models.db import open_database
    from reports import sources

    users.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    db = open_database(Path(tempfile.mkdtemp(prefix="pishkhan-bench-")) / "bench.db")
    with db.write() as conn:
        dealership.setup(
            conn,
            code="1420",
            name=samples.DEALERSHIP.name,
            address=samples.DEALERSHIP.address,
            phone_number=samples.DEALERSHIP.phone,
            admin_username="admin",
            admin_password="bench-pass-1",
            now=NOW,
        )
        clerk = users.create_user(
            conn,
            username="clerk",
            display_name="مریم احمدی",
            role="clerk",
            password="bench-pass-1",
            dealership_id="1420",
            now=NOW,
        )
        person = customers.create_customer(
            conn, clerk, {"first_name": "علی‌رضا", "last_name": "محمدی", "national_id": "0499370899"}, now=NOW
        )
        car = customers.add_vehicle(
            conn,
            clerk,
            person.id,
            {"vin": "NAAP41FE9HJ123456", "model": "پژو 206", "plate": "12ب345-67"},
            now=NOW,
        )
        case = cases.register_case(
            conn,
            clerk,
            customer_id=person.id,
            vehicle_id=car.id,
            channel="walk_in",
            case_type="complaint",
            category="quality",
            description=samples.WORDS,
            counter="2",
            now=NOW,
        )

    def run() -> bytes:
        with db.read() as conn:
            data = sources.intake_receipt(conn, case.tracking_code, "fa")
        return intake_receipt.build(data, "fa", "a5")

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    roll_pdf = intake_receipt.build(samples.intake_receipt(), "fa", "80mm")
    cases_: list[tuple[str, Callable[[], object]]] = [
        ("intake receipt, A5 (fa)", lambda: intake_receipt.build(samples.intake_receipt(), "fa", "a5")),
        ("intake receipt, A5 (en)", lambda: intake_receipt.build(samples.intake_receipt(), "en", "a5")),
        (
            "intake receipt, 80 mm roll (fa)",
            lambda: intake_receipt.build(samples.intake_receipt(), "fa", "80mm"),
        ),
        ("service receipt (fa)", lambda: service_receipt.build(samples.service_receipt(), "fa")),
        ("reply letter (fa)", lambda: reply_letter.build(samples.reply_letter(), "fa")),
        ("case history, 8 events (fa)", lambda: case_history.build(samples.case_history(), "fa")),
        ("audit report (fa)", lambda: audit_report.build(samples.audit_report(), "fa")),
        ("intake receipt read from a database and built (fa)", database_receipt()),
        (
            "roll receipt rasterised + ESC/POS job (576 dots)",
            lambda: thermal.compose(thermal.rasterise(roll_pdf)),
        ),
    ]
    print(f"{'document':<55} {'median ms':>10} {'p95 ms':>8}")
    for name, fn in cases_:
        median, p95 = measure(fn, runs)
        print(f"{name:<55} {median:>10.1f} {p95:>8.1f}")
    receipt_median, _ = measure(lambda: intake_receipt.build(samples.intake_receipt(), "fa", "a5"), runs)
    verdict = "met" if receipt_median < 100 else "MISSED"
    print(f"target: intake receipt under 100 ms: {verdict} ({receipt_median:.1f} ms, {runs} runs)")


if __name__ == "__main__":
    main()
