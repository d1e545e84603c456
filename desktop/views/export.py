"""Export any table or chart the screens show: XLSX, CSV, and PNG for charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from desktop.views import i18n
from reports import tables

Rows = Sequence[Sequence[Any]]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def save_table(parent: QWidget | None, title: str, rows: Rows, kind: str) -> str | None:
    """Ask where to save ``rows`` as ``kind`` ("xlsx" or "csv") and write it; the path or None."""
    filters = {
        "xlsx": translate("Export", "Excel workbooks (*.xlsx)"),
        "csv": translate("Export", "CSV files (*.csv)"),
    }
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("Export", "Export"), f"{title}.{kind}", filters[kind]
    )
    if not path:
        return None
    if not path.lower().endswith("." + kind):
        path += "." + kind
    try:
        tables.write(path, title, rows, rtl=i18n.is_rtl())
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("Export", "Export"),
            translate("Export", "The file could not be written: %1").replace("%1", str(exc)),
        )
        return None
    return path


class ExportButton(QPushButton):
    """A button whose menu exports a table (Excel, CSV) and, for a chart, a PNG picture.

    Args:
        title: the file's and the sheet's name.
        rows: called when someone exports, so the current data goes out.
        picture: called to save a PNG (charts only).
    """

    def __init__(
        self,
        title: Callable[[], str],
        rows: Callable[[], Rows],
        picture: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("Export", "Export"), parent)
        self.setObjectName("export")
        self._title = title
        self._rows = rows
        menu = QMenu(self)
        for kind, text in (
            ("xlsx", translate("Export", "Excel (XLSX)…")),
            ("csv", translate("Export", "CSV…")),
        ):
            action = QAction(text, menu)
            action.setObjectName(f"export_{kind}")
            action.triggered.connect(lambda _=False, k=kind: save_table(self, self._title(), self._rows(), k))
            menu.addAction(action)
        if picture is not None:
            action = QAction(translate("Export", "Picture (PNG)…"), menu)
            action.setObjectName("export_png")
            action.triggered.connect(picture)
            menu.addAction(action)
        self.setMenu(menu)
