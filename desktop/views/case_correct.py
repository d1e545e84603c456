"""Correct a case's details (type, category, sub-category, priority): a new event, with why.

The registration stays on record; the correction and its reason show in the timeline,
and the answer's due time is counted again for the corrected classification.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import cases
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.case_fields import load_subcategories
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel


def _combo(name: str, kind: str, codes: tuple[str, ...], current: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for code in codes:
        box.addItem(i18n.label(kind, code), code)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


class CorrectDialog(QDialog):
    """The case's classification, to correct. Emits :attr:`corrected` with the new case."""

    corrected = Signal(object)

    def __init__(self, ctx: AppContext, case: cases.Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case = case
        self.setObjectName("correctDialog")
        self.setWindowTitle(self.tr("Correct the case's details"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The registration stays on record; the correction is added to the timeline with"
                " its reason, and the due time is counted again."
            )
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        layout.addLayout(form)
        self.case_type = _combo("correctType", "case_type", cases.CASE_TYPES, case.case_type)
        self.category = _combo("correctCategory", "category", cases.CATEGORIES, case.category)
        self.subcategory = QComboBox()
        self.subcategory.setObjectName("correctSubcategory")
        self.priority = _combo("correctPriority", "priority", cases.PRIORITIES, case.priority)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("correctReason")
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the details were wrong"))
        form.addRow(self.tr("Type"), self.case_type)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Sub-category"), self.subcategory)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Reason"), self.reason)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("correctOk")
        ok.setText(self.tr("Record the correction"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._wanted_sub = case.subcategory
        self.category.currentIndexChanged.connect(self._on_category_currentIndexChanged)
        self._on_category_currentIndexChanged(self.category.currentIndex())

    @Slot(int)
    def _on_category_currentIndexChanged(self, _index: int) -> None:
        wanted, self._wanted_sub = self._wanted_sub, None  # the case's own, on opening only
        load_subcategories(
            self.ctx, self, self.subcategory, self.category.currentData(), self.tr("(none)"), wanted
        )

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.error.clear_error()
        actor, case_id = self.ctx.session.actor, self.case.id
        values = {
            "case_type": self.case_type.currentData(),
            "category": self.category.currentData(),
            "subcategory": self.subcategory.currentData() or "",
            "priority": self.priority.currentData(),
            "reason": self.reason.toPlainText(),
        }

        def run(db: Database) -> cases.Case:
            with db.write() as conn:
                return cases.reclassify(conn, actor, case_id, now=utcnow(), **values)

        self.buttons.setEnabled(False)
        self.ctx.runner.database(run, self._on_done, self._on_failed, owner=self)

    def _on_done(self, case: cases.Case) -> None:
        self.buttons.setEnabled(True)
        self.corrected.emit(case)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
        if getattr(error, "field", "") == "reason":
            self.reason.setFocus()
