"""A Qt table model over one work queue, loading a page at a time as the view scrolls.

``canFetchMore``/``fetchMore`` ask the database worker for the next page (keyset: after
the last row held), so a queue of half a million cases opens with its first hundred and
scrolls without ever loading the rest at once. A reload discards answers of older loads.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.calendar import utcnow
from desktop.models.cases import queues
from desktop.models.db import Database
from desktop.views import i18n
from desktop.views.worker import Runner

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    ("tracking", QT_TRANSLATE_NOOP("CaseQueue", "Tracking code")),
    ("customer", QT_TRANSLATE_NOOP("CaseQueue", "Customer")),
    ("type", QT_TRANSLATE_NOOP("CaseQueue", "Type")),
    ("category", QT_TRANSLATE_NOOP("CaseQueue", "Category")),
    ("status", QT_TRANSLATE_NOOP("CaseQueue", "Status")),
    ("level", QT_TRANSLATE_NOOP("CaseQueue", "Level")),
    ("due", QT_TRANSLATE_NOOP("CaseQueue", "Due")),
    ("registered", QT_TRANSLATE_NOOP("CaseQueue", "Registered")),
)
OVERDUE = QColor("#b3261e")
WARNING = QColor("#8a5a00")


class CaseQueueModel(QAbstractTableModel):
    """Rows of a queue, fetched lazily from the database worker.

    Signals:
        loaded: a page arrived (the argument is how many rows the model now holds).
    """

    loaded = Signal(int)

    def __init__(self, runner: Runner, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.runner = runner
        self.rows: list[queues.QueueRow] = []
        self.query: queues.QueueQuery | None = None
        self._cursor: tuple[str, str] | None = None
        self._more = False
        self._loading = False
        self._generation = 0
        self.page_size = queues.PAGE_SIZE

    # -- loading --------------------------------------------------------------------------

    def load(self, query: queues.QueueQuery) -> None:
        """Show ``query`` from its first page (answers to earlier loads are dropped)."""
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.query = query
        self._cursor = None
        self._more = True
        self._loading = False
        self.endResetModel()
        self._request()

    def reload(self) -> None:
        if self.query is not None:
            self.load(replace(self.query, now=utcnow()))

    def _request(self) -> None:
        if self.query is None or self._loading or not self._more:
            return
        self._loading = True
        query, cursor, size, generation = self.query, self._cursor, self.page_size, self._generation

        def fetch(db: Database) -> queues.Page:
            with db.read() as conn:
                return queues.fetch_page(conn, query, after=cursor, limit=size)

        self.runner.database(fetch, lambda page: self._on_page(generation, page))

    def _on_page(self, generation: int, page: queues.Page) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._cursor = page.cursor
        self._more = page.cursor is not None
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(len(self.rows))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._request()

    @property
    def has_more(self) -> bool:
        return self._more

    # -- the table ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            from PySide6.QtCore import QCoreApplication

            return QCoreApplication.translate("CaseQueue", COLUMNS[section][1])
        return None

    def row(self, index: int) -> queues.QueueRow:
        return self.rows[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and key == "due" and row.due_at is not None:
            now = utcnow()
            if row.overdue or row.due_at <= now:
                return QBrush(OVERDUE)
            if row.warn_at is not None and row.warn_at <= now:
                return QBrush(WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("tracking", "due", "registered"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: queues.QueueRow, key: str) -> str:
        if key == "tracking":
            return i18n.ltr(row.tracking_code)
        if key == "customer":
            return i18n.text(row.customer_name) or "—"
        if key == "type":
            return i18n.label("case_type", row.case_type)
        if key == "category":
            return i18n.label("category", row.category)
        if key == "status":
            text = i18n.label("case_status", row.status)
            if row.summons_level:
                text += " · " + i18n.label("level", row.summons_level)
            return text
        if key == "level":
            return i18n.label("level", row.level)
        if key == "due":
            return _when(row.due_at)
        if key == "registered":
            return _when(row.registered_at)
        return ""


def _when(moment: datetime | None) -> str:
    return i18n.fmt_datetime(moment) if moment else ""
