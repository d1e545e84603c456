"""The cases behind a bar of a chart; double-click one to open it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.analytics import drill
from desktop.models.analytics.figures import Filters
from desktop.models.analytics.period import Period
from desktop.models.db import Database
from desktop.models.users import User
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.export import ExportButton
from desktop.views.period_picker import period_title


def load(
    db: Database, actor: User, period: Period, filters: Filters, dimension: str, code: str
) -> drill.Drill:
    with db.read() as conn:
        return drill.matching_cases(conn, actor, period, dimension, code, filters)


class DrillDialog(QDialog):
    """A list of the matching cases (newest first); the case opens on double-click."""

    def __init__(
        self,
        ctx: AppContext,
        period: Period,
        filters: Filters,
        dimension: str,
        code: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DrillDialog")
        self.setWindowTitle(self.tr("Cases"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(period_title(period))
        self.summary.setObjectName("Muted")
        layout.addWidget(self.summary)
        self.headers = [
            self.tr("Tracking code"),
            self.tr("Registered"),
            self.tr("Type"),
            self.tr("Category"),
            self.tr("Channel"),
            self.tr("Status"),
            self.tr("Level"),
        ]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setObjectName("drillTable")
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Double-click a case to open it."))
        hint.setObjectName("Muted")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(
            ExportButton(self.windowTitle, self.rows, parent=self), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout.addWidget(buttons)
        self.result_: drill.Drill | None = None
        self._period = period
        actor = ctx.session.actor
        ctx.runner.database(
            lambda db: load(db, actor, period, filters, dimension, code), self._on_loaded, owner=self
        )

    def _on_loaded(self, found: drill.Drill) -> None:
        self.result_ = found
        shown = len(found.rows)
        text = QCoreApplication.translate("DrillDialog", "%1 cases in %2").replace(
            "%1", i18n.num(found.total)
        )
        text = text.replace("%2", period_title(self._period))
        if shown < found.total:
            text += " · " + self.tr("the newest %1 are listed").replace("%1", i18n.num(shown))
        self.summary.setText(text)
        self.table.setRowCount(shown)
        for r, row in enumerate(found.rows):
            cells = [
                row.tracking_code,
                i18n.fmt_datetime(row.registered_at),
                i18n.label("case_type", row.case_type),
                i18n.label("category", row.category),
                i18n.label("channel", row.channel),
                i18n.label("case_status", row.status),
                i18n.label("level", row.level),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.case_id)
                self.table.setItem(r, c, item)

    def rows(self) -> list[list[str]]:
        table = [self.headers]
        for r in range(self.table.rowCount()):
            table.append([self.table.item(r, c).text() for c in range(self.table.columnCount())])
        return table

    def case_id(self, row: int) -> str | None:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @Slot(QModelIndex)
    def _on_table_doubleClicked(self, index: QModelIndex) -> None:
        case_id = self.case_id(index.row())
        if case_id:
            from desktop.views.case_detail import open_case

            open_case(self.ctx, case_id, self)
