"""The 360° view of a customer: profile, vehicles with their owners, every case with its
status and timeline, happy-call results and documents, one tab each.

Loaded in one read on the database worker (``customer_profile``); opens at once even for
a customer with hundreds of cases.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import blobs, customers, users
from desktop.models.calendar import parse_iso, utcnow
from desktop.models.customers.profile import Profile, customer_profile
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.customer_common import CustomerPicker, identity_text, plate_text

STREAMS = {"customer", "vehicle", "case"}


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    # Columns are sized once after filling (sizing on every cell set is quadratic), from
    # the first rows only: hundreds of cases fill at once.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setResizeContentsPrecision(40)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str]) -> None:
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    for r, (cells, key) in enumerate(zip(rows, keys, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    table.setUpdatesEnabled(True)


def _when(text: str | None) -> str:
    return i18n.fmt_datetime(parse_iso(text)) if text else ""


def _day(text: str | None) -> str:
    if not text:
        return ""
    from datetime import date

    return i18n.fmt_date(date.fromisoformat(text[:10]))


class Customer360(QWidget):
    """Signals:
    closed: the clerk went back to the lookup.
    new_case_requested: register a case for this customer (the Profile is the argument).
    loaded: the profile is on screen (the Profile).
    """

    closed = Signal()
    new_case_requested = Signal(object)
    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Customer360")
        self.ctx = ctx
        self.profile: Profile | None = None
        self.customer_id: str | None = None
        self._names: dict[str, str] = {}
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.back = QPushButton(self.tr("Back to lookup (Esc)"))
        self.back.setObjectName("back")
        self.back.clicked.connect(self.closed)
        column = QVBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setStyleSheet("font-size: 16pt; font-weight: bold; color: #1f2a36;")
        self.details = QLabel()
        self.details.setObjectName("customerDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.name)
        column.addWidget(self.details)
        head.addLayout(column, 1)
        self.new_case = QPushButton(self.tr("New case (Ctrl+R)"))
        self.new_case.setObjectName("newCase")
        self.new_case.setProperty("class", "Primary")
        self.new_case.setStyleSheet("font-weight: bold;")
        self.edit = QPushButton(self.tr("Edit"))
        self.edit.setObjectName("editCustomer")
        self.add_vehicle = QPushButton(self.tr("Add vehicle"))
        self.add_vehicle.setObjectName("addVehicle")
        self.add_document = QPushButton(self.tr("Add document"))
        self.add_document.setObjectName("addDocument")
        for button in (self.new_case, self.edit, self.add_vehicle, self.add_document, self.back):
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs360")
        outer.addWidget(self.tabs, 1)
        self.cases = _table(
            "cases",
            [
                self.tr("Tracking code"),
                self.tr("Registered"),
                self.tr("Type"),
                self.tr("Category"),
                self.tr("Status"),
            ],
        )
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.cases)
        split.addWidget(self.timeline)
        split.setSizes([300, 160])
        self.tabs.addTab(split, self.tr("Cases"))
        vehicles_page = QWidget()
        vp = QVBoxLayout(vehicles_page)
        self.vehicles = _table(
            "vehicles",
            [
                self.tr("Model"),
                self.tr("Plate"),
                self.tr("VIN / chassis"),
                self.tr("Segment"),
                self.tr("Delivered"),
                self.tr("Warranty until"),
                self.tr("Odometer"),
                self.tr("Owners"),
            ],
        )
        vp.addWidget(self.vehicles)
        row = QHBoxLayout()
        row.addStretch(1)
        self.jobcard = QPushButton(self.tr("Job card…"))
        self.jobcard.setObjectName("jobCard")
        self.transfer = QPushButton(self.tr("Transfer to a new owner…"))
        self.transfer.setObjectName("transferVehicle")
        row.addWidget(self.jobcard)
        row.addWidget(self.transfer)
        vp.addLayout(row)
        self.tabs.addTab(vehicles_page, self.tr("Vehicles"))
        self.calls = _table(
            "happyCalls",
            [self.tr("Date"), self.tr("Tracking code"), self.tr("Satisfaction"), self.tr("Result")],
        )
        self.tabs.addTab(self.calls, self.tr("Happy calls"))
        self.files = _table("files", [self.tr("File"), self.tr("Kind"), self.tr("Case"), self.tr("Added")])
        self.tabs.addTab(self.files, self.tr("Documents"))

        self.cases.itemSelectionChanged.connect(self._on_cases_itemSelectionChanged)
        self.new_case.clicked.connect(self._on_new_case_clicked)
        self.edit.clicked.connect(self._on_edit_clicked)
        self.add_vehicle.clicked.connect(self._on_add_vehicle_clicked)
        self.add_document.clicked.connect(self._on_add_document_clicked)
        self.transfer.clicked.connect(self._on_transfer_clicked)
        self.files.doubleClicked.connect(self._on_files_doubleClicked)
        self.cases.doubleClicked.connect(self._on_cases_doubleClicked)
        self.jobcard.clicked.connect(self._on_jobcard_clicked)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        can_edit = ctx.session.actor.can(users.Perm.CUSTOMER_EDIT)
        for button in (self.edit, self.add_vehicle, self.add_document, self.transfer):
            button.setEnabled(can_edit)
        self.new_case.setEnabled(ctx.session.actor.can(users.Perm.CASE_REGISTER))

    # -- loading --------------------------------------------------------------------------

    def load(self, customer_id: str) -> None:
        self.customer_id = customer_id

        def read(db: Database) -> tuple[Profile, dict[str, str]]:
            with db.read() as conn:
                profile = customer_profile(conn, customer_id)
                names = {u.id: u.display_name for u in users.list_users(conn, active_only=False)}
            return profile, names

        self.ctx.runner.database(read, self._on_loaded, owner=self)

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if self.customer_id and streams & STREAMS and self.isVisible():
            self.load(self.customer_id)

    def _on_loaded(self, data: tuple[Profile, dict[str, str]]) -> None:
        profile, self._names = data
        self.profile = profile
        self.customer_id = profile.customer.id
        c = profile.customer
        self.name.setText(i18n.text(c.display_name))
        lines = [identity_text(c)]
        if c.kind == "organisation" and c.contact_person:
            lines.append(self.tr("Contact: %1").replace("%1", i18n.text(c.contact_person)))
        if c.phone:
            lines.append(self.tr("Phone: %1").replace("%1", i18n.digits(c.phone)))
        # Addresses usually start with the city: say it once.
        city = "" if c.address.startswith(c.city) else c.city
        place = "، ".join(i18n.text(p) for p in (city, c.address) if p)
        if place:
            lines.append(place)
        summary = self.tr("%1 cases, %2 open").replace("%1", i18n.num(len(profile.cases)))
        # Kept in one piece (no-break spaces): a line break inside it parted a count from its word.
        lines.append(summary.replace("%2", i18n.num(profile.open_cases)).replace(" ", "\u00a0"))
        if profile.merged_ids:
            lines.append(
                self.tr("%1 duplicate records merged into this one").replace(
                    "%1", i18n.num(len(profile.merged_ids))
                )
            )
        # Each part isolated: Persian addresses and English words keep their own order.
        self.details.setText("  ·  ".join(f"\u2068{line}\u2069" for line in lines if line))
        self._show_cases(profile)
        self._show_vehicles(profile)
        self._show_calls(profile)
        self._show_files(profile)
        self.loaded.emit(profile)

    def _show_cases(self, profile: Profile) -> None:
        rows = [
            [
                i18n.ltr(e.state.tracking_code),
                _when(e.state.registered_at),
                i18n.label("case_type", e.state.case_type),
                i18n.label("category", e.state.category),
                i18n.label("case_status", e.state.status)
                + (f" ({i18n.label('resolution', e.state.resolution)})" if e.state.resolution else ""),
            ]
            for e in profile.cases
        ]
        _fill(self.cases, rows, [e.state.id for e in profile.cases])
        self.timeline.clear()
        if profile.cases:
            self.cases.setCurrentCell(0, 0)

    @Slot()
    def _on_cases_itemSelectionChanged(self) -> None:
        self.timeline.clear()
        if self.profile is None or self.cases.currentRow() < 0:
            return
        entry = self.profile.cases[self.cases.currentRow()]
        self.timeline.addItem(i18n.text(entry.state.description))
        for event in entry.timeline:
            who = self._names.get(event.actor_id, "")
            text = f"{_when(event.recorded_at)}  {i18n.label('case_event', event.kind)}"
            if who:
                text += f" · {who}"
            detail = event.payload.get("text") or event.payload.get("answer") or event.payload.get("name")
            if detail:
                text += f": {i18n.text(str(detail))}"
            self.timeline.addItem(text)

    def _show_vehicles(self, profile: Profile) -> None:
        rows, keys = [], []
        sold = self.tr("(former)")
        for car, former in [(v, False) for v in profile.vehicles] + [
            (v, True) for v in profile.former_vehicles
        ]:
            owners = " ← ".join(
                f"{i18n.text(o.owner_name)} ({_day(o.since)}{'–' + _day(o.until) if o.until else ''})"
                for o in reversed(car.owners)
            )
            rows.append(
                [
                    i18n.text(car.model) + (f" {sold}" if former else ""),
                    plate_text(car.plate),
                    car.vin or car.chassis,
                    i18n.label("segment", car.segment),
                    _day(car.delivered_on),
                    _day(car.warranty_end),
                    self.tr("%1 km").replace("%1", i18n.num(car.odometer[-1].km)) if car.odometer else "",
                    owners,
                ]
            )
            keys.append(car.id)
        _fill(self.vehicles, rows, keys)

    def _show_calls(self, profile: Profile) -> None:
        rows = []
        for call in profile.happy_calls:
            score = call.satisfaction
            reach = call.payload.get("reach")
            rows.append(
                [
                    _when(call.at),
                    i18n.ltr(call.tracking_code),
                    i18n.label("satisfaction", str(score)) if score else "",
                    " · ".join(
                        filter(
                            None,
                            [
                                i18n.label("reach", str(reach)) if reach else "",
                                i18n.text(str(call.payload.get("note", ""))),
                            ],
                        )
                    ),
                ]
            )
        _fill(self.calls, rows, [c.case_id for c in profile.happy_calls])

    def _show_files(self, profile: Profile) -> None:
        kinds = {"application/pdf": "PDF"}
        rows = [
            [
                f.name or f.sha256[:12],
                kinds.get(f.mime, self.tr("Image") if f.mime.startswith("image/") else f.mime),
                i18n.ltr(f.case_tracking_code) or self.tr("Customer record"),
                _when(f.added_at),
            ]
            for f in profile.files
        ]
        _fill(self.files, rows, [f.sha256 for f in profile.files])

    # -- actions ----------------------------------------------------------------------------

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        QMessageBox.warning(self, self.tr("Customer"), i18n.error_text(error))

    @Slot()
    def _on_new_case_clicked(self) -> None:
        if self.profile is not None:
            self.new_case_requested.emit(self.profile)

    @Slot()
    def _on_edit_clicked(self) -> None:
        from desktop.views.customer_form import CustomerDialog

        if self.profile is not None:
            CustomerDialog(self.ctx, self, customer=self.profile.customer).exec()

    @Slot()
    def _on_add_vehicle_clicked(self) -> None:
        from desktop.views.customer_form import VehicleDialog

        if self.profile is not None:
            VehicleDialog(self.ctx, self.profile.customer, self).exec()

    @Slot()
    def _on_add_document_clicked(self) -> None:
        if self.profile is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a document"),
            "",
            self.tr("PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)"),
        )
        if not path:
            return
        actor, customer_id = self.ctx.session.actor, self.profile.customer.id

        def run(db: Database) -> None:
            from pathlib import Path

            try:
                data = Path(path).read_bytes()
            except OSError:
                raise ValidationError("file", "file_unreadable") from None
            with db.write() as conn:
                customers.add_document(conn, actor, customer_id, data, Path(path).name, now=utcnow())

        self.ctx.runner.database(run, lambda _r: self.ctx.changed({"customer"}), self._on_failed, owner=self)

    @Slot()
    def _on_cases_doubleClicked(self) -> None:
        from desktop.views.case_detail import open_case

        row = self.cases.currentRow()
        if self.profile is not None and 0 <= row < len(self.profile.cases):
            open_case(self.ctx, self.profile.cases[row].state.id, self)

    @Slot()
    def _on_jobcard_clicked(self) -> None:
        from desktop.views.jobcard import open_jobcard_dialog

        row = self.vehicles.currentRow()
        if self.profile is None or row < 0:
            QMessageBox.information(self, self.tr("Job card"), self.tr("Choose a vehicle first."))
            return
        vehicle_id = self.vehicles.item(row, 0).data(Qt.ItemDataRole.UserRole)
        open_jobcard_dialog(self.ctx, self, vehicle_id=vehicle_id)

    @Slot()
    def _on_transfer_clicked(self) -> None:
        if self.profile is None or self.vehicles.currentRow() < 0:
            QMessageBox.information(self, self.tr("Transfer"), self.tr("Choose a vehicle first."))
            return
        vehicle_id = self.vehicles.item(self.vehicles.currentRow(), 0).data(Qt.ItemDataRole.UserRole)
        picker = CustomerPicker(self.ctx, self.tr("The new owner"), self, exclude=self.profile.customer.id)
        if not picker.exec() or not picker.chosen:
            return
        actor, new_owner = self.ctx.session.actor, picker.chosen

        def run(db: Database) -> None:
            with db.write() as conn:
                customers.transfer_ownership(conn, actor, vehicle_id, new_owner, now=utcnow())

        self.ctx.runner.database(run, lambda _r: self.ctx.changed({"vehicle"}), self._on_failed, owner=self)

    @Slot()
    def _on_files_doubleClicked(self) -> None:
        row = self.files.currentRow()
        if self.profile is None or row < 0:
            return
        entry = self.profile.files[row]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), entry.name or entry.sha256[:12])
        if not path:
            return

        def run(db: Database) -> None:
            from pathlib import Path

            with db.read() as conn:
                data = blobs.get_blob(conn, entry.sha256).data
            try:
                Path(path).write_bytes(data)
            except OSError:
                raise ValidationError("file", "file_unwritable") from None

        self.ctx.runner.database(run, None, self._on_failed, owner=self)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)
