"""``kpi`` prints the figures of a range; ``report monthly|quarterly|yearly`` writes the PDF."""

import json

import pytest
from openpyxl import load_workbook

from tests.models.analytics.conftest import month_of_cases, people  # noqa: F401


@pytest.fixture
def db_file(dealer_db, db_path, month_of_cases):  # noqa: F811
    dealer_db.close()
    return str(db_path)


@pytest.mark.parametrize(
    ("first", "last"),
    [("1405/09/01", "1405/09/30"), ("2026-11-22", "2026-12-21"), ("۱۴۰۵/۰۹/۰۱", "۱۴۰۵/۰۹/۳۰")],
)
def test_kpi_json_for_azar_in_either_calendar(db_file, first, last, cli):
    code, out, _ = cli("--db", db_file, "kpi", "--from", first, "--to", last, "--json", "--user", "manager")
    assert code == 0
    data = json.loads(out)
    assert data["period"] == {"from": "2026-11-22", "to": "2026-12-21"}
    assert data["cases"] == 6
    assert data["complaints"] == 2
    assert data["fcr_rate"] == pytest.approx(1 / 6)
    assert data["first_response_seconds"] == {"count": 4, "median": 2700, "p90": 14400}
    assert data["reopen_rate"] == 0.25
    assert data["breakdown"]["channel"]["walk_in"] == 2
    assert data["happy_calls"]["reach_rate"] == 0.5
    assert data["audits"] is not None  # a manager sees own released reports (none here)
    assert data["audits"]["ranking"] == []


def test_kpi_filters_and_plain_text(db_file, cli):
    code, out, _ = cli(
        "--db", db_file, "kpi", "--from", "1405/09/01", "--to", "1405/09/30", "--category", "price"
    )
    assert code == 0
    assert "cases: 2\n" in out
    assert "fcr_rate: 0.0\n" in out


def test_kpi_writes_a_workbook(db_file, tmp_path, cli):
    target = tmp_path / "azar.xlsx"
    code, _, _ = cli(
        "--db", db_file, "kpi", "--from", "1405/09/01", "--to", "1405/09/30", "--out", str(target)
    )
    assert code == 0
    rows = {r[0]: r[1] for r in load_workbook(target).active.iter_rows(values_only=True)}
    assert rows["cases"] == 6
    assert rows["first_response_seconds.median"] == 2700


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "1405/13/01", "--to", "1405/09/30"], "does not exist"),
        (["--from", "yesterday", "--to", "1405/09/30"], "Type a date"),
        (["--from", "1405/09/30", "--to", "1405/09/01"], "ends before it starts"),
        (["--from", "1405/09/01", "--to", "1405/09/30", "--category", "weather"], "choices"),
        (["--from", "1405/09/01", "--to", "1405/09/30", "--user", "nobody"], "no active user"),
    ],
)
def test_bad_input_is_refused_with_a_message(db_file, args, words, cli):
    code, out, err = cli("--db", db_file, "kpi", *args)
    assert code == 2
    assert out == ""
    assert words in err


def test_a_clerk_cannot_read_the_figures(db_file, cli):
    code, _, err = cli(
        "--db", db_file, "kpi", "--from", "1405/09/01", "--to", "1405/09/30", "--user", "clerk"
    )
    assert code == 2
    assert "role" in err


@pytest.mark.parametrize(
    ("kind", "extra"),
    [("monthly", ["--month", "9"]), ("quarterly", ["--quarter", "3"]), ("yearly", [])],
)
def test_report_writes_a_pdf(db_file, tmp_path, kind, extra, cli):
    target = tmp_path / f"{kind}.pdf"
    code, _, err = cli("--db", db_file, "report", kind, "--year", "1405", *extra, "--out", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_report_month_13_is_refused(db_file, tmp_path, cli):
    target = tmp_path / "x.pdf"
    code, _, err = cli(
        "--db", db_file, "report", "monthly", "--year", "1405", "--month", "13", "--out", str(target)
    )
    assert code == 2
    assert "1 to 12" in err
    assert not target.exists()


def test_kpi_names_the_handlers_and_says_none_for_an_empty_code(db_file, cli):
    code, out, _ = cli("--db", db_file, "kpi", "--from", "1405/09/01", "--to", "1405/09/30", "--json")
    assert code == 0
    handlers = json.loads(out)["backlog_now"]["by_handler"]
    # C is with the supervisor; D, E and F are nobody's yet ("" in JSON).
    assert {k: (v.get("name"), v["open"]) for k, v in handlers.items()} == {
        "": (None, 3),
        "supervisor": ("supervisor کاربر", 1),
    }
    code, out, _ = cli("--db", db_file, "kpi", "--from", "1405/09/01", "--to", "1405/09/30")
    assert "breakdown.segment.none: 6\n" in out  # no case names a vehicle
    assert "backlog_now.by_handler.none.open: 3\n" in out
    assert "backlog_now.by_handler.supervisor.name: supervisor کاربر\n" in out
    assert ".: " not in out
    code, out, _ = cli("--db", db_file, "kpi", "--from", "1405/09/01", "--to", "1405/09/30", "--lang", "fa")
    assert "breakdown.segment.هیچ: 6\n" in out


def test_kpi_into_a_pipe_closed_early_ends_quietly(db_file):
    import subprocess
    import sys

    command = [sys.executable, "-m", "desktop.cli", "--db", db_file, "kpi", "--from", "1405/09/01"]
    process = subprocess.Popen(
        [*command, "--to", "1405/09/30"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.close()  # like `| head` that has read enough before the figures come
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in err
    assert b"BrokenPipeError" not in err
