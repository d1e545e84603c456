"""Improvement actions: who changes what by when; a team of 2 to 6, an owner, a status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import improvement, users
from desktop.models.calendar import format_date, utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.improvement import Action, FailureMode, Member
from desktop.models.improvement.actions import OPEN_STATUSES, TEAM_MAX, TEAM_MIN
from desktop.models.users import Perm, User
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.export import ExportButton
from desktop.views.forms import ErrorLabel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class ActionsData:
    actions: list[Action]
    modes: dict[str, str]  # failure mode id -> title


def load(db: Database, actor: User, open_only: bool) -> ActionsData:
    with db.read() as conn:
        actions = improvement.list_actions(conn, actor, statuses=OPEN_STATUSES if open_only else None)
        modes = {m.id: m.title for m in improvement.list_failure_modes(conn, actor, include_retired=True)}
    return ActionsData(actions, modes)


class ActionsModel(QAbstractTableModel):
    COLUMNS = ("title", "failure_mode", "owner", "team", "due_date", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_ = ActionsData([], {})

    def headers(self) -> list[str]:
        return [
            self.tr("Action"),
            self.tr("Failure mode"),
            self.tr("Owner"),
            self.tr("Team"),
            self.tr("Due date"),
            self.tr("Status"),
        ]

    def set_data(self, data: ActionsData) -> None:
        self.beginResetModel()
        self.data_ = data
        self.endResetModel()

    def action(self, row: int) -> Action | None:
        items = self.data_.actions
        return items[row] if 0 <= row < len(items) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.data_.actions)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def value(self, row: int, column: str) -> str:
        a = self.data_.actions[row]
        owner = a.owner
        values = {
            "title": a.title,
            "failure_mode": self.data_.modes.get(a.failure_mode_id or "", ""),
            "owner": owner.name if owner else "",
            "team": i18n.join_list([m.name for m in a.team]),
            "due_date": format_date(a.due_date, i18n.lang()),
            "status": i18n.label("action_status", a.status),
        }
        if a.overdue(utcnow()):
            values["status"] += " · " + self.tr("overdue")
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return i18n.text(self.value(index.row(), column))
        overdue = column in ("due_date", "status") and self.data_.actions[index.row()].overdue(utcnow())
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(QColor("#b3261e"))
        return None

    def rows(self) -> list[list[Any]]:
        return [self.headers(), *[[self.value(r, c) for c in self.COLUMNS] for r in range(self.rowCount())]]


class ActionsPage(QWidget):
    """The improvement actions, soonest due first; open ones unless asked for all."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("ActionsPage")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.all = QCheckBox(self.tr("Show finished and cancelled actions too"))
        self.all.setObjectName("showAll")
        self.all.toggled.connect(self.refresh)
        top.addWidget(self.all)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = ActionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("actionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new = QPushButton(self.tr("New action…"))
        self.new.setObjectName("newAction")
        self.new.clicked.connect(self._on_new_clicked)
        self.edit = QPushButton(self.tr("Edit…"))
        self.edit.setObjectName("editAction")
        self.edit.clicked.connect(self._on_edit_clicked)
        self.start = QPushButton(self.tr("Start"))
        self.start.setObjectName("startAction")
        self.start.clicked.connect(lambda: self._move("in_progress"))
        self.done = QPushButton(self.tr("Done…"))
        self.done.setObjectName("finishAction")
        self.done.clicked.connect(self._on_done_clicked)
        self.cancel = QPushButton(self.tr("Cancel the action"))
        self.cancel.setObjectName("cancelAction")
        self.cancel.clicked.connect(lambda: self._move("cancelled"))
        self.buttons = (self.new, self.edit, self.start, self.done, self.cancel)
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(ExportButton(lambda: self.tr("Improvement actions"), self.model.rows, parent=self))
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.can_edit = ctx.session.actor.can(Perm.IMPROVEMENT_MANAGE)
        for button in self.buttons:
            button.setVisible(self.can_edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        actor, open_only = self.ctx.session.actor, not self.all.isChecked()
        self.ctx.runner.database(lambda db: load(db, actor, open_only), self._on_loaded, owner=self)

    def _on_loaded(self, data: ActionsData) -> None:
        self.model.set_data(data)
        self._update_buttons()

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"fmea", "improvement_action"}:
            self.refresh()

    def selected(self) -> Action | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.action(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        a = self.selected()
        self.edit.setEnabled(a is not None)
        self.start.setEnabled(a is not None and a.status == "planned")
        self.done.setEnabled(a is not None and a.open)
        self.cancel.setEnabled(a is not None and a.open)

    def plan_for(self, failure_mode_id: str | None) -> None:
        ActionDialog(self.ctx, None, self, failure_mode_id=failure_mode_id).open()

    @Slot()
    def _on_new_clicked(self) -> None:
        self.plan_for(None)

    @Slot()
    def _on_edit_clicked(self) -> None:
        a = self.selected()
        if a is not None and self.can_edit:
            ActionDialog(self.ctx, a, self).open()

    @Slot(QModelIndex)
    def _on_table_doubleClicked(self, _index: QModelIndex) -> None:
        self._on_edit_clicked()

    @Slot()
    def _on_done_clicked(self) -> None:
        a = self.selected()
        if a is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Action done"), self.tr("What came of it? (what changed, by how much)")
        )
        if ok:
            self._move("done", text)

    def _move(self, status: str, result: str | None = None) -> None:
        a, actor = self.selected(), self.ctx.session.actor
        if a is None:
            return

        def run(db: Database) -> Action:
            with db.write() as conn:
                return improvement.set_status(conn, actor, a.id, status, now=utcnow(), result=result)

        self.ctx.runner.database(run, self._on_moved, self._on_failed, owner=self)

    def _on_moved(self, _action: Action) -> None:
        self.error.clear_error()
        self.ctx.changed({"improvement_action"})

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))


