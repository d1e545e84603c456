"""Reusable charts (QtCharts): bars, a trend line and a Pareto chart, Persian first.

Every chart reads right to left in Persian (first category at the right, the value
axis on the right), labels numbers in the interface's digits (the value axes are
category axes whose labels we write, since QtCharts formats numbers in Latin digits),
saves itself as PNG, hands its data to the table exporters, and emits the code of a
bar someone clicks (:attr:`Chart.bar_clicked`) so a screen can open the matching cases.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QFileDialog, QMenu, QToolTip, QWidget

from desktop.models.analytics.pareto import CUT as PARETO_CUT
from desktop.models.analytics.pareto import ParetoRow
from desktop.models.analytics.pareto import pareto as rank_pareto
from desktop.views import i18n
from desktop.views.style import ACCENT, FONT_FAMILY

BAR = QColor(ACCENT)
BAR_HOVER = QColor("#13908f")
LINE = QColor("#c2571a")
GRID = QColor("#e6eaef")
INK = QColor("#1f2a36")
MUTED = QColor("#6b7785")
T = TypeVar("T")


@dataclass(frozen=True)
class Item:
    """One bar: its model code (for drill-down), its label as shown, and its value."""

    code: str
    label: str
    value: float


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top`` (1, 2, 2.5 or 5 times a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if step < 1 and top >= 1:
        step = 1.0
    ticks = [0.0]
    while ticks[-1] < top - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def wrap_label(text: str, width: int = 14) -> str:
    """A long category name on two lines, broken at the space nearest its middle."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "<br>" + text[cut + 1 :]


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class Chart(QChartView):
    """The base of every chart: styling, digits, direction, PNG export and data rows.

    Signals:
        bar_clicked: the code of the bar (category) someone clicked.
    """

    bar_clicked = Signal(str)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.chart_ = chart
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(8)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setTitleFont(_font(11, bold=True))
        chart.setTitleBrush(INK)
        chart.legend().setFont(_font(9))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setLocalizeNumbers(False)
        self.set_title(title)
        self.items: list[Item] = []
        self.headers: tuple[str, ...] = ()
        self.export_title = title  # drawn on exported pictures when the chart has no title
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_self_customContextMenuRequested)

    def set_title(self, title: str) -> None:
        self.chart_.setTitle(title)

    @property
    def rtl(self) -> bool:
        return i18n.is_rtl()

    def _clear(self) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _value_axis(self, top: float, percent: bool = False) -> QCategoryAxis:
        """A value axis whose labels are written here, in the interface's digits."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        # A little headroom, so the highest bar never touches the frame.
        ticks = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0] if percent else nice_ticks(top * 1.06)
        for tick in ticks:
            text = i18n.num(tick, 0 if tick == int(tick) else 1)
            axis.append(text + ("٪" if percent and self.rtl else "%" if percent else ""), tick)
        axis.setRange(0, ticks[-1])
        axis.setStartValue(0)
        axis.setLabelsFont(_font(8.5))
        axis.setLabelsColor(MUTED)
        axis.setGridLineColor(GRID)
        axis.setLinePenColor(GRID)
        return axis

    def _category_axis(self, labels: Sequence[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        crowded = len(labels) > 7
        axis.append([wrap_label(text, 1 if crowded else 10) for text in self._visual(labels)])
        axis.setLabelsFont(_font(8 if crowded else 8.5))
        axis.setLabelsColor(INK)
        axis.setGridLineVisible(False)
        return axis

    def _visual(self, values: Sequence[T]) -> list[T]:
        """Values in drawing order: right to left in Persian (QtCharts draws left to right)."""
        return list(reversed(values)) if self.rtl else list(values)

    def _item_at(self, position: int) -> Item | None:
        """The item drawn at ``position`` (counted from the left)."""
        index = len(self.items) - 1 - position if self.rtl else position
        return self.items[index] if 0 <= index < len(self.items) else None

    def _sides(self) -> tuple[Qt.AlignmentFlag, Qt.AlignmentFlag]:
        """(where the main value axis goes, where a second one goes), by direction."""
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        return (right, left) if self.rtl else (left, right)

    def _bars(self, name: str, values: Sequence[float]) -> tuple[QBarSeries, QBarSet]:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(BAR)
        bar_set.setBorderColor(BAR)
        bar_set.clicked.connect(self._on_bars_clicked)
        bar_set.hovered.connect(self._on_bars_hovered)
        series = QBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.65)
        return series, bar_set

    # -- interaction --------------------------------------------------------------------

    @Slot(int)
    def _on_bars_clicked(self, position: int) -> None:
        item = self._item_at(position)
        if item is not None:
            self.bar_clicked.emit(item.code)

    def click_item(self, code: str) -> None:
        """Act as if the bar of ``code`` was clicked (keyboard users, tests)."""
        for position in range(len(self.items)):
            item = self._item_at(position)
            if item is not None and item.code == code:
                self._on_bars_clicked(position)
                return

    @Slot(bool, int)
    def _on_bars_hovered(self, status: bool, position: int) -> None:
        item = self._item_at(position)
        if status and item is not None:
            QToolTip.showText(QCursor.pos(), f"{item.label}: {self.format_value(item.value)}", self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()

    def format_value(self, value: float) -> str:
        return i18n.num(value, 0 if float(value).is_integer() else 1)

    @Slot("QPoint")
    def _on_self_customContextMenuRequested(self, pos: object) -> None:
        menu = QMenu(self)
        save = QAction(self.tr("Save as picture (PNG)…"), menu)
        save.triggered.connect(self.ask_save_png)
        menu.addAction(save)
        menu.exec(QCursor.pos())

    # -- export -------------------------------------------------------------------------

    def image(self, scale: float = 2.0) -> QImage:
        """The chart drawn at ``scale`` times its size on screen, on white, with its title."""
        shown = self.chart_.title()
        if not shown and self.export_title:
            self.chart_.setTitle(self.export_title)
        try:
            return self._image(scale)
        finally:
            self.chart_.setTitle(shown)

    def _image(self, scale: float) -> QImage:
        size = self.size() * scale
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render(painter)
        painter.end()
        return image

    def save_png(self, path: str | Path, scale: float = 2.0) -> bool:
        return self.image(scale).save(str(path), "PNG")

    @Slot()
    def ask_save_png(self) -> None:
        name = self.chart_.title() or self.export_title or "chart"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{name}.png", self.tr("PNG pictures (*.png)")
        )
        if path:
            self.save_png(path if path.lower().endswith(".png") else path + ".png")

    def rows(self) -> list[list[object]]:
        """The chart's data as a table (header row first), for the XLSX/CSV exporters."""
        return [list(self.headers), *[[item.label, item.value] for item in self.items]]


