"""The Audits screen: covert visits for inspectors, audits for the inspection unit and HQ,
released reports and appeals for the audited dealership's manager.

What each role sees (the model enforces it again on every read):
- inspector: my visits (assigned and unplanned, with drafts to resume), my audits;
- inspection manager / HQ: all audits, release, visits to assign, appeals, ranking, templates;
- dealership manager: the released reports of their own dealership, and appeals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import users
from desktop.models.audits import drafts, library, records, release, visits, xlsform
from desktop.models.audits.drafts import DraftSummary
from desktop.models.audits.library import TemplateInfo
from desktop.models.audits.records import AuditSummary
from desktop.models.audits.release import AppealSummary, ReleaseSummary
from desktop.models.audits.template import TemplateInvalid
from desktop.models.audits.visits import ASSIGN_PERMISSION, Visit
from desktop.models.calendar import local, utcnow
from desktop.models.db import Database
from desktop.models.users import Perm
from desktop.views import i18n
from desktop.views.audit_detail import AuditDetail, AuditView, load_audit, load_release, score_text
from desktop.views.audit_dialogs import VisitDialog
from desktop.views.audit_form import AuditForm
from desktop.views.context import AppContext
from desktop.views.worker import report_error


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]]) -> None:
    """Rows of (key, cells); the key is kept on every cell."""
    table.setRowCount(0)
    for key, cells in rows:
        index = table.rowCount()
        table.insertRow(index)
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(index, column, cell)


def _key(table: QTableWidget) -> str | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return str(item.data(Qt.ItemDataRole.UserRole)) if item else None


def _button(row: QHBoxLayout, name: str, text: str, slot: Any) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    row.addWidget(button)
    return button


@dataclass(frozen=True)
class Lists:
    """Everything the tabs show, read in one go on the worker."""

    visits: list[Visit]
    drafts: list[DraftSummary]
    audits: list[AuditSummary]
    releases: list[ReleaseSummary]
    appeals: list[AppealSummary]
    templates: list[TemplateInfo]
    names: dict[str, str]  # user id -> display name (inspectors)
    inspectors: list[users.User]


def load_lists(db: Database, actor: users.User) -> Lists:
    audit_staff = actor.can(Perm.AUDIT_FILL) or actor.can(Perm.AUDIT_VIEW)
    planner = actor.can(ASSIGN_PERMISSION)
    with db.read() as conn:
        everyone = users.list_users(conn) if audit_staff or planner else []
        return Lists(
            visits=visits.list_visits(conn, actor) if audit_staff else [],
            drafts=drafts.list_drafts(conn, actor) if actor.can(Perm.AUDIT_FILL) else [],
            audits=records.list_audits(conn, actor) if audit_staff else [],
            releases=release.list_releases(conn, actor)
            if actor.can(Perm.AUDIT_VIEW_RELEASED) or actor.can(Perm.AUDIT_VIEW)
            else [],
            appeals=release.list_appeals(conn, actor, statuses=None)
            if actor.can(Perm.AUDIT_VIEW_RELEASED) or actor.can(Perm.AUDIT_VIEW)
            else [],
            templates=library.list_templates(conn, actor) if audit_staff else [],
            names={u.id: u.display_name for u in everyone},
            inspectors=[u for u in everyone if u.can(Perm.AUDIT_FILL)],
        )


class AuditsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.lists: Lists | None = None
        actor = ctx.session.actor
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("auditTabs")
        self.pages.addWidget(self.tabs)
        self.form: AuditForm | None = None
        self.detail: AuditDetail | None = None
        audit_staff = actor.can(Perm.AUDIT_FILL) or actor.can(Perm.AUDIT_VIEW)
        dealership_side = actor.can(Perm.AUDIT_VIEW_RELEASED) and not actor.can(Perm.AUDIT_VIEW)
        if audit_staff or actor.can(ASSIGN_PERMISSION):
            self.tabs.addTab(self._visits_tab(), self.tr("Visits"))
        if audit_staff:
            title = self.tr("All audits") if actor.can(Perm.AUDIT_VIEW) else self.tr("My audits")
            self.tabs.addTab(self._audits_tab(), title)
        if dealership_side:
            self.tabs.addTab(self._releases_tab(), self.tr("Our audit reports"))
        if actor.can(Perm.AUDIT_VIEW) or actor.can(Perm.AUDIT_APPEAL):
            self.tabs.addTab(self._appeals_tab(), self.tr("Appeals"))
        if actor.can(Perm.AUDIT_VIEW):
            from desktop.views.audit_ranking import RankingView

            self.ranking = RankingView(ctx)
            self.tabs.addTab(self.ranking, self.tr("Ranking"))
        if actor.can(Perm.AUDIT_TEMPLATES):
            self.tabs.addTab(self._templates_tab(), self.tr("Forms"))
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    # -- tabs -----------------------------------------------------------------------------

    def _visits_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        actor = self.ctx.session.actor
        headers = [
            self.tr("Dealership"),
            self.tr("Form"),
            self.tr("When"),
            self.tr("Status"),
            self.tr("Answered"),
        ]
        if actor.can(ASSIGN_PERMISSION):
            headers.insert(1, self.tr("Inspector"))
        self.visit_table = _table("visitTable", headers)
        self.visit_table.doubleClicked.connect(self._on_startVisit_clicked)
        layout.addWidget(self.visit_table, 1)
        row = QHBoxLayout()
        if actor.can(Perm.AUDIT_FILL):
            _button(row, "startVisit", self.tr("Start or resume the visit"), self._on_startVisit_clicked)
            _button(row, "unplannedVisit", self.tr("Unplanned visit…"), self._on_unplannedVisit_clicked)
            _button(row, "discardDraft", self.tr("Discard the draft"), self._on_discardDraft_clicked)
        if actor.can(ASSIGN_PERMISSION):
            _button(row, "assignVisit", self.tr("Assign a visit…"), self._on_assignVisit_clicked)
            _button(row, "cancelVisit", self.tr("Cancel the visit"), self._on_cancelVisit_clicked)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _audits_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        headers = [
            self.tr("Visit"),
            self.tr("Dealership"),
            self.tr("Form"),
            self.tr("Score"),
            self.tr("Critical"),
            self.tr("State"),
        ]
        if self.ctx.session.actor.can(Perm.AUDIT_VIEW):
            headers.insert(3, self.tr("Inspector"))
        self.audit_table = _table("auditTable", headers)
        self.audit_table.doubleClicked.connect(self._on_openAudit_clicked)
        layout.addWidget(self.audit_table, 1)
        row = QHBoxLayout()
        _button(row, "openAudit", self.tr("Open"), self._on_openAudit_clicked)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _releases_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(
            self.tr(
                "Reports of covert visits to this dealership that HQ has released. You may appeal an item."
            )
        )
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.release_table = _table(
            "releaseTable",
            [
                self.tr("Visit"),
                self.tr("Form"),
                self.tr("Inspector"),
                self.tr("Score"),
                self.tr("Appeals waiting"),
            ],
        )
        self.release_table.doubleClicked.connect(self._on_openRelease_clicked)
        layout.addWidget(self.release_table, 1)
        row = QHBoxLayout()
        _button(row, "openRelease", self.tr("Open the report"), self._on_openRelease_clicked)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _appeals_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.appeal_filter = QComboBox()
        self.appeal_filter.setObjectName("appealFilter")
        self.appeal_filter.addItem(self.tr("Waiting for a decision"), "pending")
        self.appeal_filter.addItem(self.tr("All appeals"), "")
        self.appeal_filter.currentIndexChanged.connect(self._on_appeal_filter_currentIndexChanged)
        bar.addWidget(self.appeal_filter)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.appeal_table = _table(
            "appealTable",
            [self.tr("Filed"), self.tr("Dealership"), self.tr("Item"), self.tr("Reason"), self.tr("Status")],
        )
        self.appeal_table.doubleClicked.connect(self._on_openAppeal_clicked)
        layout.addWidget(self.appeal_table, 1)
        row = QHBoxLayout()
        _button(row, "openAppeal", self.tr("Open the report"), self._on_openAppeal_clicked)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _templates_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.template_table = _table(
            "templateTable", [self.tr("Form"), self.tr("Version"), self.tr("Questions"), self.tr("Imported")]
        )
        layout.addWidget(self.template_table, 1)
        self.template_problems = QLabel()
        self.template_problems.setObjectName("ErrorLabel")
        self.template_problems.setWordWrap(True)
        self.template_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.template_problems)
        row = QHBoxLayout()
        _button(row, "importTemplate", self.tr("Import a form…"), self._on_importTemplate_clicked)
        _button(row, "exportTemplate", self.tr("Export…"), self._on_exportTemplate_clicked)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.ctx.session.actor
        self.ctx.runner.database(lambda db: load_lists(db, actor), self._on_loaded, owner=self)

    @Slot(object)
    def _on_ctx_data_changed(self, streams: set[str]) -> None:
        if "audit" in streams:
            self.refresh()
            if hasattr(self, "ranking"):
                self.ranking.refresh()

    def _title(self, form_id: str) -> str:
        assert self.lists is not None
        for info in self.lists.templates:
            if info.form_id == form_id:
                return i18n.text(info.title.get(i18n.lang()))
        return form_id

    def _on_loaded(self, lists: Lists) -> None:
        self.lists = lists
        actor = self.ctx.session.actor
        if hasattr(self, "visit_table"):
            progress = {d.visit_id: d for d in lists.drafts}
            rows = []
            for visit in lists.visits:
                when = (
                    self.tr("%1 to %2")
                    .replace("%1", i18n.fmt_date(visit.window_start))
                    .replace("%2", i18n.fmt_date(visit.window_end))
                    if visit.window_start and visit.window_end
                    else self.tr("Unplanned")
                )
                draft = progress.get(visit.id)
                answered = (
                    self.tr("%1 of %2")
                    .replace("%1", i18n.digits(str(draft.answered)))
                    .replace("%2", i18n.digits(str(draft.questions)))
                    if draft
                    else ""
                )
                cells = [
                    f"{i18n.text(visit.dealership_name)} ({i18n.digits(visit.dealership_id)})",
                    self._title(visit.form_id),
                    when,
                    i18n.label("visit_status", visit.status),
                    answered,
                ]
                if actor.can(ASSIGN_PERMISSION):
                    cells.insert(1, lists.names.get(visit.inspector_id or "", ""))
                rows.append((visit.id, cells))
            _fill(self.visit_table, rows)
        if hasattr(self, "audit_table"):
            rows = []
            for audit in lists.audits:
                state = self.tr("Released") if audit.released else self.tr("Finalised")
                if audit.amendments:
                    state += " · " + self.tr("amended")
                if audit.pending_appeals:
                    state += " · " + self.tr("%1 appeals").replace(
                        "%1", i18n.digits(str(audit.pending_appeals))
                    )
                cells = [
                    i18n.fmt_datetime(audit.visit_started_at),
                    f"{i18n.text(audit.dealership_name)} ({i18n.digits(audit.dealership_id)})",
                    i18n.text(audit.title.get(i18n.lang())),
                    score_text(audit.score),
                    i18n.digits(str(audit.critical_failures)) if audit.critical_failures else "",
                    state,
                ]
                if actor.can(Perm.AUDIT_VIEW):
                    cells.insert(3, lists.names.get(audit.inspector_id, ""))
                rows.append((audit.id, cells))
            _fill(self.audit_table, rows)
        if hasattr(self, "release_table"):
            _fill(
                self.release_table,
                [
                    (
                        r.id,
                        [
                            i18n.fmt_date(r.visit_started_at),
                            i18n.text(r.title.get(i18n.lang())),
                            self.tr("Inspector %1").replace("%1", r.pseudonym),
                            score_text(r.score),
                            i18n.digits(str(r.pending_appeals)) if r.pending_appeals else "",
                        ],
                    )
                    for r in lists.releases
                ],
            )
        if hasattr(self, "appeal_table"):
            self._fill_appeals()
        if hasattr(self, "template_table"):
            _fill(
                self.template_table,
                [
                    (
                        t.id,
                        [
                            i18n.text(t.title.get(i18n.lang())),
                            i18n.digits(str(t.version)),
                            i18n.digits(str(t.question_count)),
                            i18n.fmt_datetime(t.imported_at),
                        ],
                    )
                    for t in lists.templates
                ],
            )

    def _fill_appeals(self) -> None:
        assert self.lists is not None
        wanted = self.appeal_filter.currentData()
        rows = []
        for summary in self.lists.appeals:
            appeal = summary.appeal
            if wanted and appeal.status != wanted:
                continue
            rows.append(
                (
                    f"{appeal.audit_id}|{appeal.id}",
                    [
                        i18n.fmt_date(appeal.filed_at),
                        f"{i18n.text(summary.dealership_name)} ({i18n.digits(summary.dealership_id)})",
                        i18n.text(summary.question_label.get(i18n.lang())),
                        i18n.text(appeal.reason),
                        i18n.label("appeal_status", appeal.status),
                    ],
                )
            )
        _fill(self.appeal_table, rows)

    @Slot(int)
    def _on_appeal_filter_currentIndexChanged(self, _index: int) -> None:
        if self.lists is not None:
            self._fill_appeals()

    # -- pages ---------------------------------------------------------------------------------

    def show_home(self) -> None:
        self.pages.setCurrentWidget(self.tabs)
        for page in (self.form, self.detail):
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        self.form = None
        self.detail = None
        self.refresh()

    def open_draft(self, draft_id: str) -> None:
        actor = self.ctx.session.actor

        def run(db: Database) -> drafts.Draft:
            with db.read() as conn:
                return drafts.get_draft(conn, actor, draft_id)

        self.ctx.runner.database(run, self._show_form, owner=self)

    def _show_form(self, draft: drafts.Draft) -> None:
        self.form = AuditForm(self.ctx, draft)
        self.form.closed.connect(self._on_form_closed)
        self.form.finalised.connect(self._on_form_finalised)
        self.pages.addWidget(self.form)
        self.pages.setCurrentWidget(self.form)

    @Slot()
    def _on_form_closed(self) -> None:
        self.show_home()

    @Slot(str)
    def _on_form_finalised(self, audit_id: str) -> None:
        self.show_home()
        self.open_audit(audit_id)

    def open_audit(self, audit_id: str) -> None:
        actor = self.ctx.session.actor
        self.ctx.runner.database(lambda db: load_audit(db, actor, audit_id), self._show_detail, owner=self)

    def open_release(self, audit_id: str) -> None:
        actor = self.ctx.session.actor
        self.ctx.runner.database(lambda db: load_release(db, actor, audit_id), self._show_detail, owner=self)

    def _show_detail(self, view: AuditView) -> None:
        if self.detail is not None:
            self.pages.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = AuditDetail(self.ctx, view)
        self.detail.back.connect(self.show_home)
        self.detail.changed.connect(self._on_detail_changed)
        self.pages.addWidget(self.detail)
        self.pages.setCurrentWidget(self.detail)

    @Slot(str, str)
    def _on_detail_changed(self, kind: str, audit_id: str) -> None:
        if kind == "release":
            self.open_release(audit_id)
        else:
            self.open_audit(audit_id)

    # -- actions ---------------------------------------------------------------------------------

    def _visit(self) -> Visit | None:
        key = _key(self.visit_table)
        if key is None or self.lists is None:
            return None
        return next((v for v in self.lists.visits if v.id == key), None)

    def _ask_selection(self) -> None:
        QMessageBox.information(self, self.tr("Audits"), self.tr("Select a row first."))

    @Slot()
    def _on_startVisit_clicked(self, *_args: object) -> None:
        visit = self._visit()
        if visit is None:
            self._ask_selection()
            return
        actor = self.ctx.session.actor

        def run(db: Database) -> drafts.Draft:
            with db.write() as conn:
                return drafts.start_visit(conn, actor, visit.id, utcnow())

        self.ctx.runner.database(run, self._show_form, owner=self)

    @Slot()
    def _on_unplannedVisit_clicked(self) -> None:
        assert self.lists is not None

        def run(values: dict[str, Any]) -> Any:
            def command(db: Database, actor: users.User) -> drafts.Draft:
                with db.write() as conn:
                    return drafts.start_unplanned(conn, actor, now=utcnow(), **values)

            return command

        dialog = VisitDialog(self.ctx, self.lists.templates, run, parent=self)
        dialog.accepted.connect(lambda: self._show_form(dialog.result_value))
        dialog.open()

    @Slot()
    def _on_assignVisit_clicked(self) -> None:
        assert self.lists is not None

        def run(values: dict[str, Any]) -> Any:
            def command(db: Database, actor: users.User) -> Visit:
                with db.write() as conn:
                    return visits.assign_visit(conn, actor, now=utcnow(), **values)

            return command

        dialog = VisitDialog(
            self.ctx, self.lists.templates, run, inspectors=self.lists.inspectors, parent=self
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()

    @Slot()
    def _on_cancelVisit_clicked(self) -> None:
        visit = self._visit()
        if visit is None:
            self._ask_selection()
            return
        actor = self.ctx.session.actor

        def run(db: Database) -> None:
            with db.write() as conn:
                visits.cancel_visit(conn, actor, visit.id)

        self.ctx.runner.database(run, lambda _r: self.refresh(), owner=self)

    @Slot()
    def _on_discardDraft_clicked(self) -> None:
        visit = self._visit()
        if visit is None or self.lists is None:
            self._ask_selection()
            return
        draft = next((d for d in self.lists.drafts if d.visit_id == visit.id), None)
        if draft is None:
            return
        sure = QMessageBox.question(
            self, self.tr("Discard the draft"), self.tr("Throw away every answer of this draft?")
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        actor = self.ctx.session.actor

        def run(db: Database) -> None:
            with db.write() as conn:
                drafts.discard_draft(conn, actor, draft.id)

        self.ctx.runner.database(run, lambda _r: self.refresh(), owner=self)

    @Slot()
    def _on_openAudit_clicked(self, *_args: object) -> None:
        key = _key(self.audit_table)
        if key is None:
            self._ask_selection()
            return
        self.open_audit(key)

    @Slot()
    def _on_openRelease_clicked(self, *_args: object) -> None:
        key = _key(self.release_table)
        if key is None:
            self._ask_selection()
            return
        self.open_release(key)

    @Slot()
    def _on_openAppeal_clicked(self, *_args: object) -> None:
        key = _key(self.appeal_table)
        if key is None:
            self._ask_selection()
            return
        audit_id, _, _appeal_id = key.partition("|")
        self.open_release(audit_id)

    @Slot()
    def _on_importTemplate_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a form"), "", self.tr("XLSForm or JSON (*.xlsx *.json)")
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        from pathlib import Path

        from desktop.i18n.errors_audits import problem_text

        actor = self.ctx.session.actor

        def run(db: Database) -> tuple[library.Imported, tuple[Any, ...]]:
            data = Path(path).read_bytes()
            parsed = xlsform.read_template(Path(path).name, data)
            with db.write() as conn:
                return library.import_template(conn, actor, parsed, utcnow()), parsed.warnings

        def done(outcome: tuple[library.Imported, tuple[Any, ...]]) -> None:
            from PySide6.QtCore import QCoreApplication

            result, warnings = outcome
            t = result.template
            self.template_problems.setObjectName("Muted")
            message = (
                self.tr("Imported %1, version %2.")
                if result.created
                else self.tr("Already held as %1, version %2.")
            )
            # What the file said that was ignored (a weight on a text question), row by row.
            ignored = [
                problem_text(w, lambda s: QCoreApplication.translate("Errors", s), i18n.digits)
                for w in warnings
            ]
            self.template_problems.setText(
                "\n".join(
                    [
                        message.replace("%1", t.title.get(i18n.lang())).replace(
                            "%2", i18n.digits(str(t.version))
                        ),
                        *ignored,
                    ]
                )
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, TemplateInvalid):
                from PySide6.QtCore import QCoreApplication

                lines = [i18n.error_text(error)] + [
                    problem_text(p, lambda s: QCoreApplication.translate("Errors", s), i18n.digits)
                    for p in error.problems
                ]
                self.template_problems.setText("\n".join(lines))
                return
            if isinstance(error, OSError):
                self.template_problems.setText(str(error.strerror or error))
                return
            report_error(self, error)

        self.ctx.runner.database(run, done, failed, owner=self)

    @Slot()
    def _on_exportTemplate_clicked(self) -> None:
        key = _key(self.template_table)
        if key is None:
            self._ask_selection()
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a form"),
            f"{key.replace('@', '-v')}.xlsx",
            self.tr("XLSForm (*.xlsx);;JSON (*.json)"),
        )
        if path:
            self.export_path(key, path)

    def export_path(self, key: str, path: str) -> None:
        from pathlib import Path

        actor = self.ctx.session.actor

        def run(db: Database) -> None:
            with db.read() as conn:
                data = library.export_template(conn, actor, key, path)
            Path(path).write_bytes(data)

        stamp = local(utcnow()).strftime("%H:%M")
        self.ctx.runner.database(
            run,
            lambda _r: self.template_problems.setText(
                self.tr("Saved at %1.").replace("%1", i18n.digits(stamp))
            ),
            owner=self,
        )
