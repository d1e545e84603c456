"""Sync benchmark: the real HQ (``python -m sync.hq serve``) on PostgreSQL over loopback.

    python bench/sync.py [--workers 2] [--events 10000] [--naive 10000] [--devices 200]

1. One device pushes 10,000 events in batches of 500 (gzip, as the client sends them):
   events per second and p95 batch latency; then the same batches again (all duplicates).
2. The same number of events sent one request per event (the naive way).
3. The same rows loaded by PostgreSQL ``COPY`` into a table of the same shape (the floor).
4. 200 simulated devices push 100 events each, all at once: throughput, p50/p99 request
   latency; every one of the 20,000 events must be stored exactly once.
5. A fresh device of the first dealership pulls all 10,000 events (pages of 1,000), and
   the real desktop client applies them into a fresh desktop database.

Targets (issue 7): push >= 10,000 events/s validated, scoped and idempotent; the 20,000
concurrent events land exactly once with p99 < 1 s; the pull at least as fast as the push.
The database is created fresh and dropped at the end; nothing else is touched.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import io
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import psutil
import requests
import sqlalchemy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.models import dealership as desk_dealership  # noqa: E402
from desktop.models import users  # noqa: E402
from desktop.models.db import open_database  # noqa: E402
from desktop.models.hlc import Timestamp  # noqa: E402
from desktop.models.ids import uuid7  # noqa: E402
from sync import client  # noqa: E402
from sync.hq import db as hq_db  # noqa: E402
from sync.hq import devices as hq_devices  # noqa: E402
from sync.tokens import FileStore  # noqa: E402

NOW = datetime.now(UTC)
DESCRIPTION = (
    "مشتری از صدای غیرعادی موتور هنگام روشن شدن در صبح شکایت دارد؛ خودرو سه بار به تعمیرگاه آمده است."
)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def admin(url: str, sql: str) -> None:
    engine = sqlalchemy.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(sql)
    engine.dispose()


def make_events(device_id: str, dealer: str, count: int, first_seq: int = 1) -> list[dict]:
    """Case-shaped events: a registration and four follow-ups per case."""
    made = []
    ms = int(time.time() * 1000)
    case_id = ""
    for n in range(count):
        ms += 1
        if n % 5 == 0:
            case_id = uuid7(ms)
            kind = "registered"
            payload = {
                "customer_id": uuid7(ms),
                "vehicle_id": None,
                "channel": "walk_in",
                "case_type": "complaint",
                "category": "quality",
                "priority": "normal",
                "description": DESCRIPTION,
                "tracking_code": f"{dealer}-{n:08d}",
                "sla": {"due_at": "2026-11-26T08:30:00.000Z", "level": "desk"},
            }
        else:
            kind = "note_added"
            payload = {"text": "با مشتری تماس گرفته شد و وقت تعمیرگاه داده شد.", "n": n}
        made.append(
            {
                "event_id": uuid7(ms),
                "stream": "case",
                "stream_id": case_id,
                "dealership_id": dealer,
                "device_id": device_id,
                "device_seq": first_seq + n,
                "actor_id": "01a2f000-0000-7000-8000-000000000001",
                "kind": kind,
                "payload": payload,
                "hlc": Timestamp(ms, 0, device_id).encode(),
                "recorded_at": "2026-11-24T08:30:00.000Z",
            }
        )
    return made


CLIENTS = {
    "loop": "one asyncio loop, 200 connections",
    "threads": "200 threads with requests",
}


async def read_answer(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One HTTP/1.1 answer: (status, body)."""
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    status = int(head[0].split()[1])
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in head[1:] if line)}
    if "content-length" in fields:
        return status, await reader.readexactly(int(fields["content-length"]))
    body = bytearray()
    while True:  # chunked
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        body += await reader.readexactly(size + 2)
        if size == 0:
            return status, bytes(body[:-2])
        del body[-2:]


