"""Audits benchmark: how fast an inspector's answers are saved, and HQ's figures.

    python bench/audits.py [--audits 300] [--db PATH]

Measures, on a fresh database file (WAL, as the app runs it):
- autosave: one answer saved in its own transaction (what the form does on every answer),
  median and worst in ms, over every question of the shipped sales showroom form;
- finalising an audit (validation, content hash, the event and its projection);
- scoring one audit of the shipped form (the pure function HQ reuses), in microseconds;
- HQ's ranking over ``--audits`` finalised audits of 30 dealerships.
It prints the figures; there is nothing to pass or fail here (tests never time things).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--audits", type=int, default=300)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()

    from argon2 import PasswordHasher

    from desktop.models import dealership, users
    from desktop.models.audits import drafts, library, ranking, records, scoring, xlsform
    from desktop.models.audits.demo import answers_for
    from desktop.models.calendar import utcnow
    from desktop.models.db import open_database

    users.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    path = args.db or Path(tempfile.mkdtemp(prefix="pishkhan-bench-")) / "audits.db"
    db = open_database(path)
    now = utcnow()
    with db.write() as conn:
        dealership.setup(
            conn, code="HQ", name="ستاد", admin_username="admin", admin_password="bench-pass-1", now=now
        )
        inspector = users.create_user(
            conn, username="insp", display_name="بازرس", role="inspector", password="bench-pass-1", now=now
        )
        hq = users.create_user(
            conn, username="hq", display_name="ستاد", role="hq", password="bench-pass-1", now=now
        )
        template = library.import_template(
            conn, None, xlsform.load(ROOT / "resources" / "audit_templates" / "sales_showroom.xlsx"), now
        ).template
    rng = random.Random(1405)

    # autosave, as the form does it: one transaction per answer
    with db.write() as conn:
        draft = drafts.start_unplanned(
            conn, inspector, dealership_id="1433", dealership_name="پارس", form_id=template.form_id, now=now
        )
    given = answers_for(template, 0.8, rng)
    saves = []
    for name, value in given.items():
        start = time.perf_counter()
        with db.write() as conn:
            drafts.save_answer(conn, inspector, draft.id, name, value, now)
        saves.append((time.perf_counter() - start) * 1000)
    with db.write() as conn:
        drafts.set_visit_times(
            conn, inspector, draft.id, started_at=now - timedelta(hours=1), ended_at=now, now=now
        )
    start = time.perf_counter()
    with db.write() as conn:
        records.finalise(conn, inspector, draft.id, now)
    finalise_ms = (time.perf_counter() - start) * 1000

    runs = 2000
    start = time.perf_counter()
    for _ in range(runs):
        scoring.score(template, given)
    score_us = (time.perf_counter() - start) / runs * 1e6

    # many audits of many dealerships, then the ranking
    finals: list[float] = []
    start = time.perf_counter()
    for index in range(args.audits):
        code = f"{1000 + index % 30}"
        when = now - timedelta(days=rng.randint(1, 360), hours=2)
        with db.write() as conn:
            d = drafts.start_unplanned(
                conn,
                inspector,
                dealership_id=code,
                dealership_name=f"نمایندگی {code}",
                form_id=template.form_id,
                now=when,
            )
            for name, value in answers_for(template, rng.uniform(0.3, 0.95), rng).items():
                drafts.save_answer(conn, inspector, d.id, name, value, when)
            drafts.set_visit_times(
                conn,
                inspector,
                d.id,
                started_at=when,
                ended_at=when + timedelta(minutes=40),
                now=when + timedelta(hours=1),
            )
            began = time.perf_counter()
            records.finalise(conn, inspector, d.id, when + timedelta(hours=1))
            finals.append((time.perf_counter() - began) * 1000)
    build_s = time.perf_counter() - start
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        with db.read() as conn:
            result = ranking.ranking(conn, hq)
        timings.append((time.perf_counter() - start) * 1000)
    db.close()

    print(f"questions answered: {len(saves)} of {len(template.questions)}")
    print(f"autosave_ms median={statistics.median(saves):.2f} worst={max(saves):.2f}")
    print(
        f"finalise_ms first={finalise_ms:.1f} (loads every projector module) then"
        f" median={statistics.median(finals):.1f} worst={max(finals):.1f}"
    )
    print(f"score_us={score_us:.0f}")
    print(f"built {args.audits} audits in {build_s:.1f} s")
    print(
        f"ranking_ms median={statistics.median(timings):.1f} worst={max(timings):.1f}"
        f" ({len(result.dealerships)} dealerships, {args.audits + 1} audits)"
    )


if __name__ == "__main__":
    main()
