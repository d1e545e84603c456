"""The screens of the main window, in navigation order.

Each entry names its module lazily (``"module:Class"``) so that start-up imports only
the first screen; a screen is built the first time someone opens it. The class takes
the :class:`AppContext`. Screens that a later release fills show :class:`ComingScreen`.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.users import Perm


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English source text, context "Screens"
    target: str  # "module:Class"
    permission: str | None = None
    icon: str = ""


SCREENS: list[ScreenSpec] = [
    ScreenSpec(
        "counter",
        QT_TRANSLATE_NOOP("Screens", "Counter"),
        "desktop.views.counter:CounterScreen",
        Perm.CASE_REGISTER,
    ),
    ScreenSpec(
        "cases",
        QT_TRANSLATE_NOOP("Screens", "Cases"),
        "desktop.views.cases:CasesScreen",
        Perm.CASE_VIEW,
    ),
    ScreenSpec(
        "customers",
        QT_TRANSLATE_NOOP("Screens", "Customers"),
        "desktop.views.customers:CustomersScreen",
        Perm.CUSTOMER_VIEW,
    ),
    ScreenSpec(
        "audits",
        QT_TRANSLATE_NOOP("Screens", "Audits"),
        "desktop.views.audits:AuditsScreen",
        Perm.AUDIT_FILL,
    ),
    ScreenSpec(
        "reports",
        QT_TRANSLATE_NOOP("Screens", "Reports"),
        "desktop.views.analysis:AnalysisScreen",
        Perm.CASE_VIEW,  # a clerk's "my day" lives here too; the figures need report.view
    ),
    ScreenSpec(
        "settings", QT_TRANSLATE_NOOP("Screens", "Settings"), "desktop.views.settings:SettingsScreen", None
    ),
]


def visible_screens(permissions: frozenset[str]) -> list[ScreenSpec]:
    """The screens a role may open; audits also for roles that only view them."""
    shown = []
    for spec in SCREENS:
        allowed = spec.permission is None or spec.permission in permissions
        if spec.key == "audits":
            allowed = bool(permissions & {Perm.AUDIT_FILL, Perm.AUDIT_VIEW, Perm.AUDIT_VIEW_RELEASED})
        if allowed:
            shown.append(spec)
    return shown
