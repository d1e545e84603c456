"""Analytics benchmark: 500,000 cases with their events over two years; the manager's
dashboard figures timed for a quarter and for the whole period (target: < 500 ms each).

    python bench/analytics.py [--db /tmp/pishkhan-bench/analytics.db] [--cases N] [--rebuild] [--runs 5]

How the data is made: each case's life is simulated (registration in working hours,
first-contact resolution, escalation with a summons to the counter and the superior's
arrival, referrals to units and their answers, responses, closing, happy calls that
reopen unhappy cases, cases still open near "now") as real case events with the
payloads the commands write (service-level clocks from the business calendar included).
The events are stored in bulk, the ``cases`` projection is written by the case
feature's own projector over them, and the facts by ``analytics.facts``; walk-in queue
tickets likewise (events, then the queue's projector). The database stays under /tmp
and is reused when present.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, update

from desktop.models import dealership, events, queue, settings, users
from desktop.models import tables as t
from desktop.models.analytics import dashboard, facts, period
from desktop.models.business_calendar import BusinessCalendar, load_calendar
from desktop.models.calendar import iso, local
from desktop.models.cases import tracking
from desktop.models.cases.fold import fold
from desktop.models.cases.store import cases_table, referrals_table
from desktop.models.cases.store import rows as projection_rows
from desktop.models.db import open_database
from desktop.models.events import Event, canonical_json
from desktop.models.hlc import Timestamp

CASES = int(os.environ.get("BENCH_CASES", "500000"))
SEED = 1405
NOW = datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
DAYS = 730
DEFAULT_DB = Path("/tmp/pishkhan-bench/analytics.db")
TARGET_MS = 500

CHANNELS = (("walk_in", 40), ("phone", 30), ("email", 8), ("sms", 7), ("web", 10), ("office", 5))
TYPES = (("question", 45), ("request", 30), ("complaint", 25))
CATEGORIES = (
    ("quality", 18),
    ("delivery", 20),
    ("price", 12),
    ("warranty", 15),
    ("responsiveness", 12),
    ("staff_behaviour", 6),
    ("data_correction", 12),
    ("other", 5),
)
SUBCATEGORIES = {
    "quality": ("engine", "body_paint", "electrical", "suspension", "ac_heating"),
    "delivery": ("late_delivery", "repair_time", "parts_shortage"),
    "price": ("repair_invoice", "extra_charge", "sale_price"),
    "warranty": ("claim_refused", "warranty_period"),
    "responsiveness": ("no_answer", "follow_up"),
    "staff_behaviour": ("discourtesy", "wrong_information"),
    "data_correction": ("owner_change", "contact_details"),
}
SEGMENTS = (("passenger", 75), ("commercial", 18), ("motorcycle", 7))
UNITS = ("sales", "accounting", "after_sales", "technical", "warranty")
FCR = {"question": 0.7, "request": 0.3, "complaint": 0.12}
SCORES = ((1, 5), (2, 8), (3, 15), (4, 35), (5, 37))


def pick(rng: random.Random, table: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


class Maker:
    """Makes one device's events: ids, sequence numbers and clock readings in order."""

    def __init__(self, device_id: str, dealer: str, short: str) -> None:
        self.device_id, self.dealer, self.short = device_id, dealer, short
        self.seq = 0
        self.serial = 0
        self.last = Timestamp(0, 0, device_id)

    def event(
        self, case_id: str, actor: str, kind: str, payload: dict[str, Any], at: datetime, stream: str = "case"
    ) -> Event:
        self.seq += 1
        ms = int(at.timestamp() * 1000)
        stamp = (
            Timestamp(ms, 0, self.device_id)
            if ms > self.last.wall_ms
            else Timestamp(self.last.wall_ms, self.last.counter + 1, self.device_id)
        )
        self.last = stamp
        return Event(
            event_id=f"{case_id}-{self.seq:08d}",
            stream=stream,
            stream_id=case_id,
            dealership_id=self.dealer,
            device_id=self.device_id,
            device_seq=self.seq,
            actor_id=actor,
            kind=kind,
            payload=payload,
            hlc=stamp.encode(),
            recorded_at=iso(at),
        )

    def tracking_code(self) -> str:
        self.serial += 1
        return tracking.make(self.dealer, self.short, self.serial)


