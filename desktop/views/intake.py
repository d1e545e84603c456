"""Register a case at the counter for the customer in front of the clerk.

Walk-in by default; type, category and its sub-categories, the vehicle, the customer's
words and the remedy they ask for, priority, files (PDF or images). A question answered
on the spot is closed at once as resolved at first contact, with the customer's
satisfaction: first-contact resolution is a headline figure.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import cases
from desktop.models.calendar import utcnow
from desktop.models.customers import Customer, Vehicle
from desktop.models.customers.intake import Attachment, register_at_counter
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.views import i18n
from desktop.views.case_fields import load_subcategories
from desktop.views.context import AppContext
from desktop.views.customer_common import identity_text, right_to_left, vehicle_text
from desktop.views.forms import ErrorLabel

SATISFACTION = (5, 4, 3, 2, 1)
MAX_FILE_MB = 25


def _combo(name: str, kind: str, codes: tuple[str, ...], default: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for code in codes:
        box.addItem(i18n.label(kind, code), code)
    if default is not None:
        box.setCurrentIndex(box.findData(default))
    return box


class IntakeDialog(QDialog):
    """The intake form; after registering it shows the tracking code to read out.

    Signals:
        registered: the new case (a ``cases.Case``).
    """

    registered = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        customer: Customer,
        vehicles: list[Vehicle],
        parent: QWidget | None = None,
        *,
        ticket_id: str | None = None,
        vehicle_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("IntakeDialog")
        self.ctx = ctx
        self.customer = customer
        self.ticket_id = ticket_id
        self.setWindowTitle(self.tr("New case for %1").replace("%1", i18n.text(customer.display_name)))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._form_page(vehicles, vehicle_id))
        self.pages.addWidget(self._done_page())
        self.description.setFocus()

    # -- the form ---------------------------------------------------------------------------

    def _form_page(self, vehicles: list[Vehicle], vehicle_id: str | None) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        who = QLabel(f"<b>{i18n.text(self.customer.display_name)}</b>  {identity_text(self.customer)}")
        who.setObjectName("intakeCustomer")
        outer.addWidget(who)
        form = QFormLayout()
        outer.addLayout(form)
        self.vehicle = QComboBox()
        self.vehicle.setObjectName("vehicle")
        self.vehicle.addItem(self.tr("No vehicle"), None)
        for car in vehicles:
            self.vehicle.addItem(vehicle_text(car), car.id)
        if vehicle_id:
            self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(vehicle_id)))
        elif len(vehicles) == 1:
            self.vehicle.setCurrentIndex(1)
        self.channel = _combo("channel", "channel", cases.CHANNELS, "walk_in")
        self.case_type = _combo("caseType", "case_type", cases.CASE_TYPES, "question")
        self.category = _combo("category", "category", cases.CATEGORIES)
        self.subcategory = QComboBox()
        self.subcategory.setObjectName("subcategory")
        self.priority = _combo("priority", "priority", cases.PRIORITIES, "normal")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(self.tr("The customer's words"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        right_to_left(self.description)
        self.remedy = QLineEdit()
        self.remedy.setObjectName("remedy")
        self.remedy.setPlaceholderText(self.tr("What the customer asks for (optional)"))
        form.addRow(self.tr("Vehicle"), self.vehicle)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Type"), self.case_type)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Sub-category"), self.subcategory)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Remedy asked for"), self.remedy)
        files_row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setFixedHeight(60)
        add_file = QPushButton(self.tr("Add file…"))
        add_file.setObjectName("addFile")
        add_file.clicked.connect(self._on_add_file_clicked)
        remove_file = QPushButton(self.tr("Remove"))
        remove_file.clicked.connect(self._on_remove_file_clicked)
        files_row.addWidget(self.files, 1)
        column = QVBoxLayout()
        column.addWidget(add_file)
        column.addWidget(remove_file)
        files_row.addLayout(column)
        form.addRow(self.tr("Files"), files_row)
        outer.addWidget(self._authority_box())

        self.answered = QGroupBox(
            self.tr("Answered on the spot (closes the case: resolved at first contact)")
        )
        self.answered.setObjectName("answered")
        self.answered.setCheckable(True)
        self.answered.setChecked(False)
        answer_form = QFormLayout(self.answered)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer")
        self.answer.setPlaceholderText(self.tr("The answer given"))
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(60)
        right_to_left(self.answer)
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.addItem(self.tr("Not asked"), None)
        for score in SATISFACTION:
            self.satisfaction.addItem(i18n.label("satisfaction", str(score)), score)
        answer_form.addRow(self.tr("Answer"), self.answer)
        answer_form.addRow(self.tr("Customer's satisfaction"), self.satisfaction)
        outer.addWidget(self.answered)

        self.error = ErrorLabel()
        outer.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.submit = QPushButton(self.tr("Register the case"))
        self.submit.setObjectName("Primary")
        self.submit.setDefault(True)
        self.submit.clicked.connect(self._on_submit_clicked)
        row.addWidget(cancel)
        row.addWidget(self.submit)
        outer.addLayout(row)
        self.case_type.currentIndexChanged.connect(self._on_case_type_currentIndexChanged)
        self.category.currentIndexChanged.connect(self._on_category_currentIndexChanged)
        self._on_case_type_currentIndexChanged(self.case_type.currentIndex())
        self._on_category_currentIndexChanged(self.category.currentIndex())
        return page

    def _authority_box(self) -> QGroupBox:
        """The referring authority's letter: shown only for the authority-referral channel."""
        self.authority = QGroupBox(self.tr("Referring authority"))
        self.authority.setObjectName("authority")
        box = QFormLayout(self.authority)
        self.authority_name = QLineEdit()
        self.authority_name.setObjectName("authorityName")
        self.authority_name.setPlaceholderText(self.tr("e.g. the consumer protection organisation"))
        self.authority_letter_no = QLineEdit()
        self.authority_letter_no.setObjectName("authorityLetterNo")
        self.authority_letter_date = QLineEdit()
        self.authority_letter_date.setObjectName("authorityLetterDate")
        self.authority_due_date = QLineEdit()
        self.authority_due_date.setObjectName("authorityDueDate")
        for edit in (self.authority_letter_no, self.authority_letter_date, self.authority_due_date):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        for edit in (self.authority_letter_date, self.authority_due_date):
            edit.setPlaceholderText(i18n.fmt_date(utcnow()))
        # Two rows, not four: the form must still fit a 768-pixel-high counter screen.
        who = QHBoxLayout()
        who.addWidget(self.authority_name, 2)
        who.addWidget(QLabel(self.tr("Answer due by")))
        who.addWidget(self.authority_due_date, 1)
        letter = QHBoxLayout()
        letter.addWidget(self.authority_letter_no, 1)
        letter.addWidget(QLabel(self.tr("of")))
        letter.addWidget(self.authority_letter_date, 1)
        box.addRow(self.tr("Authority's name"), who)
        box.addRow(self.tr("Their letter number and date"), letter)
        self.channel.currentIndexChanged.connect(self._on_channel_currentIndexChanged)
        self.authority.setVisible(self.channel.currentData() == "authority")
        return self.authority

    @Slot(int)
    def _on_channel_currentIndexChanged(self, _index: int) -> None:
        referral = self.channel.currentData() == "authority"
        self.authority.setVisible(referral)
        # An authority's case closes only with the formal reply letter, never on the spot.
        self._on_case_type_currentIndexChanged(self.case_type.currentIndex())
        if referral:
            self.authority_name.setFocus()

    def _authority_values(self) -> dict[str, str] | None:
        if self.channel.currentData() != "authority":
            return None
        return {
            "name": self.authority_name.text(),
            "letter_no": self.authority_letter_no.text(),
            "letter_date": self.authority_letter_date.text(),
            "due_date": self.authority_due_date.text(),
        }

    def _done_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.done_title = QLabel()
        self.done_title.setObjectName("CardTitle")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.tracking = QLabel()
        self.tracking.setObjectName("trackingCode")
        self.tracking.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tracking.setStyleSheet("font-size: 22pt; font-weight: bold; color: #0f6e6e;")
        self.tracking.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.done_note = QLabel()
        self.done_note.setObjectName("Muted")
        self.done_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.done_note.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("Primary")
        close.clicked.connect(self.accept)
        self.print_receipt = QPushButton(self.tr("Print receipt"))
        self.print_receipt.setObjectName("printReceipt")
        self.print_receipt.clicked.connect(self._on_print_receipt_clicked)
        for widget in (self.done_title, self.tracking, self.done_note):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.print_receipt)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self._close = close
        self.case: cases.Case | None = None
        return page

    @Slot()
    def _on_print_receipt_clicked(self) -> None:
        from desktop.views.printing import print_intake_receipt

        if self.case is not None:
            print_intake_receipt(self.ctx, self, self.case.tracking_code)

    @Slot(int)
    def _on_case_type_currentIndexChanged(self, _index: int) -> None:
        question = self._answerable()
        self.answered.setVisible(question)
        if not question:
            self.answered.setChecked(False)

    @Slot(int)
    def _on_category_currentIndexChanged(self, _index: int) -> None:
        load_subcategories(self.ctx, self, self.subcategory, self.category.currentData(), self.tr("(none)"))

    @Slot()
    def _on_add_file_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("PDF and images (*.pdf *.jpg *.jpeg *.png *.webp *.heic)"),
        )
        for path in paths:
            item_text = Path(path).name
            self.files.addItem(item_text)
            self.files.item(self.files.count() - 1).setData(Qt.ItemDataRole.UserRole, path)

    @Slot()
    def _on_remove_file_clicked(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def file_paths(self) -> list[str]:
        return [str(self.files.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files.count())]

    def _answerable(self) -> bool:
        """A question may be answered on the spot, unless an authority referred it (their
        case closes only with the formal reply letter)."""
        return self.case_type.currentData() == "question" and self.channel.currentData() != "authority"

    # -- registering -------------------------------------------------------------------------

    @Slot()
    def _on_submit_clicked(self) -> None:
        self.error.clear_error()
        answered = self._answerable() and self.answered.isChecked()
        if answered and not self.answer.toPlainText().strip():
            self.error.show_error(i18n.error_text(ValidationError("answer", "required")))
            self.answer.setFocus()
            return
        actor = self.ctx.session.actor
        counter = self.ctx.session.counter
        values = {
            "customer_id": self.customer.id,
            "vehicle_id": self.vehicle.currentData(),
            "channel": self.channel.currentData(),
            "case_type": self.case_type.currentData(),
            "category": self.category.currentData(),
            "subcategory": self.subcategory.currentData(),
            "priority": self.priority.currentData(),
            "description": self.description.toPlainText(),
            "remedy": self.remedy.text(),
            "answer": self.answer.toPlainText() if answered else "",
            "satisfaction": self.satisfaction.currentData() if answered else None,
            "ticket_id": self.ticket_id,
            "authority": self._authority_values(),
        }
        paths = self.file_paths()

        def run(db: Database) -> cases.Case:
            files = []
            for path in paths:
                try:
                    data = Path(path).read_bytes()
                except OSError:
                    raise ValidationError("attachment", "file_unreadable") from None
                files.append(Attachment(Path(path).name, data))
            with db.write() as conn:
                return register_at_counter(
                    conn, actor, now=utcnow(), counter=counter, attachments=files, **values
                )

        self.submit.setEnabled(False)
        self.ctx.runner.database(run, self._on_registered, self._on_failed, owner=self)

    def _on_registered(self, case: cases.Case) -> None:
        self.case = case
        self.submit.setEnabled(True)
        self.ctx.changed({"case", "ticket"})
        if case.status == "closed":
            self.done_title.setText(self.tr("Answered and closed at first contact"))
        else:
            self.done_title.setText(self.tr("Case registered"))
        self.tracking.setText(i18n.ltr(case.tracking_code))
        self.done_note.setText(
            self.tr("Read the tracking code out to the customer: it finds the case by phone too.")
        )
        self.pages.setCurrentIndex(1)
        self._close.setFocus()
        self.registered.emit(case)

    def _on_failed(self, error: BaseException) -> None:
        self.submit.setEnabled(True)
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
        field = getattr(error, "field", "")
        target = {
            "description": self.description,
            "answer": self.answer,
            "remedy": self.remedy,
            "authority": self.authority_name,
            "authority_name": self.authority_name,
            "authority_letter_no": self.authority_letter_no,
            "authority_letter_date": self.authority_letter_date,
            "authority_due_date": self.authority_due_date,
        }.get(field)
        if target is not None:
            target.setFocus()
