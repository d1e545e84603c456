"""``cases register|show|list`` for integrations."""

import json
from pathlib import Path

import pytest

from desktop.models import cases, customers
from desktop.models.db import open_database
from tests.conftest import NOW, get_user


@pytest.fixture
def db_file(dealer_db, db_path):
    clerk = get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        person = customers.create_customer(
            conn, clerk, {"first_name": "علی", "last_name": "کریمی", "national_id": "0499370899"}, now=NOW
        )
        customers.add_vehicle(conn, clerk, person.id, {"vin": "NAAN01CA9KE123456"}, now=NOW)
    dealer_db.close()
    return db_path


def _request(tmp_path, **values):
    body = {
        "national_id": "۰۴۹۹۳۷۰۸۹۹",
        "channel": "phone",
        "type": "complaint",
        "category": "warranty",
        "description": "تعویض قطعه در دوره گارانتی انجام نشده است",
        **values,
    }
    path = tmp_path / "case.json"
    path.write_text(
        json.dumps({k: v for k, v in body.items() if v is not None}, ensure_ascii=False), encoding="utf-8"
    )
    return str(path)


def _cases(db_file):
    with open_database(db_file) as db, db.read() as conn:
        return cases.list_cases(conn)


def test_register_show_and_list(db_file, tmp_path, cli):
    code, out, _ = cli(
        "--db",
        str(db_file),
        "cases",
        "register",
        "--json",
        _request(tmp_path, vin="123456NAAN01CA9KE"[6:] + "123456", priority="high", remedy="تعویض گیربکس"),
    )
    assert code == 0, out
    case = json.loads(out)
    assert case["status"] == "registered"
    assert case["priority"] == "high"
    assert case["vehicle_id"]
    assert case["tracking_code"].startswith("1420-")
    code, out, _ = cli("--db", str(db_file), "cases", "show", case["tracking_code"].lower(), "--json")
    shown = json.loads(out)
    assert (code, shown["id"], shown["customer"]["national_id"]) == (0, case["id"], "0499370899")
    assert [e["kind"] for e in shown["events"]] == ["registered"]
    code, out, _ = cli("--db", str(db_file), "cases", "list", "--json")
    assert json.loads(out) == [
        {
            "id": case["id"],
            "tracking_code": case["tracking_code"],
            "status": "registered",
            "national_id": "0499370899",
            "customer_id": case["customer_id"],
            "type": "complaint",
            "category": "warranty",
            "priority": "high",
            "registered_at": case["registered_at"],
        }
    ]


def test_a_question_answered_at_once_is_closed(db_file, tmp_path, cli):
    path = _request(tmp_path, type="question", answer="بله، تا پایان سال معتبر است", satisfaction=4)
    code, out, _ = cli("--db", str(db_file), "cases", "register", "--json", path)
    assert code == 0
    assert (json.loads(out)["status"], json.loads(out)["resolution"]) == ("closed", "resolved_first_contact")


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"channel": "pigeon"}, "Channel"),
        ({"type": None}, "missing keys: type"),
        ({"category": "weather"}, "Category"),
        ({"priority": "asap"}, "Priority"),
        ({"national_id": "0499370898"}, "National ID"),
        ({"national_id": "0013542419"}, "no customer with national ID"),
        ({"vin": "NAAN01CA9KE999999"}, "no vehicle"),
        ({"colour": "red"}, "unknown keys: colour"),
        ({"description": "  "}, "missing keys: description"),
        ({"national_id": None}, "give national_id or customer_id"),
        ({"answer": "بله"}, "error:"),
        ({"type": "question", "answer": "بله", "satisfaction": "high"}, "satisfaction"),
    ],
)
def test_bad_requests_exit_non_zero_and_write_nothing(db_file, tmp_path, values, message, cli):
    code, out, err = cli("--db", str(db_file), "cases", "register", "--json", _request(tmp_path, **values))
    assert code != 0
    assert message.lower() in err.lower()
    assert out == ""
    assert _cases(db_file) == []


def test_not_json_and_unknown_case(db_file, tmp_path, cli):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    code, _, err = cli("--db", str(db_file), "cases", "register", "--json", str(bad))
    assert code == 2
    assert "not JSON" in err
    # A code whose check character fails is a typing error, told as such ...
    code, _, err = cli("--db", str(db_file), "cases", "show", "1420-XXXXXX", "--json")
    assert code == 2
    assert "typing error" in err
    # ... a well-formed code of no case here is simply not found.
    from desktop.models.cases import tracking

    code, _, err = cli("--db", str(db_file), "cases", "show", tracking.make("1420", "Q9", 77), "--json")
    assert code != 0
    assert "Not found" in err


def test_register_reads_stdin(db_file, tmp_path, cli):
    body = Path(_request(tmp_path)).read_text(encoding="utf-8")
    code, out, _ = cli("--db", str(db_file), "cases", "register", "--json", "-", stdin=body)
    assert code == 0
    assert json.loads(out)["status"] == "registered"


AUTHORITY = {"name": "سازمان حمایت مصرف‌کنندگان", "letter_no": "۱۲/۳۴۵", "letter_date": "1405/09/01"}
DUE = AUTHORITY | {"due_date": "1405/09/10"}


def test_an_authority_referral_carries_its_letter(db_file, tmp_path, cli):
    body = {"channel": "authority", "authority": AUTHORITY | {"due_date": "۱۴۰۵/۰۹/۱۰"}}
    code, out, err = cli("--db", str(db_file), "cases", "register", "--json", _request(tmp_path, **body))
    assert code == 0, err
    case = json.loads(out)
    assert case["authority"] == {
        "name": "سازمان حمایت مصرف‌کنندگان",
        "letter_no": "12/345",
        "letter_date": "2026-11-22",
        "due_date": "2026-12-01",
    }
    code, out, _ = cli("--db", str(db_file), "cases", "show", case["id"], "--json")
    assert json.loads(out)["events"][0]["payload"]["authority"]["letter_no"] == "12/345"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"channel": "authority"}, "needs authority"),
        ({"channel": "authority", "authority": "سازمان"}, "authority must be an object"),
        (
            {"channel": "authority", "authority": DUE | {"x": 1}},
            "unknown keys",
        ),
        ({"channel": "phone", "authority": DUE}, "only for the channel"),
        ({"channel": "authority", "authority": AUTHORITY}, "Due date"),
        ({"channel": "authority", "authority": AUTHORITY | {"due_date": "1405/08/01"}}, "Due date"),
        ({"channel": "authority", "authority": DUE | {"name": ""}}, "name"),
    ],
)
def test_bad_authority_referrals_write_nothing(db_file, tmp_path, values, message, cli):
    code, out, err = cli("--db", str(db_file), "cases", "register", "--json", _request(tmp_path, **values))
    assert code != 0
    assert message.lower() in err.lower()
    assert out == ""
    assert _cases(db_file) == []


def test_the_help_documents_the_authority_keys(capsys):
    from desktop.cli.__main__ import main

    with pytest.raises(SystemExit) as done:
        main(["cases", "register", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for key in ("authority", "letter_no", "letter_date", "due_date"):
        assert key in out
