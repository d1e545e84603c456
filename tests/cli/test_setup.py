import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import dealership, users
from desktop.models.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def test_setup_reads_the_password_from_stdin(tmp_path, cli):
    path = tmp_path / "pc.db"
    code, out, _ = cli(
        "--db",
        str(path),
        "setup",
        "--dealership-code",
        "1420",
        "--dealership-name",
        "آرین",
        "--admin-user",
        "Admin",
        "--city",
        "تهران",
        stdin="a-long-secret\n",
    )
    assert code == 0, out
    db = open_database(path)
    with db.read() as conn:
        assert dealership.get_dealership(conn).city == "تهران"
        assert (
            users.authenticate(
                conn,
                "admin",
                "a-long-secret",
                __import__("datetime").datetime.now(__import__("datetime").UTC),
            ).role
            == "admin"
        )
    db.close()


def test_setup_refuses_bad_input_and_writes_nothing(tmp_path, cli):
    path = tmp_path / "pc.db"
    code, _, err = cli(
        "--db",
        str(path),
        "setup",
        "--dealership-code",
        "14 20!",
        "--dealership-name",
        "x",
        "--admin-user",
        "a",
        stdin="a-long-secret\n",
    )
    assert code == 2
    assert "Dealership code" in err
    db = open_database(path)
    with db.read() as conn:
        assert not dealership.is_set_up(conn)
    db.close()


def test_short_password_is_refused(tmp_path, cli):
    code, _, err = cli(
        "--db",
        str(tmp_path / "x.db"),
        "setup",
        "--dealership-code",
        "1420",
        "--dealership-name",
        "x",
        "--admin-user",
        "a",
        stdin="short\n",
    )
    assert code == 2
    assert "at least 8" in err


def test_commands_refuse_a_database_without_dealership(tmp_path, cli):
    open_database(tmp_path / "empty.db").close()
    code, _, err = cli("--db", str(tmp_path / "empty.db"), "info", "--json")
    assert code == 2
    assert "no dealership" in err


def test_info_json(dealer_db, cli):
    path = dealer_db.path
    dealer_db.close()
    code, out, _ = cli("--db", str(path), "info", "--json")
    assert code == 0
    assert json.loads(out)["dealership"]["id"] == "1420"


def test_password_never_in_argv():
    text = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "setup", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert "--password" not in text
    assert "standard input" in text


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_main_help_and_version_need_no_display(flag):
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "xcb", "DISPLAY": ""}
    done = subprocess.run(
        [sys.executable, "main.py", flag], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "Pishkhan" in done.stdout or "pishkhan" in done.stdout
