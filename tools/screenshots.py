"""Screenshots of the main screens on the demo dealership, for the notes and the docs.

Usage (from the project root):
  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--db PATH] [--out docs/screenshots]

Opens the real main window offscreen at a counter PC's size (1366×768), signs in as the
demo users exactly as the sign-in screen's model call does, works the screens a little
(types a lookup, opens the intake form, a customer's 360° view, a case, the reports) and
saves each window as a PNG. The demo database is filled first when it is empty.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/pishkhan-shots/demo.db"))
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

    from desktop.models import dealership, demo
    from desktop.models.calendar import utcnow
    from desktop.models.db import open_database
    from desktop.views import i18n, signin, style
    from desktop.views.context import AppContext
    from desktop.views.main_window import Shell
    from desktop.views.worker import Runner

    app = QApplication.instance() or QApplication([])
    args.out.mkdir(parents=True, exist_ok=True)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(args.db)
    with db.read() as conn:
        ready = dealership.is_set_up(conn)
    if not ready:
        demo.fill(db, utcnow())
    style.apply(app)
    runner = Runner(db)
    ctx = AppContext(runner)

    def dispose(window: QWidget) -> None:
        """Close and delete a window on this thread now (never left to the collector)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            runner.wait()
            time.sleep(0.02)

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(args.out / f"{name}.png"))
        print("saved", args.out / f"{name}.png")

    def shell_for(username: str | None, lang: str) -> Shell:
        i18n.install(app, lang)
        if username:
            ctx.set_session(signin.sign_in(db, username, demo.DEMO_PASSWORD, signin.FIRST_COUNTER))
        elif ctx.signed_in:
            ctx.set_session(None)  # type: ignore[arg-type]
        shell = Shell(ctx, 60)
        shell.resize(*SIZE)
        shell.show()
        settle()
        return shell

    def new_dialog(before: set[QWidget]) -> QDialog | None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget not in before:
                return widget
        return None

    def shot_dialog(click: Callable[[], None], name: str) -> None:
        """Click, then save the dialog it opens (modal ones run their own loop: the grab
        is scheduled before the click) and close it."""
        from PySide6.QtCore import QTimer

        before = set(app.topLevelWidgets())
        done: list[bool] = []

        def grab() -> None:
            settle(0.8)
            dialog = new_dialog(before)
            if dialog is not None:
                save(dialog, name)
                dialog.reject()
            done.append(True)

        QTimer.singleShot(300, grab)
        click()
        while not done:
            settle(0.1)

    # Sign-in, both languages.
    for lang in ("fa", "en"):
        shell = shell_for(None, lang)
        save(shell, f"signin_{lang}")
        dispose(shell)

    # The counter: a lookup with results, the intake form, the 360° view.
    for lang in ("fa", "en"):
        shell = shell_for("clerk", lang)
        shell.workspace.open("counter")
        settle()
        lookup = shell.findChild(QLineEdit, "lookup")
        assert lookup is not None
        lookup.setText("محمد")
        settle(1.0)
        save(shell, f"counter_lookup_{lang}")
        if lang == "fa":
            shot_dialog(shell.findChild(QPushButton, "newCaseFromLookup").click, "intake_fa")
            shell.findChild(QPushButton, "open360").click()
            settle(1.0)
            save(shell, "customer360_fa")
        dispose(shell)

    # Cases: the supervisor's queue with the summons banner, a case's window and timeline.
    shell = shell_for("supervisor", "fa")
    shell.workspace.open("cases")
    settle(1.0)
    save(shell, "cases_summons_fa")
    from desktop.views.cases import CasesScreen

    screen = shell.findChildren(CasesScreen)[0]
    if screen.model.rowCount():
        index = screen.model.index(0, 0)
        shot_dialog(lambda: screen.table.doubleClicked.emit(index), "case_timeline_fa")
    dispose(shell)

    # Reports: the manager's dashboard, then the FMEA tab; the inspector's audits.
    for lang in ("fa", "en"):
        shell = shell_for("manager", lang)
        shell.workspace.open("reports")
        settle(1.5)
        save(shell, f"dashboard_{lang}")
        if lang == "fa":
            from PySide6.QtWidgets import QTabWidget

            tabs = [t for t in shell.findChildren(QTabWidget) if t.isVisible()]
            if tabs:
                tabs[0].setCurrentIndex(1)
                settle(1.0)
                save(shell, "fmea_fa")
        dispose(shell)
    shell = shell_for("inspector", "fa")
    shell.workspace.open("audits")
    settle(1.0)
    save(shell, "audits_fa")
    dispose(shell)

    runner.wait()
    runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
