"""``customers import|export|search`` as IT staff use them."""

import csv
import json

import pytest

from desktop.models import customers, events
from desktop.models.db import open_database

HEADER = [
    "first_name",
    "last_name",
    "national_id",
    "mobile",
    "phone",
    "city",
    "address",
    "vin",
    "chassis",
    "plate",
    "model",
    "segment",
]
ROWS = [
    [
        "علي",
        "كريمي",
        "0499370899",
        "09123456789",
        "",
        "تهران",
        "",
        "NAAN01CA9KE123456",
        "",
        "12ب345-67",
        "دنا",
        "passenger",
    ],
    ["مریم", "صادقی", "0013542419", "", "", "", "", "", "", "", "", ""],
    ["رضا", "امیری", "0499370898", "", "", "", "", "", "", "", "", ""],
]


@pytest.fixture
def db_file(dealer_db, db_path):
    dealer_db.close()  # the command line opens the file itself
    return db_path


def _csv(path, rows, header=HEADER):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def _count(db_file):
    with open_database(db_file) as db, db.read() as conn:
        return customers.count_customers(conn), events.pending_count(conn)


def test_import_prints_counts_and_each_rejected_row(db_file, tmp_path, cli):
    code, out, _ = cli("--db", str(db_file), "customers", "import", _csv(tmp_path / "p.csv", ROWS))
    assert code == 3
    assert "imported 2 of 3 rows" in out
    assert "rejected row 4: National ID: The check digit does not match" in out
    assert _count(db_file)[0] == 2


def test_import_json_report_and_mapping(db_file, tmp_path, cli):
    path = _csv(tmp_path / "p.csv", [["امیر", "نوری", "0790419904"]], ["FName", "LName", "NID"])
    code, out, _ = cli(
        "--db",
        str(db_file),
        "customers",
        "import",
        path,
        "--map",
        "FName=first_name",
        "--map",
        "LName=last_name",
        "--map",
        "NID=national_id",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["customers_created"] == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["customers", "import", "missing.csv"], "no file at"),
        (["customers", "import", "{dir}/p.csv", "--map", "nonsense"], "--map takes OLD=NEW"),
        (["customers", "import", "{dir}/p.csv", "--map", "FName=shoe"], "error:"),
        (["customers", "import", "{dir}/p.csv", "--user", "ghost"], "no active user named 'ghost'"),
        (["customers", "import", "{dir}/p.ods"], "error:"),
        (["customers", "search", "علی", "--limit", "0"], "--limit"),
    ],
)
def test_bad_input_exits_non_zero_and_writes_nothing(db_file, tmp_path, argv, message, cli):
    _csv(tmp_path / "p.csv", ROWS)
    (tmp_path / "p.ods").write_bytes(b"x")
    argv = [a.replace("{dir}", str(tmp_path)) for a in argv]
    code, out, err = cli("--db", str(db_file), *argv)
    assert code != 0
    assert message in err
    assert out == ""
    assert _count(db_file) == (0, 0)


def test_clerk_may_not_import(db_file, tmp_path, cli):
    code, _, err = cli(
        "--db", str(db_file), "customers", "import", _csv(tmp_path / "p.csv", ROWS), "--user", "clerk"
    )
    assert code == 2
    assert "Your role does not allow this" in err


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export(db_file, tmp_path, suffix, cli):
    cli("--db", str(db_file), "customers", "import", _csv(tmp_path / "p.csv", ROWS))
    out_file = tmp_path / f"all{suffix}"
    code, out, _ = cli("--db", str(db_file), "customers", "export", str(out_file))
    assert code == 0
    assert out.startswith("exported 2 rows")
    assert out_file.stat().st_size > 0


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("0499370899", "علی کریمی"),
        ("+989123456789", "علی کریمی"),
        ("123456", "علی کریمی"),
        ("صادق", "مریم صادقی"),
    ],
)
def test_search_json(db_file, tmp_path, query, name, cli):
    cli("--db", str(db_file), "customers", "import", _csv(tmp_path / "p.csv", ROWS))
    code, out, _ = cli("--db", str(db_file), "customers", "search", query, "--json")
    assert code == 0
    found = json.loads(out)
    assert found[0]["name"] == name
    assert set(found[0]) >= {"id", "name", "national_id", "mobile", "vehicles"}
    if name == "علی کریمی":
        assert found[0]["vehicles"][0]["vin"] == "NAAN01CA9KE123456"


def test_search_finds_nothing(db_file, cli):
    code, out, _ = cli("--db", str(db_file), "customers", "search", "ناشناس", "--json")
    assert (code, json.loads(out)) == (0, [])