class BarChart(Chart):
    """Vertical bars, one per category, in the order given."""

    def set_items(self, items: Sequence[Item], value_name: str) -> None:
        self._clear()
        self.items = list(items)
        self.headers = ("", value_name)
        series, _ = self._bars(value_name, self._visual([i.value for i in self.items]))
        self.chart_.addSeries(series)
        self.chart_.legend().hide()
        x = self._category_axis([i.label for i in self.items])
        y = self._value_axis(max((i.value for i in self.items), default=0))
        main, _ = self._sides()
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y, main)
        series.attachAxis(x)
        series.attachAxis(y)


class TrendChart(Chart):
    """One or more lines over periods (months, weeks ...), with points marked.

    ``series`` maps a line's name to its values, one per period label.
    """

    COLORS = (QColor(ACCENT), LINE, QColor("#5b6dc8"), QColor("#8a8f2c"))

    def set_series(self, periods: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> None:
        self._clear()
        self.items = []
        self.headers = ("", *[name for name, _ in series])
        self._periods = list(periods)
        self._series = [(name, list(values)) for name, values in series]
        x = self._category_axis(periods)
        top = max((v for _, values in series for v in values), default=0)
        y = self._value_axis(top)
        main, _ = self._sides()
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y, main)
        for index, (name, values) in enumerate(series):
            line = QLineSeries()
            line.setName(name)
            pen = QPen(self.COLORS[index % len(self.COLORS)])
            pen.setWidthF(2.5)
            line.setPen(pen)
            line.setPointsVisible(True)
            for position, value in enumerate(self._visual(values)):
                line.append(QPointF(position, float(value)))
            line.clicked.connect(self._on_line_clicked)
            self.chart_.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
        self.chart_.legend().setVisible(len(series) > 1)

    @Slot(QPointF)
    def _on_line_clicked(self, point: QPointF) -> None:
        """A point of a line stands for its period: drill into it like a bar."""
        self._on_bars_clicked(round(point.x()))

    def rows(self) -> list[list[object]]:
        table: list[list[object]] = [list(self.headers)]
        for position, period in enumerate(getattr(self, "_periods", [])):
            table.append([period, *[values[position] for _, values in self._series]])
        return table


