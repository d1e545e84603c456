"""The real form in its own process, killed with SIGKILL mid-form: reopening loses nothing."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QRadioButton

from desktop.models.audits import drafts
from desktop.views.audit_form import AuditForm
from tests.helpers import find
from tests.views.audit_fixtures import audit_ctx_fixture, new_draft, sign_in, user  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("audit_form_child.py")

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def test_a_killed_form_resumes_with_every_saved_answer(audit_ctx, qtbot, wait):
    draft = new_draft(audit_ctx)
    path = audit_ctx.db.path
    audit_ctx.runner.wait()
    audit_ctx.db.close()  # the other process is "the app" now
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), draft.id],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    saved = []
    try:
        for line in child.stdout:
            if line.startswith("saved "):
                saved.append(line.split()[1])
            if len(saved) == 4:  # the fifth answer may be on its way: kill now
                break
        else:
            pytest.fail("the form process stopped: " + child.stderr.read())
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert saved[:4] == ["greeted", "courtesy", "test_drive", "test_drive_speed"]

    from desktop.models.db import open_database

    audit_ctx.runner.db = audit_ctx.db = reopened = open_database(path)
    try:
        sign_in(audit_ctx, "inspector")
        with reopened.read() as conn:
            resumed = drafts.get_draft(conn, user(audit_ctx, "inspector"), draft.id)
        assert resumed.answers == {
            "greeted": "yes",
            "courtesy": 5,
            "test_drive": "yes",
            "test_drive_speed": "fast",
        }
        form = AuditForm(audit_ctx, resumed)
        qtbot.addWidget(form)
        form.show()
        wait()
        assert form.current_section() == "sales"  # back where the inspector was
        assert find(form, QRadioButton, "opt_test_drive_speed_fast").isChecked()
        assert find(form, QPushButton, "opt_courtesy_5").isChecked()
    finally:
        audit_ctx.runner.wait()
        reopened.close()
