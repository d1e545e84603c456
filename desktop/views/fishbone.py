"""Cause-and-effect (fishbone) diagrams: drawn, edited, printed and exported.

The drawing (:class:`FishboneScene`) puts the problem at the fish's head and the six
branches on its spine, three above and three below; in Persian the fish is mirrored,
head at the left, so the eye reads from the causes (right) to the effect. The tree
beside it is where causes are added, reworded, moved and removed; clicking a cause in
the drawing selects it there. Print, PDF and PNG all draw the same scene.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import improvement
from desktop.models.calendar import utcnow
from desktop.models.cases import CATEGORIES
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.improvement import BRANCHES, Cause, Fishbone
from desktop.models.users import Perm, User
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel
from desktop.views.style import ACCENT, FONT_FAMILY

INK = QColor("#1f2a36")
MUTED = QColor("#5b6775")
BONE = QColor("#3d4b59")
HEAD = QColor(ACCENT)
SELECTED = QColor("#c2571a")
CAUSE_ROLE = Qt.ItemDataRole.UserRole
BRANCH_ROLE = Qt.ItemDataRole.UserRole + 1


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class Geometry:
    """Where things go, for a fish drawn left to right (head at the right)."""

    width: float
    height: float
    spine_y: float
    tail_x: float
    head_x: float
    bone: float  # vertical reach of a branch from the spine

    @classmethod
    def for_diagram(cls, diagram: Fishbone) -> Geometry:
        per_branch = [
            len(diagram.on_branch(b)) + 0.6 * sum(len(diagram.children(c.id)) for c in diagram.on_branch(b))
            for b in BRANCHES
        ]
        bone = max(190.0, 48.0 * max(per_branch, default=0) + 80)
        height = 2 * bone + 120
        return cls(width=1280, height=height, spine_y=height / 2, tail_x=40, head_x=1040, bone=bone)

    def anchor(self, slot: int) -> float:
        """The spine x where the branch in column ``slot`` (0 = nearest the head) meets it."""
        span = (self.head_x - self.tail_x) / 3
        return self.head_x - 40 - slot * span


class FishboneScene(QGraphicsScene):
    """The drawing of one diagram. Cause items carry their cause id (``data(0)``).

    Signals:
        cause_clicked: the id of the cause someone selected in the drawing.
    """

    cause_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selectionChanged.connect(self._on_self_selectionChanged)
        self.cause_items: dict[str, QGraphicsTextItem] = {}

    def build(self, diagram: Fishbone | None, rtl: bool) -> None:
        self.clear()
        self.cause_items = {}
        if diagram is None:
            self.setSceneRect(QRectF(0, 0, 400, 200))
            return
        g = Geometry.for_diagram(diagram)
        self.setSceneRect(QRectF(0, 0, g.width, g.height))
        self.setBackgroundBrush(QBrush(QColor("white")))

        def x(value: float) -> float:
            return g.width - value if rtl else value

        bone_pen = QPen(BONE, 2.2)
        spine = QPainterPath(QPointF(x(g.tail_x), g.spine_y))
        spine.lineTo(QPointF(x(g.head_x), g.spine_y))
        self.addPath(spine, QPen(BONE, 4))
        self._tail(g, x)
        self._head(diagram, g, x, rtl)
        for index, branch in enumerate(BRANCHES):
            above = index < 3
            slot = index % 3
            root = QPointF(x(g.anchor(slot)), g.spine_y)
            dx = g.bone * 0.45
            end = QPointF(x(g.anchor(slot) - dx), g.spine_y - g.bone if above else g.spine_y + g.bone)
            self.addLine(root.x(), root.y(), end.x(), end.y(), bone_pen)
            self._branch_label(branch, end, above)
            self._causes(diagram, branch, root, end, above, rtl, dx)

    def _tail(self, g: Geometry, x: Callable[[float], float]) -> None:
        path = QPainterPath(QPointF(x(g.tail_x), g.spine_y))
        path.lineTo(QPointF(x(g.tail_x - 26), g.spine_y - 26))
        path.moveTo(QPointF(x(g.tail_x), g.spine_y))
        path.lineTo(QPointF(x(g.tail_x - 26), g.spine_y + 26))
        self.addPath(path, QPen(BONE, 3))

    def _head(self, diagram: Fishbone, g: Geometry, x: Callable[[float], float], rtl: bool) -> None:
        width, height = g.width - g.head_x - 30, 130.0
        left = min(x(g.head_x), x(g.head_x + width))
        rect = QRectF(left, g.spine_y - height / 2, width, height)
        box = QGraphicsRectItem(rect)
        box.setBrush(QBrush(HEAD))
        box.setPen(QPen(HEAD))
        self.addItem(box)
        text = self._text(i18n.text(diagram.problem), 11.5, True, width - 20, QColor("white"), rtl)
        text.setPos(rect.left() + 10, rect.center().y() - text.boundingRect().height() / 2)

    def _branch_label(self, branch: str, end: QPointF, above: bool) -> None:
        name = i18n.label("fishbone_branch", branch)
        text = self._text(name, 10.5, True, 170, INK, i18n.is_rtl(), center=True)
        h = text.boundingRect().height()
        text.setPos(end.x() - 85, end.y() - h - 4 if above else end.y() + 4)
        frame = QGraphicsRectItem(text.sceneBoundingRect().adjusted(-2, 0, 2, 0))
        frame.setPen(QPen(BONE, 1.2))
        frame.setBrush(QBrush(QColor("#eef3f5")))
        frame.setZValue(-1)
        self.addItem(frame)

    def _causes(
        self, diagram: Fishbone, branch: str, root: QPointF, end: QPointF, above: bool, rtl: bool, dx: float
    ) -> None:
        causes = diagram.on_branch(branch)
        if not causes:
            return
        weights = [1 + 0.6 * len(diagram.children(c.id)) for c in causes]
        total = sum(weights)
        step = 0.84 / total
        position = 0.10
        for cause, weight in zip(causes, weights, strict=True):
            t = position + step * weight / 2
            position += step * weight
            point = QPointF(end.x() + (root.x() - end.x()) * t, end.y() + (root.y() - end.y()) * t)
            length = 205.0
            tip_x = point.x() + length if rtl else point.x() - length
            self.addLine(point.x(), point.y(), tip_x, point.y(), QPen(BONE, 1.4))
            lines = [cause, *diagram.children(cause.id)]
            # Text keeps clear of the slanted bone it hangs from.
            gap = 16.0
            left = min(point.x(), tip_x) + (gap if rtl else 0)
            length -= gap
            self._cause_text(cause, 9.5, left, point.y(), length, rtl, top=True)
            y = point.y() + 2
            for child in lines[1:]:
                item = self._cause_text(child, 8.5, left, y, length, rtl, top=False)
                y += item.boundingRect().height() - 4
                for grandchild in diagram.children(child.id):
                    item = self._cause_text(grandchild, 8, left, y, length - 14, rtl, top=False, indent=14)
                    y += item.boundingRect().height() - 4

    def _cause_text(
        self,
        cause: Cause,
        size: float,
        left: float,
        y: float,
        width: float,
        rtl: bool,
        *,
        top: bool,
        indent: float = 0,
    ) -> QGraphicsTextItem:
        prefix = "" if top else "• "
        item = self._text(
            prefix + i18n.text(cause.text), size, top, width - indent, INK if top else MUTED, rtl
        )
        h = item.boundingRect().height()
        item.setPos(left + (0 if rtl else indent), y - h + 2 if top else y)
        item.setData(0, cause.id)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        item.setToolTip(cause.text)
        self.cause_items[cause.id] = item
        return item

    def _text(
        self, text: str, size: float, bold: bool, width: float, color: QColor, rtl: bool, center: bool = False
    ) -> QGraphicsTextItem:
        item = QGraphicsTextItem()
        item.setFont(_font(size, bold))
        item.setDefaultTextColor(color)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        align = (
            Qt.AlignmentFlag.AlignHCenter
            if center
            else Qt.AlignmentFlag.AlignRight
            if rtl
            else Qt.AlignmentFlag.AlignLeft
        )
        option.setAlignment(align)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        item.document().setDefaultTextOption(option)
        item.setPlainText(text)
        item.setTextWidth(width)
        self.addItem(item)
        return item

    def select_cause(self, cause_id: str | None) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for cid, item in self.cause_items.items():
            chosen = cid == cause_id
            item.setSelected(chosen)
            item.setDefaultTextColor(SELECTED if chosen else item.defaultTextColor())
        self.blockSignals(False)

    @Slot()
    def _on_self_selectionChanged(self) -> None:
        for item in self.selectedItems():
            cause_id = item.data(0)
            if cause_id:
                self.cause_clicked.emit(str(cause_id))
                return

    # -- output -----------------------------------------------------------------------

    def image(self, scale: float = 1.5) -> QImage:
        rect = self.sceneRect()
        image = QImage((rect.size() * scale).toSize(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.render(painter, QRectF(image.rect()), rect)
        painter.end()
        return image

    def save_png(self, path: str | Path) -> bool:
        return self.image().save(str(path), "PNG")

    def paint_on(self, painter: QPainter, page: QRectF, title: str) -> None:
        """Draw the diagram on a page (landscape), with a title line above it."""
        painter.setFont(_font(12, True))
        painter.setPen(INK)
        title_rect = QRectF(page.left(), page.top(), page.width(), 40)
        align = Qt.AlignmentFlag.AlignRight if i18n.is_rtl() else Qt.AlignmentFlag.AlignLeft
        painter.drawText(title_rect, int(align | Qt.AlignmentFlag.AlignVCenter), title)
        body = QRectF(page.left(), page.top() + 50, page.width(), page.height() - 50)
        self.render(painter, body, self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def save_pdf(self, path: str | Path, title: str) -> None:
        writer = QPdfWriter(str(path))
        writer.setTitle(title)
        writer.setCreator("Pishkhan")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
            )
        )
        writer.setResolution(150)
        painter = QPainter(writer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(0, 0, writer.width(), writer.height())
        self.paint_on(painter, page, title)
        painter.end()

    def print_on(self, printer: QPrinter, title: str) -> None:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        painter = QPainter(printer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        self.paint_on(painter, page, title)
        painter.end()


@dataclass(frozen=True)
class DiagramsData:
    diagrams: list[Fishbone]
    modes: dict[str, str]


def load(db: Database, actor: User) -> DiagramsData:
    with db.read() as conn:
        diagrams = improvement.list_fishbones(conn, actor)
        modes = {m.id: m.title for m in improvement.list_failure_modes(conn, actor)}
    return DiagramsData(diagrams, modes)


class FishbonePage(QWidget):
    """Pick a diagram, see it drawn, edit its causes in the tree beside it."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("FishbonePage")
        self.can_edit = ctx.session.actor.can(Perm.IMPROVEMENT_MANAGE)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Problem")))
        self.picker = QComboBox()
        self.picker.setObjectName("diagramPicker")
        self.picker.setMinimumWidth(320)
        self.picker.currentIndexChanged.connect(self._on_picker_currentIndexChanged)
        top.addWidget(self.picker, 1)
        self.new = QPushButton(self.tr("New diagram…"))
        self.new.setObjectName("newDiagram")
        self.new.clicked.connect(self._on_new_clicked)
        self.rename = QPushButton(self.tr("Edit the problem…"))
        self.rename.setObjectName("editProblem")
        self.rename.clicked.connect(self._on_rename_clicked)
        top.addWidget(self.new)
        top.addWidget(self.rename)
        layout.addLayout(top)
        self.scene = FishboneScene(self)
        self.scene.cause_clicked.connect(self._on_scene_cause_clicked)
        self.view = QGraphicsView(self.scene)
        self.view.setObjectName("fishboneView")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.tree = QTreeWidget()
        self.tree.setObjectName("causeTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemSelectionChanged.connect(self._on_tree_itemSelectionChanged)
        self.tree.itemDoubleClicked.connect(self._on_tree_itemDoubleClicked)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])
        self.tree.setMinimumWidth(220)
        layout.addWidget(splitter, 1)
        self.empty = QLabel(self.tr("No diagram yet. Start one for a problem your customers keep raising."))
        self.empty.setObjectName("Muted")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add = self._button("addCause", self.tr("Add cause…"), self._on_add_clicked)
        self.add_sub = self._button("addSubCause", self.tr("Add sub-cause…"), self._on_add_sub_clicked)
        self.edit = self._button("editCause", self.tr("Reword…"), self._on_edit_clicked)
        self.move = QComboBox()
        self.move.setObjectName("moveCause")
        self.move.addItem(self.tr("Move to branch…"), None)
        for branch in BRANCHES:
            self.move.addItem(i18n.label("fishbone_branch", branch), branch)
        self.move.activated.connect(self._on_move_activated)
        self.remove = self._button("removeCause", self.tr("Remove"), self._on_remove_clicked)
        for widget in (self.add, self.add_sub, self.edit, self.move, self.remove):
            row.addWidget(widget)
            widget.setVisible(self.can_edit)
        self.new.setVisible(self.can_edit)
        self.rename.setVisible(self.can_edit)
        row.addStretch(1)
        self.png = self._button("savePng", self.tr("Save as PNG…"), self._on_png_clicked)
        self.pdf = self._button("savePdf", self.tr("Save as PDF…"), self._on_pdf_clicked)
        self.print_ = self._button("print", self.tr("Print…"), self._on_print_clicked)
        for button in (self.png, self.pdf, self.print_):
            row.addWidget(button)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.data_ = DiagramsData([], {})
        self.current: Fishbone | None = None
        self._want: str | None = None
        self._loaded = False
        self._pending_mode: str | None = None
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.ctx.session.actor
        self.ctx.runner.database(lambda db: load(db, actor), self._on_loaded, owner=self)

    def _on_loaded(self, data: DiagramsData) -> None:
        self.data_ = data
        want = self._want or (self.current.id if self.current else None)
        self._want = None
        self._loaded = True
        self.picker.blockSignals(True)
        self.picker.clear()
        for diagram in data.diagrams:
            self.picker.addItem(i18n.text(diagram.problem), diagram.id)
        index = max(self.picker.findData(want), 0) if want else 0
        self.picker.setCurrentIndex(index if data.diagrams else -1)
        self.picker.blockSignals(False)
        self.show_diagram(data.diagrams[index] if data.diagrams else None)
        if self._pending_mode:
            mode_id, self._pending_mode = self._pending_mode, None
            self.open_for_mode(mode_id)

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if streams & {"fishbone", "fmea"}:
            self.refresh()

    @Slot(int)
    def _on_picker_currentIndexChanged(self, index: int) -> None:
        if 0 <= index < len(self.data_.diagrams):
            self.show_diagram(self.data_.diagrams[index])

    def open_for_mode(self, mode_id: str) -> None:
        """Show the diagram of a failure mode, or offer to start one."""
        if not self._loaded:
            self._pending_mode = mode_id
            return
        found = next((d for d in self.data_.diagrams if d.failure_mode_id == mode_id), None)
        if found is not None:
            self.picker.setCurrentIndex(self.picker.findData(found.id))
        elif self.can_edit:
            dialog = DiagramDialog(self.ctx, self.data_.modes, None, self, failure_mode_id=mode_id)
            dialog.saved.connect(self._on_dialog_saved)
            dialog.open()

    def show_diagram(self, diagram: Fishbone | None) -> None:
        selected = self.selected_cause()
        self.current = diagram
        self.empty.setVisible(diagram is None)
        self.scene.build(diagram, i18n.is_rtl())
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fill_tree(diagram, selected.id if selected else None)
        for widget in (self.rename, self.add, self.png, self.pdf, self.print_):
            widget.setEnabled(diagram is not None)
        self._update_buttons()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _fill_tree(self, diagram: Fishbone | None, keep: str | None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        if diagram is not None:
            for branch in BRANCHES:
                node = QTreeWidgetItem([i18n.label("fishbone_branch", branch)])
                node.setData(0, BRANCH_ROLE, branch)
                font = node.font(0)
                font.setBold(True)
                node.setFont(0, font)
                self.tree.addTopLevelItem(node)
                self._add_children(diagram, node, diagram.on_branch(branch), keep)
            self.tree.expandAll()
        self.tree.blockSignals(False)

    def _add_children(
        self, diagram: Fishbone, node: QTreeWidgetItem, causes: list[Cause], keep: str | None
    ) -> None:
        for cause in causes:
            child = QTreeWidgetItem([i18n.text(cause.text)])
            child.setData(0, CAUSE_ROLE, cause.id)
            child.setData(0, BRANCH_ROLE, cause.branch)
            node.addChild(child)
            if cause.id == keep:
                child.setSelected(True)
            self._add_children(diagram, child, diagram.children(cause.id), keep)

    # -- selection ----------------------------------------------------------------------

    def selected_branch(self) -> str | None:
        items = self.tree.selectedItems()
        return str(items[0].data(0, BRANCH_ROLE)) if items else None

    def selected_cause(self) -> Cause | None:
        items = self.tree.selectedItems()
        cause_id = items[0].data(0, CAUSE_ROLE) if items else None
        if not cause_id or self.current is None:
            return None
        return next((c for c in self.current.causes if c.id == cause_id), None)

    def select_cause(self, cause_id: str) -> None:
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        for item in found:
            if item.data(0, CAUSE_ROLE) == cause_id:
                self.tree.setCurrentItem(item)
                return

    def select_branch(self, branch: str) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item.data(0, BRANCH_ROLE) == branch:
                self.tree.setCurrentItem(item)

    @Slot(str)
    def _on_scene_cause_clicked(self, cause_id: str) -> None:
        self.select_cause(cause_id)

    @Slot()
    def _on_tree_itemSelectionChanged(self) -> None:
        cause = self.selected_cause()
        self.scene.select_cause(cause.id if cause else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        cause = self.selected_cause()
        self.add_sub.setEnabled(cause is not None)
        self.edit.setEnabled(cause is not None)
        self.remove.setEnabled(cause is not None)
        self.move.setEnabled(cause is not None and cause.parent_id is None)

    # -- editing ------------------------------------------------------------------------

    def _ask(self, title: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, self.tr("Cause"), QLineEdit.EchoMode.Normal, text)
        return value if ok and value.strip() else None

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.current is None:
            return
        branch = self.selected_branch()
        if branch is None:
            branch, ok = QInputDialog.getItem(
                self,
                self.tr("Add cause"),
                self.tr("Branch"),
                [i18n.label("fishbone_branch", b) for b in BRANCHES],
                0,
                False,
            )
            if not ok:
                return
            branch = BRANCHES[[i18n.label("fishbone_branch", b) for b in BRANCHES].index(branch)]
        text = self._ask(self.tr("Add cause: %1").replace("%1", i18n.label("fishbone_branch", branch)))
        if text:
            self.add_cause(text, branch=branch)

    def add_cause(self, text: str, *, branch: str | None = None, parent_id: str | None = None) -> None:
        diagram_id = self.current.id if self.current else ""
        self._run(
            lambda conn, actor: improvement.add_cause(
                conn, actor, diagram_id, text=text, branch=branch, parent_id=parent_id, now=utcnow()
            )
        )

    @Slot()
    def _on_add_sub_clicked(self) -> None:
        cause = self.selected_cause()
        if cause is None:
            return
        text = self._ask(self.tr("Why? A cause of “%1”").replace("%1", cause.text))
        if text:
            self.add_cause(text, parent_id=cause.id)

    @Slot()
    def _on_edit_clicked(self) -> None:
        cause = self.selected_cause()
        if cause is None:
            return
        text = self._ask(self.tr("Reword the cause"), cause.text)
        if text:
            self.change_cause(cause.id, text=text)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_itemDoubleClicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        if self.can_edit:
            self._on_edit_clicked()

    def change_cause(self, cause_id: str, *, text: str | None = None, branch: str | None = None) -> None:
        diagram_id = self.current.id if self.current else ""
        self._run(
            lambda conn, actor: improvement.change_cause(
                conn, actor, diagram_id, cause_id, text=text, branch=branch, now=utcnow()
            )
        )

    @Slot(int)
    def _on_move_activated(self, index: int) -> None:
        branch, cause = self.move.itemData(index), self.selected_cause()
        self.move.setCurrentIndex(0)
        if branch and cause is not None:
            self.change_cause(cause.id, branch=branch)

    @Slot()
    def _on_remove_clicked(self) -> None:
        cause = self.selected_cause()
        if cause is None or self.current is None:
            return
        diagram_id = self.current.id
        self._run(
            lambda conn, actor: improvement.remove_cause(conn, actor, diagram_id, cause.id, now=utcnow())
        )

    @Slot()
    def _on_new_clicked(self) -> None:
        dialog = DiagramDialog(self.ctx, self.data_.modes, None, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()

    @Slot()
    def _on_rename_clicked(self) -> None:
        if self.current is not None:
            dialog = DiagramDialog(self.ctx, self.data_.modes, self.current, self)
            dialog.saved.connect(self._on_dialog_saved)
            dialog.open()

    def _on_dialog_saved(self, diagram_id: str) -> None:
        self._want = diagram_id
        self.refresh()

    def _run(self, command: object) -> None:
        actor = self.ctx.session.actor

        def run(db: Database) -> Fishbone:
            with db.write() as conn:
                return command(conn, actor)  # type: ignore[operator,no-any-return]

        self.ctx.runner.database(run, self._on_changed, self._on_failed, owner=self)

    def _on_changed(self, diagram: Fishbone) -> None:
        self.error.clear_error()
        index = next((i for i, d in enumerate(self.data_.diagrams) if d.id == diagram.id), None)
        if index is not None:
            self.data_.diagrams[index] = diagram
        self.show_diagram(diagram)
        self.ctx.changed({"fishbone"})

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))

    # -- output -------------------------------------------------------------------------

    def title(self) -> str:
        problem = self.current.problem if self.current else ""
        return self.tr("Cause and effect: %1").replace("%1", i18n.text(problem))

    @Slot()
    def _on_png_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save diagram"), "fishbone.png", "PNG (*.png)")
        if path:
            self.scene.save_png(path if path.lower().endswith(".png") else path + ".png")

    @Slot()
    def _on_pdf_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save diagram"), "fishbone.pdf", "PDF (*.pdf)")
        if path:
            self.scene.save_pdf(path if path.lower().endswith(".pdf") else path + ".pdf", self.title())

    @Slot()
    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.scene.print_on(printer, self.title())


class DiagramDialog(QDialog):
    """Start a diagram for a problem, or reword its problem; link a category and failure mode.

    Signals:
        saved: the diagram's id.
    """

    saved = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        modes: dict[str, str],
        diagram: Fishbone | None,
        parent: QWidget | None = None,
        failure_mode_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.diagram = diagram
        self.setObjectName("DiagramDialog")
        self.setWindowTitle(self.tr("Cause-and-effect diagram"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.problem = QLineEdit()
        self.problem.setObjectName("problem")
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.category.addItem(self.tr("(none)"), None)
        for code in CATEGORIES:
            self.category.addItem(i18n.label("category", code), code)
        self.mode = QComboBox()
        self.mode.setObjectName("failureMode")
        self.mode.addItem(self.tr("(none)"), None)
        for mode_id, title in modes.items():
            self.mode.addItem(i18n.text(title), mode_id)
        form.addRow(self.tr("Problem (the effect)"), self.problem)
        form.addRow(self.tr("Complaint category"), self.category)
        form.addRow(self.tr("Failure mode"), self.mode)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        chosen_mode = diagram.failure_mode_id if diagram else failure_mode_id
        if diagram is not None:
            self.problem.setText(diagram.problem)
            self.category.setCurrentIndex(max(self.category.findData(diagram.category), 0))
        elif failure_mode_id in modes:
            self.problem.setText(modes[failure_mode_id or ""])
        self.mode.setCurrentIndex(max(self.mode.findData(chosen_mode), 0))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        actor, diagram = self.ctx.session.actor, self.diagram
        values = {
            "problem": self.problem.text(),
            "category": self.category.currentData(),
            "failure_mode_id": self.mode.currentData(),
        }

        def run(db: Database) -> Fishbone:
            with db.write() as conn:
                if diagram is None:
                    return improvement.create_fishbone(conn, actor, now=utcnow(), **values)
                return improvement.change_fishbone(conn, actor, diagram.id, now=utcnow(), **values)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, diagram: Fishbone) -> None:
        self.ctx.changed({"fishbone"})
        self.saved.emit(diagram.id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
