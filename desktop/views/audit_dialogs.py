"""Dialogs of the audits screens: an unplanned visit, assigning a visit, amending an item,
appealing an item, deciding an appeal. Each runs its command on the database worker and
stays open with the reason when the model refuses; it closes only when the change is in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.audits.library import TemplateInfo
from desktop.models.audits.template import Question
from desktop.models.calendar import local, parse_date, utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.users import User
from desktop.views import i18n
from desktop.views.audit_inputs import answer_text, question_text
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel
from desktop.views.worker import report_error

Command = Callable[[Database, User], Any]


class AnswerEditor(QWidget):
    """An answer of any kind, for amendments and HQ's corrected answers."""

    def __init__(self, question: Question, value: Any = None) -> None:
        super().__init__()
        self.question = question
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.boxes: dict[str, QCheckBox] = {}
        self.edit: QLineEdit | None = None
        if question.type in ("yes_no", "scale5", "select_one"):
            self.combo = QComboBox()
            self.combo.setObjectName("answerEditor")
            self.combo.addItem("—", None)
            options: Sequence[Any] = (
                ("yes", "no", "na")
                if question.type == "yes_no"
                else range(1, 6)
                if question.type == "scale5"
                else [c.name for c in question.choices]
            )
            for option in options:
                self.combo.addItem(answer_text(question, option) or i18n.digits(str(option)), option)
            self.combo.setCurrentIndex(max(self.combo.findData(value), 0))
            layout.addWidget(self.combo)
        elif question.type == "select_multiple":
            for choice in question.choices:
                box = QCheckBox(i18n.text(choice.label.get(i18n.lang())))
                box.setObjectName(f"answerEditor_{choice.name}")
                box.setChecked(bool(value) and choice.name in value)
                self.boxes[choice.name] = box
                layout.addWidget(box)
        else:
            self.edit = QLineEdit("" if value is None else i18n.digits(str(value)))
            self.edit.setObjectName("answerEditor")
            layout.addWidget(self.edit)

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        if self.boxes:
            return [name for name, box in self.boxes.items() if box.isChecked()] or None
        assert self.edit is not None
        return self.edit.text() or None


class CommandDialog(QDialog):
    """A dialog whose OK runs a model command; refusals are shown, success closes it."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = ErrorLabel()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.result_value: Any = None

    def command(self) -> Command:
        """The command to run with the values typed (raise ValidationError to refuse)."""
        raise NotImplementedError

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            fn = self.command()
        except PishkhanError as error:
            self.error.show_error(i18n.error_text(error))
            return
        actor = self.ctx.session.actor
        self.buttons.setEnabled(False)

        def run(db: Database) -> Any:
            return fn(db, actor)

        self.ctx.runner.database(run, self._on_done, self._on_failed, owner=self)

    def _on_done(self, result: Any) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, PishkhanError):
            from desktop.views.audit_form import plain_error

            field = getattr(error, "field", "")
            known = field and not field.startswith("_") and field not in self._question_names()
            self.error.show_error(i18n.error_text(error) if known else plain_error(error))
            return
        report_error(self, error)

    def _question_names(self) -> set[str]:
        return set()


def _multiline(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setFixedHeight(80)
    edit.setTabChangesFocus(True)
    return edit


class VisitDialog(CommandDialog):
    """An unplanned visit (inspector) or an assigned one (planner: inspector and window)."""

    def __init__(
        self,
        ctx: AppContext,
        templates: Sequence[TemplateInfo],
        run: Callable[[dict[str, Any]], Command],
        *,
        inspectors: Sequence[User] = (),
        parent: QWidget | None = None,
    ) -> None:
        planned = bool(inspectors)
        super().__init__(ctx, self.tr("Assign a visit") if planned else self.tr("Unplanned visit"), parent)
        self.setObjectName("AssignVisitDialog" if planned else "UnplannedVisitDialog")
        self._run = run
        self.code = QLineEdit()
        self.code.setObjectName("dealershipCode")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name = QLineEdit()
        self.name.setObjectName("dealershipName")
        self.city = QLineEdit()
        self.city.setObjectName("dealershipCity")
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("formChoice")
        for info in templates:
            self.form_combo.addItem(i18n.text(info.title.get(i18n.lang())), info.form_id)
        self.scenario = _multiline("scenario")
        self.scenario.setPlaceholderText(self.tr("Leave empty to use the form's scenario"))
        self.form.addRow(self.tr("Dealership code"), self.code)
        self.form.addRow(self.tr("Dealership name"), self.name)
        self.form.addRow(self.tr("City"), self.city)
        self.form.addRow(self.tr("Form"), self.form_combo)
        self.inspector: QComboBox | None = None
        self.window_start: QLineEdit | None = None
        self.window_end: QLineEdit | None = None
        if planned:
            self.inspector = QComboBox()
            self.inspector.setObjectName("inspectorChoice")
            for user in inspectors:
                self.inspector.addItem(user.display_name, user.id)
            self.window_start = QLineEdit()
            self.window_start.setObjectName("windowStart")
            self.window_end = QLineEdit()
            self.window_end.setObjectName("windowEnd")
            today = local(utcnow()).date()
            self.window_start.setText(i18n.fmt_date(today))
            self.window_end.setText(i18n.fmt_date(today + timedelta(days=7)))
            for edit in (self.window_start, self.window_end):
                edit.setPlaceholderText(i18n.digits("1405/09/10"))
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.form.addRow(self.tr("Inspector"), self.inspector)
            self.form.addRow(self.tr("Visit from"), self.window_start)
            self.form.addRow(self.tr("Visit until"), self.window_end)
        self.form.addRow(self.tr("Scenario"), self.scenario)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "dealership_id": self.code.text(),
            "dealership_name": self.name.text(),
            "dealership_city": self.city.text(),
            "form_id": self.form_combo.currentData() or "",
            "scenario": self.scenario.toPlainText(),
        }
        if self.inspector is not None and self.window_start is not None and self.window_end is not None:
            values["inspector_id"] = self.inspector.currentData() or ""
            values["window_start"] = parse_date(self.window_start.text(), "window_start")
            values["window_end"] = parse_date(self.window_end.text(), "window_end")
        return values

    def command(self) -> Command:
        return self._run(self.values())


class ReasonDialog(CommandDialog):
    """The dealership's appeal of one item: the reason is required."""

    def __init__(
        self, ctx: AppContext, question: Question, answer: Any, run: Callable[[str], Command], parent: QWidget
    ) -> None:
        super().__init__(ctx, self.tr("Appeal an item"), parent)
        self.setObjectName("AppealDialog")
        self._run = run
        label = QLabel(question_text(question))
        label.setWordWrap(True)
        self.form.addRow(self.tr("Item"), label)
        self.form.addRow(self.tr("Inspector's answer"), QLabel(answer_text(question, answer)))
        self.reason = _multiline("appealReason")
        self.reason.setPlaceholderText(self.tr("Why the finding is wrong, and what shows it"))
        self.form.addRow(self.tr("Reason"), self.reason)

    def command(self) -> Command:
        return self._run(self.reason.toPlainText())