def pareto(items: Sequence[Item]) -> list[ParetoRow[Item]]:
    """Bars sorted by value, largest first (ties by label), with their cumulative share."""
    return rank_pareto(items, lambda i: i.value, tie=lambda i: i.label)


class ParetoChart(Chart):
    """Sorted bars with the cumulative share as a line on a second (percent) axis.

    The vital few (the model's Pareto rule, up to :data:`PARETO_CUT` percent) are drawn in
    full colour; the rest lighter.
    """

    def set_items(self, items: Sequence[Item], value_name: str, cumulative_name: str) -> None:
        self._clear()
        self.table = pareto(items)
        self.items = [row.item for row in self.table]
        self.headers = ("", value_name, cumulative_name)
        series, bar_set = self._bars(value_name, self._visual([i.value for i in self.items]))
        light = QColor(BAR)
        light.setAlpha(110)
        count = len(self.table)
        for index, row in enumerate(self.table):
            if not row.vital:
                bar_set.setBarSelected(count - 1 - index if self.rtl else index, True)
        bar_set.setSelectedColor(light)
        line = QLineSeries()
        line.setName(cumulative_name)
        pen = QPen(LINE)
        pen.setWidthF(2.5)
        line.setPen(pen)
        line.setPointsVisible(True)
        for position, row in enumerate(self._visual(self.table)):
            line.append(QPointF(position, row.cumulative))
        cut = QLineSeries()
        cut.setName(self.tr("%1% line").replace("%1", i18n.num(PARETO_CUT)))
        dashed = QPen(MUTED)
        dashed.setStyle(Qt.PenStyle.DashLine)
        dashed.setWidthF(1.2)
        cut.setPen(dashed)
        cut.append(QPointF(-0.5, PARETO_CUT))
        cut.append(QPointF(max(count, 1) - 0.5, PARETO_CUT))
        chart = self.chart_
        chart.addSeries(series)
        chart.addSeries(line)
        chart.addSeries(cut)
        x = self._category_axis([i.label for i in self.items])
        y = self._value_axis(max((i.value for i in self.items), default=0))
        share = self._value_axis(100, percent=True)
        share.setGridLineVisible(False)
        main, second = self._sides()
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, main)
        chart.addAxis(share, second)
        series.attachAxis(x)
        series.attachAxis(y)
        line.attachAxis(x)
        line.attachAxis(share)
        cut.attachAxis(x)
        cut.attachAxis(share)
        chart.legend().show()
        for marker in chart.legend().markers(cut):
            marker.setVisible(False)
        series.setName(value_name)

    def rows(self) -> list[list[object]]:
        return [
            list(self.headers),
            *[[r.item.label, r.item.value, round(r.cumulative, 1)] for r in getattr(self, "table", [])],
        ]
