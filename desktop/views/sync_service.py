"""Background sync with HQ: on a timer, on "Sync now", and soon after each local change.

The work (:func:`sync.client.sync_once`: HTTP plus its own short SQLite transactions,
enrolment, reading the sync state) runs on background threads of this service, never on
the UI thread; results come back through one long-lived bridge object by queued
signals. (The service does not create a QObject per job: sync runs every minute for a
whole working day.) When HQ cannot be reached the next try waits longer each time, with
jitter; a 401 stops the timer until the PC is enrolled again. Screens hear about pulled
changes through ``ctx.changed`` (the streams and reference kinds that arrived) and about
the state through :attr:`SyncService.state_changed`.
"""

from __future__ import annotations

import logging
import random
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.models import settings, syncstate
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.users import Perm, User, require
from desktop.views.context import AppContext

if TYPE_CHECKING:  # the client (requests, pydantic) loads on the first sync, not at start-up
    from sync import client

log = logging.getLogger(__name__)

SOON_AFTER_CHANGE_MS = 3_000
FIRST_SYNC_MS = 2_000
INTERVAL_S = 60


def _client() -> Any:
    from sync import client

    return client


@dataclass(frozen=True)
class Snapshot:
    """What the status bar shows: the stored state plus what the service is doing."""

    status: syncstate.Status
    running: bool = False
    next_try: datetime | None = None


class _Bridge(QObject):
    """Carries a job's outcome from its thread to the UI thread (queued signals)."""

    finished = Signal(str, object)
    failed = Signal(str, object)


