"""Backups behind the scenes: the check at start, the daily backup, recovery from damage.

:class:`BackupGuard` starts a few seconds after the window appears (start-up is never slowed)
and then runs every hour, since a counter PC may stay on for days. Its first run checks the
database (``PRAGMA quick_check``) and offers the newest good backup when the check fails;
every run makes the day's backup when it is due. Both read the file (and the chosen
folder) through their own SQLite connection on the network pool, beside the database worker,
so neither the screens nor the user wait for them. :func:`recover_before_open` is for a file
too damaged to open at all, before the app starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.models import backup
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.worker import Progress

log = logging.getLogger(__name__)

START_DELAY_MS = 3_000
INTERVAL_MS = 60 * 60 * 1000


def pause_sync(ctx: AppContext) -> Callable[[], None]:
    """Stop background sync while the database is replaced; returns what starts it again.

    A sync already under way finishes first: the restore waits for its connection.
    """
    service = ctx.findChild(QObject, "syncService")
    stop, start = getattr(service, "stop", None), getattr(service, "start", None)
    if not callable(stop) or not callable(start) or not getattr(service, "started", False):
        return lambda: None  # no sync, or one that was never started: nothing to start again
    stop()
    return start  # type: ignore[no-any-return]


def finish_restore(ctx: AppContext, window: QWidget | None, done: backup.Restored) -> QMessageBox:
    """After a restore: say what happened, and sign everyone out (the users may differ now)."""
    text = QCoreApplication.translate("BackupGuard", "The backup is back in place, with %1 events.").replace(
        "%1", i18n.num(done.info.events)
    )
    if done.aside is not None:
        text += "\n" + QCoreApplication.translate(
            "BackupGuard", "The database it replaced is kept as %1."
        ).replace("%1", done.aside.name)
    text += "\n\n" + QCoreApplication.translate("BackupGuard", "Please sign in again.")
    parent = window if window is not None and shiboken6.isValid(window) else None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("BackupGuard", "Backup restored"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("restored")
    box.open()
    sign_out = getattr(parent, "sign_out", None)
    if callable(sign_out):
        sign_out()
    elif ctx.signed_in:
        ctx.set_session(None)
    ctx.changed({"restored"})
    return box


class BackupGuard(QObject):
    """The integrity check after start and the automatic daily backup, in the background.

    Signals:
        damaged: the database failed its check (SQLite's messages, a list of str).
        backed_up: the day's backup was written (a :class:`desktop.models.backup.Backup`).
    """

    damaged = Signal(object)
    backed_up = Signal(object)

    def __init__(self, ctx: AppContext, window: Callable[[], QWidget | None]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._window = window
        self._checked = False
        self._running = False
        self._warned = False
        self._offered = False
        self.notice: QMessageBox | None = None
        self._resume_sync: Callable[[], None] = lambda: None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.run)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, self, self.run)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def window(self) -> QWidget | None:
        found = self._window()
        return found if found is not None and shiboken6.isValid(found) else None

    # -- the check and the daily backup -------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """Check the database (first time only) and make today's backup if it is due."""
        if self._running:
            return
        self._running = True
        path = self.ctx.db.path
        check = not self._checked

        def job(_progress: Progress) -> tuple[list[str], backup.Backup | None]:
            if check:
                problems = backup.check(path)
                if problems:
                    return problems, None
            return [], backup.daily(path, backup.chosen_folder(path), utcnow())

        self.ctx.runner.network(job, self._on_job_done, self._on_job_failed)

    def _on_job_done(self, result: tuple[list[str], backup.Backup | None]) -> None:
        self._running = False
        self._checked = True
        problems, made = result
        if problems:
            log.error("the database fails its integrity check: %s", "; ".join(problems[:3]))
            self.damaged.emit(problems)
            self.offer_restore()
        elif made is not None:
            self.backed_up.emit(made)

    def _on_job_failed(self, error: BaseException) -> None:
        self._running = False
        if not isinstance(error, PishkhanError):
            raise error
        log.warning("automatic backup failed: %s", error.code)
        if error.code == "backup_unverified":  # the copy fails its check: so does the database
            self._checked = True
            self.damaged.emit([error.code])
            self.offer_restore()
            return
        if not self._warned:  # once per run of the app; the next try is in an hour
            self._warned = True
            self._notify(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate(
                    "BackupGuard",
                    "Today's automatic backup could not be made. Pishkhan tries again in an hour.",
                )
                + "\n\n"
                + i18n.error_text(error),
                "backupFailed",
            )

    def _notify(self, icon: QMessageBox.Icon, text: str, name: str) -> QMessageBox:
        box = QMessageBox(
            icon,
            QCoreApplication.translate("BackupGuard", "Backups"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setObjectName(name)
        box.open()
        self.notice = box
        return box

    # -- damage -------------------------------------------------------------------------------

    def offer_restore(self) -> None:
        """Look for the newest good backup and offer it (once per run of the app)."""
        if self._offered:
            return
        self._offered = True
        path = self.ctx.db.path
        self.ctx.runner.network(
            lambda _progress: backup.newest_good(backup.recovery_folders(path)), self._on_found
        )

    def _on_found(self, found: tuple[backup.Backup, backup.BackupInfo] | None) -> None:
        if found is None:
            self._notify(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate(
                    "BackupGuard",
                    "This PC's database fails its integrity check, and no sound backup of it was found."
                    " Avoid entering new work on this PC and call your IT support.",
                ),
                "damagedNoBackup",
            )
            return
        made, info = found
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("BackupGuard", "Damaged database"),
            QCoreApplication.translate(
                "BackupGuard",
                "This PC's database fails its integrity check: some of its data may be damaged."
                " Restore the newest good backup, made %1 with %2 events?",
            )
            .replace("%1", i18n.fmt_datetime(made.taken_at))
            .replace("%2", i18n.num(info.events)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window(),
        )
        box.setObjectName("offerRestore")
        box.setInformativeText(
            QCoreApplication.translate(
                "BackupGuard",
                "Work saved after that backup is lost on this PC unless HQ already has it: sync sends"
                " it back. The damaged database is kept beside the restored one; everyone is signed out.",
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("BackupGuard", "Restore")
        )
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("BackupGuard", "Not now")
        )
        box.buttonClicked.connect(lambda button: self._on_offer_clicked(box, button, made.path))
        self.notice = box
        box.open()

    def _on_offer_clicked(self, box: QMessageBox, button: QAbstractButton, path: Path) -> None:
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return

        def run(db: Database, progress: Progress) -> backup.Restored:
            return backup.restore(db, path, utcnow(), progress=progress.update)

        self._resume_sync = pause_sync(self.ctx)
        self.ctx.runner.database(
            run,
            self._on_restored,
            self._on_restore_failed,
            owner=self.window(),
            label=QCoreApplication.translate("BackupGuard", "Restoring the backup…"),
            with_progress=True,
        )

    def _on_restored(self, done: backup.Restored) -> None:
        self._resume_sync()
        finish_restore(self.ctx, self.window(), done)

    def _on_restore_failed(self, error: BaseException) -> None:
        self._resume_sync()
        if not isinstance(error, PishkhanError):
            raise error
        self._notify(QMessageBox.Icon.Critical, i18n.error_text(error), "restoreFailed")


def recover_before_open(db_path: Path) -> bool:
    """The database file cannot even be opened: offer its newest good backup.

    Modal: it runs before the app has a window. Returns whether the backup was restored.
    """
    title = QCoreApplication.translate("BackupGuard", "Pishkhan")
    found = backup.newest_good(backup.recovery_folders(db_path))
    if found is None:
        QMessageBox.critical(
            None,
            title,
            QCoreApplication.translate(
                "BackupGuard",
                "The database file %1 is damaged and no sound backup of it was found. Call your IT support.",
            ).replace("%1", str(db_path)),
        )
        return False
    made, info = found
    answer = QMessageBox.question(
        None,
        title,
        QCoreApplication.translate(
            "BackupGuard",
            "The database file is damaged and cannot be opened. Restore the newest good backup,"
            " made %1 with %2 events? The damaged file is kept beside it.",
        )
        .replace("%1", i18n.fmt_datetime(made.taken_at))
        .replace("%2", i18n.num(info.events)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        done = backup.restore_file(db_path, made.path, utcnow())
    except PishkhanError as exc:
        QMessageBox.critical(None, title, i18n.error_text(exc))
        return False
    text = QCoreApplication.translate("BackupGuard", "The backup is back in place, with %1 events.").replace(
        "%1", i18n.num(done.info.events)
    )
    if done.aside is not None:
        text += "\n" + QCoreApplication.translate(
            "BackupGuard", "The database it replaced is kept as %1."
        ).replace("%1", done.aside.name)
    QMessageBox.information(None, title, text)
    return True
