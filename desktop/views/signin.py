"""The sign-in screen, and the lock screen that a counter PC shows after idle time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import dealership, demo, events, settings, users
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.session import Session
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import Card, ErrorLabel

FIRST_COUNTER = "\x00first"  # sign_in's counter: the dealership's first, if it has any


def sign_in(db: Database, username: str, password: str, counter: str | None) -> Session:
    """Check the password and open a session at ``counter`` (None: no counter), which is
    remembered for the next sign-in. The sign-in screen's work; the demo's smoke start and
    the screenshot tools sign in the same way (with :data:`FIRST_COUNTER`)."""
    user = users.sign_in(db, username, password, utcnow())
    with db.write() as conn:
        if counter == FIRST_COUNTER:
            counters = dealership.list_counters(conn)
            counter = counters[0].code if counters else None
        if counter:
            settings.put(conn, "last_counter", counter)
        return Session(
            user=user,
            dealership=dealership.get_dealership(conn),
            device=events.this_device(conn),
            counter=counter,
        )


class SignInScreen(QWidget):
    """User name, password and counter; emits :attr:`signed_in` with the new session."""

    signed_in = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, *, locked_user: users.User | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.locked_user = locked_user
        self.setObjectName("SignInScreen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        title = self.tr("Screen locked") if locked_user else self.tr("Sign in to Pishkhan")
        self.card = Card(title)
        self.card.setFixedWidth(440)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.dealer_label = QLabel()
        self.dealer_label.setObjectName("Muted")
        self.dealer_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.dealer_label.setWordWrap(True)
        self.card.body.addWidget(self.dealer_label)

        form = QFormLayout()
        form.setSpacing(10)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        if locked_user:
            self.username.setText(locked_user.username)
            self.username.setReadOnly(True)
            hint = QLabel(
                self.tr("%1 was working here. Type the password to go on.").replace(
                    "%1", locked_user.display_name
                )
            )
            hint.setWordWrap(True)
            self.card.body.addWidget(hint)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        if not locked_user:
            form.addRow(self.tr("Counter"), self.counter)
        self.card.body.addLayout(form)

        self.error = ErrorLabel()
        self.card.body.addWidget(self.error)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet("color: #0c5c5c;")
        self.demo_hint.hide()
        self.card.body.addWidget(self.demo_hint)

        buttons = QHBoxLayout()
        if not locked_user:
            self.language = QComboBox()
            self.language.setObjectName("language")
            for code in ("fa", "en"):
                self.language.addItem(i18n.label("language", code), code)
            self.language.setCurrentIndex(0 if i18n.lang() == "fa" else 1)
            self.language.currentIndexChanged.connect(self._on_language_currentIndexChanged)
            buttons.addWidget(self.language)
        else:
            self.switch_user = QPushButton(self.tr("Sign out"))
            self.switch_user.setObjectName("signOut")
            buttons.addWidget(self.switch_user)
        buttons.addStretch(1)
        self.submit = QPushButton(self.tr("Unlock") if locked_user else self.tr("Sign in"))
        self.submit.setObjectName("Primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._on_submit_clicked)
        buttons.addWidget(self.submit)
        self.card.body.addLayout(buttons)

        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._on_submit_clicked)
        self._load()

    def _load(self) -> None:
        def read(db: Database) -> tuple[dealership.Dealership, list[dealership.Counter], str | None, bool]:
            with db.read() as conn:
                return (
                    dealership.get_dealership(conn),
                    dealership.list_counters(conn),
                    settings.get(conn, "last_counter"),
                    bool(settings.get(conn, demo.DEMO_SETTING, False)),
                )

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(
        self, data: tuple[dealership.Dealership, list[dealership.Counter], str | None, bool]
    ) -> None:
        dealer, counters, last, is_demo = data
        self.dealer_label.setText(i18n.text(dealer.name))
        if is_demo and not self.locked_user:
            # Each Latin user name a left-to-right piece of its own, joined with the
            # language's comma, so the list reads and wraps in the sentence's direction.
            self.demo_hint.setText(
                self.tr("Demo dealership: sign in as %1; the password is %2 and the PIN %3.")
                .replace("%1", i18n.join_list([i18n.ltr(name) for name in demo.SUGGESTED_USERS]))
                .replace("%2", i18n.ltr(demo.DEMO_PASSWORD))
                .replace("%3", i18n.ltr(demo.DEMO_PIN))
            )
            self.demo_hint.show()
        self.counter.clear()
        for counter in counters:
            name = self.tr("Counter %1").replace("%1", i18n.digits(counter.code))
            if counter.name:
                name += f" ({counter.name})"
            self.counter.addItem(name, counter.code)
        if last is not None:
            index = self.counter.findData(last)
            if index >= 0:
                self.counter.setCurrentIndex(index)
        (self.password if self.locked_user else self.username).setFocus()

    @Slot(int)
    def _on_language_currentIndexChanged(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    @Slot()
    def _on_submit_clicked(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.error.show_error(self.tr("Type your user name and password."))
            return
        self.error.clear_error()
        self.submit.setEnabled(False)
        counter = None if self.locked_user else self.counter.currentData()
        if self.locked_user:
            counter = self.ctx.session.counter
        self.ctx.runner.database(
            lambda db: sign_in(db, username, password, counter),
            self._on_signed_in,
            self._on_failed,
            owner=self,
        )

    def _on_signed_in(self, session: Session) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.signed_in.emit(session)

    def _on_failed(self, error: BaseException) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if not isinstance(error, PishkhanError):
            raise error
        text = i18n.error_text(error)
        left = error.params.get("attempts_left")
        if left is not None:
            text += " " + self.tr("%1 tries left before the account is locked.").replace(
                "%1", i18n.digits(str(left))
            )
        self.error.show_error(text)
