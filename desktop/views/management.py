"""The periodic management report: choose a month, quarter or year, save the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import dealership
from desktop.models.analytics import facts
from desktop.models.analytics.dashboard import Choices
from desktop.models.analytics.figures import Filters
from desktop.models.analytics.period import Period, last_complete_month
from desktop.models.calendar import utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.models.users import Perm, User
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.dashboard_figures import load_choices
from desktop.views.forms import ErrorLabel
from desktop.views.period_picker import PeriodPicker, period_title


def make_report(db: Database, actor: User, chosen: Period, filters: Filters, lang: str, path: str) -> str:
    """Gather the figures, set the PDF and write it; returns the path written."""
    from reports import management
    from reports.common import Letterhead

    with db.write() as conn:
        facts.refresh(conn)
    with db.read() as conn:
        dealer = dealership.get_dealership(conn)
        everyone = actor.can(Perm.REPORT_ALL_DEALERSHIPS) and filters.dealership_id is None
        report = management.gather(
            conn,
            actor,
            chosen,
            now=utcnow(),
            issuer=Letterhead(dealer.name, dealer.address, dealer.phone, dealer.city, dealer.id),
            filters=filters,
            scope="" if everyone else (filters.dealership_id or dealer.name),
        )
    Path(path).write_bytes(management.build(report, lang))
    return path


class ManagementPage(QWidget):
    """Pick the period, the dealership (HQ only) and the language; the report is made on the
    worker and saved as PDF. The period starts at the last complete month."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("ManagementPage")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The management report: headline figures against the previous period, charts,"
                " the top causes of complaints, the FMEA table's ten highest risks, open improvement"
                " actions and, for those who may see them, audit results; a glossary defines every figure."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = PeriodPicker(("month", "quarter", "year"))
        self.picker.set_period(last_complete_month(utcnow()))
        self.dealer = QComboBox()
        self.dealer.setObjectName("reportDealership")
        self.dealer.addItem(self.tr("All dealerships"), None)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code in ("fa", "en"):
            self.language.addItem(i18n.label("language", code), code)
        self.language.setCurrentIndex(0 if i18n.lang() == "fa" else 1)
        form.addRow(self.tr("Period"), self.picker)
        form.addRow(self.tr("Dealership"), self.dealer)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        # Only HQ chooses: for anyone else the report is of their own dealership.
        self.all_dealerships = ctx.session.actor.can(Perm.REPORT_ALL_DEALERSHIPS)
        form.setRowVisible(self.dealer, self.all_dealerships)
        row = QHBoxLayout()
        self.make = QPushButton(self.tr("Make the report (PDF)…"))
        self.make.setObjectName("Primary")
        self.make.clicked.connect(self._on_make_clicked)
        row.addWidget(self.make)
        row.addStretch(1)
        layout.addLayout(row)
        self.done = QLabel()
        self.done.setObjectName("Muted")
        self.done.setWordWrap(True)
        layout.addWidget(self.done)
        self.open_file = QPushButton(self.tr("Open it"))
        self.open_file.setObjectName("openReport")
        self.open_file.hide()
        self.open_file.clicked.connect(self._on_open_file_clicked)
        layout.addWidget(self.open_file)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path = ""
        if self.all_dealerships:
            actor = ctx.session.actor
            ctx.runner.database(lambda db: load_choices(db, actor), self._on_choices_loaded, owner=self)

    def _on_choices_loaded(self, choices: Choices) -> None:
        while self.dealer.count() > 1:
            self.dealer.removeItem(1)
        for code in choices.dealerships or []:
            self.dealer.addItem(i18n.digits(code), code)

    def filters(self) -> Filters:
        """The dealership chosen (HQ), or none: the report covers what the user may see."""
        return Filters(dealership_id=self.dealer.currentData() if self.all_dealerships else None)

    def suggested_name(self) -> str:
        try:
            return period_title(self.picker.period()).replace("/", "-") + ".pdf"
        except PishkhanError:
            return "report.pdf"

    @Slot()
    def _on_make_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), self.suggested_name(), "PDF (*.pdf)"
        )
        if path:
            self.make_to(path if path.lower().endswith(".pdf") else path + ".pdf")

    def make_to(self, path: str) -> None:
        try:
            chosen = self.picker.period()
        except PishkhanError as exc:
            self.error.show_error(i18n.error_text(exc))
            return
        self.error.clear_error()
        actor, lang, filters = self.ctx.session.actor, self.language.currentData(), self.filters()
        self.make.setEnabled(False)
        self.ctx.runner.database(
            lambda db: make_report(db, actor, chosen, filters, lang, path),
            self._on_made,
            self._on_failed,
            owner=self,
            label=self.tr("Making the report…"),
        )

    def _on_made(self, path: str) -> None:
        self.make.setEnabled(True)
        self.path = path
        self.done.setText(self.tr("Saved: %1").replace("%1", path))
        self.open_file.show()

    def _on_failed(self, error: BaseException) -> None:
        self.make.setEnabled(True)
        if isinstance(error, OSError):
            self.error.show_error(self.tr("The file could not be written: %1").replace("%1", str(error)))
            return
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))

    @Slot()
    def _on_open_file_clicked(self) -> None:
        if self.path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.path))
