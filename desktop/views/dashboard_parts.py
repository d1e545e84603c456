"""Pieces the dashboards share: headline tiles, chart cards, small figure tables, formats."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.analytics.better import verdict
from desktop.views import i18n
from desktop.views.charts import Chart
from desktop.views.export import ExportButton

GOOD, BAD, NEUTRAL = "#1e7b34", "#b3261e", "#6b7785"
DASH = "—"


def translate(context: str, text: str) -> str:
    """Qt's translation of ``text`` (a call lupdate finds: context and text are literals)."""
    return QCoreApplication.translate(context, text)


def percent(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return DASH
    sign = "٪" if i18n.is_rtl() else "%"
    return i18n.num(100 * value, decimals) + sign


def hours(seconds: float | None) -> str:
    """A duration in working time: minutes below an hour, else hours with one decimal."""
    if seconds is None:
        return DASH
    if seconds < 3600:
        return translate("Dashboard", "%1 min").replace("%1", i18n.num(seconds / 60))
    return translate("Dashboard", "%1 h").replace("%1", i18n.num(seconds / 3600, 1))


def minutes(seconds: float | None) -> str:
    if seconds is None:
        return DASH
    return translate("Dashboard", "%1 min").replace("%1", i18n.num(seconds / 60, 1))


def number(value: float | None, decimals: int = 0) -> str:
    return DASH if value is None else i18n.num(value, decimals)


class Tile(QFrame):
    """A headline figure: its name, its value, and how it compares with the period before.

    ``figure`` is the figure's code, whose direction (the model's ``better.BETTER``) colours
    the change; "" for a tile that is not compared.
    """

    def __init__(self, key: str, title: str, figure: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.key = key
        self.figure = figure
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("Muted")
        self.title.setWordWrap(True)
        self.value = QLabel(DASH)
        self.value.setObjectName(f"tile_{key}")
        self.value.setStyleSheet("font-size: 17pt; font-weight: bold; color: #1f2a36;")
        self.delta = QLabel("")
        self.delta.setStyleSheet(f"color: {NEUTRAL}; font-size: 9pt;")
        for widget in (self.title, self.value, self.delta):
            layout.addWidget(widget)

    def show_value(self, text: str, now: float | None, before: float | None, before_text: str) -> None:
        self.value.setText(text)
        if now is None or before is None:
            self.delta.setText(
                translate("Dashboard", "before: %1").replace("%1", before_text) if before is not None else ""
            )
            self.delta.setStyleSheet(f"color: {NEUTRAL}; font-size: 9pt;")
            return
        arrow = "▲" if now > before else "▼" if now < before else "="
        judged = verdict(self.figure, now, before) if self.figure else ""
        color = {"better": GOOD, "worse": BAD}.get(judged, NEUTRAL)
        self.delta.setText(f"{arrow} " + translate("Dashboard", "before: %1").replace("%1", before_text))
        self.delta.setStyleSheet(f"color: {color}; font-size: 9pt;")


class ChartCard(QFrame):
    """A chart with its title and an export button (Excel, CSV, PNG)."""

    def __init__(self, title: str, chart: Chart, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.chart = chart
        chart.export_title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(ExportButton(lambda: title, chart.rows, chart.ask_save_png, self))
        layout.addLayout(top)
        if hint:
            note = QLabel(hint)
            note.setObjectName("Muted")
            note.setWordWrap(True)
            layout.addWidget(note)
        chart.setMinimumHeight(300)
        layout.addWidget(chart, 1)


class FigureTable(QFrame):
    """A small table of figures with a title and an export button."""

    def __init__(
        self,
        key: str,
        title: str,
        headers: Sequence[str],
        parent: QWidget | None = None,
        empty: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.title_text = title
        self.headers = list(headers)
        self._rows: list[list[Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(ExportButton(lambda: self.title_text, self.rows, parent=self))
        layout.addLayout(top)
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"table_{key}")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if len(self.headers) == 2:  # figure | value: the names get the room
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(empty or translate("Dashboard", "Nothing in this period."))
        self.empty.setObjectName("Muted")
        layout.addWidget(self.empty)

    def set_rows(self, shown: Sequence[Sequence[str]], values: Sequence[Sequence[Any]] | None = None) -> None:
        """``shown``: the cells as displayed; ``values``: as exported (numbers), if different."""
        self._rows = [list(r) for r in (values if values is not None else shown)]
        self.table.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not shown)
        self.table.setVisible(bool(shown))
        self.table.setMinimumHeight(min(44 + 31 * max(len(shown), 3), 400))

    def set_title(self, title: str) -> None:
        self.title_text = title
        self.heading.setText(title)

    def rows(self) -> list[list[Any]]:
        return [self.headers, *self._rows]


def grid_row(*widgets: QWidget, stretch: Sequence[int] | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for index, widget in enumerate(widgets):
        row.addWidget(widget, (stretch or [1] * len(widgets))[index])
    return row


Formatter = Callable[[float | None], str]
