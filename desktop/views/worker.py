"""Background work: database operations on one worker thread, network on another pool.

Views never run SQL or HTTP on the UI thread. They hand a function to :class:`Runner`;
it runs on a worker and its result (or error) comes back by signal on the UI thread.
Worker code never touches a widget. When work takes longer than half a second and the
caller gave a label, a progress dialog appears and can cancel it.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.models.db import Database
from desktop.models.errors import PishkhanError

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside an operation whose user pressed Cancel."""


class Progress:
    """Handed to an operation: report progress, and see whether the user cancelled."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        self._relay.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the operation here if the user cancelled it."""
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], relay: _Relay, progress: Progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay
        self._progress = progress

    def run(self) -> None:
        # The task's own reference to the work goes first: the handle keeps another on
        # the UI thread, so whatever the work holds (a window in a closure, its bound
        # callbacks) is released there, never here: Qt objects must die on their thread.
        fn, self._fn = self._fn, None
        try:
            result = fn(self._progress)  # type: ignore[misc]
        except BaseException as exc:  # handed to the UI thread, never swallowed
            del fn
            self._relay.failed.emit(exc)
        else:
            del fn
            self._relay.finished.emit(result)


class Handle(QObject):
    """A running operation, as seen from the UI thread (its slots run there)."""

    def __init__(
        self,
        runner: Runner,
        owner: QWidget | None,
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(runner)
        # The relay is owned by its handle (a Qt parent), so the two are destroyed
        # together; a parentless relay could lose its Python wrapper first (when the
        # finished task drops it) and crash the handle's deferred delete.
        self.relay = _Relay(self)
        self.progress = Progress(self.relay)
        self.done = False
        self._runner = runner
        self._owner = owner
        self._done_cb = done
        self._failed_cb = failed
        self._dialog: QProgressDialog | None = None
        self._state = (0, 0)
        self.work: Callable[[Progress], Any] | None = None  # released with the handle, on the UI thread
        self.relay.finished.connect(self._on_relay_finished)
        self.relay.failed.connect(self._on_relay_failed)
        self.relay.progressed.connect(self._on_relay_progressed)

    def cancel(self) -> None:
        self.progress.cancel()

    def _alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _finish(self) -> None:
        self.done = True
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self._runner._forget(self)

    @Slot(object)
    def _on_relay_finished(self, result: object) -> None:
        self._finish()
        if self._done_cb is not None and self._alive():
            self._done_cb(result)

    @Slot(object)
    def _on_relay_failed(self, error: BaseException) -> None:
        self._finish()
        if not self._alive():
            if not isinstance(error, (PishkhanError, Cancelled)):
                sys.excepthook(type(error), error, error.__traceback__)
            return
        if self._failed_cb is not None:
            self._failed_cb(error)
        else:
            report_error(self._owner, error)

    @Slot(int, int)
    def _on_relay_progressed(self, done: int, total: int) -> None:
        self._state = (done, total)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(done)

    def show_progress_later(self, label: str) -> None:
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._show_progress(label))

    def _show_progress(self, label: str) -> None:
        if self.done or not self._alive():
            return
        dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, self._owner)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.setMaximum(max(self._state[1], 0))
        dialog.setValue(self._state[0])
        self._dialog = dialog
        dialog.show()


def report_error(parent: QWidget | None, error: BaseException) -> None:
    """The default for a failed operation: the environment's errors are told, bugs crash."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, PishkhanError):
        from desktop.views.i18n import error_text

        QMessageBox.warning(parent, QCoreApplication.translate("Worker", "Pishkhan"), error_text(error))
        return
    sys.excepthook(type(error), error, error.__traceback__)


class Runner(QObject):
    """Runs operations off the UI thread.

    Args:
        db: the open database handed to database operations.
    """

    idle = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)  # SQLite has one writer: keep work in order
        self._net_pool = QThreadPool(self)
        self._net_pool.setMaxThreadCount(2)
        self._running: set[Handle] = set()

    def database(
        self,
        fn: Callable[[Database], Any] | Callable[[Database, Progress], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        owner: QWidget | None = None,
        label: str | None = None,
        with_progress: bool = False,
    ) -> Handle:
        """Run ``fn(db)`` (or ``fn(db, progress)``) on the database worker."""
        db = self.db
        if with_progress:
            call: Callable[[Progress], Any] = lambda p: fn(db, p)  # type: ignore[call-arg]  # noqa: E731
        else:
            call = lambda p: fn(db)  # type: ignore[call-arg]  # noqa: E731
        return self._start(self._db_pool, call, done, failed, owner, label)

    def network(
        self,
        fn: Callable[[Progress], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        owner: QWidget | None = None,
        label: str | None = None,
    ) -> Handle:
        """Run ``fn(progress)`` on the network pool."""
        return self._start(self._net_pool, fn, done, failed, owner, label)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[Progress], Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException], None] | None,
        owner: QWidget | None,
        label: str | None,
    ) -> Handle:
        handle = Handle(self, owner, done, failed)
        handle.work = fn
        self._running.add(handle)
        if label is not None:
            handle.show_progress_later(label)
        pool.start(_Task(fn, handle.relay, handle.progress))
        return handle

    def _forget(self, handle: Handle) -> None:
        self._running.discard(handle)
        handle.deleteLater()
        if not self._running:
            self.idle.emit()

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until every operation finished and its callbacks ran (tests, shutdown).

        Work that a callback starts (a print job after its PDF was built, say) is waited
        for too: the loop ends only when nothing is running and no callback is pending.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            self._db_pool.waitForDone(20)
            self._net_pool.waitForDone(20)
            QCoreApplication.processEvents()
            if not self._running:
                QCoreApplication.processEvents()
                if not self._running:
                    return True
        return False

    @Slot()
    def shutdown(self) -> None:
        self._db_pool.waitForDone(15_000)
        self._net_pool.clear()
        self._net_pool.waitForDone(5_000)
