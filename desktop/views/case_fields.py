"""Pieces shared by the forms that choose a case's details (intake, correction)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.models import cases
from desktop.models.cases.units import Unit
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.context import AppContext


def load_subcategories(
    ctx: AppContext,
    owner: QWidget,
    combo: QComboBox,
    category: str,
    none_label: str,
    select: str | None = None,
) -> None:
    """Fill ``combo`` with the category's sub-categories (read off the UI thread), after a
    first entry ``none_label``; choose ``select`` if it is among them. The box is enabled
    only when the category has sub-categories."""

    def read(db: Database) -> list[cases.Subcategory]:
        with db.read() as conn:
            return cases.list_subcategories(conn, category)

    def fill(found: list[cases.Subcategory]) -> None:
        combo.clear()
        combo.addItem(none_label, None)
        for sub in found:
            combo.addItem(sub.name(i18n.lang()), sub.code)
        if select:
            combo.setCurrentIndex(max(combo.findData(select), 0))
        combo.setEnabled(bool(found))

    ctx.runner.database(read, fill, owner=owner)


def unit_name(unit: Unit) -> str:
    """A unit's name in the interface language (built-in units named by the catalogue)."""
    if unit.builtin:
        return i18n.label("unit", unit.code)
    return unit.name_fa if i18n.lang() == "fa" else (unit.name_en or unit.name_fa)


def unit_label(code: str, units: list[Unit]) -> str:
    """The name of the unit ``code`` among ``units``, else the catalogue's."""
    for unit in units:
        if unit.code == code:
            return unit_name(unit)
    return i18n.label("unit", code)
