"""``cases receipt|history|letter`` and ``jobcards receipt``: PDFs for scripts and reprints."""

import subprocess
import sys

import pytest

from desktop.models import cases, jobcards
from tests.conftest import NOW, get_user
from tests.reports import data
from tests.reports.conftest import page_count, pdf_text


@pytest.fixture
def case_in_file(dealer_db, db_path):
    """A file database holding one responded case and one issued job card for it."""
    case = data.case(dealer_db, NOW)
    clerk = get_user(dealer_db, "clerk")
    with dealer_db.write() as conn:
        cases.respond(conn, clerk, case.id, answer="کوئل معیوب تحت گارانتی تعویض شد", method="phone", now=NOW)
        card = jobcards.open_jobcard(conn, clerk, case_id=case.id, odometer_in=1000, now=NOW)
        card = jobcards.issue_jobcard(
            conn,
            clerk,
            card.id,
            lines=[{"kind": "labour", "description": "تعویض کوئل", "quantity": "1", "unit_price": "900000"}],
            odometer_out=1002,
            now=NOW,
        )
    dealer_db.close()
    return db_path, case, card


@pytest.mark.parametrize(
    ("command", "extra"),
    [
        ("receipt", []),
        ("receipt", ["--layout", "80mm"]),
        ("history", []),
        ("letter", []),
    ],
)
def test_each_case_document_is_written(tmp_path, case_in_file, command, extra, cli):
    db_path, case, _ = case_in_file
    out = tmp_path / f"{command}.pdf"
    code, stdout, err = cli(
        "--db", str(db_path), "cases", command, case.tracking_code, "--out", str(out), *extra
    )
    assert (code, err) == (0, "")
    assert "wrote" in stdout
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "علی\u200cرضا محمدی" in text
    assert "کیفیت محصول" in text
    assert page_count(out.read_bytes()) == 1


def test_english_and_the_job_card_bill(tmp_path, case_in_file, cli):
    db_path, _, card = case_in_file
    out = tmp_path / "bill.pdf"
    code, _, err = cli(
        "--db", str(db_path), "jobcards", "receipt", card.number, "--out", str(out), "--lang", "en"
    )
    assert (code, err) == (0, "")
    text = pdf_text(out.read_bytes(), tmp_path)
    assert "Product quality" in text
    assert "990,000" in text  # 900,000 and 10% VAT


@pytest.mark.parametrize("command", ["receipt", "history", "letter"])
def test_a_missing_case_writes_nothing_and_says_so(tmp_path, case_in_file, command, cli):
    db_path, _, _ = case_in_file
    out = tmp_path / "missing.pdf"
    from desktop.models.cases import tracking

    absent = tracking.make("1420", "Q9", 77)  # well formed, of no case here
    code, _, err = cli("--db", str(db_path), "cases", command, absent, "--out", str(out))
    assert code != 0
    assert f"no case '{absent}'" in err
    code, _, err = cli("--db", str(db_path), "cases", command, "1420-ZZZZZZ", "--out", str(out))
    assert code == 2
    assert "typing error" in err  # its check character fails
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")]
    assert not out.exists()


def test_a_letter_for_a_case_without_a_response_is_refused(tmp_path, dealer_db, db_path, cli):
    case = data.case(dealer_db, NOW)
    dealer_db.close()
    out = tmp_path / "letter.pdf"
    code, _, err = cli("--db", str(db_path), "cases", "letter", case.id, "--out", str(out))
    assert code != 0
    assert "no response yet" in err
    assert not out.exists()


def test_an_existing_file_is_replaced_whole(tmp_path, case_in_file, cli):
    db_path, case, _ = case_in_file
    out = tmp_path / "receipt.pdf"
    out.write_bytes(b"old")
    code, _, _ = cli("--db", str(db_path), "cases", "receipt", case.id, "--out", str(out))
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_module_runs_as_a_program(tmp_path, case_in_file):
    db_path, case, _ = case_in_file
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--db",
            str(db_path),
            "cases",
            "receipt",
            case.tracking_code,
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


LONG_ANSWER = ("پاسخ کامل کارشناس به پرسش مشتری درباره‌ی شرایط گارانتی موتور " * 80)[:3990]


def test_a_history_with_an_answer_as_long_as_allowed_is_written(tmp_path, dealer_db, db_path, cli):
    """A 3,990-character answer used to stop the history with ReportLab's LayoutError."""
    case = data.case(dealer_db, NOW, case_type="question")
    with dealer_db.write() as conn:
        cases.resolve_at_first_contact(
            conn, get_user(dealer_db, "clerk"), case.id, answer=LONG_ANSWER, now=NOW
        )
    dealer_db.close()
    out = tmp_path / "history.pdf"
    code, _, err = cli("--db", str(db_path), "cases", "history", case.tracking_code, "--out", str(out))
    assert (code, err) == (0, "")
    assert page_count(out.read_bytes()) >= 2


def test_a_letter_with_a_response_as_long_as_allowed_is_written(tmp_path, dealer_db, db_path, cli):
    case = data.case(dealer_db, NOW)
    with dealer_db.write() as conn:
        cases.respond(
            conn, get_user(dealer_db, "clerk"), case.id, answer=LONG_ANSWER, method="phone", now=NOW
        )
    dealer_db.close()
    for command in ("history", "letter"):
        out = tmp_path / f"{command}.pdf"
        code, _, err = cli("--db", str(db_path), "cases", command, case.id, "--out", str(out))
        assert (code, err) == (0, "")
        assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "argv",
    [
        ["cases", "receipt", "1420-ABCDEF", "--out", "r.pdf"],
        ["cases", "history", "1420-ABCDEF", "--out", "h.pdf"],
        ["jobcards", "receipt", "1420-P3-00001", "--out", "b.pdf"],
        ["info", "--json"],
    ],
)
def test_a_mistyped_db_path_says_so_and_creates_nothing(tmp_path, argv, cli, monkeypatch):
    """A read-only command used to leave a migrated database and a lock file behind."""
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "nodb.sqlite"
    code, out, err = cli("--db", str(missing), *argv)
    assert code == 2
    assert out == ""
    assert f"There is no database file at {missing}" in err
    assert list(tmp_path.iterdir()) == []


def test_setup_still_creates_the_database(tmp_path, cli):
    path = tmp_path / "new.db"
    code, _, err = cli(
        "--db",
        str(path),
        "setup",
        "--dealership-code",
        "1420",
        "--dealership-name",
        "آرین",
        "--admin-user",
        "admin",
        stdin="a-long-secret\n",
    )
    assert code == 0, err
    assert path.exists()
