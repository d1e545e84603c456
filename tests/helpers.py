"""Helpers for tests: typing any text (Persian too) into widgets, waiting for workers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key presses carrying the characters.

    QTest.keyClicks aborts the process on non-ASCII text; a QKeyEvent with the text set
    is what a Persian keyboard layout produces, so widgets see what they would see.
    """
    widget.setFocus()
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
    QCoreApplication.processEvents()


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
    QCoreApplication.processEvents()


def find(parent: QWidget, cls: type, name: str) -> QWidget:
    """The child widget of class ``cls`` named ``name``; fails the test when missing."""
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def add_holiday(calendar: Any, day: str, name: str) -> None:
    """Type a holiday into Settings → Working week and holidays (a ``CalendarPage``) and press Add."""
    from PySide6.QtWidgets import QPushButton

    type_text(calendar.day, day)
    type_text(calendar.name_fa, name)
    find(calendar, QPushButton, "addHoliday").click()
