"""Two HQ processes against one PostgreSQL at once: every event lands once, every feed is whole."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from sync import client
from tests.sync.conftest import HQ, Server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_two_hq_processes_share_one_postgresql(pg_url, tmp_path):
    first = HQ(Server(pg_url, tmp_path / "hq1.log"), tmp_path)
    second = Server(pg_url, tmp_path / "hq2.log")
    try:
        a, b = first.dealership(), first.dealership()
        devices = [first.new_device(a if n % 2 else b) for n in range(8)]
        made: dict[str, object] = {}
        for device in devices:
            for n in range(60):
                event = device.append("case", f"c{n % 7}-{device.device_id}", "note_added", {"n": n})
                made[event.event_id] = event

        def run(index_round):
            index, rounds = index_round
            device = devices[index]
            for r in range(rounds):
                url = (first.url, second.base)[(index + r) % 2]
                result = client.sync_once(
                    device.db,
                    transport=client.HttpTransport(url),
                    tokens=device.tokens,
                    now=device.now,
                    push_limit=25,
                    pull_limit=40,
                )
                assert result.ok, result.errors

        with ThreadPoolExecutor(len(devices)) as pool:
            list(pool.map(run, [(i, 3) for i in range(len(devices))]))
        with ThreadPoolExecutor(len(devices)) as pool:
            list(pool.map(run, [(i, 1) for i in range(len(devices))]))
        at_hq = first.events()
        assert set(made) <= set(at_hq)
        assert len(at_hq) == len(made)
        seqs = [e["server_seq"] for e in at_hq.values()]
        assert len(set(seqs)) == len(seqs)
        for device in devices:
            assert device.pending() == 0
            expected = {i for i, e in made.items() if e.dealership_id == device.dealership}
            assert set(device.stored()) == expected
    finally:
        first.close()
        first.server.stop()
        second.stop()
