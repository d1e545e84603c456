"""The status bar: sync state (pending events, last sync) and today's Solar Hijri date."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.models import events
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.context import AppContext


class SyncStatus(QWidget):
    """How many changes wait to reach HQ; no HQ connection yet means working offline."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.today = QLabel()
        layout.addWidget(self.state)
        layout.addWidget(self.pending)
        layout.addStretch(1)
        layout.addWidget(self.today)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        self._on_clock_timeout()
        self.refresh()

    def refresh(self) -> None:
        def read(db: Database) -> int:
            with db.read() as conn:
                return events.pending_count(conn)

        self.ctx.runner.database(read, self._on_counted, owner=self)

    def _on_counted(self, pending: int) -> None:
        self.state.setText(self.tr("Working offline (no HQ connection set up)"))
        self.pending.setText(self.tr("Changes waiting for HQ: %1").replace("%1", i18n.num(pending)))

    def _on_ctx_data_changed(self, _streams: object) -> None:
        self.refresh()

    def _on_clock_timeout(self) -> None:
        self.today.setText(i18n.fmt_datetime(utcnow(), "long"))