class AmendDialog(CommandDialog):
    """Correct one answer of a finalised audit, with the reason (kept on record)."""

    def __init__(
        self,
        ctx: AppContext,
        question: Question,
        answer: Any,
        run: Callable[[Any, str], Command],
        parent: QWidget,
    ) -> None:
        super().__init__(ctx, self.tr("Amend an answer"), parent)
        self.setObjectName("AmendDialog")
        self._run = run
        self.question = question
        label = QLabel(question_text(question))
        label.setWordWrap(True)
        self.form.addRow(self.tr("Item"), label)
        self.form.addRow(self.tr("Recorded answer"), QLabel(answer_text(question, answer) or "—"))
        self.editor = AnswerEditor(question, answer)
        self.form.addRow(self.tr("Corrected answer"), self.editor)
        self.reason = _multiline("amendReason")
        self.form.addRow(self.tr("Reason"), self.reason)
        note = QLabel(self.tr("The original answer stays on record beside the amendment."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        self.layout_.insertWidget(1, note)

    def _question_names(self) -> set[str]:
        return {self.question.name}

    def command(self) -> Command:
        return self._run(self.editor.value(), self.reason.toPlainText())


class DecideDialog(CommandDialog):
    """HQ upholds or rejects an appeal, with the reason; an upheld item may get a new answer."""

    def __init__(
        self,
        ctx: AppContext,
        question: Question,
        answer: Any,
        reason: str,
        run: Callable[[bool, str, Any], Command],
        parent: QWidget,
    ) -> None:
        super().__init__(ctx, self.tr("Decide an appeal"), parent)
        self.setObjectName("DecideDialog")
        self._run = run
        self.question = question
        label = QLabel(question_text(question))
        label.setWordWrap(True)
        self.form.addRow(self.tr("Item"), label)
        self.form.addRow(self.tr("Inspector's answer"), QLabel(answer_text(question, answer) or "—"))
        why = QLabel(i18n.text(reason))
        why.setWordWrap(True)
        self.form.addRow(self.tr("Dealership's reason"), why)
        self.uphold = QRadioButton(self.tr("Uphold: the finding was wrong"))
        self.uphold.setObjectName("upholdAppeal")
        self.reject_choice = QRadioButton(self.tr("Reject: the finding stands"))
        self.reject_choice.setObjectName("rejectAppeal")
        group = QButtonGroup(self)
        group.addButton(self.uphold)
        group.addButton(self.reject_choice)
        self.form.addRow(self.tr("Decision"), self.uphold)
        self.form.addRow("", self.reject_choice)
        self.correct = QCheckBox(
            self.tr("Set the right answer (otherwise the item is struck out of the score)")
        )
        self.correct.setObjectName("setCorrectAnswer")
        self.editor = AnswerEditor(question, answer)
        self.editor.setEnabled(False)
        self.correct.toggled.connect(self.editor.setEnabled)
        self.uphold.toggled.connect(self.correct.setEnabled)
        self.correct.setEnabled(False)
        self.form.addRow("", self.correct)
        self.form.addRow(self.tr("Right answer"), self.editor)
        self.note = _multiline("decisionNote")
        self.form.addRow(self.tr("Reason for the decision"), self.note)

    def _question_names(self) -> set[str]:
        return {self.question.name}

    def command(self) -> Command:
        if not (self.uphold.isChecked() or self.reject_choice.isChecked()):
            raise PishkhanError("choose_decision")
        corrected = self.editor.value() if self.uphold.isChecked() and self.correct.isChecked() else None
        return self._run(self.uphold.isChecked(), self.note.toPlainText(), corrected)
