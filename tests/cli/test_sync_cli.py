"""``python -m desktop.cli sync ...`` as IT staff would run it against a real HQ."""

import json
import subprocess
import sys

import pytest

from desktop.models.db import open_database
from tests.sync.conftest import HQ, ROOT, Server


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hq-cli")
    server = Server(f"sqlite:///{tmp / 'hq.db'}", tmp / "hq.log")
    running = HQ(server, tmp)
    yield running
    running.close()
    server.stop()


def _cli(tmp_path, db, *args):
    env = {"PATH": "/usr/bin:/bin", "PISHKHAN_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env["PISHKHAN_TOKEN_STORE"] = "file"
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _setup(tmp_path, code):
    db = tmp_path / "counter.db"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--db",
            str(db),
            "setup",
            "--dealership-code",
            code,
            "--dealership-name",
            "Arian",
            "--admin-user",
            "admin",
        ],
        cwd=ROOT,
        input="s3cret-pass\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PISHKHAN_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return db


def test_enroll_then_sync_now_prints_what_moved(hq, tmp_path):
    code = hq.dealership()
    db = _setup(tmp_path, code)
    not_yet = _cli(tmp_path, db, "sync", "now", "--json")
    assert not_yet.returncode == 2
    assert "not connected to HQ" in not_yet.stderr
    enrolled = _cli(tmp_path, db, "sync", "enroll", "--hq", hq.url, "--code", hq.code(code))
    assert enrolled.returncode == 0, enrolled.stderr
    assert f"dealership {code}" in enrolled.stdout
    token_files = list((tmp_path / "data").glob("hq-device-*.json"))
    assert len(token_files) == 1
    assert oct(token_files[0].stat().st_mode & 0o777) == "0o600"
    now = _cli(tmp_path, db, "sync", "now", "--json")
    assert now.returncode == 0, now.stderr
    assert json.loads(now.stdout) == {"pushed": 0, "pulled": 0, "pending": 0, "refused": 0, "errors": []}
    status = json.loads(_cli(tmp_path, db, "sync", "status", "--json").stdout)
    assert status["connected"] is True
    assert status["hq_url"] == hq.url
    assert status["last_success_at"]


def test_a_used_code_is_refused_in_words(hq, tmp_path):
    code = hq.dealership()
    db = _setup(tmp_path, code)
    enrol = hq.code(code)
    assert _cli(tmp_path, db, "sync", "enroll", "--hq", hq.url, "--code", enrol).returncode == 0
    (tmp_path / "b").mkdir()
    second = _setup(tmp_path / "b", code)
    again = _cli(tmp_path / "b", second, "sync", "enroll", "--hq", hq.url, "--code", enrol)
    assert again.returncode == 2
    assert "already used" in again.stderr


def test_hq_down_exits_1_with_the_reason(hq, tmp_path):
    from tests.sync.conftest import free_port

    code = hq.dealership()
    db = _setup(tmp_path, code)
    assert _cli(tmp_path, db, "sync", "enroll", "--hq", hq.url, "--code", hq.code(code)).returncode == 0
    database = open_database(db)
    from desktop.models import syncstate

    with database.write() as conn:
        syncstate.update_state(conn, hq_url=f"http://127.0.0.1:{free_port()}")
    database.close()
    down = _cli(tmp_path, db, "sync", "now", "--json")
    assert down.returncode == 1
    assert json.loads(down.stdout)["errors"] == ["hq_unreachable"]
