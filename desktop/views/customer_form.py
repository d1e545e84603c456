"""The quick new/edit customer form (with a first vehicle), and the add-vehicle form.

Every field is checked as soon as the clerk leaves it, by the model's own validators (no
database needed); a national ID or mobile already on record shows the existing customer
at once, so the clerk opens that record instead of making a second one. Saving runs on
the database worker; whatever the model refuses is shown beside the field concerned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import customers
from desktop.models.calendar import utcnow
from desktop.models.customers import Customer, generate
from desktop.models.customers.keys import parse_query
from desktop.models.customers.store import vehicle_keys
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.views import i18n
from desktop.views.customer_common import ltr
from desktop.views.forms import ErrorLabel

PERSON_FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("CustomerForm", "First name"), False),
    ("last_name", QT_TRANSLATE_NOOP("CustomerForm", "Last name"), False),
    ("national_id", QT_TRANSLATE_NOOP("CustomerForm", "National ID"), True),
)
ORGANISATION_FIELDS = (
    ("company_name", QT_TRANSLATE_NOOP("CustomerForm", "Organisation name"), False),
    ("company_id", QT_TRANSLATE_NOOP("CustomerForm", "National company ID"), True),
    ("contact_person", QT_TRANSLATE_NOOP("CustomerForm", "Contact person"), False),
)
CONTACT_FIELDS = (
    ("mobile", QT_TRANSLATE_NOOP("CustomerForm", "Mobile"), True),
    ("phone", QT_TRANSLATE_NOOP("CustomerForm", "Phone"), True),
    ("city", QT_TRANSLATE_NOOP("CustomerForm", "City"), False),
    ("address", QT_TRANSLATE_NOOP("CustomerForm", "Address"), False),
)
VEHICLE_FIELDS = (
    ("vin", QT_TRANSLATE_NOOP("CustomerForm", "VIN"), True),
    ("chassis", QT_TRANSLATE_NOOP("CustomerForm", "Chassis number"), True),
    ("plate", QT_TRANSLATE_NOOP("CustomerForm", "Plate"), False),
    ("engine_no", QT_TRANSLATE_NOOP("CustomerForm", "Engine number"), True),
    ("colour", QT_TRANSLATE_NOOP("CustomerForm", "Colour"), False),
    ("delivered_on", QT_TRANSLATE_NOOP("CustomerForm", "Delivery date"), True),
    ("warranty_end", QT_TRANSLATE_NOOP("CustomerForm", "Warranty ends"), True),
)
IDENTIFIERS = ("national_id", "company_id", "mobile")
# With a vehicle's VIN or chassis, the same name is a likely duplicate too.
NAMES = ("first_name", "last_name", "company_name")


class FieldSet:
    """Line edits with an error line under each, laid out in a form, checked on leaving."""

    def __init__(self, form: QFormLayout, check: Callable[[str, str], None]) -> None:
        self.form = form
        self.check = check
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.rows: dict[str, QWidget] = {}

    def add(self, name: str, title: str, left_to_right: bool) -> QLineEdit:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        edit = QLineEdit()
        edit.setObjectName(name)
        if left_to_right:
            ltr(edit)
        error = ErrorLabel()
        column.addWidget(edit)
        column.addWidget(error)
        self.form.addRow(_label(title), box)
        self.edits[name] = edit
        self.errors[name] = error
        self.rows[name] = box
        edit.editingFinished.connect(lambda n=name: self._leave(n))
        return edit

    def _leave(self, name: str) -> None:
        value = self.edits[name].text()
        try:
            self.check(name, value)
        except ValidationError as exc:
            self.errors[name].show_error(i18n.error_text(exc))
        else:
            self.errors[name].clear_error()

    def values(self, names: tuple[str, ...] | None = None) -> dict[str, str]:
        return {n: e.text() for n, e in self.edits.items() if names is None or n in names}

    def show(self, error: ValidationError) -> bool:
        """Show a model error beside its field; False when the field is not on this form."""
        label = self.errors.get(error.field)
        if label is None:
            return False
        label.show_error(i18n.error_text(error))
        self.edits[error.field].setFocus()
        return True

    def clear(self) -> None:
        for label in self.errors.values():
            label.clear_error()


def _label(title: str) -> QLabel:
    return QLabel(QCoreApplication.translate("CustomerForm", title))


def _vehicle_inputs(form: QFormLayout, fields: FieldSet) -> tuple[QComboBox, QComboBox]:
    """The model (pick or type) and segment inputs, plus the vehicle's line edits."""
    model = QComboBox()
    model.setObjectName("model")
    model.setEditable(True)
    model.addItem("")
    for name, _segment, _prefix in generate.MODELS:
        model.addItem(i18n.text(name), name)
    segment = QComboBox()
    segment.setObjectName("segment")
    for code in customers.SEGMENTS:
        segment.addItem(i18n.label("segment", code), code)
    for name, title, left in VEHICLE_FIELDS[:3]:
        fields.add(name, title, left)
    form.addRow(_label(QT_TRANSLATE_NOOP("CustomerForm", "Model")), model)
    form.addRow(_label(QT_TRANSLATE_NOOP("CustomerForm", "Segment")), segment)
    model.currentIndexChanged.connect(lambda _i: _segment_of_model(model, segment))
    return model, segment


