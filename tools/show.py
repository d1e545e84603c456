"""Open the app signed in on a given screen, for screenshots and manual checks.

Usage (from the project root):
  python tools/show.py [--db PATH] [--user clerk] [--screen counter] [--lang fa|en]
  ../shared/tools/screenshot.sh /tmp/counter.png 12 -- .venv/bin/python tools/show.py --screen counter

Uses the demo database (filled on first use) unless --db is given; signs in with the
demo password, exactly as a person would through the sign-in screen's model call.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path)
    parser.add_argument("--user", default="clerk")
    parser.add_argument("--screen", default="counter")
    parser.add_argument("--lang", choices=("fa", "en"))
    args = parser.parse_args()

    from PySide6.QtCore import QTimer

    from desktop import paths
    from desktop.models import dealership, demo
    from desktop.models.calendar import utcnow
    from desktop.models.db import open_database
    from desktop.views import application, signin

    path = args.db or paths.demo_database()
    db = open_database(path)
    with db.read() as conn:
        ready = dealership.is_set_up(conn)
    if not ready:
        demo.fill(db, utcnow())
    session = signin.sign_in(db, args.user, demo.DEMO_PASSWORD, signin.FIRST_COUNTER)
    db.close()

    app_args = argparse.Namespace(db=path, demo=True, lang=args.lang, smoke=False)
    runner = application.Application(app_args, started_at=0.0)
    original = runner._open_shell

    def open_signed_in() -> None:
        runner.ctx.set_session(session)
        original()
        assert runner.shell is not None
        QTimer.singleShot(0, lambda: runner.shell.workspace.open(args.screen))  # type: ignore[union-attr]

    runner._open_shell = open_signed_in  # type: ignore[method-assign]
    return runner.run()


if __name__ == "__main__":
    raise SystemExit(main())
