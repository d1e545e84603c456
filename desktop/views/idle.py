"""Notices when nobody has touched the PC for a while (the screen then locks)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits :attr:`timed_out` once after ``minutes`` without keyboard or mouse input."""

    timed_out = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_s = minutes * 60
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def set_minutes(self, minutes: float) -> None:
        self.limit_s = minutes * 60

    def reset(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _on_timer_timeout(self) -> None:
        if not self._fired and time.monotonic() - self._last >= self.limit_s:
            self._fired = True
            self.timed_out.emit()