def clock(cal: BusinessCalendar, start: datetime, hours: float) -> dict[str, Any]:
    due = cal.add(start, hours * 3600)
    warn = cal.add(start, max(hours - 4, hours / 2) * 3600)
    return {"due_at": iso(due), "warn_at": iso(warn), "policy": None, "hours": hours, "warn_hours": 4.0}


def working_moment(rng: random.Random, cal: BusinessCalendar, day: datetime) -> datetime:
    start = cal.next_working_moment(day)
    spans = cal.day_intervals(local(start).date())
    begin, end = spans[0] if spans else (start, start + timedelta(hours=8))
    seconds = (end - begin).total_seconds()
    return begin + timedelta(seconds=rng.random() * seconds)


def simulate(
    rng: random.Random, m: Maker, cal: BusinessCalendar, people: dict[str, str], case_no: int, reg: datetime
) -> list[Event]:
    """One case's whole life as events, as the commands would have written them."""
    case_id = f"case-{case_no:07d}"
    channel, case_type = pick(rng, CHANNELS), pick(rng, TYPES)
    category = pick(rng, CATEGORIES)
    sub = rng.choice(SUBCATEGORIES[category]) if category in SUBCATEGORIES and rng.random() < 0.8 else None
    walk_in = channel == "walk_in"
    clerk = people[rng.choice(("clerk", "clerk2"))]
    hours = 8.0 if case_type == "question" else 24.0
    out = [
        m.event(
            case_id,
            clerk,
            "registered",
            {
                "customer_id": f"cust-{rng.randrange(200_000):06d}",
                "vehicle_id": None,
                "channel": channel,
                "case_type": case_type,
                "category": category,
                "subcategory": sub,
                "priority": "normal",
                "segment": pick(rng, SEGMENTS),
                "description": "شرح پرونده",
                "remedy": "",
                "counter": str(rng.randint(1, 3)) if walk_in else None,
                "attachments": [],
                "assignee_id": clerk if walk_in else None,
                "sla": clock(cal, reg, hours),
                "tracking_code": m.tracking_code(),
            },
            reg,
        )
    ]
    now = reg
    age_days = (NOW - reg).days

    def later(business_hours: float) -> datetime:
        return cal.add(now, max(business_hours, 0.01) * 3600)

    if rng.random() < FCR[case_type]:
        now = now + timedelta(minutes=rng.uniform(3, 25))
        out.append(
            m.event(
                case_id, clerk, "resolved_at_first_contact", {"answer": "پاسخ", "satisfaction": None}, now
            )
        )
        return out
    if age_days < 3 and rng.random() < 0.6:
        return out  # still waiting for an answer
    handler = clerk
    if walk_in and case_type != "question" and rng.random() < 0.22:
        now = now + timedelta(minutes=rng.uniform(5, 20))
        out.append(
            m.event(
                case_id,
                clerk,
                "escalated",
                {
                    "from_level": "desk",
                    "to_level": "supervisor",
                    "reason": "not_convinced",
                    "comment": "",
                    "summons": True,
                    "counter": "1",
                    "arrival_minutes": 5,
                    "auto": False,
                    "sla": clock(cal, now, 16),
                },
                now,
            )
        )
        now = now + timedelta(seconds=rng.lognormvariate(5.5, 0.5))
        handler = people["supervisor"]
        out.append(m.event(case_id, handler, "supervisor_arrived", {"level": "supervisor"}, now))
    if case_type != "question" and rng.random() < 0.3:
        ref = f"{case_id}-r1"
        now = now + timedelta(minutes=rng.uniform(5, 60))
        unit = rng.choice(UNITS)
        out.append(
            m.event(
                case_id, handler, "referred", {"referral_id": ref, "unit": unit, "inquiry": "استعلام"}, now
            )
        )
        if age_days < 5 and rng.random() < 0.5:
            return out
        now = later(rng.expovariate(1 / 10))
        out.append(
            m.event(case_id, handler, "inquiry_answered", {"referral_id": ref, "answer": "پاسخ واحد"}, now)
        )
    now = later(rng.expovariate(1 / 6))
    out.append(
        m.event(case_id, handler, "responded", {"answer": "پاسخ", "method": "phone", "final": False}, now)
    )
    if age_days < 2 and rng.random() < 0.5:
        return out
    now = later(rng.uniform(0.2, 16))
    resolution = pick(rng, (("resolved", 85), ("rejected", 10), ("withdrawn", 5)))
    out.append(
        m.event(
            case_id,
            handler,
            "closed",
            {"resolution": resolution, "reason": "" if resolution == "resolved" else "دلیل"},
            now,
        )
    )
    if resolution == "withdrawn" or rng.random() > 0.8:
        return out
    for _attempt in range(3):
        now = later(rng.uniform(2, 30))
        if rng.random() < 0.72:
            score = pick(rng, SCORES)
            payload: dict[str, Any] = {"reach": "reached", "satisfaction": score, "comment": ""}
            if score < 3:
                payload["assignee_id"] = handler
                payload["sla"] = clock(cal, now, 16)
            out.append(m.event(case_id, people["clerk"], "happy_call", payload, now))
            if score < 3:
                now = later(rng.expovariate(1 / 8))
                out.append(
                    m.event(
                        case_id,
                        handler,
                        "responded",
                        {"answer": "پاسخ دوباره", "method": "phone", "final": False},
                        now,
                    )
                )
                now = later(rng.uniform(0.5, 8))
                out.append(m.event(case_id, handler, "closed", {"resolution": "resolved", "reason": ""}, now))
            break
        out.append(
            m.event(
                case_id,
                people["clerk"],
                "happy_call",
                {"reach": "no_answer", "satisfaction": None, "comment": ""},
                now,
            )
        )
    return [e for e in out if e.recorded_at <= iso(NOW)]


