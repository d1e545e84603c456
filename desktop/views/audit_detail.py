"""One audit on screen: the covert record (inspection unit, HQ, its inspector) or the report
as released to the dealership (inspector under a pseudonym), with scores by section,
critical failures, every item's answer and points, remarks, amendments and appeals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import users
from desktop.models.audits import answers as answer_rules
from desktop.models.audits import records, release
from desktop.models.audits.drafts import Evidence
from desktop.models.audits.release import Appeal
from desktop.models.audits.scoring import Score
from desktop.models.audits.template import Template
from desktop.models.calendar import local, utcnow
from desktop.models.db import Database
from desktop.models.errors import NotFound
from desktop.models.users import Perm
from desktop.views import i18n
from desktop.views.audit_dialogs import AmendDialog, DecideDialog, ReasonDialog
from desktop.views.audit_form import section_title
from desktop.views.audit_inputs import answer_text, question_text
from desktop.views.context import AppContext

RED = QColor("#b3261e")


@dataclass(frozen=True)
class AuditView:
    """What the detail page shows, read on the database worker."""

    kind: str  # "audit": the covert record; "release": as the dealership sees it
    id: str
    template: Template
    answers: dict[str, Any]  # release: after HQ's decisions on appeals
    original_answers: dict[str, Any]
    notes: dict[str, str]
    evidence: dict[str, tuple[Evidence, ...]]
    score: Score
    original: Score | None
    dealership_id: str
    dealership_name: str
    scenario: str
    visit_started_at: datetime
    visit_ended_at: datetime
    inspector: str  # a name, or a pseudonym's code
    pseudonymous: bool
    released: bool
    amendments: int = 0
    content_hash: str = ""
    internal_note: str = ""
    void: frozenset[str] = frozenset()
    appeals: tuple[Appeal, ...] = field(default_factory=tuple)
    own_scenario: str = ""  # the visit's own scenario, when it has one (else the form's)

    def scenario_in(self, lang: str) -> str:
        return self.own_scenario or self.template.scenario.get(lang)

    def appeals_of(self, question: str) -> list[Appeal]:
        return [a for a in self.appeals if a.question == question]


def load_audit(db: Database, actor: users.User, audit_id: str) -> AuditView:
    with db.read() as conn:
        audit = records.get_audit(conn, actor, audit_id)
        try:
            inspector = users.get_user(conn, audit.inspector_id).display_name
        except NotFound:
            inspector = audit.inspector_id[:8]
        appeals: tuple[Appeal, ...] = ()
        if audit.released:
            appeals = release.get_release(conn, actor, audit_id).appeals if actor.can(Perm.AUDIT_VIEW) else ()
    return AuditView(
        kind="audit",
        id=audit.id,
        template=audit.template,
        answers=audit.answers,
        original_answers=audit.answers,
        notes=audit.notes,
        evidence=audit.evidence,
        score=audit.score,
        original=None,
        dealership_id=audit.dealership_id,
        dealership_name=audit.dealership_name,
        scenario=audit.scenario_text(i18n.lang()),
        visit_started_at=audit.visit_started_at,
        visit_ended_at=audit.visit_ended_at,
        inspector=inspector,
        pseudonymous=False,
        released=audit.released,
        amendments=len(audit.amendments),
        content_hash=audit.content_hash,
        internal_note=audit.internal_note,
        appeals=appeals,
        own_scenario=audit.scenario,
    )


def load_release(db: Database, actor: users.User, audit_id: str) -> AuditView:
    with db.read() as conn:
        report = release.get_release(conn, actor, audit_id)
    return AuditView(
        kind="release",
        id=report.id,
        template=report.template,
        answers=report.adjusted,
        original_answers=report.answers,
        notes=report.notes,
        evidence=report.evidence,
        score=report.score,
        original=report.original_score,
        dealership_id=report.dealership_id,
        dealership_name=report.dealership_name,
        scenario=report.scenario_text(i18n.lang()),
        visit_started_at=report.visit_started_at,
        visit_ended_at=report.visit_ended_at,
        inspector=report.pseudonym,
        pseudonymous=True,
        released=True,
        content_hash=report.content_hash,
        void=report.void,
        appeals=report.appeals,
        own_scenario=report.scenario,
    )


def short_number(value: float) -> str:
    """A number with at most two decimals and no trailing zeros, in the interface's digits."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return i18n.digits(text.replace(".", "٫") if i18n.lang() == "fa" else text)