class ActionDialog(QDialog):
    """Plan or edit an action: what, why (failure mode), by when, and who (2 to 6 people)."""

    def __init__(
        self,
        ctx: AppContext,
        action: Action | None,
        parent: QWidget | None = None,
        failure_mode_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.setObjectName("ActionDialog")
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New improvement action"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setFixedHeight(64)
        self.mode = QComboBox()
        self.mode.setObjectName("failureMode")
        self.mode.addItem(self.tr("(none)"), None)
        self.due = QLineEdit()
        self.due.setObjectName("dueDate")
        self.due.setPlaceholderText(i18n.digits("1405/10/30"))
        self.team = QListWidget()
        self.team.setObjectName("team")
        self.team.setFixedHeight(150)
        self.outsider = QLineEdit()
        self.outsider.setObjectName("outsider")
        self.outsider.setPlaceholderText(self.tr("Name of an expert from outside (e.g. quality, production)"))
        add = QPushButton(self.tr("Add to the team"))
        add.setObjectName("addOutsider")
        add.clicked.connect(self._on_add_clicked)
        outsider_row = QHBoxLayout()
        outsider_row.addWidget(self.outsider, 1)
        outsider_row.addWidget(add)
        self.count = QLabel()
        self.count.setObjectName("Muted")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        form.addRow(self.tr("Action"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("For failure mode"), self.mode)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(self.tr("Team"), self.team)
        form.addRow("", outsider_row)
        form.addRow("", self.count)
        form.addRow(self.tr("Owner"), self.owner)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.team.itemChanged.connect(self._on_team_itemChanged)
        self._preset_mode = failure_mode_id or (action.failure_mode_id if action else None)
        if action is not None:
            self.title.setText(action.title)
            self.description.setPlainText(action.description)
            self.due.setText(format_date(action.due_date, i18n.lang()))
        actor = ctx.session.actor

        def read(db: Database) -> tuple[list[User], list[FailureMode]]:
            with db.read() as conn:
                return users.list_users(conn), improvement.list_failure_modes(conn, actor)

        ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, data: tuple[list[User], list[FailureMode]]) -> None:
        people, modes = data
        for m in modes:
            self.mode.addItem(i18n.text(m.title), m.id)
            if m.id == self._preset_mode:
                self.mode.setCurrentIndex(self.mode.count() - 1)
        members = {m.user_id: m for m in self.action.team if m.user_id} if self.action else {}
        self.team.blockSignals(True)
        for person in people:
            if person.role in ("inspector", "inspection_manager"):
                continue  # inspectors stay independent of the dealerships they audit
            item = QListWidgetItem(f"{person.display_name} · {i18n.label('role', person.role)}")
            item.setData(Qt.ItemDataRole.UserRole, Member(person.display_name, person.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in members else Qt.CheckState.Unchecked)
            self.team.addItem(item)
        for member in self.action.team if self.action else ():
            if member.user_id is None:
                self._add_outsider(member.name)
        self.team.blockSignals(False)
        self._update_team()
        if self.action is not None:
            index = self.owner.findData(self.action.owner_id)
            self.owner.setCurrentIndex(max(index, 0))

    def _add_outsider(self, name: str) -> None:
        item = QListWidgetItem(name + " · " + self.tr("outside expert"))
        item.setData(Qt.ItemDataRole.UserRole, Member(name))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.team.addItem(item)

    @Slot()
    def _on_add_clicked(self) -> None:
        name = self.outsider.text().strip()
        if name:
            self._add_outsider(name)
            self.outsider.clear()
            self._update_team()

    @Slot(QListWidgetItem)
    def _on_team_itemChanged(self, _item: QListWidgetItem) -> None:
        self._update_team()

    def members(self) -> list[Member]:
        chosen = []
        for row in range(self.team.count()):
            item = self.team.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        return chosen

    def _update_team(self) -> None:
        members = self.members()
        self.count.setText(
            self.tr("%1 people chosen (a team has %2 to %3)")
            .replace("%1", i18n.num(len(members)))
            .replace("%2", i18n.num(TEAM_MIN))
            .replace("%3", i18n.num(TEAM_MAX))
        )
        current = self.owner.currentData()
        self.owner.clear()
        for member in members:
            if member.user_id:
                self.owner.addItem(member.name, member.user_id)
        index = self.owner.findData(current)
        if index >= 0:
            self.owner.setCurrentIndex(index)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "failure_mode_id": self.mode.currentData(),
            "due_date": self.due.text(),
            "team": self.members(),
            "owner_id": self.owner.currentData() or "",
        }

    @Slot()
    def _on_buttons_accepted(self) -> None:
        actor, values, action = self.ctx.session.actor, self.values(), self.action

        def run(db: Database) -> Action:
            with db.write() as conn:
                if action is None:
                    return improvement.create_action(conn, actor, now=utcnow(), **values)
                return improvement.change_action(conn, actor, action.id, now=utcnow(), **values)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, _action: Action) -> None:
        self.ctx.changed({"improvement_action"})
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
