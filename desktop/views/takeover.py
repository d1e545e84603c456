"""Step-up at the clerk's PC: the summoned superior picks their name and types their PIN.

The clerk stays signed in; from then on the session acts as the superior (their actions
carry their name) until they hand the counter back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import cases, users
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel


class TakeoverDialog(QDialog):
    """Who arrived, and their PIN. Emits :attr:`taken_over` with the superior on success."""

    taken_over = Signal(object)

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.setObjectName("takeoverDialog")
        self.setWindowTitle(self.tr("Take the case over"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The person summoned takes the case over here, at this counter, with their PIN."
                " The clerk stays signed in."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        layout.addLayout(form)
        self.person = QComboBox()
        self.person.setObjectName("takeoverUser")
        self.pin = QLineEdit()
        self.pin.setObjectName("takeoverPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.pin.setMaxLength(8)
        form.addRow(self.tr("Who arrived"), self.person)
        form.addRow(self.tr("PIN"), self.pin)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("takeoverOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take over"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin.returnPressed.connect(self._on_buttons_accepted)

        def read(db: Database) -> list[users.User]:
            with db.read() as conn:
                return cases.summoned_candidates(conn, case_id)

        ctx.runner.database(read, self._on_candidates, owner=self)

    def _on_candidates(self, people: list[users.User]) -> None:
        for person in people:
            self.person.addItem(f"{person.display_name} · {i18n.label('role', person.role)}", person.id)
        if not people:
            self.error.show_error(self.tr("Nobody with a PIN may answer this summons."))
        self.pin.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        user_id = self.person.currentData()
        pin = self.pin.text()
        if not user_id or not pin:
            self.error.show_error(self.tr("Choose who arrived and type their PIN."))
            return
        self.buttons.setEnabled(False)
        case_id = self.case_id
        self.ctx.runner.database(
            lambda db: cases.take_over(db, case_id, user_id=user_id, pin=pin, now=utcnow()),
            self._on_done,
            self._on_failed,
            owner=self,
        )

    def _on_done(self, result: tuple[users.User, cases.Case]) -> None:
        superior, _case = result
        self.ctx.set_session(self.ctx.session.step_up(superior))
        self.ctx.changed({"case"})
        self.taken_over.emit(superior)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        if not isinstance(error, PishkhanError):
            raise error
        text = i18n.error_text(error)
        left = error.params.get("attempts_left")
        if left is not None:
            text += " " + self.tr("%1 tries left.").replace("%1", i18n.digits(str(left)))
        self.error.show_error(text)
