"""Settings of case handling: the escalation ladder, units, sub-categories, service levels, the calendar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import business_calendar as bc
from desktop.models import users
from desktop.models.calendar import local, to_jalali, utcnow
from desktop.models.cases import codes, ladder, sla, subcategories, units
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.case_fields import unit_name
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel


class _Page(QWidget):
    """A settings page: a table, a form under it, an error line; work runs on the worker."""

    def __init__(self, ctx: AppContext, columns: list[str]) -> None:
        super().__init__()
        self.ctx = ctx
        self.layout_ = QVBoxLayout(self)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.layout_.addWidget(self.table, 1)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = ErrorLabel()
        self.layout_.addWidget(self.error)
        self.done = QLabel()
        self.done.setObjectName("Muted")
        self.layout_.addWidget(self.done)

    def fill(self, rows: list[list[str]]) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def write(self, fn: Callable[[Any], Any]) -> None:
        actor = self.ctx.session.actor

        def run(db: Database) -> None:
            with db.write() as conn:
                fn((conn, actor))

        self.ctx.runner.database(run, self._on_written, self._on_failed, owner=self)

    def _on_written(self, _result: object) -> None:
        self.error.clear_error()
        self.done.setText(QCoreApplication.translate("SettingsCases", "Saved."))
        self.refresh()
        self.ctx.changed({"settings"})  # screens that show what the settings decide read again

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.done.clear()
        self.error.show_error(i18n.error_text(error))

    def refresh(self) -> None:
        raise NotImplementedError

    def button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button


class LadderPage(_Page):
    """The ladder preset, and for each level who takes it and how fast they must come."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, [self.tr("Level"), self.tr("Roles"), self.tr("Minutes to reach the counter")])
        self.preset = QComboBox()
        self.preset.setObjectName("ladderPreset")
        for name in ladder.PRESETS:
            self.preset.addItem(i18n.label("ladder_preset", name), name)
        row = QHBoxLayout()
        row.addWidget(self.preset, 1)
        row.addWidget(self.button(self.tr("Use this ladder"), "applyPreset", self._on_apply_clicked))
        self.form.addRow(self.tr("Ladder"), row)
        self.level = QComboBox()
        self.level.setObjectName("ladderLevel")
        # Who takes a level: the roles by their names, ticked (not typed as codes).
        self.roles = QWidget()
        self.roles.setObjectName("ladderRoles")
        grid = QGridLayout(self.roles)
        grid.setContentsMargins(0, 0, 0, 0)
        self.role_boxes: dict[str, QCheckBox] = {}
        for index, role in enumerate(users.Role):
            box = QCheckBox(i18n.label("role", role))
            box.setObjectName(f"ladderRole_{role}")
            self.role_boxes[role] = box
            grid.addWidget(box, index // 4, index % 4)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("arrivalMinutes")
        self.minutes.setRange(1, 240)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Roles who take this level"), self.roles)
        self.form.addRow(self.tr("Minutes to reach the counter"), self.minutes)
        self.form.addRow("", self.button(self.tr("Save level"), "saveLevel", self._on_save_clicked))
        self.level.currentIndexChanged.connect(self._on_level_currentIndexChanged)
        self._ladder: ladder.Ladder | None = None
        self.refresh()

    def refresh(self) -> None:
        def read(db: Database) -> ladder.Ladder:
            with db.read() as conn:
                return ladder.load_ladder(conn)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, loaded: ladder.Ladder) -> None:
        self._ladder = loaded
        self.fill(
            [
                [
                    i18n.label("level", lv.code),
                    "، ".join(i18n.label("role", r) for r in lv.roles),
                    i18n.num(lv.arrival_minutes),
                ]
                for lv in loaded.levels
            ]
        )
        self.level.blockSignals(True)
        self.level.clear()
        for lv in loaded.levels:
            self.level.addItem(i18n.label("level", lv.code), lv.code)
        self.level.blockSignals(False)
        self._on_level_currentIndexChanged(0)

    @Slot(int)
    def _on_level_currentIndexChanged(self, _index: int) -> None:
        if self._ladder is None or not self.level.currentData():
            return
        chosen = self._ladder.level(self.level.currentData())
        for role, box in self.role_boxes.items():
            box.setChecked(role in chosen.roles)
        self.minutes.setValue(chosen.arrival_minutes)

    @Slot()
    def _on_apply_clicked(self) -> None:
        name = self.preset.currentData()
        self.write(lambda ca: ladder.apply_preset(ca[0], ca[1], name))

    @Slot()
    def _on_save_clicked(self) -> None:
        code, minutes = self.level.currentData(), self.minutes.value()
        roles = [role for role, box in self.role_boxes.items() if box.isChecked()]
        self.write(lambda ca: ladder.save_level(ca[0], ca[1], code, roles=roles, arrival_minutes=minutes))


