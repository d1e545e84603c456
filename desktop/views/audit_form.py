"""Filling an audit: offline, fast, saved on every answer, resumed where it was left.

One section per page (or one long page), sections listed on the side with how many
questions are answered; skip logic hides and shows questions as answers come; the
running score stays hidden unless the inspector asks for it. Every answer, remark and
piece of evidence is written to the draft the moment it is given, so closing the
laptop lid or a crash loses nothing; reopening the draft returns to the same question.
Keys: Tab between questions, digits pick options, Ctrl+PgDown / Ctrl+PgUp change section.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.audits import answers as answer_rules
from desktop.models.audits import drafts, records, scoring
from desktop.models.audits.answers import Problem
from desktop.models.audits.drafts import Draft, Evidence, Saved
from desktop.models.audits.template import Section
from desktop.models.calendar import IRAN, local, parse_date, utcnow
from desktop.models.db import Database
from desktop.models.errors import PishkhanError, ValidationError
from desktop.views import i18n
from desktop.views.audit_inputs import QuestionCard, question_text
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel
from desktop.views.worker import report_error

FORM_STYLE = """
QFrame[card="true"] { background: white; border: 1px solid #dde2e8; border-radius: 8px; }
QFrame[card="true"]:focus { border: 2px solid #0f6e6e; }
#QuestionTitle { font-weight: bold; color: #1f2a36; }
#SectionTitle { font-size: 13pt; font-weight: bold; color: #0f6e6e; padding: 6px 2px; }
#CriticalTag { color: white; background: #b3261e; border-radius: 4px; padding: 1px 8px; }
#runningScore { font-weight: bold; color: #0f6e6e; }
QPushButton:checked { background: #0f6e6e; color: white; border-color: #0f6e6e; }
"""


def plain_error(error: PishkhanError) -> str:
    """An error's message without the field name (a question's name means nothing to people)."""
    params = {k: v for k, v in error.params.items() if k != "field"}
    return i18n.error_text(PishkhanError(error.code, **params))


def section_title(section: Section) -> str:
    if not section.grouped:
        return QCoreApplication.translate("AuditForm", "General")
    return i18n.text(section.label.get(i18n.lang()))


class AuditForm(QWidget):
    """The draft being filled.

    Signals:
        closed: the inspector left the form (the draft stays).
        finalised(audit_id): the audit was frozen.
        saved(question): an answer, remark or evidence reached the database.
    """

    closed = Signal()
    finalised = Signal(str)
    saved = Signal(str)

    def __init__(self, ctx: AppContext, draft: Draft) -> None:
        super().__init__()
        self.ctx = ctx
        self.draft = draft
        self.template = draft.template
        self.answers: dict[str, Any] = dict(draft.answers)
        self._restoring = True  # no writes while the form is built and put back in place
        self.setObjectName("AuditForm")
        self.setStyleSheet(FORM_STYLE)
        outer = QVBoxLayout(self)
        outer.addLayout(self._header())
        outer.addLayout(self._times())
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        side = QVBoxLayout()
        body.addLayout(side)
        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setFixedWidth(270)
        side.addWidget(self.nav, 1)
        hq_note = QLabel(self.tr("Note for HQ only (never shown to the dealership)"))
        hq_note.setObjectName("Muted")
        hq_note.setWordWrap(True)
        hq_note.setFixedWidth(270)
        side.addWidget(hq_note)
        self.internal_note = QPlainTextEdit(draft.internal_note)
        self.internal_note.setObjectName("internalNote")
        self.internal_note.setFixedSize(270, 90)
        self.internal_note.setTabChangesFocus(True)
        side.addWidget(self.internal_note)
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionPages")
        body.addWidget(self.stack, 1)
        self.problems = QListWidget()
        self.problems.setObjectName("formProblems")
        self.problems.setMaximumHeight(110)
        self.problems.hide()
        self.problems.itemClicked.connect(self._on_problems_itemClicked)
        self.problems.itemActivated.connect(self._on_problems_itemClicked)
        outer.addWidget(self.problems)
        outer.addLayout(self._footer())

        self.cards: dict[str, QuestionCard] = {}
        self.boxes: list[QWidget] = []
        for number, question in enumerate(self.template.questions, start=1):
            card = QuestionCard(question, number)
            card.load(
                self.answers.get(question.name),
                draft.notes.get(question.name, ""),
                draft.evidence.get(question.name, ()),
            )
            card.answered.connect(self._on_card_answered)
            card.note_changed.connect(self._on_card_note_changed)
            card.attach_requested.connect(self._on_card_attach_requested)
            card.evidence_removed.connect(self._on_card_evidence_removed)
            card.picked.connect(self._on_card_picked)
            self.cards[question.name] = card
        for section in self.template.sections:
            self.boxes.append(self._section_box(section))
            item = QListWidgetItem(section_title(section))
            item.setData(Qt.ItemDataRole.UserRole, section.name)
            self.nav.addItem(item)
        self._scrolls: list[QScrollArea] = []
        self._long_container: QWidget | None = None
        self._lay_out(long_page=False)
        self.nav.currentRowChanged.connect(self._on_nav_currentRowChanged)
        self.internal_note.textChanged.connect(self._on_internal_note_textChanged)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self._on_next_clicked)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self._on_previous_clicked)
        self._apply_relevance()
        self.go_to(draft.position or self.template.sections[0].name)
        self._restoring = False

    # -- building -------------------------------------------------------------------------

    def _header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        top = QHBoxLayout()
        title = QLabel(i18n.text(self.template.title.get(i18n.lang())))
        title.setObjectName("CardTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.long_page = QCheckBox(self.tr("One long page"))
        self.long_page.setObjectName("longPage")
        self.long_page.toggled.connect(self._on_long_page_toggled)
        top.addWidget(self.long_page)
        self.score_toggle = QPushButton(self.tr("Show score"))
        self.score_toggle.setObjectName("showScore")
        self.score_toggle.setCheckable(True)
        self.score_toggle.toggled.connect(self._on_score_toggle_toggled)
        top.addWidget(self.score_toggle)
        self.score_label = QLabel()
        self.score_label.setObjectName("runningScore")
        self.score_label.hide()
        top.addWidget(self.score_label)
        box.addLayout(top)
        where = f"{i18n.text(self.draft.dealership_name)} ({i18n.digits(self.draft.dealership_id)})"
        if self.draft.dealership_city:
            where += " · " + i18n.text(self.draft.dealership_city)
        dealer = QLabel(where)
        dealer.setObjectName("auditDealership")
        box.addWidget(dealer)
        scenario = QLabel(
            self.tr("Scenario: %1").replace("%1", i18n.text(self.draft.scenario_text(i18n.lang())))
        )
        scenario.setObjectName("Muted")
        scenario.setWordWrap(True)
        box.addWidget(scenario)
        return box

    def _times(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        started = self.draft.visit_started_at or self.draft.created_at
        self.visit_date = QLineEdit(i18n.fmt_date(started))
        self.visit_date.setObjectName("visitDate")
        self.visit_date.setMaximumWidth(120)
        self.start_time = QLineEdit(i18n.digits(local(started).strftime("%H:%M")))
        self.start_time.setObjectName("startTime")
        self.end_time = QLineEdit(
            i18n.digits(local(self.draft.visit_ended_at).strftime("%H:%M"))
            if self.draft.visit_ended_at
            else ""
        )
        self.end_time.setObjectName("endTime")
        self.end_time.setPlaceholderText(i18n.digits("10:45"))
        for edit in (self.visit_date, self.start_time, self.end_time):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.editingFinished.connect(self._on_times_editingFinished)
        for edit in (self.start_time, self.end_time):
            edit.setMaximumWidth(70)
        self.end_now = QPushButton(self.tr("I left just now"))
        self.end_now.setObjectName("endNow")
        self.end_now.clicked.connect(self._on_end_now_clicked)
        row.addWidget(QLabel(self.tr("Visit date")))
        row.addWidget(self.visit_date)
        row.addWidget(QLabel(self.tr("Entered at")))
        row.addWidget(self.start_time)
        row.addWidget(QLabel(self.tr("Left at")))
        row.addWidget(self.end_time)
        row.addWidget(self.end_now)
        row.addStretch(1)
        column.addLayout(row)
        self.times_error = ErrorLabel()
        column.addWidget(self.times_error)
        return column

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous = QPushButton(self.tr("Previous section"))
        self.previous.setObjectName("previousSection")
        self.previous.clicked.connect(self._on_previous_clicked)
        self.next = QPushButton(self.tr("Next section"))
        self.next.setObjectName("nextSection")
        self.next.clicked.connect(self._on_next_clicked)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("Muted")
        close = QPushButton(self.tr("Close (kept as a draft)"))
        close.setObjectName("closeForm")
        close.clicked.connect(self._on_close_clicked)
        self.finalise_button = QPushButton(self.tr("Finalise audit"))
        self.finalise_button.setObjectName("Primary")
        self.finalise_button.clicked.connect(self._on_finalise_clicked)
        for widget in (self.previous, self.next):
            row.addWidget(widget)
        row.addWidget(self.saved_label, 1)
        row.addWidget(close)
        row.addWidget(self.finalise_button)
        return row

    def _section_box(self, section: Section) -> QWidget:
        box = QWidget()
        box.setObjectName(f"section_{section.name}")
        layout = QVBoxLayout(box)
        heading = QLabel(section_title(section))
        heading.setObjectName("SectionTitle")
        layout.addWidget(heading)
        for name in section.questions:
            layout.addWidget(self.cards[name])
        layout.addStretch(1)
        return box

    def _lay_out(self, *, long_page: bool) -> None:
        """Put the sections one per page, or all on one long page (nothing is rebuilt)."""
        for scroll in self._scrolls:
            scroll.takeWidget()
        for box in self.boxes:
            box.setParent(None)
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        self._scrolls = []
        if long_page:
            container = QWidget()
            layout = QVBoxLayout(container)
            for box in self.boxes:
                layout.addWidget(box)
            self._scrolls.append(self._scroll(container))
        else:
            for box in self.boxes:
                self._scrolls.append(self._scroll(box))
        for scroll in self._scrolls:
            self.stack.addWidget(scroll)

    def _scroll(self, inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # -- moving around ----------------------------------------------------------------------

    def current_section(self) -> str:
        row = max(self.nav.currentRow(), 0)
        return str(self.nav.item(row).data(Qt.ItemDataRole.UserRole))

    def go_to(self, position: str) -> None:
        """Show a section (by name) or a question (by name, focused)."""
        names = [s.name for s in self.template.sections]
        card = self.cards.get(position)
        section = card.question.section if card else position
        if section not in names:
            section = names[0]
        self.nav.setCurrentRow(names.index(section))
        if card is not None and card.isVisibleTo(self):
            self._scrolls[self.stack.currentIndex()].ensureWidgetVisible(card)
            card.focus_input()

    def focus_next(self, name: str) -> None:
        """Move to the next question that is shown, across sections."""
        order = [q.name for q in self.template.questions]
        shown = answer_rules.relevance(self.template, self.answers)
        for following in order[order.index(name) + 1 :]:
            if shown[following]:
                self.go_to(following)
                return

    @Slot(int)
    def _on_nav_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        if self.long_page.isChecked():
            self._scrolls[0].ensureWidgetVisible(self.boxes[row], 0, 0)
        else:
            self.stack.setCurrentIndex(row)
        self.previous.setEnabled(row > 0)
        self.next.setEnabled(row < self.nav.count() - 1)
        if not self._restoring:
            draft_id, section = self.draft.id, self.current_section()
            self._run_write(lambda conn, actor: drafts.set_position(conn, actor, draft_id, section, utcnow()))

    @Slot()
    def _on_next_clicked(self) -> None:
        self.nav.setCurrentRow(min(self.nav.currentRow() + 1, self.nav.count() - 1))

    @Slot()
    def _on_previous_clicked(self) -> None:
        self.nav.setCurrentRow(max(self.nav.currentRow() - 1, 0))

    @Slot(bool)
    def _on_long_page_toggled(self, checked: bool) -> None:
        row = self.nav.currentRow()
        self._lay_out(long_page=checked)
        self.stack.setCurrentIndex(0 if checked else max(row, 0))
        self._on_nav_currentRowChanged(row)

    @Slot(bool)
    def _on_score_toggle_toggled(self, checked: bool) -> None:
        self.score_label.setVisible(checked)
        self.score_toggle.setText(self.tr("Hide score") if checked else self.tr("Show score"))
        self._update_score()

    # -- skip logic, progress, score --------------------------------------------------------

    def _apply_relevance(self) -> None:
        shown = answer_rules.relevance(self.template, self.answers)
        for name, card in self.cards.items():
            card.setVisible(shown[name])
        for row, section in enumerate(self.template.sections):
            visible = [n for n in section.questions if shown[n]]
            done = [n for n in visible if answer_rules.is_answered(self.answers.get(n))]
            item = self.nav.item(row)
            item.setText(
                f"{section_title(section)}  ({i18n.digits(str(len(done)))}/{i18n.digits(str(len(visible)))})"
            )
            flags = item.flags()
            item.setFlags(
                flags | Qt.ItemFlag.ItemIsEnabled if visible else flags & ~Qt.ItemFlag.ItemIsEnabled
            )
        self._update_score()

    def _update_score(self) -> None:
        if not self.score_label.isVisible():
            return
        result = scoring.score(self.template, self.answers)
        value = "—" if result.score is None else i18n.num(round(result.score, 1), 1)
        self.score_label.setText(self.tr("Score so far: %1").replace("%1", value))

    # -- saving -------------------------------------------------------------------------------

    def _run_write(self, fn: Any, done: Any = None, failed: Any = None) -> None:
        actor = self.ctx.session.actor

        def run(db: Database) -> Any:
            with db.write() as conn:
                return fn(conn, actor)

        self.ctx.runner.database(run, done, failed, owner=self)

    @Slot(str, object)
    def _on_card_answered(self, name: str, value: object) -> None:
        draft_id = self.draft.id
        self._run_write(
            lambda conn, actor: drafts.save_answer(conn, actor, draft_id, name, value, utcnow()),
            lambda saved: self._on_saved(name, saved),
            lambda error: self._on_save_failed(name, error),
        )

    def _on_saved(self, name: str, saved: Saved) -> None:
        if saved.value is None:
            self.answers.pop(name, None)
        else:
            self.answers[name] = saved.value
        card = self.cards[name]
        card.show_error(self._problem_text(saved.problem) if saved.problem else "")
        self._apply_relevance()
        self.saved_label.setText(
            self.tr("Saved %1").replace("%1", i18n.digits(local(utcnow()).strftime("%H:%M:%S")))
        )
        self.saved.emit(name)

    def _on_save_failed(self, name: str, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.field == name:
            self.cards[name].show_error(plain_error(error))
            self.saved.emit(name)
            return
        report_error(self, error)

    @Slot(str)
    def _on_card_picked(self, name: str) -> None:
        self.focus_next(name)

    @Slot(str, str)
    def _on_card_note_changed(self, name: str, text: str) -> None:
        draft_id = self.draft.id
        self._run_write(
            lambda conn, actor: drafts.save_note(conn, actor, draft_id, name, text, utcnow()),
            lambda _r: self.saved.emit(name),
        )

    @Slot()
    def _on_internal_note_textChanged(self) -> None:
        draft_id, text = self.draft.id, self.internal_note.toPlainText()
        self._run_write(lambda conn, actor: drafts.set_internal_note(conn, actor, draft_id, text, utcnow()))

    @Slot(str)
    def _on_card_attach_requested(self, name: str) -> None:
        question = self.template.question(name)
        kinds = (
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic)")
            if question.type == "image"
            else self.tr("Photos and PDF files (*.jpg *.jpeg *.png *.webp *.heic *.pdf)")
        )
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"), "", kinds)
        if path:
            self.attach_file(name, path)

    def attach_file(self, name: str, path: str) -> None:
        """Keep a file as evidence for a question (read and stored on the worker)."""
        draft_id = self.draft.id

        def run(conn: Any, actor: Any) -> Draft:
            try:
                data = Path(path).read_bytes()
            except OSError:
                raise ValidationError(name, "unreadable_attachment") from None
            drafts.attach_evidence(conn, actor, draft_id, name, data, Path(path).name, utcnow())
            return drafts.get_draft(conn, actor, draft_id)

        self._run_write(
            run, lambda d: self._on_evidence_changed(name, d), lambda e: self._on_save_failed(name, e)
        )

    @Slot(str, str)
    def _on_card_evidence_removed(self, name: str, sha256: str) -> None:
        draft_id = self.draft.id

        def run(conn: Any, actor: Any) -> Draft:
            drafts.remove_evidence(conn, actor, draft_id, name, sha256, utcnow())
            return drafts.get_draft(conn, actor, draft_id)

        self._run_write(run, lambda d: self._on_evidence_changed(name, d))

    def _on_evidence_changed(self, name: str, draft: Draft) -> None:
        evidence: tuple[Evidence, ...] = draft.evidence.get(name, ())
        self.cards[name].show_error("")
        self.cards[name].show_evidence(evidence)
        if name in draft.answers:
            self.answers[name] = draft.answers[name]
        else:
            self.answers.pop(name, None)
        self._apply_relevance()
        self.saved.emit(name)

    # -- visit times ------------------------------------------------------------------------------

    def _moment(self, edit: QLineEdit) -> datetime | None:
        text = edit.text().strip()
        if not text:
            return None
        day = parse_date(self.visit_date.text(), "visit_started_at")
        clock = answer_rules.parse_time(text, edit.objectName())
        hours, minutes = (int(x) for x in clock.split(":"))
        return datetime.combine(day, time(hours, minutes), tzinfo=IRAN)

    @Slot()
    def _on_times_editingFinished(self) -> None:
        try:
            started = self._moment(self.start_time)
            ended = self._moment(self.end_time)
        except ValidationError as error:
            self.times_error.show_error(plain_error(error))
            return
        self.times_error.clear_error()
        draft_id = self.draft.id
        self._run_write(
            lambda conn, actor: drafts.set_visit_times(
                conn, actor, draft_id, started_at=started, ended_at=ended, now=utcnow()
            ),
            lambda _r: self.saved.emit(""),
            lambda error: (
                self.times_error.show_error(i18n.error_text(error))
                if isinstance(error, PishkhanError)
                else report_error(self, error)
            ),
        )

    @Slot()
    def _on_end_now_clicked(self) -> None:
        self.end_time.setText(i18n.digits(local(utcnow()).strftime("%H:%M")))
        self._on_times_editingFinished()

    # -- leaving ------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Send whatever is still being typed."""
        for card in self.cards.values():
            card.flush()

    @Slot()
    def _on_close_clicked(self) -> None:
        self.flush()
        self.ctx.changed({"audit"})
        self.closed.emit()

    @Slot()
    def _on_finalise_clicked(self) -> None:
        self.flush()
        answer = QMessageBox.question(
            self,
            self.tr("Finalise audit"),
            self.tr("After finalising, answers can only be corrected by a recorded amendment. Finalise now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.finalise_now()

    def finalise_now(self) -> None:
        self.flush()
        draft_id = self.draft.id
        self._run_write(
            lambda conn, actor: records.finalise(conn, actor, draft_id, utcnow()),
            self._on_finalise_done,
            self._on_finalise_failed,
        )

    def _on_finalise_done(self, audit: records.Audit) -> None:
        self.problems.hide()
        self.ctx.changed({"audit"})
        self.finalised.emit(audit.id)

    def _on_finalise_failed(self, error: BaseException) -> None:
        if isinstance(error, records.AuditIncomplete):
            self.show_problems(list(error.problems))
            return
        if isinstance(error, ValidationError) and error.code == "visit_end_missing":
            self.times_error.show_error(plain_error(error))
            self.end_time.setFocus()
            return
        report_error(self, error)

    def _problem_text(self, problem: Problem) -> str:
        if problem.code == "constraint" and problem.message.get(i18n.lang()):
            return i18n.text(problem.message.get(i18n.lang()))
        return i18n.label("audit_problem", problem.code)

    def show_problems(self, found: list[Problem]) -> None:
        self.problems.clear()
        for problem in found:
            question = self.template.question(problem.question)
            item = QListWidgetItem(f"{question_text(question)}: {self._problem_text(problem)}")
            item.setData(Qt.ItemDataRole.UserRole, problem.question)
            self.problems.addItem(item)
            self.cards[problem.question].show_error(self._problem_text(problem))
        self.problems.setVisible(bool(found))
        if found:
            self.go_to(found[0].question)

    @Slot(QListWidgetItem)
    def _on_problems_itemClicked(self, item: QListWidgetItem) -> None:
        self.go_to(str(item.data(Qt.ItemDataRole.UserRole)))