def _segment_of_model(model: QComboBox, segment: QComboBox) -> None:
    for name, code, _prefix in generate.MODELS:
        if name == model.currentData():
            segment.setCurrentIndex(segment.findData(code))


def _check_vehicle_field(name: str, value: str) -> None:
    customers.clean_vehicle({name: value}, partial=True)


class CustomerDialog(QDialog):
    """New customer (with an optional first vehicle), or edit an existing one.

    Signals:
        saved: the customer's id, after a successful save.
        open_requested: the clerk chose the existing record instead of a duplicate.
    """

    saved = Signal(str)
    open_requested = Signal(str)

    def __init__(
        self, ctx: Any, parent: QWidget | None = None, *, customer: Customer | None = None, typed: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerDialog")
        self.ctx = ctx
        self.customer = customer
        self._confirmed = False
        self._take_vehicle: str | None = None
        self._existing: str | None = None
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("New customer"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Organisation"), "organisation")
        top = QFormLayout()
        top.addRow(self.tr("Customer is"), self.kind)
        outer.addLayout(top)
        form = QFormLayout()
        outer.addLayout(form)
        self.fields = FieldSet(form, self._check_customer_field)
        for name, title, left in PERSON_FIELDS + ORGANISATION_FIELDS + CONTACT_FIELDS:
            self.fields.add(name, title, left)
        self.vehicle_box = QGroupBox(self.tr("Vehicle (optional)"))
        vehicle_form = QFormLayout(self.vehicle_box)
        self.vehicle_fields = FieldSet(vehicle_form, _check_vehicle_field)
        self.model, self.segment = _vehicle_inputs(vehicle_form, self.vehicle_fields)
        outer.addWidget(self.vehicle_box)
        self.vehicle_box.setVisible(customer is None)

        self.duplicates = QFrame()
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setStyleSheet(
            "#duplicates { background: #fff6e0; border: 1px solid #e8c66a; border-radius: 6px; }"
        )
        dup_layout = QHBoxLayout(self.duplicates)
        self.duplicates_text = QLabel()
        self.duplicates_text.setObjectName("duplicatesText")
        self.duplicates_text.setWordWrap(True)
        self.open_existing = QPushButton(self.tr("Open that customer"))
        self.open_existing.setObjectName("openExisting")
        self.open_existing.clicked.connect(self._on_open_existing_clicked)
        dup_layout.addWidget(self.duplicates_text, 1)
        dup_layout.addWidget(self.open_existing)
        self.duplicates.hide()
        outer.addWidget(self.duplicates)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName("Primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self._on_save_clicked)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save)
        outer.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._on_kind_currentIndexChanged)
        for name in IDENTIFIERS + NAMES:
            self.fields.edits[name].editingFinished.connect(self._look_for_duplicates)
        for name in ("vin", "chassis"):
            self.vehicle_fields.edits[name].editingFinished.connect(self._look_for_duplicates)
        if customer is not None:
            self.kind.setCurrentIndex(self.kind.findData(customer.kind))
            self.kind.setEnabled(False)
            for name, edit in self.fields.edits.items():
                edit.setText(
                    i18n.digits(getattr(customer, name)) if name in IDENTIFIERS else getattr(customer, name)
                )
        else:
            self._prefill(typed)
        self._on_kind_currentIndexChanged(self.kind.currentIndex())

    # -- the form -------------------------------------------------------------------------

    def _prefill(self, typed: str) -> None:
        """What the clerk typed in the lookup goes where it belongs."""
        query = parse_query(typed)
        if query.national_id:
            self.fields.edits["national_id"].setText(query.national_id)
        elif query.mobile or query.mobile_prefix:
            self.fields.edits["mobile"].setText(query.mobile or query.digits)
        elif query.digits and 8 <= len(query.digits) <= 10:
            # Probably a mistyped national ID: put it there, the check shows what is wrong.
            self.fields.edits["national_id"].setText(query.digits)
            self.fields._leave("national_id")
        elif query.words and not query.latin:
            words = query.text.split()
            self.fields.edits["first_name"].setText(words[0])
            self.fields.edits["last_name"].setText(" ".join(words[1:]))

    def _kind_code(self) -> str:
        return str(self.kind.currentData())

    @Slot(int)
    def _on_kind_currentIndexChanged(self, _index: int) -> None:
        person = self._kind_code() == "person"
        for name, _title, _left in PERSON_FIELDS:
            self._show_row(name, person)
        for name, _title, _left in ORGANISATION_FIELDS:
            self._show_row(name, not person)
        first = "first_name" if person else "company_name"
        self.fields.edits[first].setFocus()

    def _show_row(self, name: str, visible: bool) -> None:
        box = self.fields.rows[name]
        box.setVisible(visible)
        label = self.fields.form.labelForField(box)
        if label is not None:
            label.setVisible(visible)

    def _check_customer_field(self, name: str, value: str) -> None:
        customers.clean_customer(self._kind_code(), {name: value}, partial=True)

    def _customer_values(self) -> dict[str, str]:
        names = [n for n, _t, _l in CONTACT_FIELDS]
        names += [
            n for n, _t, _l in (PERSON_FIELDS if self._kind_code() == "person" else ORGANISATION_FIELDS)
        ]
        return self.fields.values(tuple(names))

    def _vehicle_values(self) -> dict[str, str]:
        values = {k: v for k, v in self.vehicle_fields.values().items() if v.strip()}
        model = self.model.currentData() if self.model.currentIndex() > 0 else self.model.currentText()
        if values or (model or "").strip():
            values["model"] = str(model or "")
            values["segment"] = str(self.segment.currentData())
        return values

    # -- duplicates --------------------------------------------------------------------------

    @Slot()
    def _look_for_duplicates(self) -> None:
        kind, values = self._kind_code(), self._customer_values()
        exclude = self.customer.id if self.customer else None
        # An existing customer's vehicles are added in their own form, not here.
        vehicle = vehicle_keys(self._vehicle_values()) if self.customer is None else {}

        def find(db: Database) -> list[customers.Duplicate]:
            clean = {}
            for name in IDENTIFIERS + NAMES:
                try:
                    clean.update(customers.clean_customer(kind, {name: values.get(name, "")}, partial=True))
                except ValidationError:
                    continue
            with db.read() as conn:
                return customers.find_duplicates(conn, kind, clean, vehicle=vehicle, exclude=exclude)

        self.ctx.runner.database(find, self._show_duplicates, owner=self)

    def _show_duplicates(self, found: list[customers.Duplicate]) -> None:
        if not found:
            if not self._confirmed:
                self.duplicates.hide()
            return
        reasons = {
            "national_id": self.tr("same national ID"),
            "company_id": self.tr("same national company ID"),
            "mobile": self.tr("same mobile"),
            "name_and_vehicle": self.tr("same name and vehicle"),
        }
        lines = [
            f"{i18n.text(d.customer.display_name)} ({', '.join(reasons.get(r, r) for r in d.reasons)})"
            for d in found[:3]
        ]
        self._existing = found[0].customer.id
        self.duplicates_text.setText(self.tr("Probably already on record:") + "\n" + "\n".join(lines))
        self.duplicates.show()

    @Slot()
    def _on_open_existing_clicked(self) -> None:
        if self._existing:
            self.open_requested.emit(self._existing)
            self.reject()

    # -- saving ----------------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        self.fields.clear()
        self.vehicle_fields.clear()
        self.error.clear_error()
        actor = self.ctx.session.actor
        kind, values, vehicle = self._kind_code(), self._customer_values(), self._vehicle_values()
        existing, confirmed, take = self.customer, self._confirmed, self._take_vehicle

        def run(db: Database) -> str:
            now = utcnow()
            with db.write() as conn:
                if existing is not None:
                    return customers.update_customer(conn, actor, existing.id, values, now=now).id
                made = customers.create_customer(
                    conn, actor, values, now=now, kind=kind, confirm_duplicates=confirmed, vehicle=vehicle
                )
                if take:
                    customers.transfer_ownership(conn, actor, take, made.id, now=now)
                elif vehicle:
                    customers.add_vehicle(conn, actor, made.id, vehicle, now=now)
                return made.id

        self.save.setEnabled(False)
        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, customer_id: str) -> None:
        self.save.setEnabled(True)
        self.ctx.changed({"customer", "vehicle"})
        self.saved.emit(customer_id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        if isinstance(error, customers.LikelyDuplicate):
            self._show_duplicates(error.matches)
            self._confirmed = True
            self.save.setText(self.tr("Save anyway"))
            return
        if not isinstance(error, PishkhanError):
            raise error
        if isinstance(error, ValidationError) and error.code in ("vin_taken", "chassis_taken"):
            self._offer_transfer(error)
            return
        if isinstance(error, ValidationError) and error.code in ("national_id_taken", "company_id_taken"):
            self._existing = str(error.params.get("customer_id"))
            self.duplicates_text.setText(i18n.error_text(error))
            self.duplicates.show()
        if isinstance(error, ValidationError) and (
            self.fields.show(error) or self.vehicle_fields.show(error)
        ):
            return
        self.error.show_error(i18n.error_text(error))

    def _offer_transfer(self, error: ValidationError) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Vehicle already on record"),
            self.tr(
                "This vehicle is already registered to another customer. Transfer it to this"
                " customer (a change of owner after a sale)? The former owner stays on record."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._take_vehicle = str(error.params.get("vehicle_id"))
            self._on_save_clicked()
        else:
            self.vehicle_fields.show(error)


class VehicleDialog(QDialog):
    """Add a vehicle to a customer; a vehicle already on record can be transferred instead."""

    saved = Signal(str)

    def __init__(self, ctx: Any, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VehicleDialog")
        self.ctx = ctx
        self.customer = customer
        self.setWindowTitle(self.tr("Add a vehicle for %1").replace("%1", i18n.text(customer.display_name)))
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.fields = FieldSet(form, _check_vehicle_field)
        self.model, self.segment = _vehicle_inputs(form, self.fields)
        for name, title, left in VEHICLE_FIELDS[3:]:
            self.fields.add(name, title, left)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName("Primary")
        self.save.setDefault(True)
        self.save.clicked.connect(self._on_save_clicked)
        row.addWidget(cancel)
        row.addWidget(self.save)
        outer.addLayout(row)
        self._take: str | None = None

    @Slot()
    def _on_save_clicked(self) -> None:
        self.fields.clear()
        self.error.clear_error()
        actor, owner, take = self.ctx.session.actor, self.customer.id, self._take
        values = {k: v for k, v in self.fields.values().items() if v.strip()}
        model = self.model.currentData() if self.model.currentIndex() > 0 else self.model.currentText()
        values["model"] = str(model or "")
        values["segment"] = str(self.segment.currentData())

        def run(db: Database) -> str:
            with db.write() as conn:
                if take:
                    return customers.transfer_ownership(conn, actor, take, owner, now=utcnow()).id
                return customers.add_vehicle(conn, actor, owner, values, now=utcnow()).id

        self.ctx.runner.database(run, self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, vehicle_id: str) -> None:
        self.ctx.changed({"vehicle"})
        self.saved.emit(vehicle_id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        if isinstance(error, ValidationError) and error.code in ("vin_taken", "chassis_taken"):
            answer = QMessageBox.question(
                self,
                self.tr("Vehicle already on record"),
                self.tr(
                    "This vehicle is already registered to another customer. Transfer it to this"
                    " customer (a change of owner after a sale)? The former owner stays on record."
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._take = str(error.params.get("vehicle_id"))
                self._on_save_clicked()
                return
        if isinstance(error, ValidationError) and self.fields.show(error):
            return
        self.error.show_error(i18n.error_text(error))
