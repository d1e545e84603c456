"""Run by test_autosave_kill in a separate process: fill a draft until killed.

argv: DB_PATH DRAFT_ID USERNAME. Prints one line per committed save, then keeps
"typing" a remark (a save per keystroke) until the parent kills it with SIGKILL.
"""

from __future__ import annotations

import itertools
import sys

from desktop.models import users
from desktop.models.audits import drafts
from desktop.models.calendar import utcnow
from desktop.models.db import open_database

ANSWERS = [("arrived", "10:05"), ("greeted", "yes"), ("wait", 6), ("courtesy", 4), ("test_drive", "no")]


def main(path: str, draft_id: str, username: str) -> None:
    db = open_database(path)
    with db.read() as conn:
        inspector = users.find_user(conn, username)
    assert inspector is not None
    for name, value in ANSWERS:
        with db.write() as conn:
            drafts.save_answer(conn, inspector, draft_id, name, value, utcnow())
        print(f"saved {name}", flush=True)
    text = ""
    for n in itertools.count(1):
        text += "ب"
        with db.write() as conn:
            drafts.save_answer(conn, inspector, draft_id, "remarks", f"{n}:{text}", utcnow())
        print(f"typed {n}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
