"""What every screen shares: the database runner, the signed-in session, change signals."""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.models import settings
from desktop.models.session import Session
from desktop.views.worker import Runner


class AppContext(QObject):
    """The application's shared state, handed to every screen.

    Signals:
        session_changed: sign-in, sign-out or a step-up takeover changed :attr:`session`.
        data_changed: a command changed data; the argument is the set of stream names
            (``"case"``, ``"customer"`` ...) so each screen refreshes only for what it shows.
        settings_changed: settings were written, by any screen; the argument is the set of
            keys. Emitted from the committing worker, so receivers run queued on the UI
            thread and re-read the value there through :attr:`runner`.
    """

    session_changed = Signal()
    data_changed = Signal(object)
    language_changed = Signal(str)
    settings_changed = Signal(object)

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db = runner.db
        self._session: Session | None = None
        self.unwatch_settings = settings.watch(self.db.engine, self._on_db_settings_written)

    def _on_db_settings_written(self, keys: set[str]) -> None:
        if shiboken6.isValid(self):  # a context dropped before its database
            self.settings_changed.emit(keys)

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("no one is signed in")
        return self._session

    @property
    def signed_in(self) -> bool:
        return self._session is not None

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.session_changed.emit()

    def changed(self, streams: Iterable[str]) -> None:
        self.data_changed.emit(set(streams))
