"""The Cases screen: the work queues, filtered and sorted, opening a case on double-click."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.calendar import utcnow
from desktop.models.cases import codes, queues
from desktop.models.db import Database
from desktop.models.users import Perm
from desktop.views import i18n
from desktop.views.case_queue import COLUMNS, CaseQueueModel
from desktop.views.context import AppContext
from desktop.views.forms import shrinkable

# Columns that share the width left over (the others fit their contents).
STRETCHED = ("customer", "category", "status")

# Queues each person sees, and which ones need something of the user to mean anything.
_NEEDS = {"my_unit": "unit", "counter_walk_ins": "counter", "happy_call": Perm.HAPPY_CALL}
_FILTERS = (
    ("status", codes.STATUSES, "case_status"),
    ("case_type", codes.CASE_TYPES, "case_type"),
    ("category", codes.CATEGORIES, "category"),
    ("priority", codes.PRIORITIES, "priority"),
    ("segment", codes.SEGMENTS, "segment"),
)


class CasesScreen(QWidget):
    """Queues on the side; the chosen queue's cases, a page at a time, beside them."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QHBoxLayout(self)
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("queueList")
        self.queue_list.setFixedWidth(230)
        outer.addWidget(self.queue_list)
        right = QVBoxLayout()
        outer.addLayout(right, 1)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Tracking code"))
        self.search.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(130)
        self.search.setMaximumWidth(180)
        bar.addWidget(self.search)
        # The filters on a row of their own under the search: side by side with it they
        # were squeezed to a few letters each on a counter PC's screen.
        filter_row = QHBoxLayout()
        self.filters: dict[str, QComboBox] = {}
        for name, values, kind in _FILTERS:
            combo = QComboBox()
            combo.setObjectName(f"filter_{name}")
            combo.addItem(self._filter_title(name), "")
            for value in values:
                combo.addItem(i18n.label(kind, value), value)
            combo.currentIndexChanged.connect(self._on_filter_currentIndexChanged)
            self.filters[name] = combo
            filter_row.addWidget(combo)
        filter_row.addStretch(1)
        self.sort = QComboBox()
        self.sort.setObjectName("sortOrder")
        self.sort.currentIndexChanged.connect(self._on_filter_currentIndexChanged)
        bar.addWidget(self.sort)
        shrinkable(*self.filters.values(), self.sort)
        bar.addStretch(1)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("refreshCases")
        refresh.clicked.connect(self._on_refresh_clicked)
        bar.addWidget(refresh)
        right.addLayout(bar)
        right.addLayout(filter_row)

        self.model = CaseQueueModel(ctx.runner, self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Codes, levels and times as wide as they need (measured again as rows arrive, see
        # _fit_columns); names and categories share the rest.
        header = self.table.horizontalHeader()
        self._fitted = [i for i, (key, _t) in enumerate(COLUMNS) if key not in STRETCHED]
        for column, (key, _title) in enumerate(COLUMNS):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch if key in STRETCHED else QHeaderView.ResizeMode.Interactive,
            )
        for column in self._fitted:
            header.resizeSection(column, header.sectionSizeHint(column))
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(self._on_table_doubleClicked)
        right.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("Muted")
        right.addWidget(self.status)
        self.model.loaded.connect(self._on_model_loaded)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._reload)
        self.search.textChanged.connect(self._on_search_textChanged)
        self._fill_queues()
        self.queue_list.currentRowChanged.connect(self._on_queue_list_currentRowChanged)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.queue_list.setCurrentRow(0)

    def _filter_title(self, name: str) -> str:
        titles = {
            "status": self.tr("Any status"),
            "case_type": self.tr("Any type"),
            "category": self.tr("Any category"),
            "priority": self.tr("Any priority"),
            "segment": self.tr("Any segment"),
        }
        return titles[name]

    def _fill_queues(self) -> None:
        session = self.ctx.session
        user = session.actor
        for queue in queues.QUEUES:
            need = _NEEDS.get(queue)
            if need == "unit" and not user.unit:
                continue
            if need == "counter" and not session.counter:
                continue
            if need == Perm.HAPPY_CALL and not user.can(Perm.HAPPY_CALL):
                continue
            item = QListWidgetItem(i18n.label("case_queue", queue))
            item.setData(Qt.ItemDataRole.UserRole, queue)
            self.queue_list.addItem(item)
        self._count_queues()

    def _count_queues(self) -> None:
        session = self.ctx.session
        user, counter = session.actor, session.counter
        names = [
            self.queue_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.queue_list.count())
        ]

        def count(db: Database) -> dict[str, int]:
            now = utcnow()
            with db.read() as conn:
                return {
                    name: queues.count(conn, queues.QueueQuery(name, user, now, counter=counter), cap=1000)
                    for name in names
                    if name != "all"
                }

        self.ctx.runner.database(count, self._on_counted, owner=self)

    def _on_counted(self, counts: dict[str, int]) -> None:
        for i in range(self.queue_list.count()):
            item = self.queue_list.item(i)
            queue = item.data(Qt.ItemDataRole.UserRole)
            title = i18n.label("case_queue", queue)
            if queue in counts:
                shown = i18n.num(counts[queue]) + ("+" if counts[queue] >= 1000 else "")
                title = f"{title} ({shown})"
            item.setText(title)

    @property
    def current_queue(self) -> str:
        item = self.queue_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "all"

    def query(self) -> queues.QueueQuery:
        session = self.ctx.session
        filters = {name: combo.currentData() for name, combo in self.filters.items() if combo.currentData()}
        return queues.QueueQuery(
            self.current_queue,
            session.actor,
            utcnow(),
            counter=session.counter,
            sort=self.sort.currentData() or "",
            filters=filters,
            text=self.search.text(),
        )

    @Slot(int)
    def _on_queue_list_currentRowChanged(self, _row: int) -> None:
        self.sort.blockSignals(True)
        self.sort.clear()
        for name in queues.QUEUE_SORTS[self.current_queue]:
            self.sort.addItem(i18n.label("queue_sort", name), name)
        self.sort.blockSignals(False)
        self._reload()

    @Slot(int)
    def _on_filter_currentIndexChanged(self, _index: int) -> None:
        self._reload()

    @Slot(str)
    def _on_search_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_refresh_clicked(self) -> None:
        self._reload()
        self._count_queues()

    def _reload(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self.model.load(self.query())

    def _fit_columns(self) -> None:
        """Tracking codes and times in full: each fitted column as wide as its header and
        the first rows need (a header-only measure, taken before any row, cut them short)."""
        header = self.table.horizontalHeader()
        for column in self._fitted:
            wanted = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            if header.sectionSize(column) < wanted:
                header.resizeSection(column, wanted)

    def _on_model_loaded(self, total: int) -> None:
        self._fit_columns()
        if total == 0:
            self.status.setText(self.tr("No cases in this queue."))
        elif self.model.has_more:
            self.status.setText(self.tr("%1 cases shown; scroll for more.").replace("%1", i18n.num(total)))
        else:
            self.status.setText(self.tr("%1 cases.").replace("%1", i18n.num(total)))

    def _on_ctx_data_changed(self, streams: object) -> None:
        if isinstance(streams, set) and "case" in streams:
            self.model.reload()
            self._count_queues()

    @Slot(QModelIndex)
    def _on_table_doubleClicked(self, index: QModelIndex) -> None:
        from desktop.views.case_detail import open_case

        open_case(self.ctx, self.model.row(index.row()).id, self)
