"""First run: a short wizard that creates the dealership profile and the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.models import dealership, identity, settings, users
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel


class _Page(QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.layout_.addLayout(self.form)
        self.error = ErrorLabel()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def line(self, name: str, label: str, *, ltr: bool = False, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        if ltr:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def fail(self, error: ValidationError) -> bool:
        self.error.show_error(i18n.error_text(error))
        return False


class WelcomePage(_Page):
    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to Pishkhan"),
            self.tr(
                "Set up this counter PC for your dealership. It takes a minute; it works without a network."
            ),
        )
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in ("fa", "en"):
            self.language.addItem(i18n.label("language", code), code)
        self.language.setCurrentIndex(0 if i18n.lang() == "fa" else 1)
        self.language.currentIndexChanged.connect(self._on_language_currentIndexChanged)
        self.form.addRow(self.tr("Language"), self.language)

    @Slot(int)
    def _on_language_currentIndexChanged(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))


class DealershipPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Your dealership"),
            self.tr("As it should appear on receipts and letters. The code is the one HQ gave you."),
        )
        self.code = self.line("code", self.tr("Dealership code"), ltr=True)
        self.name = self.line("name", self.tr("Dealership name"))
        self.city = self.line("city", self.tr("City"))
        self.phone = self.line("phone", self.tr("Phone"), ltr=True)
        self.address = self.line("address", self.tr("Address"))

    def validatePage(self) -> bool:
        try:
            dealership.dealership_code(self.code.text())
            if not self.name.text().strip():
                raise ValidationError("dealership_name", "required")
            if self.phone.text().strip():
                identity.phone(self.phone.text())
        except ValidationError as exc:
            return self.fail(exc)
        self.error.clear_error()
        return True


class AdminPage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("The first administrator"),
            self.tr("This account adds the other users (clerks, supervisors, managers) afterwards."),
        )
        self.display_name = self.line("display_name", self.tr("Full name"))
        self.username = self.line("admin_username", self.tr("User name"), ltr=True)
        self.password = self.line("admin_password", self.tr("Password"), ltr=True, secret=True)
        self.repeat = self.line("admin_repeat", self.tr("Password again"), ltr=True, secret=True)
        self.pin = self.line("admin_pin", self.tr("PIN (optional, 4 to 8 digits)"), ltr=True, secret=True)
        hint = QLabel(self.tr("The PIN lets you take over a case at someone else's counter."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.layout_.insertWidget(1, hint)
        self.busy = False

    def check(self) -> bool:
        try:
            if not self.display_name.text().strip():
                raise ValidationError("display_name", "required")
            users._username(self.username.text())
            users.check_password(self.password.text())
            if self.password.text() != self.repeat.text():
                raise ValidationError("password", "password_mismatch")
            if self.pin.text().strip():
                users.check_pin(self.pin.text())
        except ValidationError as exc:
            return self.fail(exc)
        self.error.clear_error()
        return True


class SetupWizard(QWizard):
    """Emits :attr:`completed` once the dealership and administrator are saved."""

    completed = Signal()
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Pishkhan set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.welcome = WelcomePage()
        self.dealer = DealershipPage()
        self.admin = AdminPage()
        for page in (self.welcome, self.dealer, self.admin):
            self.addPage(page)
        self.welcome.language_chosen.connect(self.language_chosen)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create"))

    def accept(self) -> None:
        if self.admin.busy or not self.admin.check():
            return
        self.admin.busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        values = {
            "code": self.dealer.code.text(),
            "name": self.dealer.name.text(),
            "city": self.dealer.city.text(),
            "phone_number": self.dealer.phone.text(),
            "address": self.dealer.address.text(),
            "admin_username": self.admin.username.text(),
            "admin_display_name": self.admin.display_name.text(),
            "admin_password": self.admin.password.text(),
            "admin_pin": self.admin.pin.text().strip() or None,
        }
        language = i18n.lang()

        def run(db: Database) -> None:
            with db.write() as conn:
                dealership.setup(conn, now=utcnow(), **values)
                settings.put(conn, "language", language)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, _result: object) -> None:
        super().accept()
        self.completed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self.admin.busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if not isinstance(error, PishkhanError):
            raise error
        self.admin.error.show_error(i18n.error_text(error))
