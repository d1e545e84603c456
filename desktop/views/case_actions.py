"""The small forms behind the case screen's buttons (escalate, refer, respond, close ...).

Each action is a list of fields; the form collects them and hands the values back. The
command itself runs on the database worker; its refusal is shown in the form, and the
form stays open so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text (several lines), line, combo, spin
    choices: Sequence[tuple[str, str]] = ()  # (value, shown text)
    minimum: int = 1
    maximum: int = 5
    default: Any = None
    ltr: bool = False


@dataclass
class ActionSpec:
    title: str
    fields: list[Field] = field(default_factory=list)


class ActionForm(QDialog):
    """A form for one action; ``run(db, values)`` is the command, called on the worker."""

    def __init__(
        self,
        ctx: AppContext,
        spec: ActionSpec,
        run: Callable[[Database, dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run = run
        self.result_value: Any = None
        self.setObjectName("actionForm")
        self.setWindowTitle(spec.title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.inputs: dict[str, QWidget] = {}
        for spec_field in spec.fields:
            widget = self._input(spec_field)
            widget.setObjectName(spec_field.name)
            self.inputs[spec_field.name] = widget
            form.addRow(spec_field.label, widget)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("actionOk")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _input(self, spec: Field) -> QWidget:
        if spec.kind == "combo":
            combo = QComboBox()
            for value, text in spec.choices:
                combo.addItem(text, value)
            if spec.default is not None:
                combo.setCurrentIndex(max(combo.findData(spec.default), 0))
            return combo
        if spec.kind == "spin":
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(spec.default or spec.maximum)
            return spin
        if spec.kind == "line":
            line = QLineEdit(str(spec.default or ""))
            if spec.ltr:
                line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            return line
        text = QPlainTextEdit()
        text.setFixedHeight(90)
        text.setTabChangesFocus(True)
        return text

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                result[name] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                result[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                result[name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText()
        return result

    @Slot()
    def _on_buttons_accepted(self) -> None:
        values = self.values()
        self.buttons.setEnabled(False)
        self.ctx.runner.database(lambda db: self.run(db, values), self._on_done, self._on_failed, owner=self)

    def _on_done(self, result: Any) -> None:
        self.result_value = result
        self.buttons.setEnabled(True)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))


def choices(kind: str, codes: Sequence[str]) -> list[tuple[str, str]]:
    return [(code, i18n.label(kind, code)) for code in codes]
