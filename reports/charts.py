"""Charts drawn into PDFs (ReportLab graphics): bars with an optional Pareto line, and trend lines.

Right to left in Persian: the categories run from the right and the value axis stands on
the right. Labels arrive translated; a chart only shapes, orders and shortens them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.models.analytics.pareto import CUT as PARETO_CUT
from reports.typeset import ACCENT, MUTED, REGULAR, Doc, visual

LINE_2 = colors.HexColor("#c2571a")
GRID = colors.HexColor("#e6eaef")


def _ticks(top: float, steps: int = 4) -> float:
    """A round step for a value axis reaching ``top``."""
    if top <= 0:
        return 1.0
    raw = top / steps
    power = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw:
            return max(float(m * power), 1.0)
    return raw


def _label(doc: Doc, text: str, limit: int = 16) -> str:
    """A category name for an axis: shaped and ordered for drawing, shortened if long."""
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return visual(text, doc.rtl)


def _axes(doc: Doc, chart: Any, top: float, names: list[str]) -> None:
    """What both kinds of chart set alike: a round value axis from zero, small labels, the grid,
    the categories (from the right in Persian, the value axis then on the right)."""
    step = _ticks(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (int(top / step) + 1)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = doc.num
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.reverseDirection = 1 if doc.rtl else 0
    if doc.rtl:
        chart.valueAxis.joinAxisMode = "right"
        chart.valueAxis.labels.dx = 14


def bar_chart(
    doc: Doc,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    width: float,
    height: float = 62 * mm,
    cumulative: Sequence[float] | None = None,
) -> Drawing:
    """Vertical bars (right to left in Persian); with ``cumulative``, the Pareto line and its
    percent axis on the other side."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    side = 14 * mm
    chart.x, chart.y = side, 16 * mm
    chart.width, chart.height = width - 2 * side, height - 20 * mm
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 6
    _axes(doc, chart, max(values, default=0) or 1, [_label(doc, t) for t in labels])
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.labels.angle = 30 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.categoryAxis.strokeColor = MUTED
    drawing.add(chart)
    if cumulative:
        n = len(cumulative)
        slot = chart.width / n

        def x(i: int) -> float:
            position = n - 1 - i if doc.rtl else i
            return float(chart.x + slot * (position + 0.5))

        def y(share: float) -> float:
            return float(chart.y + chart.height * share / 100)

        points: list[float] = []
        for i, share in enumerate(cumulative):
            points += [x(i), y(share)]
        drawing.add(PolyLine(points, strokeColor=LINE_2, strokeWidth=1.6))
        cut = y(PARETO_CUT)
        drawing.add(
            Line(
                chart.x,
                cut,
                chart.x + chart.width,
                cut,
                strokeColor=MUTED,
                strokeDashArray=[3, 2],
                strokeWidth=0.6,
            )
        )
        axis_x = chart.x - 2 if doc.rtl else chart.x + chart.width + 2
        anchor = "end" if doc.rtl else "start"
        for share in (0, 20, 40, 60, 80, 100):
            label = doc.digits(str(share)) + ("٪" if doc.rtl else "%")
            drawing.add(
                String(
                    axis_x,
                    y(share) - 2.5,
                    label,
                    fontName=REGULAR,
                    fontSize=7,
                    fillColor=LINE_2,
                    textAnchor=anchor,
                )
            )
    return drawing


def trend_chart(
    doc: Doc,
    labels: Sequence[str],
    first: Sequence[float],
    second: Sequence[float],
    legend: tuple[str, str],
    *,
    width: float,
    height: float = 60 * mm,
) -> Drawing:
    """Two lines over the same categories (``first`` sets the scale), with their legend on top.

    ``labels`` are drawn as given (already shaped); ``legend`` names the two lines.
    """
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = width - 28 * mm, height - 22 * mm
    chart.data = [list(first) or [0], list(second) or [0]]
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.8
    chart.lines[1].strokeColor = LINE_2
    chart.lines[1].strokeWidth = 1.8
    _axes(doc, chart, max(first, default=0) or 1, list(labels))
    drawing.add(chart)
    legend_y = height - 6
    x = width - 10 if doc.rtl else 10
    for color, text in zip((ACCENT, LINE_2), legend, strict=True):
        shown = visual(text, doc.rtl)
        drawing.add(
            Line(
                x, legend_y + 3, x + (-12 if doc.rtl else 12), legend_y + 3, strokeColor=color, strokeWidth=2
            )
        )
        tx = x - 16 if doc.rtl else x + 16
        drawing.add(
            String(
                tx,
                legend_y,
                shown,
                fontName=REGULAR,
                fontSize=8,
                fillColor=MUTED,
                textAnchor="end" if doc.rtl else "start",
            )
        )
        step_x = 16 + 4 * len(text) + 20
        x = x - step_x if doc.rtl else x + step_x
    return drawing
