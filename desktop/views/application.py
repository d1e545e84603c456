"""The running application: one QApplication, one database, one shell window."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop import __version__, paths
from desktop.models import backup, dealership, demo, settings
from desktop.models.calendar import utcnow
from desktop.models.db import Database, open_database
from desktop.models.errors import PishkhanError
from desktop.views import crash, i18n, signin, style
from desktop.views.backup_guard import BackupGuard, recover_before_open
from desktop.views.context import AppContext
from desktop.views.main_window import Shell
from desktop.views.setup_wizard import SetupWizard
from desktop.views.worker import Progress, Runner

log = logging.getLogger("pishkhan")


class Application(QObject):
    def __init__(self, args: argparse.Namespace, started_at: float) -> None:
        super().__init__()
        self.args = args
        self.started_at = started_at
        self.shell: Shell | None = None
        self.wizard: SetupWizard | None = None
        self.db: Database | None = None

    def run(self) -> int:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        self.app = app
        app.setApplicationName("Pishkhan")
        app.setApplicationVersion(__version__)
        style.apply(app)
        crash.install()
        db_path = self.args.db or (paths.demo_database() if self.args.demo else paths.default_database())
        # Backups (issue 9): a file too damaged to open is offered its newest good backup.
        if not self.args.smoke and backup.unopenable(db_path):
            i18n.install(app, self.args.lang or "fa")
            recover_before_open(db_path)
        try:
            self.db = open_database(db_path)
        except PishkhanError as exc:
            i18n.install(app, self.args.lang or "fa")
            log.warning("cannot open the database: %s", exc.code)
            if self.args.smoke:
                print(f"error: {exc.code}", file=sys.stderr)
            else:
                QMessageBox.critical(
                    None, QCoreApplication.translate("Application", "Pishkhan"), i18n.error_text(exc)
                )
            return 1
        log.info("Pishkhan %s started on %s", __version__, db_path)
        with self.db.read() as conn:
            language = self.args.lang or settings.get(conn, "language")
            self.idle_minutes = float(settings.get(conn, "idle_lock_minutes"))
            set_up = dealership.is_set_up(conn)
        i18n.install(app, language)
        self.runner = Runner(self.db, self)
        self.ctx = AppContext(self.runner, self)
        self.ctx.language_changed.connect(self._on_ctx_language_changed)
        # Backups (issue 9): the integrity check and the daily backup, in the background.
        self.backup_guard = BackupGuard(self.ctx, lambda: self.shell)
        if not self.args.smoke:
            self.backup_guard.start()
        if set_up:
            self._open_shell()
        elif self.args.demo:
            self._fill_demo()
        else:
            self._open_wizard()
        code = app.exec()
        self.runner.shutdown()
        self.db.close()
        return int(code)

    # -- first run --------------------------------------------------------------------

    def _open_wizard(self) -> None:
        self.wizard = SetupWizard(self.ctx)
        self.wizard.completed.connect(self._on_wizard_completed)
        self.wizard.rejected.connect(self._on_wizard_rejected)
        self.wizard.language_chosen.connect(self._on_ctx_language_changed)
        self.wizard.show()
        if self.args.smoke:
            self._measure(self.wizard)

    def _on_wizard_completed(self) -> None:
        self.wizard = None
        self._open_shell()

    def _on_wizard_rejected(self) -> None:
        if self.shell is None:
            QTimer.singleShot(0, self.app.quit)

    def _fill_demo(self) -> None:
        dialog = QProgressDialog(
            QCoreApplication.translate("Application", "Preparing the demo dealership…"), "", 0, 0
        )
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle(QCoreApplication.translate("Application", "Pishkhan"))
        dialog.show()

        def run(db: Database, progress: Progress) -> None:
            demo.fill(db, utcnow(), progress=progress.update)

        def done(_result: object) -> None:
            dialog.close()
            self._open_shell()

        self.runner.database(run, done, with_progress=True)
        self._demo_dialog = dialog

    # -- the shell --------------------------------------------------------------------

    def _open_shell(self) -> None:
        if self.args.smoke and self.args.demo and not self.ctx.signed_in:
            assert self.db is not None
            self.ctx.set_session(signin.sign_in(self.db, "clerk", demo.DEMO_PASSWORD, signin.FIRST_COUNTER))
        self.shell = Shell(self.ctx, self.idle_minutes)
        self.shell.showMaximized()
        if self.args.smoke:
            self._measure(self.shell)
        # Sync with HQ (issue 7): push and pull in the background once the shell is up.
        if not self.args.smoke:
            from desktop.views import sync_service

            sync_service.service_for(self.ctx).start()

    def _measure(self, window: QWidget) -> None:
        def painted() -> None:
            elapsed = (time.time() - self.started_at) * 1000
            print(f"startup_ms={elapsed:.0f}", flush=True)
            QTimer.singleShot(0, self.app.quit)

        if isinstance(window, Shell):
            window.painted.connect(painted)
        else:
            QTimer.singleShot(0, painted)

    def _on_ctx_language_changed(self, code: str) -> None:
        i18n.install(self.app, code)
        if self.wizard is not None:
            old = self.wizard
            self.wizard = None
            old.hide()
            old.deleteLater()
            self._open_wizard()
            return
        if self.shell is not None:
            geometry = self.shell.saveGeometry()
            old_shell = self.shell
            # The idle time as the old window last knew it (Settings may have changed it).
            self.idle_minutes = old_shell.idle.limit_s / 60
            self.shell = Shell(self.ctx, self.idle_minutes)
            self.shell.restoreGeometry(geometry)
            self.shell.show()
            old_shell.hide()
            old_shell.deleteLater()
