"""One card per audit question: its text, an input made for its kind, remark and evidence.

Inputs emit the answer the moment it is given (choices at once, typed text after a short
pause and when the field is left), so the form can save every answer as it comes.
Keyboard: Tab moves between questions; on a yes/no, score or choice question the digit
keys pick an option (1 = yes, 2 = no, 3 = not applicable; 1..5 for a score), Persian
digits too, and the focus moves on to the next question.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.audits.answers import is_answered
from desktop.models.audits.drafts import Evidence
from desktop.models.audits.template import Question
from desktop.models.calendar import local, utcnow
from desktop.models.text import to_ascii_digits
from desktop.views import i18n

TYPING_PAUSE_MS = 400


def question_text(question: Question) -> str:
    return i18n.text(question.label.get(i18n.lang()))


def answer_text(question: Question, value: Any) -> str:
    """An answer as people read it, in the interface language."""
    if not is_answered(value):
        return ""
    if question.type == "yes_no":
        return i18n.label("audit_answer", str(value))
    if question.type == "select_one":
        choice = question.choice(str(value))
        return i18n.text(choice.label.get(i18n.lang())) if choice else str(value)
    if question.type == "select_multiple":
        chosen = [question.choice(str(v)) for v in value]
        return i18n.join_list([i18n.text(c.label.get(i18n.lang())) for c in chosen if c])
    if question.type in ("image", "file"):
        return i18n.num(len(value))
    if question.type in ("integer", "decimal", "duration") and isinstance(value, (int, float)):
        decimals = 0 if float(value).is_integer() else 2
        return i18n.num(value, decimals)
    return i18n.text(str(value))


class AnswerInput(QWidget):
    """Base of the inputs: :attr:`changed` carries the answer (``None`` clears it)."""

    changed = Signal(object)

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question
        self._quiet = False

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, value: Any) -> None:
        if not self._quiet:
            self.changed.emit(value)

    def options(self) -> int:
        """How many options the digit keys can pick (0: typed input)."""
        return 0

    def pick(self, number: int) -> bool:
        return False

    def flush(self) -> None:
        """Emit a pending typed value now (before closing or finalising)."""

    def first_focus(self) -> QWidget:
        return self


class ChoiceInput(AnswerInput):
    """yes/no, score 1..5 and single choice: one exclusive group of buttons."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: list[str | int] = []
        vertical = question.type == "select_one" and len(question.choices) > 4
        layout: QVBoxLayout | QHBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, (value, text) in enumerate(self._choices(question), start=1):
            if question.type == "scale5":
                button: QAbstractButton = QPushButton(text)
                button.setCheckable(True)
                button.setFixedWidth(44)
            else:
                button = QRadioButton(text)
            button.setObjectName(f"opt_{question.name}_{value}")
            button.setToolTip(i18n.digits(str(index)))
            self.group.addButton(button, index)
            self.values.append(value)
            layout.addWidget(button)
        if not vertical:
            layout.addStretch(1)
        self.group.idClicked.connect(self._on_group_idClicked)

    @staticmethod
    def _choices(question: Question) -> list[tuple[str | int, str]]:
        if question.type == "yes_no":
            return [(v, i18n.label("audit_answer", v)) for v in ("yes", "no", "na")]
        if question.type == "scale5":
            return [(v, i18n.digits(str(v))) for v in range(1, 6)]
        return [(c.name, i18n.text(c.label.get(i18n.lang()))) for c in question.choices]

    @Slot(int)
    def _on_group_idClicked(self, index: int) -> None:
        self._emit(self.values[index - 1])

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        if value in self.values:
            self.group.button(self.values.index(value) + 1).setChecked(True)

    def options(self) -> int:
        return len(self.values)

    def pick(self, number: int) -> bool:
        button = self.group.button(number)
        if button is None:
            return False
        button.setChecked(True)
        self._emit(self.values[number - 1])
        return True

    def first_focus(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked or self.group.button(1) or self


class MultiInput(AnswerInput):
    """Multiple choice: a check box per choice."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in question.choices:
            box = QCheckBox(i18n.text(choice.label.get(i18n.lang())))
            box.setObjectName(f"opt_{question.name}_{choice.name}")
            box.toggled.connect(self._on_box_toggled)
            self.boxes[choice.name] = box
            layout.addWidget(box)

    @Slot(bool)
    def _on_box_toggled(self, _checked: bool) -> None:
        chosen = [name for name, box in self.boxes.items() if box.isChecked()]
        self._emit(chosen or None)

    def _show(self, value: Any) -> None:
        for name, box in self.boxes.items():
            box.setChecked(bool(value) and name in value)

    def first_focus(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class TypedInput(AnswerInput):
    """Numbers, times of day, durations and text: saved after a pause and when left."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.multiline = question.type == "text"
        self.edit: QLineEdit | QPlainTextEdit
        if self.multiline:
            self.edit = QPlainTextEdit()
            self.edit.setFixedHeight(64)
            self.edit.setTabChangesFocus(True)
            self.edit.textChanged.connect(self._on_edit_textChanged)
        else:
            self.edit = QLineEdit()
            self.edit.setMaximumWidth(160)
            self.edit.textEdited.connect(self._on_edit_textChanged)
            self.edit.editingFinished.connect(self.flush)
            if question.type in ("time", "duration", "integer", "decimal"):
                self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.edit.setPlaceholderText(self._placeholder(question.type))
        self.edit.setObjectName(f"input_{question.name}")
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit, 1 if self.multiline else 0)
        if question.type == "duration":
            layout.addWidget(QLabel(self.tr("minutes")))
        if question.type == "time":
            now = QPushButton(self.tr("Now"))
            now.setObjectName(f"now_{question.name}")
            now.clicked.connect(self._on_now_clicked)
            layout.addWidget(now)
        if not self.multiline:
            layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self._sent: str | None = None

    def _placeholder(self, kind: str) -> str:
        return {
            "time": i18n.digits("09:30"),
            "duration": i18n.digits("12"),
            "integer": i18n.digits("0"),
            "decimal": i18n.digits("0.0"),
        }.get(kind, "")

    def text(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    @Slot()
    def _on_edit_textChanged(self, *_args: object) -> None:
        if not self._quiet:
            self.timer.start()

    @Slot()
    def _on_now_clicked(self) -> None:
        assert isinstance(self.edit, QLineEdit)
        self.edit.setText(i18n.digits(local(utcnow()).strftime("%H:%M")))
        self.flush()

    def flush(self) -> None:
        self.timer.stop()
        text = self.text()
        if self._quiet or text == self._sent:
            return
        self._sent = text
        self._emit(to_ascii_digits(text) if not self.multiline else text)

    def _show(self, value: Any) -> None:
        shown = "" if value is None else answer_text(self.question, value)
        if self.question.type in ("integer", "decimal", "duration") and value is not None:
            shown = i18n.digits(str(value))
        if self.multiline:
            if self.text() != shown:
                self.edit.setPlainText(shown)  # type: ignore[union-attr]
        elif self.text() != shown:
            self.edit.setText(shown)  # type: ignore[union-attr]
        self._sent = self.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def first_focus(self) -> QWidget:
        return self.edit


class EvidenceInput(AnswerInput):
    """Photo and file questions: the attached evidence is the answer."""

    def first_focus(self) -> QWidget:
        return self

    def _show(self, value: Any) -> None:
        pass


def make_input(question: Question) -> AnswerInput:
    if question.type in ("yes_no", "scale5", "select_one"):
        return ChoiceInput(question)
    if question.type == "select_multiple":
        return MultiInput(question)
    if question.type in ("image", "file"):
        return EvidenceInput(question)
    return TypedInput(question)


class QuestionCard(QFrame):
    """A question with its input, remark, evidence and what is wrong with the answer.

    Signals:
        answered(name, value), note_changed(name, text), attach_requested(name),
        evidence_removed(name, sha256), picked(name): a digit key chose an option.
    """

    answered = Signal(str, object)
    note_changed = Signal(str, str)
    attach_requested = Signal(str)
    evidence_removed = Signal(str, str)
    picked = Signal(str)

    def __init__(self, question: Question, number: int) -> None:
        super().__init__()
        self.question = question
        self.setObjectName(f"q_{question.name}")
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(4)
        head = QHBoxLayout()
        title = question_text(question) + (" *" if question.required else "")
        self.title = QLabel(i18n.digits(f"{number}. ") + title)
        self.title.setWordWrap(True)
        self.title.setObjectName("QuestionTitle")
        head.addWidget(self.title, 1)
        if question.critical:
            tag = QLabel(self.tr("Critical"))
            tag.setObjectName("CriticalTag")
            tag.setToolTip(i18n.label("critical_scope", question.critical_scope))
            head.addWidget(tag)
        layout.addLayout(head)
        hint = question.hint.get(i18n.lang())
        if hint:
            hint_label = QLabel(i18n.text(hint))
            hint_label.setObjectName("Muted")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        self.input = make_input(question)
        self.input.changed.connect(self._on_input_changed)
        tall = question.type in ("text", "select_multiple", "image", "file") or (
            question.type == "select_one" and len(question.choices) > 4
        )
        tools = QHBoxLayout()
        if tall:
            layout.addWidget(self.input)
        else:  # the input and its tools on one line keep the cards short
            tools.addWidget(self.input, 1)
        evidence_kind = question.type in ("image", "file")
        self.attach = QPushButton(
            self.tr("Attach photo…")
            if question.type == "image"
            else self.tr("Attach file…")
            if question.type == "file"
            else self.tr("Evidence…")
        )
        self.attach.setObjectName(f"attach_{question.name}")
        self.attach.setFlat(not evidence_kind)
        self.attach.clicked.connect(self._on_attach_clicked)
        tools.addWidget(self.attach)
        self.evidence_row = QHBoxLayout()
        tools.addLayout(self.evidence_row)
        if tall:
            tools.addStretch(1)
        self.remark_button = QPushButton(self.tr("Remark"))
        self.remark_button.setObjectName(f"remark_{question.name}")
        self.remark_button.setFlat(True)
        self.remark_button.setCheckable(True)
        self.remark_button.toggled.connect(self._on_remark_button_toggled)
        tools.addWidget(self.remark_button)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.setObjectName(f"clear_{question.name}")
        self.clear.setFlat(True)
        self.clear.clicked.connect(self._on_clear_clicked)
        self.clear.setVisible(not evidence_kind)
        tools.addWidget(self.clear)
        layout.addLayout(tools)
        self.note = QPlainTextEdit()
        self.note.setObjectName(f"note_{question.name}")
        self.note.setPlaceholderText(self.tr("What you saw (goes into the report)"))
        self.note.setFixedHeight(52)
        self.note.setTabChangesFocus(True)
        self.note.hide()
        self.note.textChanged.connect(self._on_note_textChanged)
        layout.addWidget(self.note)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(TYPING_PAUSE_MS)
        self.note_timer.timeout.connect(self._send_note)
        self.error = QLabel()
        self.error.setObjectName("ErrorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self._evidence_buttons: list[QPushButton] = []
        self._loading = False

    # -- showing ------------------------------------------------------------------------

    def load(self, value: Any, note: str, evidence: Sequence[Evidence]) -> None:
        self._loading = True
        try:
            self.input.set_value(value)
            self.note.setPlainText(note)
            if note:
                self.remark_button.setChecked(True)
            self.show_evidence(evidence)
        finally:
            self._loading = False

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        for button in self._evidence_buttons:
            button.deleteLater()
        self._evidence_buttons = []
        for item in evidence:
            button = QPushButton(f"{item.name or item.sha256[:8]} ✕")
            button.setObjectName("evidenceItem")
            button.setFlat(True)
            button.setToolTip(self.tr("Remove this attachment"))
            button.clicked.connect(
                lambda _=False, key=item.sha256: self.evidence_removed.emit(self.question.name, key)
            )
            self.evidence_row.addWidget(button)
            self._evidence_buttons.append(button)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = to_ascii_digits(event.text())
        if digit.isdigit() and len(digit) == 1 and self.input.options() and self.input.pick(int(digit)):
            self.picked.emit(self.question.name)
            return
        super().keyPressEvent(event)

    def focus_input(self) -> None:
        self.input.first_focus().setFocus(Qt.FocusReason.TabFocusReason)

    def flush(self) -> None:
        self.input.flush()
        if self.note_timer.isActive():
            self._send_note()

    # -- slots ----------------------------------------------------------------------------

    @Slot(object)
    def _on_input_changed(self, value: object) -> None:
        self.show_error("")
        self.answered.emit(self.question.name, value)

    @Slot()
    def _on_clear_clicked(self) -> None:
        self.input.set_value(None)
        self.answered.emit(self.question.name, None)

    @Slot()
    def _on_attach_clicked(self) -> None:
        self.attach_requested.emit(self.question.name)

    @Slot(bool)
    def _on_remark_button_toggled(self, checked: bool) -> None:
        self.note.setVisible(checked or bool(self.note.toPlainText()))
        if checked:
            self.note.setFocus()

    @Slot()
    def _on_note_textChanged(self) -> None:
        if not self._loading:
            self.note_timer.start()

    def _send_note(self) -> None:
        self.note_timer.stop()
        self.note_changed.emit(self.question.name, self.note.toPlainText())
