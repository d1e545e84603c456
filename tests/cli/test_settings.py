"""``settings list|get|set`` and the readable ``info``: as IT staff use them on a counter PC."""

import json

import pytest

from desktop.cli.settings import RULES
from desktop.models import settings


@pytest.fixture
def db_arg(dealer_db):
    path = str(dealer_db.path)
    dealer_db.close()
    return path


def test_every_setting_has_a_rule():
    assert set(RULES) == set(settings.DEFAULTS)


def test_list_shows_every_setting_one_per_line(db_arg, cli):
    code, out, _ = cli("--db", db_arg, "settings", "list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(settings.DEFAULTS)
    assert any(line.split()[:2] == ["idle_lock_minutes", "5"] and "(default)" in line for line in lines)
    code, out, _ = cli("--db", db_arg, "settings", "list", "--json")
    assert json.loads(out)["idle_lock_minutes"] == 5


def test_set_then_get(db_arg, cli):
    code, out, _ = cli("--db", db_arg, "settings", "set", "idle_lock_minutes", "۳")
    assert code == 0
    assert "idle_lock_minutes = 3 (by admin)" in out
    assert cli("--db", db_arg, "settings", "get", "idle_lock_minutes")[1] == "3\n"
    cli("--db", db_arg, "settings", "set", "thermal_printer", "NETWORK:192.168.1.50")
    assert cli("--db", db_arg, "settings", "get", "thermal_printer")[1] == "network:192.168.1.50:9100\n"
    cli("--db", db_arg, "settings", "set", "vat_rate_percent", "9.5")
    assert cli("--db", db_arg, "settings", "get", "vat_rate_percent", "--json")[1] == "9.5\n"
    code, out, _ = cli("--db", db_arg, "settings", "list")
    assert "idle_lock_minutes" in out
    assert "(default)" not in next(line for line in out.splitlines() if line.startswith("idle_lock_minutes"))


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("idle_lock_minutes", "0", "out of range: 1 to 120"),
        ("idle_lock_minutes", "five", "not a whole number"),
        ("language", "de", "not one of: fa, en"),
        ("receipt_layout", "a4", "not one of"),
        ("vat_rate_percent", "150", "error:"),
        ("thermal_printer", "lpt1", "error:"),
        ("thermal_width_dots", "500", "error:"),
        ("sync_interval_seconds", "1", "out of range"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_written(db_arg, cli, key, value, says):
    before = cli("--db", db_arg, "settings", "list", "--json")[1]
    code, _, err = cli("--db", db_arg, "settings", "set", key, value)
    assert code == 2
    assert says in err
    assert cli("--db", db_arg, "settings", "list", "--json")[1] == before


def test_unknown_key_is_refused(db_arg, cli):
    with pytest.raises(SystemExit) as exit_:
        cli("--db", db_arg, "settings", "set", "colour", "red")
    assert exit_.value.code == 2


def test_set_needs_a_user_who_manages_settings(db_arg, cli):
    code, _, err = cli("--db", db_arg, "settings", "set", "idle_lock_minutes", "3", "--user", "clerk")
    assert code == 2
    assert err.startswith("error:")
    assert cli("--db", db_arg, "settings", "get", "idle_lock_minutes")[1] == "5\n"
    code, _out, _ = cli("--db", db_arg, "settings", "set", "idle_lock_minutes", "3", "--user", "admin")
    assert code == 0


def test_info_prints_readable_lines(db_arg, cli):
    code, out, _ = cli("--db", db_arg, "info")
    assert code == 0
    assert "{" not in out
    assert "'" not in out
    lines = dict(line.split(":", 1) for line in out.splitlines())
    assert set(lines) == {"dealership", "this device", "waiting for HQ", "database schema"}
    assert "(id " in lines["dealership"]
    assert lines["waiting for HQ"].strip().endswith("change(s)")
