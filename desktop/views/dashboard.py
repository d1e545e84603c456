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

from desktop.models import business_calendar
from desktop.models.calendar import local, utcnow
from desktop.models.db import Database
from desktop.models.users import Perm, Role
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.dashboard_parts import translate

BOARDS = {
    "figures": "desktop.views.dashboard_figures:FiguresView",
    "counters": "desktop.views.dashboard_day:CountersView",
    "my_day": "desktop.views.dashboard_day:MyDayView",
}


def _years_without_holidays(db: Database) -> list[int]:
    with db.read() as conn:
        return business_calendar.years_without_holidays(conn, local(utcnow()).date())


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
        # Whoever keeps the settings or reads the figures is told when a year's holidays are
        # missing (due times would fall on them); the check reads off the UI thread.
        self.holidays_missing = QLabel()
        self.holidays_missing.setObjectName("ErrorLabel")
        self.holidays_missing.hide()
        switch.addWidget(self.holidays_missing)
        told = actor.can(Perm.SETTINGS_MANAGE) or actor.can(Perm.REPORT_VIEW)
        if len(self.keys) > 1 or told:
            layout.addLayout(switch)
        if told:
            self._check_holidays()
            ctx.data_changed.connect(self._on_ctx_data_changed)
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

    def _check_holidays(self) -> None:
        self.ctx.runner.database(_years_without_holidays, self._on_years_loaded, owner=self)

    @Slot(object)
    def _on_ctx_data_changed(self, streams: object) -> None:
        # Holidays entered in Settings (Settings → Working week and holidays).
        if isinstance(streams, set) and "settings" in streams:
            self._check_holidays()

    def _on_years_loaded(self, years: list[int]) -> None:
        if not years:
            self.holidays_missing.hide()
            return
        self.holidays_missing.setText(
            translate(
                "Dashboard",
                "The holidays of %1 are not entered, so due times may fall on them"
                " (Settings → Working week and holidays).",
            ).replace("%1", i18n.join_list([i18n.digits(str(y)) for y in years]))
        )
        self.holidays_missing.show()

    @Slot(int)
    def _on_group_idClicked(self, index: int) -> None:
        self.show_board(self.keys[index])
