"""The status bar: sync with HQ (state, pending changes, last sync, Sync now) and today's date."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.models.calendar import utcnow
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.sync_service import Snapshot, service_for

# Colours of the state dot: synced, working, trouble, offline by choice.
_COLOURS = {"ok": "#1f8a4c", "busy": "#0f6e6e", "error": "#b3261e", "offline": "#8a94a0"}


class SyncStatus(QWidget):
    """Where this PC stands with HQ, always in view at the bottom of the window.

    Offline with no HQ set up is a normal way to work, said plainly; changes waiting for HQ
    are counted; the last successful sync is shown; trouble (HQ unreachable, this PC
    refused) is said with what happens next. "Sync now" starts one at once.
    """

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(12)
        self.dot = QLabel("●")
        self.dot.setObjectName("syncDot")
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.pending = QLabel()
        self.pending.setObjectName("syncPending")
        self.refused = QLabel()
        self.refused.setObjectName("syncRefused")
        self.refused.setStyleSheet("color: #b3261e;")
        self.last = QLabel()
        self.last.setObjectName("syncLast")
        self.last.setStyleSheet("color: #6b7785;")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setFlat(True)
        self.sync_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # A link in the status bar, not a big button: it is there, it does not shout.
        self.sync_button.setStyleSheet(
            "QPushButton#syncNow { border: none; background: transparent; color: #0f6e6e;"
            " padding: 0 4px; text-decoration: underline; }"
            " QPushButton#syncNow:disabled { color: #9aa5b1; }"
        )
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.today = QLabel()
        for widget in (self.dot, self.state, self.pending, self.refused, self.last, self.sync_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.today)
        self.service = service_for(ctx)
        self.service.state_changed.connect(self._on_service_state_changed)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        self._on_clock_timeout()
        self.show_snapshot(self.service.snapshot)
        self.refresh()

    def refresh(self) -> None:
        self.service.refresh()

    @Slot()
    def _on_sync_button_clicked(self) -> None:
        self.service.sync_now()

    @Slot(object)
    def _on_service_state_changed(self, snapshot: Snapshot) -> None:
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        status = snapshot.status
        self.pending.setText(self.tr("Changes waiting for HQ: %1").replace("%1", i18n.num(status.pending)))
        self.refused.setVisible(status.refused > 0)
        self.refused.setText(self.tr("Refused by HQ: %1").replace("%1", i18n.num(status.refused)))
        self.refused.setToolTip(
            self.tr(
                "HQ will not take these changes (outside this PC's scope or damaged). They stay on this PC."
            )
        )
        self.sync_button.setVisible(status.enrolled)
        self.sync_button.setEnabled(not snapshot.running)
        if status.last_success_at is not None:
            self.last.setText(
                self.tr("Last sync: %1").replace("%1", i18n.fmt_datetime(status.last_success_at))
            )
        else:
            self.last.setText(self.tr("Never synced") if status.enrolled else "")
        self.last.setVisible(status.enrolled)
        kind, text = self._describe(snapshot)
        self.state.setText(text)
        self.dot.setStyleSheet(f"color: {_COLOURS[kind]};")
        self.state.setToolTip(status.hq_url)

    def _describe(self, snapshot: Snapshot) -> tuple[str, str]:
        status = snapshot.status
        if not status.enrolled:
            return "offline", self.tr("Working offline (no HQ connection set up)")
        if snapshot.running:
            return "busy", self.tr("Syncing with HQ…")
        if status.stopped:
            return "error", self.tr("HQ refused this PC: connect it again in Settings → Connect to HQ")
        if status.last_error == "hq_unreachable":
            text = self.tr("HQ cannot be reached: working offline")
            if snapshot.next_try is not None:
                seconds = max(0.0, (snapshot.next_try - utcnow()).total_seconds())
                text += " · " + self.tr("next try in %1").replace("%1", i18n.fmt_duration(seconds))
            return "error", text
        if status.last_error:
            reason = i18n.error_text(PishkhanError(status.last_error))
            return "error", self.tr("Sync failed: %1").replace("%1", reason)
        if status.pending:
            return "busy", self.tr("Connected to HQ")
        return "ok", self.tr("In step with HQ")

    @Slot()
    def _on_clock_timeout(self) -> None:
        self.today.setText(i18n.fmt_datetime(utcnow(), "long"))
        if self.service.snapshot.next_try is not None:
            self.show_snapshot(self.service.snapshot)
