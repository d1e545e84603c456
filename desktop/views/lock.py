"""What a locked counter PC must not show: the other windows and dialogs of the app.

The lock screen replaces the main window's page, but a customer form, a message box or a
case window opened from it are windows of their own and would stay on top, readable and
usable. :func:`conceal` takes them out of sight until the same user unlocks.

A dialog running its own event loop (``exec()``, which most of ours do) cannot be hidden:
Qt ends that loop when the dialog hides, the caller carries on as if it had been
cancelled and what was typed is lost. Such a modal dialog stays open but covered and
disabled, and the lock screen then sits in a window of its own above it (the modal
dialog blocks the main window, so a lock page there could not take the password).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class _Cover(QWidget):
    """An opaque sheet over a modal dialog's contents while the screen is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("LockCover")
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class Concealed:
    """The windows taken out of sight by :func:`conceal`; :meth:`restore` or :meth:`close` them."""

    def __init__(self) -> None:
        self.hidden: list[QWidget] = []
        self.covered: list[tuple[QWidget, _Cover, str]] = []

    @property
    def has_modal(self) -> bool:
        return bool(self.covered)

    def windows(self) -> list[QWidget]:
        return [w for w in self.hidden + [c[0] for c in self.covered] if shiboken6.isValid(w)]

    def _uncover(self) -> None:
        for window, cover, title in self.covered:
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
            if shiboken6.isValid(window):
                window.removeEventFilter(cover)
                window.setWindowTitle(title)
                window.setEnabled(True)

    def restore(self) -> None:
        """The same user is back: everything as it was."""
        self._uncover()
        for window in self.hidden:
            if shiboken6.isValid(window):
                window.show()
        self.hidden, self.covered = [], []

    def close(self) -> None:
        """Someone signs out: what the last user had open is closed (dialogs cancelled)."""
        self._uncover()
        for window in reversed(self.windows()):
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()
        self.hidden, self.covered = [], []


def conceal(main: QWidget) -> Concealed:
    """Hide (or, for modal dialogs, cover and disable) every top-level window but ``main``."""
    concealed = Concealed()
    title = QCoreApplication.translate("Lock", "Pishkhan")
    for window in QApplication.topLevelWidgets():
        if window is main or not window.isVisible() or isinstance(window, LockWindow):
            continue
        if window.windowType() in _TRANSIENT:
            window.close()  # an open menu or drop-down list
        elif window.isModal():
            concealed.covered.append((window, _Cover(window), window.windowTitle()))
            window.setWindowTitle(title)  # a title may name the customer
            window.setEnabled(False)
        else:
            window.hide()
            concealed.hidden.append(window)
    return concealed


class LockWindow(QWidget):
    """The lock screen as a window above modal dialogs, covering the main window."""

    def __init__(self, main: QWidget, page: QWidget) -> None:
        super().__init__(main, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("LockWindow")
        self.setWindowTitle(QCoreApplication.translate("Lock", "Pishkhan"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)
        self.setGeometry(main.geometry())
        self.show()  # shown last, so above the dialogs it blocks
        self.activateWindow()
