"""Settings → Backups: where backups go, the backups there, "Back up now" and "Restore…".

The work runs on the database worker (a restore must: it closes and reopens the database's
connections there); progress comes back to an inline progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import backup
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.backup_guard import finish_restore, pause_sync
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel
from desktop.views.worker import Handle, Progress


def _nothing() -> None:
    pass


def size_text(size: int) -> str:
    """A file size for people: KB below a megabyte, else MB with one decimal."""
    if size < 1024 * 1024:
        return i18n.num(max(1, round(size / 1024))) + " " + QCoreApplication.translate("BackupPage", "KB")
    return i18n.num(size / (1024 * 1024), 1) + " " + QCoreApplication.translate("BackupPage", "MB")


class BackupPage(QWidget):
    """The backup folder, the backups in it, and the two actions (administrators)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._backups: list[backup.Backup] = []
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pishkhan backs up this PC's database every day while it runs and keeps the last"
                " 7 days and 4 weeks. Backups made by hand or before an upgrade stay until you"
                " delete them. A folder on a USB stick or another disk also survives a broken PC."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        outer.addWidget(intro)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Backup folder")))
        self.folder = QLineEdit()
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        row.addWidget(self.folder, 1)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("chooseFolder")
        self.choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.choose)
        self.default = QPushButton(self.tr("Use the default"))
        self.default.setObjectName("defaultFolder")
        self.default.clicked.connect(self._on_default_clicked)
        row.addWidget(self.default)
        outer.addLayout(row)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_table_itemSelectionChanged)
        outer.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("backupSummary")
        outer.addWidget(self.summary)

        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.hide()
        outer.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.error = ErrorLabel()
        outer.addWidget(self.error)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.restore_file = QPushButton(self.tr("Restore from a file…"))
        self.restore_file.setObjectName("restoreFile")
        self.restore_file.clicked.connect(self._on_restore_file_clicked)
        self.restore = QPushButton(self.tr("Restore…"))
        self.restore.setObjectName("restoreSelected")
        self.restore.setEnabled(False)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.back_up = QPushButton(self.tr("Back up now"))
        self.back_up.setObjectName("backUpNow")
        self.back_up.setDefault(True)
        self.back_up.clicked.connect(self._on_back_up_clicked)
        for button in (self.restore_file, self.restore, self.back_up):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.confirm: QMessageBox | None = None
        self._resume_sync: Callable[[], None] = _nothing
        self.refresh()

    # -- the list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        def read(db: Database) -> tuple[Path, list[backup.Backup]]:
            target = backup.backup_folder(db)
            return target, backup.list_backups(target)

        self.ctx.runner.database(read, self._on_loaded, self._on_failed, owner=self)

    def _on_loaded(self, data: tuple[Path, list[backup.Backup]]) -> None:
        target, self._backups = data
        self.folder.setText(str(target))
        self.table.setRowCount(len(self._backups))
        for index, item in enumerate(self._backups):
            cells = (
                i18n.fmt_datetime(item.taken_at),
                i18n.label("backup_kind", item.kind),
                size_text(item.size),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item.path.name)
                self.table.setItem(index, column, cell)
        if self._backups:
            self.summary.setText(
                self.tr("%1 backups here; the newest was made %2.")
                .replace("%1", i18n.num(len(self._backups)))
                .replace("%2", i18n.fmt_datetime(self._backups[0].taken_at))
            )
        else:
            self.summary.setText(self.tr("No backups in this folder yet."))
        self._on_table_itemSelectionChanged()

    def selected(self) -> backup.Backup | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._backups[min(rows)] if rows else None

    @Slot()
    def _on_table_itemSelectionChanged(self) -> None:
        self.restore.setEnabled(self.selected() is not None and not self._busy())

    # -- the folder -------------------------------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.set_folder(chosen)

    @Slot()
    def _on_default_clicked(self) -> None:
        self.set_folder("")

    def set_folder(self, path: str) -> None:
        """Save ``path`` (empty: the default folder) as where backups go."""
        actor = self.ctx.session.actor
        self.ctx.runner.database(
            lambda db: backup.set_folder(db, actor, path), self._on_folder_saved, self._on_failed, owner=self
        )

    def _on_folder_saved(self, _target: Path) -> None:
        self.error.clear_error()
        self.status.setText(self.tr("Saved. New backups go to this folder."))
        self.refresh()

    # -- back up now ------------------------------------------------------------------------

    def _busy(self) -> bool:
        return self.progress.isVisible()

    def _start(self, text: str) -> None:
        self.error.clear_error()
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        for button in (self.back_up, self.restore, self.restore_file, self.choose, self.default):
            button.setEnabled(False)

    def _stop(self) -> None:
        self.progress.hide()
        for button in (self.back_up, self.restore_file, self.choose, self.default):
            button.setEnabled(True)
        self._on_table_itemSelectionChanged()

    def _follow(self, handle: Handle) -> None:
        handle.relay.progressed.connect(self._on_progressed)

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot()
    def _on_back_up_clicked(self) -> None:
        actor = self.ctx.session.actor
        self._start(self.tr("Backing up…"))

        def run(db: Database, progress: Progress) -> backup.Backup:
            return backup.back_up(db, utcnow(), actor=actor, progress=progress.update)

        self._follow(
            self.ctx.runner.database(run, self._on_backed_up, self._on_failed, owner=self, with_progress=True)
        )

    def _on_backed_up(self, made: backup.Backup) -> None:
        self._stop()
        self.status.setText(
            self.tr("Backed up and verified: %1 (%2).")
            .replace("%1", made.path.name)
            .replace("%2", size_text(made.size))
        )
        self.refresh()

    # -- restore ----------------------------------------------------------------------------

    @Slot()
    def _on_restore_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self.ask_restore(item.path, i18n.fmt_datetime(item.taken_at))

    @Slot()
    def _on_restore_file_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            self.folder.text(),
            self.tr("Pishkhan backups (*.db);;All files (*)"),
        )
        if chosen:
            self.ask_restore(Path(chosen), Path(chosen).name)

    def ask_restore(self, path: Path, what: str) -> QMessageBox:
        """Ask before replacing the database with ``path`` (described to the user as ``what``)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr("Replace this PC's database with the backup of %1?").replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRestore")
        box.setInformativeText(
            self.tr(
                "Work saved on this PC after that backup is lost here, unless HQ already has it:"
                " sync sends it back. The current database is kept beside it, and everyone is"
                " signed out."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._on_confirm_clicked(box, button, path))
        self.confirm = box
        box.open()
        return box

    def _on_confirm_clicked(self, box: QMessageBox, button: object, path: Path) -> None:
        self.confirm = None
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            return
        actor = self.ctx.session.actor
        self._start(self.tr("Restoring…"))
        self._resume_sync = pause_sync(self.ctx)

        def run(db: Database, progress: Progress) -> backup.Restored:
            return backup.restore(db, path, utcnow(), actor=actor, progress=progress.update)

        self._follow(
            self.ctx.runner.database(run, self._on_restored, self._on_failed, owner=self, with_progress=True)
        )

    def _on_restored(self, done: backup.Restored) -> None:
        self._stop()
        self._resume_sync()
        self._resume_sync = _nothing
        finish_restore(self.ctx, self.window(), done)

    def _on_failed(self, error: BaseException) -> None:
        self._resume_sync()
        self._resume_sync = _nothing
        if not isinstance(error, PishkhanError):
            raise error
        self._stop()
        self.status.clear()
        self.error.show_error(i18n.error_text(error))