class SyncService(QObject):
    """One per application context (see :func:`service_for`).

    Signals:
        state_changed: a :class:`Snapshot`, after every change of state.
        synced: the :class:`sync.client.SyncResult` of a finished sync.
        enrolled: the :class:`sync.client.Enrollment` after "Connect" succeeded.
        enrol_failed: the error when it did not (a ``PishkhanError`` with a code).
    """

    state_changed = Signal(object)
    synced = Signal(object)
    enrolled = Signal(object)
    enrol_failed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("syncService")
        self.ctx = ctx
        self.snapshot = Snapshot(syncstate.Status(False, "", 0, 0, None, None, None, None, 0))
        self._running = False
        self._again = False
        self._started = False
        self._emitting = False
        self._rng = random.Random()
        self._interval_ms = INTERVAL_S * 1000
        self._threads: set[threading.Thread] = set()
        self._status_asked = 0
        self._status_shown = 0
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._on_bridge_finished)
        self._bridge.failed.connect(self._on_bridge_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(SOON_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self._on_timer_timeout)
        ctx.data_changed.connect(self._on_ctx_data_changed)

    # -- jobs -----------------------------------------------------------------------------

    def _launch(self, name: str, fn: Callable[[], object]) -> None:
        bridge = self._bridge

        def work() -> None:
            failed = False
            try:
                result = fn()
            except BaseException as exc:  # handed to the UI thread, never swallowed
                failed, result = True, exc
            try:
                (bridge.failed if failed else bridge.finished).emit(name, result)
            except RuntimeError:
                log.debug("the sync service went away before job %s finished", name)
            finally:
                self._threads.discard(threading.current_thread())

        thread = threading.Thread(target=work, name=f"sync-{name}", daemon=True)
        self._threads.add(thread)
        thread.start()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait for the running jobs (tests, shutdown)."""
        for thread in list(self._threads):
            thread.join(timeout)
        return not self._threads

    # -- control ----------------------------------------------------------------------

    def start(self) -> None:
        """Begin syncing in the background (the application calls this once)."""
        if self._started:
            return
        self._started = True
        # Every model module imported here, on the UI thread, once (projectors and reference
        # appliers register on import), rather than in the middle of the first sync; after
        # the window has painted, not while it is being built (a smoke start never syncs).
        from desktop.models import reference

        reference.load_model_modules()
        db = self.ctx.db
        self._launch("interval", lambda: _interval(db))
        self.refresh()

    @property
    def started(self) -> bool:
        """Whether background sync is on (:meth:`start` was called, :meth:`stop` not since)."""
        return self._started

    def stop(self) -> None:
        self._started = False
        self._timer.stop()
        self._soon.stop()

    def sync_now(self) -> None:
        """Sync at once (a running sync is followed by another one)."""
        if self._running:
            self._again = True
            return
        self._timer.stop()
        self._soon.stop()
        self._running = True
        self._publish(replace(self.snapshot, running=True, next_try=None))
        db = self.ctx.db
        self._launch("sync", lambda: _sync(db))

    def refresh(self) -> None:
        """Read the stored state again (pending count, last success, errors)."""
        db = self.ctx.db
        self._status_asked += 1
        asked = self._status_asked
        self._launch("status", lambda: (asked, _status(db)))

    def enroll(self, actor: User, hq_url: str, code: str) -> None:
        """Connect this PC to HQ (Settings → Connect to HQ); answers by signal."""
        db = self.ctx.db

        def run() -> object:
            require(actor, Perm.SYNC_MANAGE)
            return _client().enroll(db, hq_url, code)

        self._launch("enroll", run)

    # -- slots --------------------------------------------------------------------------

    @Slot(str, object)
    def _on_bridge_finished(self, name: str, result: object) -> None:
        if name == "status":
            asked, status = result  # type: ignore[misc]
            if asked > self._status_shown:  # reads run side by side: never show an older one
                self._status_shown = asked
                self._publish(replace(self.snapshot, status=status))
        elif name == "interval":
            self._interval_ms = max(10, int(result)) * 1000  # type: ignore[call-overload]
            self._schedule(FIRST_SYNC_MS)
        elif name == "sync":
            self._on_synced(result)
        elif name == "enroll":
            self.enrolled.emit(result)
            self.refresh()
            self.sync_now()

    @Slot(str, object)
    def _on_bridge_failed(self, name: str, error: object) -> None:
        assert isinstance(error, BaseException)
        if name == "enroll" and isinstance(error, PishkhanError):
            self.enrol_failed.emit(error)
            return
        if name == "sync":
            self._running = False
            if isinstance(error, PishkhanError):  # the environment's trouble: tell, go on
                log.warning("sync failed: %s", error)
                self._finish(self._retry_ms(), None)
                return
        if isinstance(error, PishkhanError):
            log.warning("sync job %s failed: %s", name, error)
            return
        sys.excepthook(type(error), error, error.__traceback__)  # a bug: the crash dialog

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.snapshot.status.enrolled and not self.snapshot.status.stopped:
            self.sync_now()
        else:
            self.refresh()  # perhaps enrolled from the command line meanwhile
            self._schedule(self._interval_ms)

    @Slot(object)
    def _on_ctx_data_changed(self, _streams: object) -> None:
        if self._emitting:
            return
        self.refresh()
        if self._started and self.snapshot.status.enrolled and not self.snapshot.status.stopped:
            self._soon.start()

    def _on_synced(self, result: object) -> None:
        self._running = False
        if result is None:  # not enrolled
            self._finish(self._interval_ms, None)
            return
        if result.streams or result.kinds:  # type: ignore[attr-defined]
            self._emitting = True
            try:
                self.ctx.changed(result.streams | result.kinds)  # type: ignore[attr-defined]
            finally:
                self._emitting = False
        self.synced.emit(result)
        delay = self._retry_ms() if result.errors else self._interval_ms  # type: ignore[attr-defined]
        self._finish(delay, result)

    def _retry_ms(self) -> int:
        return int(_client().retry_delay(self.snapshot.status.failures + 1, self._rng) * 1000)

    def _finish(self, delay_ms: int, result: object) -> None:
        stopped = result is not None and "device_unauthorized" in result.errors  # type: ignore[attr-defined]
        next_try = None
        if self._started and not stopped:
            self._schedule(delay_ms)
            next_try = utcnow() + timedelta(milliseconds=delay_ms)
        self._publish(replace(self.snapshot, running=False, next_try=next_try))
        self.refresh()
        if self._again:
            self._again = False
            self.sync_now()

    def _schedule(self, delay_ms: int) -> None:
        if self._started:
            self._timer.start(max(100, delay_ms))

    def _publish(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.state_changed.emit(snapshot)


def _interval(db: Database) -> int:
    with db.read() as conn:
        return int(settings.get(conn, "sync_interval_seconds") or INTERVAL_S)


def _sync(db: Database) -> client.SyncResult | None:
    sync_client = _client()
    try:
        return sync_client.sync_once(db)  # type: ignore[no-any-return]
    except sync_client.NotEnrolled:
        return None


def _status(db: Database) -> syncstate.Status:
    with db.read() as conn:
        return syncstate.status(conn)


def service_for(ctx: AppContext) -> SyncService:
    """The application's one sync service (made on first use, owned by the context)."""
    found = ctx.findChild(SyncService, "syncService")
    return found if isinstance(found, SyncService) else SyncService(ctx)
