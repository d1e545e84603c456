"""HQ's ranking of dealerships by audit score: section breakdown, critical failures, trend.

For HQ and the inspection unit (``audit.view``). The period and the form are chosen at
the top; choosing a dealership shows its sections, the critical items it failed and its
score month by month (Solar Hijri months); with none chosen, the network's trend.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.audits import library, ranking
from desktop.models.audits.library import TemplateInfo
from desktop.models.audits.ranking import DealershipRank, Ranking, TrendPoint
from desktop.models.calendar import MONTHS_EN, MONTHS_FA, local, utcnow
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.style import ACCENT, FONT_FAMILY

PERIODS = (("3m", 92), ("6m", 183), ("12m", 366), ("all", 0))


def month_name(point: TrendPoint) -> str:
    months = MONTHS_FA if i18n.lang() == "fa" else MONTHS_EN
    return f"{months[point.month - 1]} {i18n.digits(str(point.year))[-2:]}"


class TrendChart(QWidget):
    """Scores month by month as a line from 0 to 100, read in the interface's direction."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("rankingTrend")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[TrendPoint] = []
        self.title = ""

    def set_points(self, title: str, points: list[TrendPoint]) -> None:
        self.title = title
        self.points = points
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(8.5)
        painter.setFont(font)
        rtl = i18n.is_rtl()
        left, right, top, bottom = (14, 44, 26, 30) if rtl else (44, 14, 26, 30)
        area = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        painter.setPen(QColor("#1f2a36"))
        painter.drawText(QRectF(0, 2, self.width(), 20), Qt.AlignmentFlag.AlignHCenter, self.title)
        grid = QPen(QColor("#e6eaef"))
        for value in (0, 25, 50, 75, 100):
            y = area.bottom() - area.height() * value / 100
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor("#6b7785"))
            label_x = area.right() + 4 if rtl else 2
            painter.drawText(
                QRectF(label_x, y - 8, 38, 16), Qt.AlignmentFlag.AlignVCenter, i18n.digits(str(value))
            )
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No audits in this period"))
            painter.end()
            return
        count = len(self.points)
        step = area.width() / max(count - 1, 1)
        positions = []
        for index, point in enumerate(self.points):
            offset = step * index if count > 1 else area.width() / 2
            x = area.right() - offset if rtl else area.left() + offset
            y = area.bottom() - area.height() * max(0.0, min(point.score, 100.0)) / 100
            positions.append(QPointF(x, y))
        path = QPainterPath(positions[0])
        for position in positions[1:]:
            path.lineTo(position)
        painter.setPen(QPen(QColor(ACCENT), 2.2))
        painter.drawPath(path)
        for point, position in zip(self.points, positions, strict=True):
            painter.setBrush(QColor(ACCENT))
            painter.drawEllipse(position, 3.5, 3.5)
            painter.setPen(QColor("#1f2a36"))
            painter.drawText(
                QRectF(position.x() - 30, position.y() - 20, 60, 16),
                Qt.AlignmentFlag.AlignHCenter,
                i18n.num(round(point.score, 1), 1),
            )
            painter.setPen(QColor("#6b7785"))
            painter.drawText(
                QRectF(position.x() - 40, area.bottom() + 6, 80, 16),
                Qt.AlignmentFlag.AlignHCenter,
                month_name(point),
            )
            painter.setPen(QPen(QColor(ACCENT), 2.2))
        painter.end()


def _item(text: str, sort: float | None = None) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if sort is not None:
        cell.setData(Qt.ItemDataRole.UserRole, sort)
    return cell


