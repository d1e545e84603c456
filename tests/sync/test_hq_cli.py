"""``python -m sync.hq``: the administrator's commands, as IT staff would type them."""

import json
import subprocess
import sys

import pytest

from sync.hq import settings
from sync.hq.cli import build_parser
from tests.sync.conftest import ROOT


def _run(tmp_path, *args, stdin=""):
    env = {"PATH": "/usr/bin:/bin", "PISHKHAN_HQ_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-m", "sync.hq", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_administrators_day(tmp_path):
    made = _run(tmp_path, "create-dealership", "--code", "۱۴۲۰", "--name", "آرین خودرو")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["code"] == "1420"
    assert (tmp_path / "hq.db").exists()  # the default: a SQLite file in HQ's data folder
    issued = _run(tmp_path, "enroll-device", "--dealership", "1420", "--name", "Counter 1")
    assert issued.returncode == 0, issued.stderr
    answer = json.loads(issued.stdout)
    assert set(answer) == {"code", "expires_at"}
    assert len(answer["code"]) == 14
    user = _run(
        tmp_path,
        "add-user",
        "--dealership",
        "1420",
        "--username",
        "clerk3",
        "--role",
        "clerk",
        stdin="s3cret-pass\n",
    )
    assert user.returncode == 0, user.stderr
    published = _run(
        tmp_path,
        "publish",
        "-",
        stdin='{"kind":"counter","scope":"dealership:1420","key":"4","body":{"name":""}}',
    )
    assert published.returncode == 0, published.stderr
    assert json.loads(published.stdout)[0]["version"] == 1
    listed = _run(tmp_path, "list-devices", "--json")
    assert json.loads(listed.stdout) == []
    epoch = _run(tmp_path, "new-epoch")
    assert epoch.returncode == 0
    assert "new server epoch" in epoch.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["create-dealership", "--code", "x", "--name", "N"], "not a dealership code"),
        (["enroll-device", "--dealership", "9999", "--name", "PC"], "unknown dealership"),
        (["revoke-device", "0192f000-0000-7000-8000-000000000000"], "no device"),
        (["add-user", "--dealership", "9999", "--username", "u"], "unknown dealership"),
    ],
)
def test_bad_input_says_why_and_exits_non_zero(tmp_path, args, message):
    done = _run(tmp_path, *args, stdin="s3cret-pass\n")
    assert done.returncode == 2
    assert message in done.stderr


def test_every_command_has_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.choices and isinstance(a.choices, dict))
    for name in ("serve", "create-dealership", "enroll-device", "revoke-device", "list-devices"):
        assert "example" in (sub.choices[name].epilog or ""), name


def test_production_refuses_unsafe_defaults(monkeypatch):
    monkeypatch.setenv("PISHKHAN_HQ_ENVIRONMENT", "production")
    monkeypatch.delenv("PISHKHAN_HQ_DATABASE_URL", raising=False)
    with pytest.raises(ValueError, match="PostgreSQL"):
        settings.HQSettings()
    monkeypatch.setenv("PISHKHAN_HQ_DATABASE_URL", "sqlite:////tmp/x.db")
    with pytest.raises(ValueError, match="PostgreSQL"):
        settings.HQSettings()
    monkeypatch.setenv("PISHKHAN_HQ_DATABASE_URL", "postgresql+psycopg://hq@db/hq")
    monkeypatch.setenv("PISHKHAN_HQ_DEBUG", "1")
    with pytest.raises(ValueError, match="debug"):
        settings.HQSettings()
    monkeypatch.setenv("PISHKHAN_HQ_DEBUG", "0")
    assert settings.HQSettings().url.startswith("postgresql")