def case_row(case_id: str, history: list[Event]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ``cases`` and ``case_referrals`` rows the case projector writes for these events,
    inserted in bulk here: one upsert statement per case would take most of an hour."""
    return projection_rows(fold(case_id, history))


def _rows(batch: list[Event]) -> list[dict[str, Any]]:
    return [{**e.to_dict(), "payload": canonical_json(dict(e.payload))} for e in batch]


def fill(db_path: Path, count: int) -> None:
    print(f"filling {count:,} cases over {DAYS} days into {db_path} ...", flush=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for stale in db_path.parent.glob(db_path.name + "*"):
        stale.unlink()
    db = open_database(db_path)
    rng = random.Random(SEED)
    started = time.perf_counter()
    with db.write() as conn:
        dealer, _admin = dealership.setup(
            conn,
            code="1420",
            name="نمایندگی آرین‌خودرو",
            admin_username="admin",
            admin_password="bench-pass-1",
            now=NOW,
        )
        people = {}
        for name, role in (
            ("clerk", "clerk"),
            ("clerk2", "clerk"),
            ("supervisor", "supervisor"),
            ("manager", "manager"),
        ):
            people[name] = users.create_user(
                conn,
                username=name,
                display_name=name,
                role=role,
                password="bench-pass-1",
                dealership_id=dealer.id,
                now=NOW,
            ).id
        device = events.this_device(conn)
        cal = load_calendar(conn)
    maker = Maker(device.device_id, dealer.id, device.short_code)
    per_day = count / DAYS
    start_day = NOW - timedelta(days=DAYS)
    made = 0
    batch_events: list[Event] = []
    batch_cases: list[tuple[str, list[Event]]] = []

    def flush() -> None:
        case_rows, referral_rows = [], []
        for case_id, history in batch_cases:
            row, refs = case_row(case_id, history)
            case_rows.append(row)
            referral_rows.extend(refs)
        with db.write() as conn:
            conn.execute(insert(t.events), _rows(batch_events))
            conn.execute(insert(cases_table), case_rows)
            if referral_rows:
                conn.execute(insert(referrals_table), referral_rows)
        batch_events.clear()
        batch_cases.clear()

    day = 0
    while made < count:
        moment = start_day + timedelta(days=day)
        weekday = local(moment).weekday()
        if weekday == 4 or not cal.day_intervals(local(moment).date()):
            day += 1
            continue
        todays = min(count - made, max(1, int(rng.gauss(per_day * 1.17, per_day * 0.15))))
        if day >= DAYS:
            todays = count - made
        regs = sorted(working_moment(rng, cal, moment) for _ in range(todays))
        for moment_ in regs:
            reg = moment_ if moment_ < NOW else NOW - timedelta(minutes=rng.uniform(1, 600))
            history = simulate(rng, maker, cal, people, made, reg)
            batch_events.extend(history)
            batch_cases.append((history[0].stream_id, history))
            made += 1
            if len(batch_cases) >= 5000:
                flush()
                rate_ = made / (time.perf_counter() - started)
                print(f"  {made:,} cases ({rate_:,.0f}/s)", flush=True)
        day += 1
    if batch_cases:
        flush()
    with db.write() as conn:
        conn.execute(update(t.device).values(next_seq=maker.seq + 1, last_hlc=maker.last.encode()))
        settings.put(
            conn, facts.WATERMARK, int(conn.execute(select(func.max(t.events.c.event_id))).scalar() and 0)
        )
        _tickets(conn, rng, maker, people)
    print(f"events and projections written in {time.perf_counter() - started:,.0f} s", flush=True)
    db.close()
    make_facts(db_path)


def make_facts(db_path: Path) -> None:
    """The facts of every case, by the app's own catch-up (``facts.rebuild``), timed."""
    db = open_database(db_path)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 50_000 < facts.BATCH or done == total:
            print(f"  facts: {done:,} of {total:,} cases", flush=True)

    with db.write() as conn:
        changed = facts.rebuild(conn, progress=progress)
    with db.write() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.close()
    print(
        f"facts of {changed:,} cases and tickets computed in {time.perf_counter() - started:,.0f} s",
        flush=True,
    )


def _tickets(conn: Any, rng: random.Random, m: Maker, people: dict[str, str]) -> None:
    """Walk-in queue tickets for every working day: issued, called, finished or no-show.

    Stored as "ticket" events; their rows are made by the queue's own fold
    (``queue.fold_ticket``) and inserted in bulk, as for the cases.
    """
    rows, stored = [], []
    clerk = people["clerk"]
    for day in range(DAYS):
        moment = NOW - timedelta(days=DAYS - day)
        if local(moment).weekday() == 4:
            continue
        base = moment.replace(hour=5, minute=0, second=0, microsecond=0)
        for number in range(1, rng.randint(120, 220)):
            tid = f"t-{day:04d}-{number:04d}"
            issued = base + timedelta(seconds=number * 100 + rng.uniform(0, 60))
            evs = [
                m.event(
                    tid,
                    clerk,
                    "ticket_issued",
                    {"day": local(issued).date().isoformat(), "number": number},
                    issued,
                    "ticket",
                )
            ]
            called = issued + timedelta(seconds=rng.lognormvariate(6, 0.7))
            evs.append(
                m.event(tid, clerk, "ticket_called", {"counter": str(rng.randint(1, 3))}, called, "ticket")
            )
            if rng.random() < 0.06:
                evs.append(m.event(tid, clerk, "ticket_no_show", {}, called + timedelta(minutes=2), "ticket"))
            else:
                done = called + timedelta(seconds=rng.lognormvariate(6.3, 0.6))
                evs.append(m.event(tid, clerk, "ticket_finished", {}, done, "ticket"))
            evs = [e for e in evs if e.recorded_at <= iso(NOW)]
            stored.extend(evs)
            rows.append(queue.fold_ticket(tid, evs))
    for start in range(0, len(stored), 20_000):
        conn.execute(insert(t.events), _rows(stored[start : start + 20_000]))
    conn.execute(insert(queue.tickets), rows)


def _time(fn: Any, runs: int) -> tuple[float, float, Any]:
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples), result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--rebuild", action="store_true", help="make the database again")
    parser.add_argument("--refacts", action="store_true", help="recompute the facts only")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.rebuild or not args.db.exists():
        fill(args.db, args.cases)
    elif args.refacts:
        make_facts(args.db)
    db = open_database(args.db)
    with db.read() as conn:
        manager = users.find_user(conn, "manager")
        total = conn.execute(select(func.count()).select_from(cases_table)).scalar_one()
        n_events = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
        first = conn.execute(select(func.min(facts.case_facts.c.reg_day))).scalar_one()
    assert manager is not None
    print(f"database: {total:,} cases, {n_events:,} events, first registered {first}")
    quarter = period.current_quarter(NOW).previous()
    whole = period.between(datetime.fromisoformat(first).date(), local(NOW).date())
    ok = True
    for name, chosen in (("quarter", quarter), ("whole period", whole)):
        with db.read() as conn:
            median, worst, board = _time(
                lambda c=conn, p=chosen: dashboard.manager_figures(c, manager, p, now=NOW), args.runs
            )
        verdict = "ok" if median < TARGET_MS else "OVER TARGET"
        ok = ok and median < TARGET_MS
        f = board.cases
        print(
            f"manager dashboard, {name} ({chosen.start} .. {chosen.last_day}): median {median:.0f} ms, "
            f"worst {worst:.0f} ms of {args.runs} [{verdict}]"
        )
        print(
            f"    cases {f.cases:,}  complaints {f.complaints:,}  FCR {f.fcr_rate:.1%}  "
            f"first response median {f.first_response.median / 3600:.1f} h "
            f"P90 {f.first_response.p90 / 3600:.1f} h  "
            f"resolution median {f.resolution.median / 3600:.1f} h P90 {f.resolution.p90 / 3600:.1f} h"
        )
        print(
            f"    SLA breach {f.sla_breach_rate:.1%}  reopen {f.reopen_rate:.1%}  escalated to supervisor "
            f"{f.escalation_rate('supervisor'):.1%}  arrivals {board.arrivals.arrivals:,} median "
            f"{(board.arrivals.median or 0) / 60:.1f} min  happy calls reached {board.calls.reach_rate:.1%} "
            f"satisfaction {board.calls.satisfaction_mean:.2f}  "
            f"queue wait P50 {(board.queue.wait.median or 0) / 60:.1f} min"
        )
    # Filtered views read the per-case facts instead of the roll-up: no target, for information.
    from desktop.models.analytics.figures import Filters

    for name, chosen in (("quarter", quarter), ("whole period", whole)):
        with db.read() as conn:
            median, worst, _ = _time(
                lambda c=conn, p=chosen: dashboard.manager_figures(
                    c, manager, p, Filters(category="quality"), now=NOW
                ),
                max(1, args.runs // 2),
            )
        print(f"the same filtered to one category (read from the facts), {name}: median {median:.0f} ms")
    with db.write() as conn:
        median, worst, _ = _time(lambda: facts.refresh(conn), args.runs)
    print(f"facts refresh with nothing new: median {median:.1f} ms")
    db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
