"""The FMEA table: failure modes ranked by risk priority number, with their actions.

Read by everyone who sees reports; edited by those who run improvement teams. The
suggested occurrence (from the last 90 days of cases) stands beside the one the team
chose, so a team sees when its rating has drifted from what the counters record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import improvement
from desktop.models.calendar import utcnow
from desktop.models.cases import CATEGORIES, list_subcategories
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.improvement import FailureMode, OccurrenceSuggestion
from desktop.models.users import Perm, User
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.export import ExportButton
from desktop.views.forms import ErrorLabel

RISK_COLOURS = {"high": "#f6d5d2", "medium": "#fbecc8"}
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class FmeaData:
    modes: list[FailureMode]
    suggestions: dict[tuple[str, str | None], OccurrenceSuggestion]
    open_actions: dict[str, int]
    subcategories: dict[tuple[str, str], str]


def select_row(table: QTableView, row: int) -> None:
    """Select a whole row (QTableView.selectRow selects nothing in a right-to-left layout)."""
    index = table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(index, flags)


def load(db: Database, actor: User, lang: str) -> FmeaData:
    """Everything the table shows, in one read."""
    with db.read() as conn:
        modes = improvement.list_failure_modes(conn, actor)
        suggestions = improvement.suggest_occurrences(
            conn, actor, [(m.category, m.subcategory) for m in modes], now=utcnow()
        )
        counts: dict[str, int] = {}
        for action in improvement.list_actions(conn, actor, statuses=("planned", "in_progress")):
            if action.failure_mode_id:
                counts[action.failure_mode_id] = counts.get(action.failure_mode_id, 0) + 1
        names = {(cat, s.code): s.name(lang) for cat in CATEGORIES for s in list_subcategories(conn, cat)}
    return FmeaData(modes, suggestions, counts, names)


class FmeaModel(QAbstractTableModel):
    COLUMNS = (
        "rank",
        "title",
        "category",
        "cause",
        "effect",
        "severity",
        "occurrence",
        "detection",
        "rpn",
        "suggested",
        "actions",
    )
    NUMERIC = frozenset({"rank", "severity", "occurrence", "detection", "rpn", "suggested", "actions"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_ = FmeaData([], {}, {}, {})

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Failure mode"),
            self.tr("Category"),
            self.tr("Root cause"),
            self.tr("Effect on the customer"),
            self.tr("Severity"),
            self.tr("Occurrence"),
            self.tr("Detection"),
            self.tr("RPN"),
            self.tr("Suggested occurrence"),
            self.tr("Open actions"),
        ]

    def set_data(self, data: FmeaData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    def mode(self, row: int) -> FailureMode | None:
        modes = self.data_.modes
        return modes[row] if 0 <= row < len(modes) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.data_.modes)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def value(self, row: int, column: str) -> Any:
        """The cell's value as exported (numbers stay numbers)."""
        m = self.data_.modes[row]
        suggestion = self.data_.suggestions.get((m.category, m.subcategory))
        category = i18n.label("category", m.category)
        if m.subcategory:
            category += " / " + self.data_.subcategories.get((m.category, m.subcategory), m.subcategory)
        values: dict[str, Any] = {
            "rank": row + 1,
            "title": m.title,
            "category": category,
            "cause": m.cause,
            "effect": m.effect,
            "severity": m.severity,
            "occurrence": m.occurrence,
            "detection": m.detection,
            "rpn": m.rpn,
            "suggested": suggestion.rating if suggestion else None,
            "actions": self.data_.open_actions.get(m.id, 0),
        }
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        m = self.data_.modes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(index.row(), column)
            if value is None:
                return ""
            return i18n.num(value) if column in self.NUMERIC else i18n.text(str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == "rpn" and m.risk in RISK_COLOURS:
                return QBrush(QColor(RISK_COLOURS[m.risk]))
            if column == "severity" and m.critical:
                return QBrush(QColor("#f6d5d2"))
            if column == "suggested":
                suggestion = self.data_.suggestions.get((m.category, m.subcategory))
                if suggestion and suggestion.differs_from(m.occurrence):
                    return QBrush(QColor("#e3eefb"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "suggested":
                suggestion = self.data_.suggestions.get((m.category, m.subcategory))
                if suggestion:
                    return suggestion_text(suggestion)
            if column == "severity" and m.critical:
                return self.tr("Severity 9 or 10: act on it whatever the RPN.")
            if column in ("title", "cause", "effect"):
                return i18n.text(str(self.value(index.row(), column)))
        return None

    def rows(self) -> list[list[Any]]:
        return [
            self.headers(),
            *[[self.value(r, c) for c in self.COLUMNS] for r in range(self.rowCount())],
        ]


def suggestion_text(s: OccurrenceSuggestion) -> str:
    from PySide6.QtCore import QCoreApplication

    return (
        QCoreApplication.translate(
            "FmeaPage", "%1 complaints in %2 cases over the last %3 days (%4 per thousand): rating %5"
        )
        .replace("%1", i18n.num(s.complaints))
        .replace("%2", i18n.num(s.cases))
        .replace("%3", i18n.num((s.until - s.since).days))
        .replace("%4", i18n.num(s.per_thousand, 1))
        .replace("%5", i18n.num(s.rating))
    )


class FmeaPage(QWidget):
    """The FMEA table with its buttons.

    Signals:
        plan_action_requested: a failure mode's id, to plan an improvement action for it.
        diagram_requested: a failure mode's id, to open or start its cause-and-effect diagram.
    """

    plan_action_requested = Signal(str)
    diagram_requested = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("FmeaPage")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Root causes of dissatisfaction, ranked by risk priority number (RPN ="
                " severity × occurrence × detection). Work on the top of the table first."
            )
        )
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = FmeaModel(self)
        self.table = QTableView()
        self.table.setObjectName("fmeaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Row heights follow the columns' widths (measured once, before the table had its
        # width, they came out several lines too tall).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in ("title", "cause", "effect"):
            header.setSectionResizeMode(FmeaModel.COLUMNS.index(column), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No failure modes yet. Add the first root cause your team found."))
        self.empty.setObjectName("Muted")
        self.empty.hide()
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add = self._button("addMode", self.tr("Add failure mode…"), self._on_add_clicked)
        self.edit = self._button("editMode", self.tr("Edit…"), self._on_edit_clicked)
        self.apply = self._button(
            "applySuggestion", self.tr("Use suggested occurrence"), self._on_apply_clicked
        )
        self.retire = self._button("retireMode", self.tr("Take off the table"), self._on_retire_clicked)
        self.plan = self._button("planAction", self.tr("Plan an action…"), self._on_plan_clicked)
        self.diagram = self._button(
            "openDiagram", self.tr("Cause-and-effect diagram"), self._on_diagram_clicked
        )
        for button in (self.add, self.edit, self.apply, self.retire, self.plan, self.diagram):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(ExportButton(lambda: self.tr("FMEA"), self.model.rows, parent=self))
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.can_edit = ctx.session.actor.can(Perm.IMPROVEMENT_MANAGE)
        for button in (self.add, self.edit, self.apply, self.retire, self.plan):
            button.setVisible(self.can_edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        actor, lang = self.ctx.session.actor, i18n.lang()
        self.ctx.runner.database(lambda db: load(db, actor, lang), self._on_loaded, owner=self)

    def _on_loaded(self, data: FmeaData) -> None:
        selected = self.selected()
        self.model.set_data(data)
        self.empty.setVisible(not data.modes)
        if selected is not None:
            for row, m in enumerate(data.modes):
                if m.id == selected.id:
                    select_row(self.table, row)
        self._update_buttons()

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"fmea", "improvement_action", "case"}:
            self.refresh()

    def selected(self) -> FailureMode | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.mode(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.edit, self.retire, self.plan, self.diagram):
            button.setEnabled(chosen is not None)
        suggestion = (
            self.model.data_.suggestions.get((chosen.category, chosen.subcategory)) if chosen else None
        )
        self.apply.setEnabled(bool(chosen and suggestion and suggestion.rating != chosen.occurrence))

    def select_mode(self, mode_id: str) -> None:
        for row, m in enumerate(self.model.data_.modes):
            if m.id == mode_id:
                select_row(self.table, row)

    # -- commands -----------------------------------------------------------------------

    @Slot()
    def _on_add_clicked(self) -> None:
        FailureModeDialog(self.ctx, None, self).open()

    @Slot()
    def _on_edit_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.can_edit:
            FailureModeDialog(self.ctx, chosen, self).open()

    @Slot(QModelIndex)
    def _on_table_doubleClicked(self, index: QModelIndex) -> None:
        self._on_edit_clicked()

    @Slot()
    def _on_apply_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        suggestion = self.model.data_.suggestions[(chosen.category, chosen.subcategory)]
        self._run(
            lambda conn, actor: improvement.change_failure_mode(
                conn, actor, chosen.id, occurrence=suggestion.rating, now=utcnow()
            )
        )

    @Slot()
    def _on_retire_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._run(
                lambda conn, actor: improvement.retire_failure_mode(conn, actor, chosen.id, now=utcnow())
            )

    @Slot()
    def _on_plan_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.plan_action_requested.emit(chosen.id)

    @Slot()
    def _on_diagram_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.diagram_requested.emit(chosen.id)

    def _run(self, command: Any) -> None:
        actor = self.ctx.session.actor

        def run(db: Database) -> None:
            with db.write() as conn:
                command(conn, actor)

        self.ctx.runner.database(run, self._on_done, self._on_failed, owner=self)

    def _on_done(self, _result: object) -> None:
        self.error.clear_error()
        self.ctx.changed({"fmea"})

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))


def _spin(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(1, 10)
    spin.setValue(5)
    return spin


class FailureModeDialog(QDialog):
    """Add or edit a failure mode; the RPN and the suggested occurrence update as you type."""

    def __init__(self, ctx: AppContext, mode: FailureMode | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = mode
        self.setObjectName("FailureModeDialog")
        self.setWindowTitle(self.tr("Edit failure mode") if mode else self.tr("New failure mode"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.category = QComboBox()
        self.category.setObjectName("category")
        for code in CATEGORIES:
            self.category.addItem(i18n.label("category", code), code)
        self.subcategory = QComboBox()
        self.subcategory.setObjectName("subcategory")
        self.cause = QPlainTextEdit()
        self.cause.setObjectName("cause")
        self.effect = QPlainTextEdit()
        self.effect.setObjectName("effect")
        self.controls = QPlainTextEdit()
        self.controls.setObjectName("controls")
        for edit in (self.cause, self.effect, self.controls):
            edit.setFixedHeight(58)
        self.severity = _spin("severity")
        self.occurrence = _spin("occurrence")
        self.detection = _spin("detection")
        self.rpn = QLabel()
        self.rpn.setObjectName("rpn")
        self.suggestion = QLabel()
        self.suggestion.setObjectName("Muted")
        self.suggestion.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("Use it"))
        self.use_suggestion.setObjectName("useSuggestion")
        self.use_suggestion.setEnabled(False)
        self.use_suggestion.clicked.connect(self._on_use_suggestion_clicked)
        form.addRow(self.tr("Failure mode"), self.title)
        form.addRow(self.tr("Complaint category"), self.category)
        form.addRow(self.tr("Sub-category"), self.subcategory)
        form.addRow(self.tr("Root cause"), self.cause)
        form.addRow(self.tr("Effect on the customer"), self.effect)
        form.addRow(self.tr("Current controls"), self.controls)
        form.addRow(self.tr("Severity (1 = hardly noticed, 10 = unsafe or unlawful)"), self.severity)
        form.addRow(self.tr("Occurrence (1 = almost never, 10 = all the time)"), self.occurrence)
        suggested = QHBoxLayout()
        suggested.addWidget(self.suggestion, 1)
        suggested.addWidget(self.use_suggestion)
        form.addRow("", suggested)
        form.addRow(self.tr("Detection (1 = always caught in time, 10 = never)"), self.detection)
        form.addRow(self.tr("Risk priority number"), self.rpn)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._suggested: int | None = None
        self._subcategories: dict[str, list[tuple[str, str]]] = {}
        if mode is not None:
            self.title.setText(mode.title)
            self.category.setCurrentIndex(CATEGORIES.index(mode.category))
            self.cause.setPlainText(mode.cause)
            self.effect.setPlainText(mode.effect)
            self.controls.setPlainText(mode.controls)
            self.severity.setValue(mode.severity)
            self.occurrence.setValue(mode.occurrence)
            self.detection.setValue(mode.detection)
        for spin in (self.severity, self.occurrence, self.detection):
            spin.valueChanged.connect(self._update_rpn)
        self.category.currentIndexChanged.connect(self._on_category_currentIndexChanged)
        self.subcategory.currentIndexChanged.connect(self._on_subcategory_currentIndexChanged)
        self._update_rpn()
        lang = i18n.lang()

        def read(db: Database) -> dict[str, list[tuple[str, str]]]:
            with db.read() as conn:
                return {c: [(s.code, s.name(lang)) for s in list_subcategories(conn, c)] for c in CATEGORIES}

        ctx.runner.database(read, self._on_subcategories_loaded, owner=self)

    def _on_subcategories_loaded(self, subs: dict[str, list[tuple[str, str]]]) -> None:
        self._subcategories = subs
        self._fill_subcategories(self.mode.subcategory if self.mode else None)

    def _fill_subcategories(self, chosen: str | None) -> None:
        self.subcategory.blockSignals(True)
        self.subcategory.clear()
        self.subcategory.addItem(self.tr("(the whole category)"), None)
        for code, name in self._subcategories.get(self.category.currentData(), []):
            self.subcategory.addItem(i18n.text(name), code)
            if code == chosen:
                self.subcategory.setCurrentIndex(self.subcategory.count() - 1)
        self.subcategory.blockSignals(False)
        self._ask_suggestion()

    @Slot(int)
    def _on_category_currentIndexChanged(self, _index: int) -> None:
        self._fill_subcategories(None)

    @Slot(int)
    def _on_subcategory_currentIndexChanged(self, _index: int) -> None:
        self._ask_suggestion()

    def _ask_suggestion(self) -> None:
        actor = self.ctx.session.actor
        category, sub = self.category.currentData(), self.subcategory.currentData()

        def read(db: Database) -> OccurrenceSuggestion:
            with db.read() as conn:
                return improvement.suggest_occurrence(
                    conn, actor, category=category, subcategory=sub, now=utcnow()
                )

        self.ctx.runner.database(read, self._on_suggestion_loaded, owner=self)

    def _on_suggestion_loaded(self, suggestion: OccurrenceSuggestion) -> None:
        if (suggestion.category, suggestion.subcategory) != (
            self.category.currentData(),
            self.subcategory.currentData(),
        ):
            return  # the person has chosen something else meanwhile
        self._suggested = suggestion.rating
        self.suggestion.setText(self.tr("Suggested from the cases: ") + suggestion_text(suggestion))
        self.use_suggestion.setEnabled(suggestion.rating != self.occurrence.value())

    @Slot()
    def _on_use_suggestion_clicked(self) -> None:
        if self._suggested is not None:
            self.occurrence.setValue(self._suggested)

    @Slot()
    def _update_rpn(self) -> None:
        value = improvement.rpn(self.severity.value(), self.occurrence.value(), self.detection.value())
        self.rpn.setText(i18n.num(value))
        if self._suggested is not None:
            self.use_suggestion.setEnabled(self._suggested != self.occurrence.value())

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "category": self.category.currentData(),
            "subcategory": self.subcategory.currentData(),
            "cause": self.cause.toPlainText(),
            "effect": self.effect.toPlainText(),
            "controls": self.controls.toPlainText(),
            "severity": self.severity.value(),
            "occurrence": self.occurrence.value(),
            "detection": self.detection.value(),
        }

    @Slot()
    def _on_buttons_accepted(self) -> None:
        actor, values, mode = self.ctx.session.actor, self.values(), self.mode

        def run(db: Database) -> FailureMode:
            with db.write() as conn:
                if mode is None:
                    return improvement.create_failure_mode(conn, actor, now=utcnow(), **values)
                return improvement.change_failure_mode(conn, actor, mode.id, now=utcnow(), **values)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, _mode: FailureMode) -> None:
        self.ctx.changed({"fmea"})
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
