"""Run by test_audit_form_kill in its own process: the real form, answered until killed.

argv: DB_PATH DRAFT_ID. Answers questions through the widgets as an inspector would,
prints a line each time the form reports an answer saved, then waits to be killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QRadioButton

from desktop.models import dealership, events, users
from desktop.models.audits import drafts
from desktop.models.db import open_database
from desktop.models.session import Session
from desktop.views import i18n, style
from desktop.views.audit_form import AuditForm
from desktop.views.context import AppContext
from desktop.views.worker import Runner
from tests.helpers import type_text


def main(path: str, draft_id: str) -> None:
    app = QApplication(sys.argv[:1])
    style.apply(app)
    i18n.install(app, "fa")
    db = open_database(path)
    with db.read() as conn:
        user = users.find_user(conn, "inspector")
        assert user is not None
        session = Session(user, dealership.get_dealership(conn), events.this_device(conn))
        draft = drafts.get_draft(conn, user, draft_id)
    ctx = AppContext(Runner(db))
    ctx.set_session(session)
    form = AuditForm(ctx, draft)
    form.show()
    form.saved.connect(lambda name: print(f"saved {name}", flush=True))
    steps = [
        lambda: form.findChild(QRadioButton, "opt_greeted_yes").click(),
        lambda: form.go_to("courtesy"),
        lambda: type_text(form.cards["courtesy"], "۵"),
        lambda: form.findChild(QRadioButton, "opt_test_drive_yes").click(),
        lambda: form.findChild(QRadioButton, "opt_test_drive_speed_fast").click(),
    ]

    def next_step() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(50, next_step)
        else:
            print("idle", flush=True)

    QTimer.singleShot(0, next_step)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
