"""Small widgets shared by the screens' forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

# A filter or choice box may narrow to this when the window is small (its list still
# shows every choice in full); it keeps its natural width whenever there is room.
NARROWEST_CHOICE = 80


def shrinkable(*widgets: QWidget, width: int = NARROWEST_CHOICE) -> None:
    """Let a row of boxes share a narrow window instead of pushing it wider than the screen."""
    for widget in widgets:
        widget.setMinimumWidth(width)


class ErrorLabel(QLabel):
    """A red, word-wrapped line under a form that says what is wrong, or nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorLabel")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


class Card(QFrame):
    """A white rounded panel with an optional title."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.setSpacing(12)
        if title:
            self.title = QLabel(title)
            self.title.setObjectName("CardTitle")
            self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.body.addWidget(self.title)