class UnitsPage(_Page):
    """The units cases are referred to; add your own."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, [self.tr("Code"), self.tr("Name")])
        self.code = QLineEdit()
        self.code.setObjectName("unitCode")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_fa = QLineEdit()
        self.name_fa.setObjectName("unitNameFa")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("unitNameEn")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Persian name"), self.name_fa)
        self.form.addRow(self.tr("English name"), self.name_en)
        self.form.addRow("", self.button(self.tr("Add unit"), "addUnit", self._on_add_clicked))
        self.refresh()

    def refresh(self) -> None:
        def read(db: Database) -> list[units.Unit]:
            with db.read() as conn:
                return units.list_units(conn)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, found: list[units.Unit]) -> None:
        self.fill([[u.code, unit_name(u)] for u in found])

    @Slot()
    def _on_add_clicked(self) -> None:
        code, fa, en = self.code.text(), self.name_fa.text(), self.name_en.text()
        self.write(lambda ca: units.save_unit(ca[0], ca[1], code=code, name_fa=fa, name_en=en))


class SubcategoriesPage(_Page):
    """Sub-categories of each category, in Persian and English: add, rename, retire, restore."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx, [self.tr("Persian name"), self.tr("English name"), self.tr("Code"), self.tr("State")]
        )
        self.category = QComboBox()
        self.category.setObjectName("subcategoryCategory")
        for code in codes.CATEGORIES:
            self.category.addItem(i18n.label("category", code), code)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Category")))
        chooser.addWidget(self.category, 1)
        self.layout_.insertLayout(0, chooser)
        self.name_fa = QLineEdit()
        self.name_fa.setObjectName("subcategoryNameFa")
        self.name_en = QLineEdit()
        self.name_en.setObjectName("subcategoryNameEn")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.form.addRow(self.tr("Persian name"), self.name_fa)
        self.form.addRow(self.tr("English name"), self.name_en)
        hint = QLabel(
            self.tr(
                "The code is made from the English name and never changes: cases keep it. A retired"
                " sub-category stays on the cases that name it but is no longer offered."
            )
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button(self.tr("Add sub-category"), "addSubcategory", self._on_add_clicked))
        buttons.addWidget(
            self.button(self.tr("Rename selected"), "renameSubcategory", self._on_rename_clicked)
        )
        self.toggle = self.button(self.tr("Retire selected"), "retireSubcategory", self._on_toggle_clicked)
        buttons.addWidget(self.toggle)
        self.form.addRow("", buttons)
        self._entries: list[subcategories.SubcategoryEntry] = []
        self.category.currentIndexChanged.connect(self._on_category_currentIndexChanged)
        self.table.itemSelectionChanged.connect(self._on_table_itemSelectionChanged)
        self.refresh()

    def refresh(self) -> None:
        category = self.category.currentData()

        def read(db: Database) -> list[subcategories.SubcategoryEntry]:
            with db.read() as conn:
                return subcategories.list_all(conn, category)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, found: list[subcategories.SubcategoryEntry]) -> None:
        self._entries = found
        active, retired = self.tr("In use"), self.tr("Retired")
        self.fill([[e.name_fa, e.name_en, e.code, active if e.active else retired] for e in found])
        self._on_table_itemSelectionChanged()

    def _chosen(self) -> subcategories.SubcategoryEntry | None:
        row = self.table.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    @Slot(int)
    def _on_category_currentIndexChanged(self, _index: int) -> None:
        self.table.setCurrentCell(-1, -1)
        self.refresh()

    @Slot()
    def _on_table_itemSelectionChanged(self) -> None:
        chosen = self._chosen()
        self.toggle.setText(
            self.tr("Restore selected")
            if chosen is not None and not chosen.active
            else self.tr("Retire selected")
        )
        if chosen is not None:
            self.name_fa.setText(chosen.name_fa)
            self.name_en.setText(chosen.name_en)

    @Slot()
    def _on_add_clicked(self) -> None:
        category, fa, en = self.category.currentData(), self.name_fa.text(), self.name_en.text()
        self.write(lambda ca: subcategories.add(ca[0], ca[1], category=category, name_fa=fa, name_en=en))

    @Slot()
    def _on_rename_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        fa, en = self.name_fa.text(), self.name_en.text()
        self.write(
            lambda ca: subcategories.rename(
                ca[0], ca[1], category=chosen.category, code=chosen.code, name_fa=fa, name_en=en
            )
        )

    @Slot()
    def _on_toggle_clicked(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.write(
            lambda ca: subcategories.set_active(
                ca[0], ca[1], category=chosen.category, code=chosen.code, active=not chosen.active
            )
        )


class SlaPage(_Page):
    """Service-level policies: business hours allowed per type, category, priority and level."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            [
                self.tr("Case type"),
                self.tr("Category"),
                self.tr("Priority"),
                self.tr("Level"),
                self.tr("Business hours"),
                self.tr("Warn before (hours)"),
            ],
        )
        self.combos: dict[str, QComboBox] = {}
        for name, values, kind, title in (
            ("case_type", codes.CASE_TYPES, "case_type", self.tr("Case type")),
            ("category", codes.CATEGORIES, "category", self.tr("Category")),
            ("priority", codes.PRIORITIES, "priority", self.tr("Priority")),
            ("level", ("desk", "supervisor", "head_of_unit", "manager"), "level", self.tr("Level")),
        ):
            combo = QComboBox()
            combo.setObjectName(f"sla_{name}")
            combo.addItem(self.tr("Any"), "")
            for value in values:
                combo.addItem(i18n.label(kind, value), value)
            self.combos[name] = combo
            self.form.addRow(title, combo)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("slaHours")
        self.hours.setRange(0.5, 2000)
        self.hours.setValue(24)
        self.warn = QDoubleSpinBox()
        self.warn.setObjectName("slaWarn")
        self.warn.setRange(0, 1999)
        self.warn.setValue(4)
        self.form.addRow(self.tr("Business hours"), self.hours)
        self.form.addRow(self.tr("Warn before (hours)"), self.warn)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button(self.tr("Add policy"), "addPolicy", self._on_add_clicked))
        buttons.addWidget(self.button(self.tr("Remove selected"), "removePolicy", self._on_remove_clicked))
        self.form.addRow("", buttons)
        self._ids: list[int] = []
        self.refresh()

    def refresh(self) -> None:
        def read(db: Database) -> list[sla.Policy]:
            with db.read() as conn:
                return sla.list_policies(conn)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, policies: list[sla.Policy]) -> None:
        self._ids = [p.id or 0 for p in policies]
        anyone = self.tr("Any")
        self.fill(
            [
                [
                    i18n.label("case_type", p.case_type) or anyone,
                    i18n.label("category", p.category) or anyone,
                    i18n.label("priority", p.priority) or anyone,
                    i18n.label("level", p.level) or anyone,
                    i18n.num(p.hours, 1),
                    i18n.num(p.warn_hours, 1),
                ]
                for p in policies
            ]
        )

    @Slot()
    def _on_add_clicked(self) -> None:
        values = {name: combo.currentData() or None for name, combo in self.combos.items()}
        hours, warn = self.hours.value(), self.warn.value()
        self.write(lambda ca: sla.save_policy(ca[0], ca[1], hours=hours, warn_hours=warn, **values))

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._ids):
            policy_id = self._ids[row]
            self.write(lambda ca: sla.remove_policy(ca[0], ca[1], policy_id))


class CalendarPage(_Page):
    """The working week (hours per weekday) and the holidays of a Solar Hijri year."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, [self.tr("Date"), self.tr("Holiday")])
        self.days: dict[int, QLineEdit] = {}
        week_box = QGroupBox(self.tr("Working hours"))
        week_column = QVBoxLayout(week_box)
        week = QFormLayout()
        for day in bc.WEEK_ORDER:
            edit = QLineEdit()
            edit.setObjectName(f"hours_{day}")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setPlaceholderText(self.tr("closed"))
            self.days[day] = edit
            week.addRow(i18n.label("weekday", str(day)), edit)
        week_column.addLayout(week)
        hint = QLabel(
            self.tr("For example %1; several spans joined by commas; empty: closed.").replace(
                "%1", i18n.digits("08:00-16:00")
            )
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        week_column.addWidget(hint)
        week_column.addWidget(
            self.button(self.tr("Save working hours"), "saveWeek", self._on_save_week_clicked)
        )
        week_column.addStretch(1)
        # The holidays' table and form (built by _Page) move into their own box beside the week.
        holidays_box = QGroupBox(self.tr("Holidays"))
        holidays_column = QVBoxLayout(holidays_box)
        self.layout_.removeWidget(self.table)
        self.layout_.removeItem(self.form)
        self.missing = QLabel()
        self.missing.setObjectName("ErrorLabel")
        self.missing.setWordWrap(True)
        self.missing.hide()
        holidays_column.addWidget(self.missing)
        holidays_column.addWidget(self.table, 1)
        holidays_column.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(week_box, 2)
        row.addWidget(holidays_box, 3)
        self.layout_.insertLayout(0, row, 1)
        self.year = QSpinBox()
        self.year.setObjectName("holidayYear")
        self.year.setRange(1400, 1500)
        self.year.setValue(to_jalali(local(utcnow()).date())[0])
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.day = QLineEdit()
        self.day.setObjectName("holidayDate")
        self.day.setPlaceholderText(i18n.digits("1405/10/02"))
        self.day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_fa = QLineEdit()
        self.name_fa.setObjectName("holidayName")
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Holiday"), self.name_fa)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button(self.tr("Add holiday"), "addHoliday", self._on_add_clicked))
        buttons.addWidget(self.button(self.tr("Remove selected"), "removeHoliday", self._on_remove_clicked))
        self.form.addRow("", buttons)
        self._days: list[bc.Holiday] = []
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()

        def read(db: Database) -> tuple[dict[int, tuple[bc.Interval, ...]], list[bc.Holiday]]:
            with db.read() as conn:
                return bc.load_week(conn), bc.list_holidays(conn, year)

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    def _on_loaded(self, data: tuple[dict[int, tuple[bc.Interval, ...]], list[bc.Holiday]]) -> None:
        week, holidays = data
        for day, edit in self.days.items():
            edit.setText(i18n.digits(bc.format_hours(week.get(day, ()))))
        self._days = holidays
        self.fill([[i18n.fmt_date(h.day), h.name(i18n.lang())] for h in holidays])
        self.missing.setText(
            self.tr(
                "No holidays are entered for %1: service deadlines in that year count every"
                " working weekday. Enter the official holidays once they are announced."
            ).replace("%1", i18n.digits(str(self.year.value())))
        )
        self.missing.setVisible(not holidays)

    @Slot()
    def _on_save_week_clicked(self) -> None:
        try:
            week = {day: bc.parse_hours(edit.text()) for day, edit in self.days.items()}
        except PishkhanError as exc:
            self.error.show_error(i18n.error_text(exc))
            return
        self.write(lambda ca: bc.save_week(ca[0], ca[1], week))

    @Slot()
    def _on_add_clicked(self) -> None:
        day, name = self.day.text(), self.name_fa.text()
        self.write(lambda ca: bc.save_holiday(ca[0], ca[1], day=day, name_fa=name))

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._days):
            day = self._days[row].day
            self.write(lambda ca: bc.remove_holiday(ca[0], ca[1], day))