def score_text(value: float | None) -> str:
    return "—" if value is None else i18n.num(round(value, 1), 1)


class AuditDetail(QWidget):
    """The page; actions appear only to those who may take them.

    Signals:
        back: return to the lists.
        changed(kind, audit_id): an action changed the audit; reload it.
    """

    back = Signal()
    changed = Signal(str, str)

    def __init__(self, ctx: AppContext, view: AuditView) -> None:
        super().__init__()
        self.ctx = ctx
        self.view = view
        self.setObjectName("AuditDetail")
        self.setStyleSheet("#detailScore { font-size: 15pt; font-weight: bold; color: #0f6e6e; }")
        actor = ctx.session.actor
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.setObjectName("backToList")
        back.clicked.connect(self.back)
        top.addWidget(back)
        title = QLabel(i18n.text(view.template.title.get(i18n.lang())))
        title.setObjectName("CardTitle")
        top.addWidget(title, 1)
        self.score_label = QLabel()
        self.score_label.setObjectName("detailScore")
        top.addWidget(self.score_label)
        outer.addLayout(top)
        self.facts = QLabel()
        self.facts.setObjectName("auditFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.facts)
        self.critical = QLabel()
        self.critical.setObjectName("criticalFailures")
        self.critical.setWordWrap(True)
        self.critical.setStyleSheet("color: #b3261e; font-weight: bold;")
        outer.addWidget(self.critical)
        body = QHBoxLayout()
        self.sections = QTableWidget(0, 3)
        self.sections.setObjectName("sectionScores")
        self.sections.setHorizontalHeaderLabels([self.tr("Section"), self.tr("Weight"), self.tr("Score")])
        self.sections.setMinimumWidth(340)
        self.sections.setMaximumWidth(420)
        self.items = QTableWidget(0, 5)
        self.items.setObjectName("itemTable")
        self.items.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Answer"), self.tr("Points"), self.tr("Remark"), self.tr("Appeal")]
        )
        for table in (self.sections, self.items):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setWordWrap(True)
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        body.addWidget(self.sections)
        body.addWidget(self.items, 1)
        outer.addLayout(body, 1)

        buttons = QHBoxLayout()
        self.print_button = self._button(buttons, "printReport", self.tr("Preview and print"))
        self.amend_button = self._button(buttons, "amendItem", self.tr("Amend the selected answer…"))
        self.release_button = self._button(buttons, "releaseAudit", self.tr("Release to the dealership"))
        self.appeal_button = self._button(buttons, "appealItem", self.tr("Appeal the selected item…"))
        self.decide_button = self._button(buttons, "decideAppeal", self.tr("Decide the appeal…"))
        buttons.addStretch(1)
        outer.addLayout(buttons)
        covert = view.kind == "audit"
        own = actor.can(Perm.AUDIT_FILL)
        self.print_button.setVisible(actor.can(Perm.DOCUMENT_PRINT))
        self.amend_button.setVisible(covert and not view.released and (own or actor.can(Perm.AUDIT_RELEASE)))
        self.release_button.setVisible(covert and not view.released and actor.can(Perm.AUDIT_RELEASE))
        self.appeal_button.setVisible(
            not covert and actor.can(Perm.AUDIT_APPEAL) and actor.dealership_id == view.dealership_id
        )
        self.decide_button.setVisible(not covert and actor.can(Perm.AUDIT_DECIDE_APPEAL))
        self._rows: list[str] = []
        self._fill()

    def _button(self, row: QHBoxLayout, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(getattr(self, f"_on_{name}_clicked"))
        row.addWidget(button)
        return button

    # -- showing --------------------------------------------------------------------------

    def _fill(self) -> None:
        view = self.view
        score = score_text(view.score.score)
        if view.original is not None and view.original.score != view.score.score:
            score += "  " + self.tr("(at release: %1)").replace("%1", score_text(view.original.score))
        self.score_label.setText(self.tr("Score: %1").replace("%1", score))
        who = self.tr("Inspector %1").replace("%1", view.inspector) if view.pseudonymous else view.inspector
        start, end = local(view.visit_started_at), local(view.visit_ended_at)
        status = self.tr("Released to the dealership") if view.released else self.tr("Not released")
        if view.amendments:
            status += " · " + self.tr("%1 amendments").replace("%1", i18n.digits(str(view.amendments)))
        lines = [
            f"{i18n.text(view.dealership_name)} ({i18n.digits(view.dealership_id)})",
            self.tr("Visit: %1, %2 to %3")
            .replace("%1", i18n.fmt_date(start))
            .replace("%2", i18n.digits(start.strftime("%H:%M")))
            .replace("%3", i18n.digits(end.strftime("%H:%M"))),
            who + " · " + status,
            self.tr("Scenario: %1").replace("%1", i18n.text(view.scenario)),
        ]
        if view.internal_note:
            lines.append(self.tr("Note for HQ: %1").replace("%1", i18n.text(view.internal_note)))
        self.facts.setText("\n".join(lines))
        failures = [question_text(view.template.question(n)) for n in view.score.critical_failures]
        self.critical.setText(
            self.tr("Critical failures: %1").replace("%1", i18n.join_list(failures)) if failures else ""
        )
        self.critical.setVisible(bool(failures))
        self._fill_sections()
        self._fill_items()

    def _fill_sections(self) -> None:
        view = self.view
        kept = view.score.sections
        self.sections.setRowCount(0)
        for section in view.template.sections:
            figures = kept.get(section.name)
            row = self.sections.rowCount()
            self.sections.insertRow(row)
            text = score_text(figures.score) if figures else self.tr("not scored")
            if figures and figures.capped_by:
                text += " ⚠"
            self.sections.setItem(row, 0, QTableWidgetItem(section_title(section)))
            self.sections.setItem(
                row, 1, QTableWidgetItem(i18n.num(section.weight, 0 if section.weight.is_integer() else 1))
            )
            cell = QTableWidgetItem(text)
            if figures and figures.capped_by:
                cell.setForeground(QBrush(RED))
            self.sections.setItem(row, 2, cell)

    def _fill_items(self) -> None:
        view = self.view
        shown = answer_rules.relevance(view.template, view.answers)
        self.items.setRowCount(0)
        self._rows = []
        for question in view.template.questions:
            if not shown[question.name]:
                continue
            value = view.answers.get(question.name)
            before = view.original_answers.get(question.name)
            row = self.items.rowCount()
            self.items.insertRow(row)
            self._rows.append(question.name)
            label = question_text(question) + (" ⚠" if question.critical else "")
            answer = answer_text(question, value) or "—"
            if view.kind == "release" and before != value:
                answer = (
                    f"{answer_text(question, before) or '—'} ← {answer}"
                    if i18n.is_rtl()
                    else (f"{answer_text(question, before) or '—'} → {answer}")
                )
            item = view.score.items.get(question.name)
            if question.name in view.void:
                points = self.tr("struck out")
            elif item is not None and item.possible:
                points = self.tr("%1 of %2").replace("%1", short_number(item.earned))
                points = points.replace("%2", short_number(item.possible))
            else:
                points = "—"
            appeals = view.appeals_of(question.name)
            appeal = i18n.label("appeal_status", appeals[-1].status) if appeals else ""
            cells = [label, answer, points, i18n.text(view.notes.get(question.name, "")), appeal]
            failed = item is not None and item.critical_failed
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, question.name)
                if failed:
                    cell.setForeground(QBrush(RED))
                self.items.setItem(row, column, cell)
        self.items.resizeRowsToContents()

    def selected_question(self) -> str | None:
        row = self.items.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def select_question(self, name: str) -> None:
        if name in self._rows:
            self.items.setCurrentCell(self._rows.index(name), 0)

    def _need_selection(self) -> str | None:
        name = self.selected_question()
        if name is None:
            QMessageBox.information(self, self.tr("Audits"), self.tr("Select an item in the table first."))
        return name

    # -- actions --------------------------------------------------------------------------

    def _reload(self, *_args: object) -> None:
        self.ctx.changed({"audit"})
        self.changed.emit(self.view.kind, self.view.id)

    @Slot()
    def _on_printReport_clicked(self) -> None:
        from desktop.views import printing
        from desktop.views.audit_print import report_input

        actor, view, lang = self.ctx.session.actor, self.view, i18n.lang()
        self.ctx.runner.database(
            lambda db: report_input(db, actor, view, lang),
            lambda report: printing.preview_audit_report(self.ctx, self, report),
            owner=self,
        )

    @Slot()
    def _on_amendItem_clicked(self) -> None:
        name = self._need_selection()
        if name is None:
            return
        audit_id = self.view.id

        def run(value: Any, reason: str) -> Any:
            return lambda db, actor: _write(
                db, lambda conn: records.amend(conn, actor, audit_id, {name: value}, reason, utcnow())
            )

        dialog = AmendDialog(
            self.ctx, self.view.template.question(name), self.view.answers.get(name), run, self
        )
        dialog.accepted.connect(self._reload)
        dialog.open()

    @Slot()
    def _on_releaseAudit_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Release to the dealership"),
            self.tr(
                "The dealership will see this report, with the inspector only as a pseudonym,"
                " and may appeal its items. Release it?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.release_now()

    def release_now(self) -> None:
        actor, audit_id = self.ctx.session.actor, self.view.id
        self.ctx.runner.database(
            lambda db: _write(db, lambda conn: release.release(conn, actor, audit_id, utcnow())),
            self._reload,
            owner=self,
        )

    @Slot()
    def _on_appealItem_clicked(self) -> None:
        name = self._need_selection()
        if name is None:
            return
        audit_id = self.view.id

        def run(reason: str) -> Any:
            return lambda db, actor: _write(
                db, lambda conn: release.file_appeal(conn, actor, audit_id, name, reason, utcnow())
            )

        dialog = ReasonDialog(
            self.ctx, self.view.template.question(name), self.view.original_answers.get(name), run, self
        )
        dialog.accepted.connect(self._reload)
        dialog.open()

    @Slot()
    def _on_decideAppeal_clicked(self) -> None:
        name = self.selected_question()
        pending = [
            a for a in self.view.appeals if a.status == "pending" and (name is None or a.question == name)
        ]
        if not pending:
            QMessageBox.information(
                self, self.tr("Audits"), self.tr("Select an item whose appeal is waiting.")
            )
            return
        self.decide(pending[0])

    def decide(self, appeal: Appeal) -> DecideDialog:
        audit_id = self.view.id

        def run(upheld: bool, note: str, corrected: Any) -> Any:
            return lambda db, actor: _write(
                db,
                lambda conn: release.decide_appeal(
                    conn,
                    actor,
                    audit_id,
                    appeal.id,
                    upheld=upheld,
                    note=note,
                    now=utcnow(),
                    corrected=corrected,
                ),
            )

        question = self.view.template.question(appeal.question)
        dialog = DecideDialog(
            self.ctx, question, self.view.original_answers.get(appeal.question), appeal.reason, run, self
        )
        dialog.accepted.connect(self._reload)
        dialog.open()
        return dialog


def _write(db: Database, fn: Any) -> Any:
    with db.write() as conn:
        return fn(conn)