class CpuUsage:
    """CPU time spent from now on by HQ's processes, PostgreSQL's and this process."""

    def __init__(self, hq_pid: int) -> None:
        self.hq = psutil.Process(hq_pid)
        self.before = self._read()

    def _read(self) -> dict[str, float]:
        spent = {"hq": 0.0, "postgres": 0.0, "client": sum(psutil.Process().cpu_times()[:2])}
        for proc in [self.hq, *self.hq.children(recursive=True)]:
            spent["hq"] += sum(proc.cpu_times()[:2])
        self.pg = {}
        for proc in psutil.process_iter(["name"]):
            if (proc.info["name"] or "").startswith("postgres"):
                try:
                    self.pg[proc.pid] = sum(proc.cpu_times()[:2])
                except psutil.Error:
                    continue
        spent["postgres"] = sum(self.pg.values())
        return spent

    def spent(self) -> dict[str, float]:
        pg_before = self.pg
        after = self._read()
        # PostgreSQL backends may have started meanwhile: count each from its own start.
        postgres = sum(v - pg_before.get(pid, 0.0) for pid, v in self.pg.items())
        return {
            "hq": after["hq"] - self.before["hq"],
            "postgres": postgres,
            "client": after["client"] - self.before["client"],
        }


def packed(events: list[dict]) -> bytes:
    return gzip.compress(json.dumps({"events": events}, ensure_ascii=False).encode(), compresslevel=5)


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.name = f"pishkhan_bench_{secrets.token_hex(4)}"
        self.url = args.pg.rsplit("/", 1)[0] + "/" + self.name
        self.tmp = Path(tempfile.mkdtemp(prefix="pishkhan-sync-bench-"))

    def start(self) -> None:
        admin(self.args.pg, f'CREATE DATABASE "{self.name}"')
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (self.tmp / "hq.log").open("wb")
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sync.hq",
                "--database-url",
                self.url,
                "serve",
                "--port",
                str(self.port),
                "--workers",
                str(self.args.workers),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        for _ in range(300):
            try:
                if requests.get(self.base + "/v1/health", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        self.engine = hq_db.make_engine(self.url, pool_size=2)

    def stop(self) -> None:
        self.server.terminate()
        self.server.wait(15)
        self.engine.dispose()
        if not self.args.keep:
            admin(self.args.pg, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def dealership(self, code: str) -> None:
        with hq_db.writing(self.engine) as conn:
            hq_devices.create_dealership(conn, code, f"Bench {code}", NOW)

    def enroll(self, dealer: str, role: str = "clerk") -> tuple[str, requests.Session]:
        with hq_db.writing(self.engine) as conn:
            code, _ = hq_devices.issue_enrolment(conn, dealership=dealer, name="bench", role=role, now=NOW)
        device_id = uuid7()
        answer = requests.post(
            self.base + "/v1/devices/enroll",
            json={"code": code, "device_id": device_id, "dealership_id": dealer, "name": "bench"},
            timeout=30,
        )
        answer.raise_for_status()
        session = requests.Session()
        session.headers["Authorization"] = "Bearer " + answer.json()["token"]
        return device_id, session

    def count(self, where: str = "") -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql(f"SELECT count(*) FROM events {where}").scalar_one())

    # -- 1. batches ---------------------------------------------------------------------

    def push_batches(self) -> list[dict]:
        self.dealership("BENCH")
        device_id, session = self.enroll("BENCH")
        events = make_events(device_id, "BENCH", self.args.events)
        bodies = [packed(events[i : i + 500]) for i in range(0, len(events), 500)]
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        session.post(self.base + "/v1/sync/push", data=packed([]), headers=headers, timeout=60)  # warm-up
        for label in ("push", "again"):
            latencies = []
            start = time.perf_counter()
            for body in bodies:
                t0 = time.perf_counter()
                answer = session.post(self.base + "/v1/sync/push", data=body, headers=headers, timeout=60)
                latencies.append(time.perf_counter() - t0)
                assert answer.status_code == 200, answer.text[:300]
                statuses = {r["status"] for r in answer.json()["results"]}
                assert statuses == ({"accepted"} if label == "push" else {"duplicate"}), statuses
            total = time.perf_counter() - start
            what = "pushed (batches of 500)" if label == "push" else "pushed again (all duplicate)"
            p50, p95 = statistics.median(latencies) * 1000, percentile(latencies, 95) * 1000
            print(
                f"1. {len(events):,} events {what}: {total:.2f} s, {len(events) / total:,.0f} events/s, "
                f"batch p50 {p50:.0f} ms, p95 {p95:.0f} ms"
            )
        assert self.count("WHERE dealership_id = 'BENCH'") == len(events)
        self.first_events = events
        return events

    # -- 2. one request per event ---------------------------------------------------------

    def push_naive(self) -> None:
        self.dealership("NAIVE")
        device_id, session = self.enroll("NAIVE")
        events = make_events(device_id, "NAIVE", self.args.naive)
        start = time.perf_counter()
        for event in events:
            answer = session.post(self.base + "/v1/sync/push", json={"events": [event]}, timeout=60)
            assert answer.status_code == 200
        total = time.perf_counter() - start
        print(
            f"2. {len(events):,} events one request each: {total:.2f} s, {len(events) / total:,.0f} events/s"
        )

    # -- 3. COPY -----------------------------------------------------------------------------

    def copy_floor(self, events: list[dict]) -> None:
        import psycopg

        columns = (
            "server_seq, event_id, stream, stream_id, dealership_id, device_id, device_seq, actor_id, kind,"
            " payload, hlc, recorded_at, content_hash, received_at"
        )
        buffer = io.StringIO()
        for n, e in enumerate(events, start=1):
            row = [
                str(n),
                e["event_id"],
                e["stream"],
                e["stream_id"],
                e["dealership_id"],
                e["device_id"],
                str(e["device_seq"]),
                e["actor_id"],
                e["kind"],
                json.dumps(e["payload"], ensure_ascii=False),
                e["hlc"],
                e["recorded_at"],
                "0" * 64,
                e["recorded_at"],
            ]
            buffer.write(
                "\t".join(v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n") for v in row)
            )
            buffer.write("\n")
        data = buffer.getvalue()
        with psycopg.connect(self.url.replace("postgresql+psycopg", "postgresql")) as conn:
            conn.execute("CREATE TABLE copy_floor (LIKE events INCLUDING ALL)")
            conn.commit()
            start = time.perf_counter()
            with conn.cursor() as cur, cur.copy(f"COPY copy_floor ({columns}) FROM STDIN") as copy:
                copy.write(data)
            conn.commit()
            total = time.perf_counter() - start
        rate = len(events) / total
        print(f"3. {len(events):,} rows by PostgreSQL COPY (the floor): {total:.2f} s, {rate:,.0f} rows/s")

    # -- 4. 200 devices at once -----------------------------------------------------------------

    def push_concurrently(self) -> None:
        per_dealer = 10
        dealers = [f"C{n:03d}" for n in range(max(1, self.args.devices // per_dealer))]
        for code in dealers:
            self.dealership(code)
        clients = []
        for n in range(self.args.devices):
            dealer = dealers[n % len(dealers)]
            device_id, session = self.enroll(dealer)
            token = str(session.headers["Authorization"])
            clients.append((token, packed(make_events(device_id, dealer, self.args.per_device))))
        usage = CpuUsage(self.server.pid)
        if self.args.client == "threads":
            latencies, total = self._push_from_threads(clients)
        else:
            latencies, total = asyncio.run(self._push_from_one_loop(clients))
        spent = usage.spent()
        events = len(clients) * self.args.per_device
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT device_id, count(*), count(DISTINCT event_id), min(device_seq), max(device_seq) "
                "FROM events WHERE dealership_id LIKE 'C%%' GROUP BY device_id"
            ).all()
        assert len(rows) == len(clients)
        assert all(
            r[1] == r[2] == self.args.per_device and (r[3], r[4]) == (1, self.args.per_device) for r in rows
        )
        print(
            f"4. {len(clients)} devices x {self.args.per_device} events at once: {total:.2f} s, "
            f"{events / total:,.0f} events/s, request p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p99 {percentile(latencies, 99) * 1000:.0f} ms; all {events:,} stored exactly once"
        )
        print(
            f"   CPU meanwhile: HQ {spent['hq']:.2f} s, PostgreSQL {spent['postgres']:.2f} s, the bench's "
            f"client {spent['client']:.2f} s ({self.args.client}: {CLIENTS[self.args.client]})"
        )

    def _push_from_threads(self, clients: list[tuple[str, bytes]]) -> tuple[list[float], float]:
        """One thread and one requests.Session per device (the client's own CPU is large)."""
        latencies: list[float] = []
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}

        def run(item: tuple[str, bytes]) -> None:
            token, body = item
            session = requests.Session()
            session.headers["Authorization"] = token
            session.get(self.base + "/v1/health", timeout=30)  # connect before the start
            barrier.wait()
            t0 = time.perf_counter()
            answer = session.post(self.base + "/v1/sync/push", data=body, headers=headers, timeout=120)
            latencies.append(time.perf_counter() - t0)
            assert answer.status_code == 200, answer.text[:300]
            assert answer.json()["accepted"] == self.args.per_device

        start = [0.0]

        def started() -> None:
            start[0] = time.perf_counter()

        barrier = threading.Barrier(len(clients), action=started)
        with ThreadPoolExecutor(len(clients)) as pool:
            list(pool.map(run, clients))
        return latencies, time.perf_counter() - start[0]

    async def _push_from_one_loop(self, clients: list[tuple[str, bytes]]) -> tuple[list[float], float]:
        """Every device's connection on one asyncio loop: the same requests on the wire, each
        answer read and checked, for a fraction of the CPU 200 threads take."""
        host, port = "127.0.0.1", self.port
        streams = []
        for _ in clients:  # connect before the start, as a device that was already online
            reader, writer = await asyncio.open_connection(host, port)
            writer.write(f"GET /v1/health HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            status, _ = await read_answer(reader)
            assert status == 200
            streams.append((reader, writer))
        latencies: list[float] = []

        async def push(
            stream: tuple[asyncio.StreamReader, asyncio.StreamWriter], token: str, body: bytes
        ) -> None:
            reader, writer = stream
            t0 = time.perf_counter()
            writer.write(
                (
                    f"POST /v1/sync/push HTTP/1.1\r\nHost: {host}\r\nAuthorization: {token}\r\n"
                    "Content-Type: application/json\r\nContent-Encoding: gzip\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n"
                ).encode()
                + body
            )
            status, answer = await read_answer(reader)
            latencies.append(time.perf_counter() - t0)
            assert status == 200, answer[:300]
            assert json.loads(answer)["accepted"] == self.args.per_device

        start = time.perf_counter()
        await asyncio.gather(
            *(push(stream, token, body) for stream, (token, body) in zip(streams, clients, strict=True))
        )
        total = time.perf_counter() - start
        for _, writer in streams:
            writer.close()
        return latencies, total

    # -- 5. a fresh device pulls -----------------------------------------------------------------

    def pull(self) -> None:
        _, session = self.enroll("BENCH")
        start = time.perf_counter()
        cursor, got, pages = 0, 0, 0
        while True:
            answer = session.get(
                self.base + "/v1/sync/pull", params={"cursor": cursor, "limit": 1000}, timeout=60
            )
            page = answer.json()
            got += len(page["events"])
            pages += 1
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        total = time.perf_counter() - start
        rate = got / total
        print(f"5. a fresh device pulls {got:,} events ({pages} pages): {total:.2f} s, {rate:,.0f} events/s")
        assert got >= self.args.events
        # The real desktop client: pull, ingest, fold every case, save the cursor.
        users.HASHER = users.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        database = open_database(self.tmp / "desk.db")
        with database.write() as conn:
            desk_dealership.setup(
                conn,
                code="BENCH",
                name="Bench",
                admin_username="admin",
                admin_password="bench-pass-1",
                now=NOW,
            )
        tokens = FileStore(self.tmp / "tokens")
        with hq_db.writing(self.engine) as conn:
            code, _ = hq_devices.issue_enrolment(conn, dealership="BENCH", name="desk", role="clerk", now=NOW)
        client.enroll(database, self.base, code, tokens=tokens)
        start = time.perf_counter()
        result = client.sync_once(database, tokens=tokens, pull_limit=1000)
        total = time.perf_counter() - start
        assert result.ok, result
        assert result.pulled >= self.args.events, result
        print(
            f"   the desktop client pulls and applies {result.pulled:,} events (cases folded): "
            f"{total:.2f} s, {result.pulled / total:,.0f} events/s"
        )
        database.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pg",
        default=os.environ.get("PISHKHAN_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--naive", type=int, default=10_000)
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--per-device", type=int, default=100)
    parser.add_argument(
        "--client",
        choices=sorted(CLIENTS),
        default="loop",
        help="how step 4's 200 devices are simulated (the client shares the CPU with HQ)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args()
    bench = Bench(args)
    bench.start()
    try:
        print(f"HQ: {args.workers} worker process(es), PostgreSQL, loopback; {os.cpu_count()} CPU cores")
        events = bench.push_batches()
        if args.naive:
            bench.push_naive()
        bench.copy_floor(events)
        bench.push_concurrently()
        bench.pull()
    finally:
        bench.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
