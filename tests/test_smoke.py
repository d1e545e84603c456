"""The real start-up path, as `python main.py --smoke` runs it (and packaging will)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _run(tmp_path, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PISHKHAN_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run(
        [sys.executable, "main.py", "--smoke", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_smoke_demo_signs_in_paints_and_exits(tmp_path):
    done = _run(tmp_path, "--demo")
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"startup_ms=\d+\n", done.stdout), done.stdout
    assert (tmp_path / "data" / "demo.db").exists()
    # A second start on the existing demo database is the same path without filling.
    again = _run(tmp_path, "--demo")
    assert again.returncode == 0
    assert again.stdout.startswith("startup_ms=")


def test_smoke_on_a_fresh_database_paints_the_setup_wizard(tmp_path):
    done = _run(tmp_path, "--db", str(tmp_path / "fresh.db"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("startup_ms=")


def test_second_instance_gets_a_clear_message(tmp_path):
    from desktop.models.db import open_database

    path = tmp_path / "busy.db"
    holder = open_database(path)
    try:
        done = _run(tmp_path, "--db", str(path))
    finally:
        holder.close()
    assert done.returncode == 1
    assert "database_in_use" in done.stderr
