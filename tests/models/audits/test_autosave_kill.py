"""Autosave: a real process killed with SIGKILL mid-form loses no answer it had saved."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.audits import drafts
from desktop.models.db import open_database
from tests.conftest import NOW, get_user

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("autosave_child.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killing_the_process_mid_form_loses_nothing_and_resumes_there(audit_db):
    inspector = get_user(audit_db, "inspector")
    with audit_db.write() as conn:
        draft = drafts.start_unplanned(
            conn, inspector, dealership_id="1433", dealership_name="پارس‌خودرو", form_id="showroom", now=NOW
        )
    path = audit_db.path
    audit_db.close()  # the child takes the database, as the app would

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), draft.id, "inspector"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    acknowledged: list[str] = []
    try:
        for line in child.stdout:
            acknowledged.append(line.strip())
            if line.startswith("typed 25"):
                break
        else:
            pytest.fail("the child stopped: " + child.stderr.read())
        child.send_signal(signal.SIGKILL)  # mid-keystroke: it is writing the next save now
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL

    reopened = open_database(path)  # the killed process left no lock behind
    try:
        with reopened.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            resumed = drafts.get_draft(conn, inspector, draft.id)
        with reopened.write() as conn:
            again = drafts.start_visit(conn, inspector, draft.visit_id, NOW)
    finally:
        reopened.close()
    assert resumed.answers["arrived"] == "10:05"
    assert resumed.answers["greeted"] == "yes"
    assert resumed.answers["wait"] == 6
    assert resumed.answers["courtesy"] == 4
    assert resumed.answers["test_drive"] == "no"
    typed = int(resumed.answers["remarks"].split(":")[0])
    assert typed >= 25  # every keystroke the child reported saved is there
    assert resumed.answers["remarks"] == f"{typed}:" + "ب" * typed
    assert resumed.position == "remarks"  # reopening resumes at the same place
    assert again.id == draft.id
