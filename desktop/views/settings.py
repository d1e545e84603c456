"""Settings: language and idle lock, my account, users, the dealership and its counters.

Pages are listed in :data:`PAGES` (lazy ``"module:Class"`` targets, like the screens);
later features add theirs (printers, backups, HQ connection, service levels).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import dealership, settings, users
from desktop.models.calendar import utcnow
from desktop.models.cases import units
from desktop.models.cases.codes import SEGMENTS
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.models.users import Perm
from desktop.views import i18n
from desktop.views.case_fields import unit_label, unit_name
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel


@dataclass(frozen=True)
class PageSpec:
    title: str  # English source, context "SettingsPages"
    target: str
    permission: str | None = None


PAGES: list[PageSpec] = [
    PageSpec(QT_TRANSLATE_NOOP("SettingsPages", "General"), "desktop.views.settings:GeneralPage"),
    PageSpec(QT_TRANSLATE_NOOP("SettingsPages", "My account"), "desktop.views.settings:AccountPage"),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Users"), "desktop.views.settings:UsersPage", Perm.USERS_MANAGE
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Dealership"),
        "desktop.views.settings:DealershipPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Printers"),
        "desktop.views.printer_settings:PrintersPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Escalation ladder"),
        "desktop.views.settings_cases:LadderPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Units"),
        "desktop.views.settings_cases:UnitsPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Sub-categories"),
        "desktop.views.settings_cases:SubcategoriesPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Service levels"),
        "desktop.views.settings_cases:SlaPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Working week and holidays"),
        "desktop.views.settings_cases:CalendarPage",
        Perm.SETTINGS_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Backups"),
        "desktop.views.backup_settings:BackupPage",
        Perm.BACKUP_MANAGE,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("SettingsPages", "Connect to HQ"),
        "desktop.views.sync_settings:ConnectPage",
        Perm.SYNC_MANAGE,
    ),
]


class SettingsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        layout.addWidget(self.tabs)
        perms = ctx.session.actor.permissions
        for spec in PAGES:
            if spec.permission and spec.permission not in perms:
                continue
            module, _, name = spec.target.partition(":")
            page = getattr(importlib.import_module(module), name)(ctx)
            self.tabs.addTab(page, QCoreApplication.translate("SettingsPages", spec.title))


class GeneralPage(QWidget):
    """Language (remembered on this PC) and the idle time after which the screen locks."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in ("fa", "en"):
            self.language.addItem(i18n.label("language", code), code)
        self.language.setCurrentIndex(0 if i18n.lang() == "fa" else 1)
        form.addRow(self.tr("Language"), self.language)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, 120)
        self.idle.setSuffix(" " + self.tr("minutes"))
        self.idle.setEnabled(ctx.session.actor.can(Perm.SETTINGS_MANAGE))
        form.addRow(self.tr("Lock the screen after idle"), self.idle)
        note = QLabel(self.tr("Counters are public places: the screen locks itself when nobody uses it."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        outer.addWidget(note)
        self.saved = QLabel()
        self.saved.setObjectName("Muted")
        outer.addWidget(self.saved)
        outer.addStretch(1)
        self._loading = True
        ctx.runner.database(lambda db: _read(db, "idle_lock_minutes"), self._on_loaded, owner=self)
        self.language.currentIndexChanged.connect(self._on_language_currentIndexChanged)
        self.idle.valueChanged.connect(self._on_idle_valueChanged)

    def _on_loaded(self, minutes: int) -> None:
        self.idle.setValue(int(minutes))
        self._loading = False

    @Slot(int)
    def _on_language_currentIndexChanged(self, index: int) -> None:
        code = self.language.itemData(index)
        self.ctx.runner.database(
            lambda db: _write(db, "language", code),
            lambda _: self.ctx.language_changed.emit(code),
            owner=self,
        )

    @Slot(int)
    def _on_idle_valueChanged(self, value: int) -> None:
        if self._loading:
            return
        actor = self.ctx.session.actor

        def save(db: Database) -> None:
            with db.write() as conn:
                settings.change(conn, actor, "idle_lock_minutes", value)

        self.ctx.runner.database(save, lambda _: self.saved.setText(self.tr("Saved.")), owner=self)


def _read(db: Database, key: str) -> object:
    with db.read() as conn:
        return settings.get(conn, key)


def _write(db: Database, key: str, value: object) -> None:
    with db.write() as conn:
        settings.put(conn, key, value)


class AccountPage(QWidget):
    """Change my own password and PIN."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        me = ctx.session.user
        who = QLabel(f"{me.display_name} ({me.username}) · {i18n.label('role', me.role)}")
        outer.addWidget(who)
        form = QFormLayout()
        outer.addLayout(form)
        self.current = QLineEdit()
        self.current.setObjectName("currentPassword")
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        self.pin = QLineEdit()
        self.pin.setObjectName("newPin")
        for edit in (self.current, self.new, self.repeat, self.pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        form.addRow(self.tr("New PIN (leave empty to keep)"), self.pin)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.done = QLabel()
        self.done.setObjectName("Muted")
        outer.addWidget(self.done)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("Primary")
        save.clicked.connect(self._on_save_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        outer.addLayout(row)
        outer.addStretch(1)

    @Slot()
    def _on_save_clicked(self) -> None:
        me = self.ctx.session.user
        current, new, repeat, pin = self.current.text(), self.new.text(), self.repeat.text(), self.pin.text()
        if new != repeat:
            self.error.show_error(i18n.error_text(ValidationError("password", "password_mismatch")))
            return

        def run(db: Database) -> None:
            now = utcnow()
            users.sign_in(db, me.username, current, now)
            with db.write() as conn:
                if new:
                    users.set_password(conn, me.id, new, now, actor=me)
                if pin.strip():
                    users.set_pin(conn, me.id, pin, now, actor=me)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, _result: object) -> None:
        for edit in (self.current, self.new, self.repeat, self.pin):
            edit.clear()
        self.error.clear_error()
        self.done.setText(self.tr("Saved."))

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.done.clear()
        self.error.show_error(i18n.error_text(error))


@dataclass(frozen=True)
class UserChoices:
    """What the user dialog offers: roles, the active units and the accounts HQ manages."""

    roles: list[str]
    units: list[units.Unit]
    managed: frozenset[str]


class UserDialog(QDialog):
    """Add a user (name, user name, role, first password and PIN) or change one.

    Both choose the user's unit (the inquiries referred to it reach them) and the vehicle
    segments whose cases they handle, by name. An account HQ manages is shown read-only.
    """

    def __init__(
        self,
        ctx: AppContext,
        choices: UserChoices,
        parent: QWidget | None = None,
        user: users.User | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Change user"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.username = QLineEdit()
        self.username.setObjectName("userName")
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for role in choices.roles:
            self.role.addItem(i18n.label("role", role), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.unit = QComboBox()
        self.unit.setObjectName("userUnit")
        self.unit.addItem(self.tr("No unit"), None)
        for unit in choices.units:
            self.unit.addItem(unit_name(unit), unit.code)
        self.segments = QWidget()
        self.segments.setObjectName("userSegments")
        row = QHBoxLayout(self.segments)
        row.setContentsMargins(0, 0, 0, 0)
        self.segment_boxes: dict[str, QCheckBox] = {}
        for code in SEGMENTS:
            box = QCheckBox(i18n.label("segment", code))
            box.setObjectName(f"segment_{code}")
            self.segment_boxes[code] = box
            row.addWidget(box)
        row.addStretch(1)
        self.active = QCheckBox(self.tr("May sign in"))
        self.active.setObjectName("userActive")
        self.active.setChecked(True)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Role"), self.role)
        if user is None:
            form.addRow(self.tr("First password"), self.password)
            form.addRow(self.tr("PIN (optional)"), self.pin)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Vehicle segments"), self.segments)
        hint = QLabel(self.tr("No segment ticked: this person handles cases of every segment."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        form.addRow("", hint)
        if user is not None:
            form.addRow("", self.active)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if user is not None:
            self._show(user, user.id in choices.managed)
            self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
            self.save.setEnabled(user.id not in choices.managed)

    def _show(self, user: users.User, managed: bool) -> None:
        self.display_name.setText(user.display_name)
        self.username.setText(user.username)
        self.username.setReadOnly(True)
        index = self.role.findData(user.role)
        if index < 0:  # a role this list does not offer: show it rather than change it
            self.role.addItem(i18n.label("role", user.role), user.role)
            index = self.role.count() - 1
        self.role.setCurrentIndex(index)
        index = self.unit.findData(user.unit)
        if index < 0 and user.unit:  # a unit since switched off: keep it shown
            self.unit.addItem(i18n.label("unit", user.unit), user.unit)
            index = self.unit.count() - 1
        self.unit.setCurrentIndex(max(index, 0))
        for code, box in self.segment_boxes.items():
            box.setChecked(code in user.segments)
        self.active.setChecked(user.active)
        if managed:
            self.note.setText(
                self.tr(
                    "HQ manages this account: change it at HQ (python -m sync.hq update-user);"
                    " the change reaches this PC at the next sync."
                )
            )
            for widget in (self.display_name, self.role, self.unit, self.segments, self.active):
                widget.setEnabled(False)

    def _segments(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.segment_boxes.items() if box.isChecked())

    @Slot()
    def _on_buttons_accepted(self) -> None:
        actor = self.ctx.session.actor
        common = {
            "display_name": self.display_name.text(),
            "role": self.role.currentData(),
            "unit": self.unit.currentData(),
            "segments": self._segments(),
        }
        if self.user is None:
            values = common | {
                "username": self.username.text(),
                "password": self.password.text(),
                "pin": self.pin.text().strip() or None,
                "dealership_id": self.ctx.session.dealership.id,
            }

            def run(db: Database) -> users.User:
                with db.write() as conn:
                    return users.create_user(conn, now=utcnow(), actor=actor, **values)

        else:
            user_id, active = self.user.id, self.active.isChecked()

            def run(db: Database) -> users.User:
                with db.write() as conn:
                    return users.update_user(conn, actor, user_id, now=utcnow(), active=active, **common)

        self.ctx.runner.database(run, lambda _: self.accept(), self._on_failed, owner=self)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))


class UsersPage(QWidget):
    """The users of this dealership with their unit and segments; add and change users."""

    users_changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("User name"),
                self.tr("Role"),
                self.tr("Unit"),
                self.tr("Vehicle segments"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self._on_edit_clicked())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        edit = QPushButton(self.tr("Change user…"))
        edit.setObjectName("editUser")
        edit.clicked.connect(self._on_edit_clicked)
        row.addWidget(edit)
        add = QPushButton(self.tr("Add user…"))
        add.setObjectName("addUser")
        add.clicked.connect(self._on_add_clicked)
        row.addWidget(add)
        layout.addLayout(row)
        self._choices = UserChoices([], [], frozenset())
        self._people: list[users.User] = []
        self.refresh()

    def refresh(self) -> None:
        def read(db: Database) -> tuple[list[users.User], UserChoices]:
            with db.read() as conn:
                people = users.list_users(conn, active_only=False)
                managed = users.hq_managed_ids(conn)
                return people, UserChoices(users.list_roles(conn), units.list_units(conn), managed)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, data: tuple[list[users.User], UserChoices]) -> None:
        self._people, self._choices = data
        everyone = self.tr("All")
        self.table.setRowCount(len(self._people))
        for index, person in enumerate(self._people):
            name = person.display_name
            if not person.active:
                name += " " + self.tr("(disabled)")
            unit = unit_label(person.unit, self._choices.units) if person.unit else ""
            segments = "، ".join(i18n.label("segment", s) for s in person.segments) or everyone
            for column, text in enumerate(
                (name, person.username, i18n.label("role", person.role), unit, segments)
            ):
                self.table.setItem(index, column, QTableWidgetItem(text))

    @Slot()
    def _on_add_clicked(self) -> None:
        dialog = UserDialog(self.ctx, self._choices, self)
        if dialog.exec():
            self.refresh()
            self.users_changed.emit()

    @Slot()
    def _on_edit_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._people):
            return
        dialog = UserDialog(self.ctx, self._choices, self, user=self._people[row])
        if dialog.exec():
            self.refresh()
            self.users_changed.emit()


class DealershipPage(QWidget):
    """The dealership's profile as printed on documents, and its counters."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.code = QLabel()
        self.name = QLineEdit()
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.address = QLineEdit()
        form.addRow(self.tr("Dealership code"), self.code)
        form.addRow(self.tr("Dealership name"), self.name)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        self.counters = QLabel()
        self.counters.setWordWrap(True)
        form.addRow(self.tr("Counters"), self.counters)
        add_row = QHBoxLayout()
        self.new_counter = QLineEdit()
        self.new_counter.setObjectName("newCounter")
        self.new_counter.setPlaceholderText(self.tr("Number of a new counter"))
        add_counter = QPushButton(self.tr("Add counter"))
        add_counter.clicked.connect(self._on_add_counter_clicked)
        add_row.addWidget(self.new_counter)
        add_row.addWidget(add_counter)
        outer.addLayout(add_row)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.done = QLabel()
        self.done.setObjectName("Muted")
        outer.addWidget(self.done)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("Primary")
        save.clicked.connect(self._on_save_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        outer.addLayout(row)
        outer.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        def read(db: Database) -> tuple[dealership.Dealership, list[dealership.Counter]]:
            with db.read() as conn:
                return dealership.get_dealership(conn), dealership.list_counters(conn)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, data: tuple[dealership.Dealership, list[dealership.Counter]]) -> None:
        dealer, counters = data
        self.code.setText(i18n.digits(dealer.id))
        self.name.setText(dealer.name)
        self.city.setText(dealer.city)
        self.phone.setText(dealer.phone)
        self.address.setText(dealer.address)
        self.counters.setText(
            "، ".join(i18n.digits(c.code) + (f" ({c.name})" if c.name else "") for c in counters)
        )

    @Slot()
    def _on_save_clicked(self) -> None:
        actor = self.ctx.session.actor
        values = {
            "name": self.name.text(),
            "city": self.city.text(),
            "phone_number": self.phone.text(),
            "address": self.address.text(),
        }

        def run(db: Database) -> None:
            with db.write() as conn:
                dealership.update_dealership(conn, actor, **values)

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    @Slot()
    def _on_add_counter_clicked(self) -> None:
        actor = self.ctx.session.actor
        code = self.new_counter.text()

        def run(db: Database) -> None:
            with db.write() as conn:
                dealership.add_counter(conn, code, "", actor=actor)

        self.ctx.runner.database(
            run, lambda _: (self.new_counter.clear(), self.refresh()), self._on_failed, owner=self
        )

    def _on_saved(self, _result: object) -> None:
        self.error.clear_error()
        self.done.setText(self.tr("Saved."))
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
