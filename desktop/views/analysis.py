"""The Reports screen: the dashboard for the signed-in role, and the improvement tools.

Tabs: the dashboard (my day, counters and summons, or the figures, by role); for those
who read reports or run improvement teams also the FMEA table, the cause-and-effect
diagrams, the improvement actions and the periodic management report. Tabs are built
the first time they are opened.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models.users import Perm
from desktop.views.context import AppContext

VIEWERS = (Perm.REPORT_VIEW, Perm.IMPROVEMENT_MANAGE)
# (key, "module:Class", permissions of which one is needed; none: everyone who opens the screen)
TABS: list[tuple[str, str, tuple[str, ...]]] = [
    ("dashboard", "desktop.views.dashboard:DashboardPage", ()),
    ("fmea", "desktop.views.fmea:FmeaPage", VIEWERS),
    ("fishbone", "desktop.views.fishbone:FishbonePage", VIEWERS),
    ("actions", "desktop.views.actions:ActionsPage", VIEWERS),
    ("report", "desktop.views.management:ManagementPage", (Perm.REPORT_VIEW,)),
]


class AnalysisScreen(QWidget):
    """The "Reports" screen of the navigation."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        layout.addWidget(self.tabs)
        perms = ctx.session.actor.permissions
        self.keys: list[str] = []
        self.targets: dict[str, str] = {}
        self.pages: dict[str, QWidget] = {}
        titles = {
            "dashboard": self.tr("Dashboard"),
            "fmea": self.tr("FMEA"),
            "fishbone": self.tr("Cause and effect"),
            "actions": self.tr("Improvement actions"),
            "report": self.tr("Management report"),
        }
        for key, target, needs in TABS:
            if needs and not any(p in perms for p in needs):
                continue
            self.keys.append(key)
            self.targets[key] = target
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, titles[key])
        self.tabs.currentChanged.connect(self._on_tabs_currentChanged)
        if self.keys:
            self._on_tabs_currentChanged(0)

    def page(self, key: str) -> QWidget | None:
        """The page ``key``, built if needed (None if this role has no such tab)."""
        if key not in self.keys:
            return None
        if key not in self.pages:
            module, _, name = self.targets[key].partition(":")
            page = getattr(importlib.import_module(module), name)(self.ctx)
            holder = self.tabs.widget(self.keys.index(key))
            holder.layout().addWidget(page)
            self.pages[key] = page
            self._wire(key, page)
        return self.pages[key]

    def open(self, key: str) -> QWidget | None:
        page = self.page(key)
        if page is not None:
            self.tabs.setCurrentIndex(self.keys.index(key))
        return page

    @Slot(int)
    def _on_tabs_currentChanged(self, index: int) -> None:
        if 0 <= index < len(self.keys):
            self.page(self.keys[index])

    def _wire(self, key: str, page: QWidget) -> None:
        if key == "fmea":
            page.plan_action_requested.connect(self._on_fmea_plan_action_requested)  # type: ignore[attr-defined]
            page.diagram_requested.connect(self._on_fmea_diagram_requested)  # type: ignore[attr-defined]

    @Slot(str)
    def _on_fmea_plan_action_requested(self, mode_id: str) -> None:
        page = self.open("actions")
        if page is not None:
            page.plan_for(mode_id)  # type: ignore[attr-defined]

    @Slot(str)
    def _on_fmea_diagram_requested(self, mode_id: str) -> None:
        page = self.open("fishbone")
        if page is not None:
            page.open_for_mode(mode_id)  # type: ignore[attr-defined]
