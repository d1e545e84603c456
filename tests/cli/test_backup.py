"""``backup`` and ``restore`` on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models import backup, events
from desktop.models.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def add_event(db, now, note: str) -> str:
    with db.write() as conn:
        return events.append(
            conn, stream="probe", stream_id="p1", kind="noted", payload={"note": note}, actor_id="a", now=now
        ).event_id


def event_ids(path: Path) -> set[str]:
    with open_database(path) as db, db.read() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT event_id FROM events")}


def test_backup_works_while_the_app_has_the_database_open(dealer_db, tmp_path, cli):
    code, out, err = cli("--db", str(dealer_db.path), "backup", "--to", str(tmp_path / "usb"), "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["kind"] == "manual"
    assert backup.verify(Path(made["path"])).dealership_id == "1420"
    assert Path(made["path"]).parent == tmp_path / "usb"


def test_backup_goes_to_the_folder_chosen_in_settings(dealer_db, tmp_path, cli):
    from tests.conftest import get_user

    backup.set_folder(dealer_db, get_user(dealer_db, "admin"), str(tmp_path / "chosen"))
    code, out, _ = cli("--db", str(dealer_db.path), "backup")
    assert code == 0
    assert "backed up to " + str(tmp_path / "chosen") in out
    code, out, _ = cli("--db", str(dealer_db.path), "backup", "--list", "--json")
    listed = json.loads(out)
    assert listed["folder"] == str(tmp_path / "chosen")
    assert [b["kind"] for b in listed["backups"]] == ["manual"]


def test_backup_of_a_missing_database_says_so_and_creates_nothing(tmp_path, cli):
    code, _, err = cli("--db", str(tmp_path / "none.db"), "backup")
    assert code == 2
    assert "no database at" in err
    assert not (tmp_path / "none.db").exists()
    assert not (tmp_path / "backups").exists()


def test_restore_round_trip(dealer_db, tmp_path, now, cli):
    kept = add_event(dealer_db, now, "before")
    path = dealer_db.path
    code, out, _ = cli("--db", str(path), "backup", "--to", str(tmp_path / "usb"), "--json")
    made = json.loads(out)["path"]
    lost = add_event(dealer_db, now, "after")
    # Refused while the app holds the database; nothing is touched.
    code, _, err = cli("--db", str(path), "restore", made)
    assert code == 2
    assert "already open" in err
    dealer_db.close()
    code, out, err = cli("--db", str(path), "restore", made, "--json")
    assert code == 0, err
    done = json.loads(out)
    ids = event_ids(path)
    assert kept in ids
    assert lost not in ids
    assert lost in event_ids(Path(done["replaced_kept_as"]))


@pytest.mark.parametrize(
    ("content", "message"), [(b"garbage, not a database", "damaged"), (None, "not found")]
)
def test_restore_refuses_a_bad_file_and_changes_nothing(dealer_db, tmp_path, content, message, cli):
    bad = tmp_path / "bad.db"
    if content is not None:
        bad.write_bytes(content)
    dealer_db.close()
    before = event_ids(dealer_db.path)
    code, _, err = cli("--db", str(dealer_db.path), "restore", str(bad))
    assert code == 2
    assert message in err
    assert event_ids(dealer_db.path) == before
    assert not list(dealer_db.path.parent.glob("*.replaced-*"))


def test_help_shows_examples():
    for command in ("backup", "restore"):
        done = subprocess.run(
            [sys.executable, "-m", "desktop.cli", command, "--help"], capture_output=True, text=True, cwd=ROOT
        )
        assert done.returncode == 0
        assert "example" in done.stdout