class RankingView(QWidget):
    """The ranking page. Signals: ``dealership_chosen(code)``."""

    dealership_chosen = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("RankingView")
        self.result: Ranking | None = None
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("rankingPeriod")
        titles = {
            "3m": self.tr("Last 3 months"),
            "6m": self.tr("Last 6 months"),
            "12m": self.tr("Last 12 months"),
            "all": self.tr("All audits"),
        }
        for code, _days in PERIODS:
            self.period.addItem(titles[code], code)
        self.period.setCurrentIndex(1)
        self.form = QComboBox()
        self.form.setObjectName("rankingForm")
        self.form.addItem(self.tr("All forms"), "")
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Form")))
        bar.addWidget(self.form)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        bar.addWidget(self.summary)
        outer.addLayout(bar)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("rankingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Dealership"),
                self.tr("Audits"),
                self.tr("Score"),
                self.tr("Lowest"),
                self.tr("Critical failures"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_itemSelectionChanged)
        body.addWidget(self.table, 3)
        side = QVBoxLayout()
        body.addLayout(side, 2)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("CardTitle")
        side.addWidget(self.detail_title)
        self.sections = QTableWidget(0, 2)
        self.sections.setObjectName("rankingSections")
        self.sections.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Mean score")])
        self.failures = QTableWidget(0, 2)
        self.failures.setObjectName("rankingFailures")
        self.failures.setHorizontalHeaderLabels([self.tr("Critical item failed"), self.tr("Times")])
        for table in (self.sections, self.failures):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        side.addWidget(self.sections, 2)
        side.addWidget(self.failures, 1)
        self.trend = TrendChart()
        side.addWidget(self.trend, 2)
        self.period.currentIndexChanged.connect(self._on_filter_changed)
        self.form.currentIndexChanged.connect(self._on_filter_changed)
        self._forms_loaded = False
        self.refresh()

    def refresh(self) -> None:
        actor = self.ctx.session.actor
        code = self.period.currentData()
        days = dict(PERIODS)[code]
        until = local(utcnow()).date()
        since = until - timedelta(days=days) if days else None
        form_id = self.form.currentData() or None

        def run(db: Database) -> tuple[Ranking, list[TemplateInfo]]:
            with db.read() as conn:
                return ranking.ranking(conn, actor, since=since, form_id=form_id), library.list_templates(
                    conn, actor
                )

        self.ctx.runner.database(run, self._on_loaded, owner=self)

    def _on_loaded(self, data: tuple[Ranking, list[TemplateInfo]]) -> None:
        result, templates = data
        if not self._forms_loaded:
            self._forms_loaded = True
            self.form.blockSignals(True)
            for info in templates:
                self.form.addItem(i18n.text(info.title.get(i18n.lang())), info.form_id)
            self.form.blockSignals(False)
        self.result = result
        self.table.setRowCount(0)
        for row in result.dealerships:
            index = self.table.rowCount()
            self.table.insertRow(index)
            cells = [
                i18n.digits(str(row.rank)),
                f"{i18n.text(row.dealership_name)} ({i18n.digits(row.dealership_id)})",
                i18n.digits(str(row.audits)),
                "—" if row.score is None else i18n.num(round(row.score, 1), 1),
                "—" if row.worst is None else i18n.num(round(row.worst, 1), 1),
                i18n.digits(str(row.critical_failures)),
            ]
            for column, text in enumerate(cells):
                cell = _item(text)
                cell.setData(Qt.ItemDataRole.UserRole, row.dealership_id)
                if column == 5 and row.critical_failures:
                    cell.setForeground(QColor("#b3261e"))
                self.table.setItem(index, column, cell)
        total = sum(r.audits for r in result.dealerships)
        self.summary.setText(
            self.tr("%1 dealerships, %2 audits")
            .replace("%1", i18n.digits(str(len(result.dealerships))))
            .replace("%2", i18n.digits(str(total)))
        )
        self._show(None)

    def chosen(self) -> DealershipRank | None:
        row = self.table.currentRow()
        if self.result is None or not 0 <= row < len(self.result.dealerships):
            return None
        return self.result.dealerships[row]

    @Slot()
    def _on_table_itemSelectionChanged(self) -> None:
        chosen = self.chosen()
        self._show(chosen)
        if chosen is not None:
            self.dealership_chosen.emit(chosen.dealership_id)

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        self.refresh()

    def _section_label(self, name: str) -> str:
        assert self.result is not None
        text = self.result.section_labels.get(name)
        return i18n.text(text.get(i18n.lang())) if text and (text.fa or text.en) else self.tr("General")

    def _show(self, row: DealershipRank | None) -> None:
        result = self.result
        if result is None:
            return
        self.sections.setRowCount(0)
        self.failures.setRowCount(0)
        if row is None:
            self.detail_title.setText(self.tr("The whole network"))
            self.trend.set_points(self.tr("Network score by month"), list(result.trend))
            means: dict[str, list[float]] = {}
            failed: dict[str, int] = {}
            for dealer in result.dealerships:
                for name, value in dealer.sections.items():
                    means.setdefault(name, []).append(value)
                for name, times in dealer.failed_items.items():
                    failed[name] = failed.get(name, 0) + times
            sections = {n: sum(v) / len(v) for n, v in means.items()}
        else:
            self.detail_title.setText(i18n.text(row.dealership_name))
            self.trend.set_points(self.tr("Score by month"), list(row.trend))
            sections = row.sections
            failed = row.failed_items
        for name in result.sections:
            if name not in sections:
                continue
            index = self.sections.rowCount()
            self.sections.insertRow(index)
            self.sections.setItem(index, 0, _item(self._section_label(name)))
            self.sections.setItem(index, 1, _item(i18n.num(round(sections[name], 1), 1)))
        for name, times in sorted(failed.items(), key=lambda kv: -kv[1]):
            index = self.failures.rowCount()
            self.failures.insertRow(index)
            label = result.item_labels.get(name)
            self.failures.setItem(index, 0, _item(i18n.text(label.get(i18n.lang())) if label else name))
            self.failures.setItem(index, 1, _item(i18n.digits(str(times))))
