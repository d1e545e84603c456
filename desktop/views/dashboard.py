"""The dashboard tab: a board per role, and a switch for those who may see several.

A clerk sees "my day"; a supervisor the counters and summons; managers, heads of unit
and HQ the figures of a period. Whoever may see more than one board can switch.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.users import Perm, Role
from desktop.views.context import AppContext
from desktop.views.dashboard_parts import translate

BOARDS = {
    "figures": "desktop.views.dashboard_figures:FiguresView",
    "counters": "desktop.views.dashboard_day:CountersView",
    "my_day": "desktop.views.dashboard_day:MyDayView",
}


def boards_for(permissions: frozenset[str], role: str) -> list[str]:
    """The boards a role may open, its own first."""
    boards = []
    if Perm.REPORT_VIEW in permissions:
        boards += ["figures", "counters"]
    if Perm.CASE_VIEW in permissions:
        boards.append("my_day")
    if role == Role.SUPERVISOR and "counters" in boards:
        boards.remove("counters")
        boards.insert(0, "counters")
    return boards


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("DashboardPage")
        layout = QVBoxLayout(self)
        actor = ctx.session.actor
        self.keys = boards_for(actor.permissions, actor.role)
        self.stack = QStackedWidget()
        self.boards: dict[str, QWidget] = {}
        switch = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        titles = {
            "figures": translate("Dashboard", "Figures"),
            "counters": translate("Dashboard", "Counters and summons"),
            "my_day": translate("Dashboard", "My day"),
        }
        for index, key in enumerate(self.keys):
            button = QPushButton(titles[key])
            button.setObjectName(f"board_{key}")
            button.setCheckable(True)
            self.group.addButton(button, index)
            switch.addWidget(button)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        switch.addStretch(1)
        if len(self.keys) > 1:
            layout.addLayout(switch)
        if not self.keys:
            empty = QLabel(translate("Dashboard", "There is no dashboard for your role."))
            empty.setObjectName("Muted")
            layout.addWidget(empty)
        layout.addWidget(self.stack, 1)
        self.group.idClicked.connect(self._on_group_idClicked)
        if self.keys:
            self.group.button(0).setChecked(True)
            self.show_board(self.keys[0])

    def show_board(self, key: str) -> QWidget:
        index = self.keys.index(key)
        if key not in self.boards:
            module, _, name = BOARDS[key].partition(":")
            board = getattr(importlib.import_module(module), name)(self.ctx)
            self.stack.widget(index).layout().addWidget(board)
            self.boards[key] = board
        self.stack.setCurrentIndex(index)
        self.group.button(index).setChecked(True)
        return self.boards[key]

    @Slot(int)
    def _on_group_idClicked(self, index: int) -> None:
        self.show_board(self.keys[index])
