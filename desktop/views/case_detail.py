"""One case: where it stands, every action allowed now (refused ones say why), its timeline.

Other screens open a case with :func:`open_case`. Nothing is edited in place: every
button records a new event, and the timeline lists every event with who, when (Solar
Hijri) and what. While a superior is summoned to the counter, a live timer shows the
wait against the level's target.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import cases, users
from desktop.models.calendar import parse_iso, utcnow
from desktop.models.cases import codes
from desktop.models.cases.ladder import Ladder, load_ladder
from desktop.models.cases.units import Unit, list_units
from desktop.models.db import Database
from desktop.models.errors import NotFound, PishkhanError
from desktop.models.events import Event
from desktop.views import i18n
from desktop.views.case_actions import ActionForm, ActionSpec, Field, choices
from desktop.views.case_fields import unit_label, unit_name
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel

# How many action buttons stand side by side in the case window (the rest wrap below).
ACTIONS_PER_ROW = 7

ACTION_TITLES = {
    "take_up": QT_TRANSLATE_NOOP("CaseDetail", "Take up"),
    "escalate": QT_TRANSLATE_NOOP("CaseDetail", "Escalate"),
    "take_over": QT_TRANSLATE_NOOP("CaseDetail", "Take over (PIN)"),
    "refer": QT_TRANSLATE_NOOP("CaseDetail", "Refer to a unit"),
    "answer_inquiry": QT_TRANSLATE_NOOP("CaseDetail", "Record unit's answer"),
    "respond": QT_TRANSLATE_NOOP("CaseDetail", "Respond to customer"),
    "request_confirmation": QT_TRANSLATE_NOOP("CaseDetail", "Wait on customer"),
    "customer_replied": QT_TRANSLATE_NOOP("CaseDetail", "Customer replied"),
    "happy_call": QT_TRANSLATE_NOOP("CaseDetail", "Happy call"),
    "close": QT_TRANSLATE_NOOP("CaseDetail", "Close"),
    "reopen": QT_TRANSLATE_NOOP("CaseDetail", "Reopen"),
    "reply_letter": QT_TRANSLATE_NOOP("CaseDetail", "Reply letter"),
    "reclassify": QT_TRANSLATE_NOOP("CaseDetail", "Correct details"),
    "note": QT_TRANSLATE_NOOP("CaseDetail", "Add note"),
}


@dataclass(frozen=True)
class Loaded:
    case: cases.Case
    actions: dict[str, str | None]
    names: dict[str, str]
    customer: str
    ladder: Ladder
    units: list[Unit]
    subcategories: dict[str, str]


def _corrected_categories(case: cases.Case) -> set[str]:
    # Every category the case has had, so a correction's sub-category is shown by name.
    kinds = ("registered", "reclassified")
    return {str(e.payload.get("category") or case.category) for e in case.events if e.kind in kinds}


def _load(db: Database, case_id: str, actor: users.User) -> Loaded:
    with db.read() as conn:
        case = cases.get_case(conn, case_id)
        names = {u.id: u.display_name for u in users.list_users(conn, active_only=False)}
        try:
            from desktop.models.customers.store import get_customer

            customer = get_customer(conn, case.customer_id).display_name
        except NotFound:
            customer = ""
        return Loaded(
            case,
            cases.available_actions(conn, actor, case),
            names,
            customer,
            load_ladder(conn),
            list_units(conn),
            {
                sub.code: sub.name(i18n.lang())
                for category in {case.category, *_corrected_categories(case)}
                for sub in cases.list_subcategories(conn, category)
            },
        )


def open_case(ctx: AppContext, case_id: str, parent: QWidget | None = None) -> CaseDetail:
    """Open a case in its own window (the counter, the 360° view and the queues call this)."""
    window = CaseDetail(ctx, case_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window


class CaseDetail(QDialog):
    """The case window. Signals: ``case_changed`` after an action recorded an event."""

    case_changed = Signal(str)

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.loaded: Loaded | None = None
        self._stepped_up: str | None = None
        self.setObjectName("caseDetail")
        self.setWindowTitle(self.tr("Case"))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)

        self.acting = QFrame()
        self.acting.setObjectName("actingBanner")
        self.acting.setStyleSheet("#actingBanner { background: #fff4d6; border: 1px solid #e0b84a; }")
        acting_row = QHBoxLayout(self.acting)
        self.acting_text = QLabel()
        acting_row.addWidget(self.acting_text, 1)
        self.hand_back = QPushButton(self.tr("Hand back to the clerk"))
        self.hand_back.setObjectName("handBack")
        self.hand_back.clicked.connect(self._on_hand_back_clicked)
        acting_row.addWidget(self.hand_back)
        layout.addWidget(self.acting)

        self.summons = QLabel()
        self.summons.setObjectName("summonsTimer")
        self.summons.setWordWrap(True)
        layout.addWidget(self.summons)

        head = QGridLayout()
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
        head.addWidget(self.title, 0, 0, 1, 4)
        self.fields: dict[str, QLabel] = {}
        labels = (
            ("customer", self.tr("Customer")),
            ("status", self.tr("Status")),
            ("level", self.tr("Level")),
            ("handler", self.tr("Handler")),
            ("classification", self.tr("Type and category")),
            ("channel", self.tr("Channel")),
            ("due", self.tr("Answer due")),
            ("promised", self.tr("Promised at registration")),
        )
        for index, (key, text) in enumerate(labels):
            name = QLabel(text + ":")
            name.setObjectName("Muted")
            value = QLabel()
            value.setObjectName(f"field_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            head.addWidget(name, 1 + index // 2, (index % 2) * 2)
            head.addWidget(value, 1 + index // 2, (index % 2) * 2 + 1)
        self.authority_name = QLabel(self.tr("Referring authority") + ":")
        self.authority_name.setObjectName("Muted")
        self.authority = QLabel()
        self.authority.setObjectName("field_authority")
        self.authority.setWordWrap(True)
        self.authority.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row_authority = 1 + (len(labels) + 1) // 2
        head.addWidget(self.authority_name, row_authority, 0)
        head.addWidget(self.authority, row_authority, 1, 1, 3)
        head.setColumnStretch(1, 1)
        head.setColumnStretch(3, 1)
        layout.addLayout(head)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("caseDescription")
        layout.addWidget(self.description)

        self.buttons: dict[str, QPushButton] = {}
        # The actions in rows of ACTIONS_PER_ROW: in one row they made the window wider
        # than a counter PC's screen.
        grid = QGridLayout()
        for index, action in enumerate(cases.lifecycle.ACTIONS):
            button = QPushButton(QCoreApplication.translate("CaseDetail", ACTION_TITLES[action]))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _checked=False, a=action: self._on_action_clicked(a))
            self.buttons[action] = button
            grid.addWidget(button, index // ACTIONS_PER_ROW, index % ACTIONS_PER_ROW)
        grid.setColumnStretch(ACTIONS_PER_ROW, 1)
        layout.addLayout(grid)
        documents = QHBoxLayout()
        for name, text, slot in (
            ("printReceipt", self.tr("Print the intake receipt"), self._on_print_receipt_clicked),
            ("printHistory", self.tr("Case history"), self._on_print_history_clicked),
            ("printLetter", self.tr("Reply letter"), self._on_print_letter_clicked),
            ("jobCard", self.tr("Service receipt (job card)…"), self._on_job_card_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            documents.addWidget(button)
        documents.addStretch(1)
        layout.addLayout(documents)
        self.why = QLabel()
        self.why.setObjectName("Muted")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.timeline = QTableWidget(0, 4)
        self.timeline.setObjectName("timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        header = self.timeline.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        layout.addWidget(self.timeline, 1)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        ctx.session_changed.connect(self._on_ctx_session_changed)
        ctx.data_changed.connect(self._on_ctx_data_changed)
        self.refresh()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.ctx.signed_in:
            return
        actor, case_id = self.ctx.session.actor, self.case_id
        self.ctx.runner.database(lambda db: _load(db, case_id, actor), self._on_loaded, owner=self)

    def _on_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        case = loaded.case
        self.setWindowTitle(self.tr("Case %1").replace("%1", i18n.ltr(case.tracking_code)))
        self.title.setText(f"{i18n.ltr(case.tracking_code)} · {i18n.label('case_type', case.case_type)}")
        state = case.state
        now = utcnow()
        self.fields["customer"].setText(i18n.text(loaded.customer) or "—")
        status = i18n.label("case_status", case.status)
        if case.resolution:
            status += " (" + i18n.label("resolution", case.resolution) + ")"
        self.fields["status"].setText(status)
        self.fields["level"].setText(i18n.label("level", case.level))
        self.fields["handler"].setText(loaded.names.get(case.assignee_id or "", "—"))
        classification = i18n.label("category", case.category) + " · " + i18n.label("priority", case.priority)
        if case.segment:
            classification += " · " + i18n.label("segment", case.segment)
        self.fields["classification"].setText(classification)
        channel = i18n.label("channel", case.channel)
        if case.counter:
            channel += " · " + self.tr("Counter %1").replace("%1", i18n.digits(case.counter))
        self.fields["channel"].setText(channel)
        service = cases.service_state(state, now)
        due = i18n.label("sla_state", service)
        if state.due_at:
            due = f"{i18n.fmt_datetime(parse_iso(state.due_at))} · {due}"
        self.fields["due"].setText(due)
        self.fields["due"].setStyleSheet(
            "color: #b3261e; font-weight: bold;"
            if service == "overdue"
            else "color: #8a5a00;"
            if service == "warning"
            else ""
        )
        self.fields["promised"].setText(i18n.fmt_datetime(case.promised_at))
        self._show_authority(case)
        self.description.setText(i18n.text(case.description))
        for action, button in self.buttons.items():
            reason = loaded.actions.get(action)
            button.setEnabled(reason is None)
            button.setToolTip("" if reason is None else _reason_text(reason))
        refused = [
            f"{QCoreApplication.translate('CaseDetail', ACTION_TITLES[a])}: {_reason_text(r)}"
            for a, r in loaded.actions.items()
            if r is not None and r not in ("permission_denied",) and a in _EXPLAINED
        ]
        self.why.setText("\n".join(refused))
        self._show_timeline(case, loaded.names)
        self._show_acting()
        self._on_tick_timeout()
        if state.summons is not None:
            self._tick.start()
        else:
            self._tick.stop()

    def _show_authority(self, case: cases.Case) -> None:
        """Who referred an authority's case, their letter and the date they want the answer by."""
        referral = case.state.authority if case.channel == "authority" else None
        self.authority_name.setVisible(referral is not None)
        self.authority.setVisible(referral is not None)
        if referral is None:
            self.authority.clear()
            return
        self.authority.setText(
            self.tr("%1 · letter no. %2 of %3 · answer due by %4")
            .replace("%1", i18n.text(str(referral.get("name", ""))))
            .replace("%2", i18n.digits(str(referral.get("letter_no", ""))))
            .replace("%3", _date_text(referral.get("letter_date")))
            .replace("%4", _date_text(referral.get("due_date")))
        )

    def _show_acting(self) -> None:
        session = self.ctx.session
        self.acting.setVisible(session.acting is not None)
        if session.acting is not None:
            self.acting_text.setText(
                self.tr("%1 has taken over at this counter; actions are recorded under their name.").replace(
                    "%1", session.acting.display_name
                )
            )

    # -- the live summons timer ---------------------------------------------------------------

    @Slot()
    def _on_tick_timeout(self) -> None:
        summons = self.loaded.case.state.summons if self.loaded else None
        if summons is None:
            self.summons.hide()
            return
        waited = (utcnow() - parse_iso(summons.at)).total_seconds()
        target = summons.arrival_minutes * 60
        late = waited > target
        self.summons.setText(
            self.tr("%1 summoned to counter %2 · waiting %3 (target %4)")
            .replace("%1", i18n.label("level", summons.level))
            .replace("%2", i18n.digits(summons.counter or "—"))
            .replace("%3", i18n.fmt_duration(waited))
            .replace("%4", i18n.fmt_duration(target))
        )
        colour = "#b3261e" if late else "#0f6e6e"
        self.summons.setStyleSheet(
            f"#summonsTimer {{ color: white; background: {colour}; padding: 8px; font-weight: bold;"
            " border-radius: 6px; }"
        )
        self.summons.show()

    # -- the timeline ---------------------------------------------------------------------------

    def _show_timeline(self, case: cases.Case, names: dict[str, str]) -> None:
        anomalies = set(case.state.anomalies)
        self.timeline.setRowCount(len(case.events))
        for row, event in enumerate(case.events):
            when = i18n.fmt_datetime(parse_iso(event.recorded_at))
            who = _who(event.actor_id, names)
            what = i18n.label("case_event", event.kind)
            details = _details(event, names, self.loaded.subcategories if self.loaded else {})
            if event.event_id in anomalies:
                details = self.tr("Not applied: the case had already moved on elsewhere.") + " " + details
            for column, text in enumerate((when, who, what, details)):
                item = QTableWidgetItem(text)
                if event.event_id in anomalies:
                    item.setForeground(Qt.GlobalColor.gray)
                self.timeline.setItem(row, column, item)
        self.timeline.resizeRowsToContents()

    # -- actions --------------------------------------------------------------------------------

    def _on_action_clicked(self, action: str) -> None:
        if self.loaded is None:
            return
        self.error.clear_error()
        if action == "take_over":
            from desktop.views.takeover import TakeoverDialog

            dialog = TakeoverDialog(self.ctx, self.case_id, self)
            dialog.taken_over.connect(self._on_takeover_taken_over)
            dialog.open()
            return
        if action == "reclassify":
            from desktop.views.case_correct import CorrectDialog

            correct = CorrectDialog(self.ctx, self.loaded.case, self)
            correct.corrected.connect(lambda _case: self._after_action())
            correct.open()
            return
        spec, run = self._action(action)
        if not spec.fields:
            self.ctx.runner.database(
                run_now(run), lambda _r: self._after_action(), self._on_failed, owner=self
            )
            return
        form = ActionForm(self.ctx, spec, run, self)
        form.accepted.connect(self._after_action)
        form.open()

    def _on_takeover_taken_over(self, superior: users.User) -> None:
        # This window handed the counter to the superior: it hands it back when it closes.
        self._stepped_up = superior.id
        self._after_action()

    def done(self, result: int) -> None:
        """Closing the window ends a takeover made in it (the clerk's work is the clerk's again)."""
        session = self.ctx.session if self.ctx.signed_in else None
        if session is not None and session.acting is not None and session.acting.id == self._stepped_up:
            self.ctx.set_session(session.step_down())
        self._stepped_up = None
        super().done(result)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, PishkhanError):
            raise error
        self.error.show_error(i18n.error_text(error))
        self.refresh()

    def _after_action(self) -> None:
        self.ctx.changed({"case"})
        self.case_changed.emit(self.case_id)
        self.refresh()

    def _action(self, action: str) -> tuple[ActionSpec, Any]:
        assert self.loaded is not None
        case, actor, case_id = self.loaded.case, self.ctx.session.actor, self.case_id
        title = QCoreApplication.translate("CaseDetail", ACTION_TITLES[action])

        def command(fn: Any, **fixed: Any) -> Any:
            def run(db: Database, values: dict[str, Any]) -> cases.Case:
                with db.write() as conn:
                    result: cases.Case = fn(conn, actor, case_id, now=utcnow(), **fixed, **values)
                    return result

            return run

        text = Field("text", self.tr("Text"))
        if action == "take_up":
            return ActionSpec(title), command(cases.take_up)
        if action == "escalate":
            reasons = choices("escalation_reason", codes.ESCALATION_REASONS[:-1])
            fields = [
                Field("reason", self.tr("Reason"), "combo", reasons),
                Field("comment", self.tr("Comment")),
            ]
            return ActionSpec(title, fields), command(cases.escalate)
        if action == "refer":
            units = [(u.code, unit_name(u)) for u in self.loaded.units]
            fields = [Field("unit", self.tr("Unit"), "combo", units), Field("inquiry", self.tr("Inquiry"))]
            return ActionSpec(title, fields), command(cases.refer)
        if action == "answer_inquiry":
            open_refs = [
                (r.id, f"{unit_label(r.unit, self.loaded.units)} · {r.inquiry[:40]}")
                for r in case.state.open_referrals
            ]
            fields = [
                Field("referral_id", self.tr("Inquiry"), "combo", open_refs),
                Field("answer", self.tr("Answer")),
            ]
            return ActionSpec(title, fields), command(cases.answer_inquiry)
        if action == "respond":
            default = "in_person" if case.status == "at_counter" else "phone"
            methods = choices("notify_method", codes.NOTIFY_METHODS)
            fields = [
                Field("answer", self.tr("Answer")),
                Field("method", self.tr("How the customer was told"), "combo", methods, default=default),
            ]
            return ActionSpec(title, fields), command(cases.respond)
        if action == "request_confirmation":
            return ActionSpec(title, [Field("question", self.tr("What we wait for"))]), command(
                cases.request_confirmation
            )
        if action == "customer_replied":
            return ActionSpec(title, [text]), command(cases.record_customer_reply)
        if action == "happy_call":
            fields = [
                Field("reach", self.tr("Call result"), "combo", choices("reach", codes.REACHES)),
                # No score until one is chosen: OK alone must not record "very satisfied".
                Field("satisfaction", self.tr("Satisfaction"), "combo", _satisfaction_choices()),
                Field("comment", self.tr("Comment")),
            ]
            return ActionSpec(title, fields), command(cases.record_happy_call)
        if action == "close":
            resolutions = choices("resolution", codes.CLOSE_RESOLUTIONS)
            fields = [
                Field("resolution", self.tr("Outcome"), "combo", resolutions),
                Field("reason", self.tr("Reason")),
            ]
            return ActionSpec(title, fields), command(cases.close_case)
        if action == "reopen":
            return ActionSpec(title, [Field("reason", self.tr("Reason"))]), command(cases.reopen_case)
        if action == "reply_letter":
            fields = [
                Field("letter_no", self.tr("Letter number"), "line", ltr=True),
                Field(
                    "letter_date", self.tr("Letter date"), "line", default=i18n.fmt_date(utcnow()), ltr=True
                ),
                Field("text", self.tr("Text of the reply")),
            ]
            return ActionSpec(title, fields), command(cases.record_reply_letter)
        return ActionSpec(title, [text]), command(cases.add_note)

    # -- documents ------------------------------------------------------------------------

    @Slot()
    def _on_print_receipt_clicked(self) -> None:
        from desktop.views import printing

        printing.print_intake_receipt(self.ctx, self, self.case_id)

    @Slot()
    def _on_print_history_clicked(self) -> None:
        from desktop.views import printing

        printing.preview_case_history(self.ctx, self, self.case_id)

    @Slot()
    def _on_print_letter_clicked(self) -> None:
        from desktop.views import printing

        printing.preview_reply_letter(self.ctx, self, self.case_id)

    @Slot()
    def _on_job_card_clicked(self) -> None:
        from desktop.views.jobcard import open_jobcard_dialog

        open_jobcard_dialog(self.ctx, self, case_id=self.case_id)

    # -- session and data -----------------------------------------------------------------------

    @Slot()
    def _on_hand_back_clicked(self) -> None:
        self.ctx.set_session(self.ctx.session.step_down())

    def _on_ctx_session_changed(self) -> None:
        if self.ctx.signed_in:
            self.refresh()
        else:
            self.close()

    def _on_ctx_data_changed(self, streams: object) -> None:
        if isinstance(streams, set) and "case" in streams and self.isVisible():
            self.refresh()


# Refusals worth explaining under the buttons (the rest show on hover).
_EXPLAINED = ("escalate", "respond", "close", "take_over")


def _satisfaction_choices() -> list[tuple[Any, str]]:
    none = QCoreApplication.translate("CaseDetail", "— choose when reached —")
    return [(None, none)] + [(score, i18n.label("satisfaction", str(score))) for score in (5, 4, 3, 2, 1)]


def _date_text(value: object) -> str:
    if not value:
        return "—"
    try:
        return i18n.fmt_date(date.fromisoformat(str(value)))
    except ValueError:
        return i18n.digits(str(value))


def run_now(run: Any) -> Any:
    return lambda db: run(db, {})


def _reason_text(code: str) -> str:
    return i18n.error_text(PishkhanError(code))


def _who(actor_id: str, names: dict[str, str]) -> str:
    if actor_id == codes.SYSTEM_ACTOR:
        return i18n.label("actor", "system")
    return names.get(actor_id, actor_id[:8])


def _details(event: Event, names: dict[str, str], subcategories: dict[str, str] | None = None) -> str:
    """What an event says, in a line: levels, units, answers, scores, the words typed."""
    p = event.payload
    kind = event.kind
    parts: list[str] = []
    if kind == "registered":
        parts = [i18n.label("channel", p.get("channel")), i18n.text(str(p.get("description", "")))]
    elif kind == "escalated":
        parts = [
            f"{i18n.label('level', p.get('from_level'))} ← {i18n.label('level', p.get('to_level'))}"
            if i18n.is_rtl()
            else f"{i18n.label('level', p.get('from_level'))} → {i18n.label('level', p.get('to_level'))}",
            i18n.label("escalation_reason", p.get("reason")),
            i18n.text(str(p.get("comment", ""))),
        ]
        if p.get("summons"):
            parts.append(
                QCoreApplication.translate("CaseDetail", "summoned to counter %1").replace(
                    "%1", i18n.digits(str(p.get("counter") or "—"))
                )
            )
    elif kind == "supervisor_arrived":
        parts = [i18n.label("level", p.get("level"))]
    elif kind == "referred":
        parts = [i18n.label("unit", p.get("unit")), i18n.text(str(p.get("inquiry", "")))]
    elif kind == "inquiry_answered":
        parts = [i18n.text(str(p.get("answer", "")))]
    elif kind == "responded":
        parts = [i18n.label("notify_method", p.get("method")), i18n.text(str(p.get("answer", "")))]
        if p.get("final"):
            parts.append(QCoreApplication.translate("CaseDetail", "final decision"))
    elif kind == "happy_call":
        parts = [i18n.label("reach", p.get("reach"))]
        if p.get("satisfaction") is not None:
            parts.append(
                QCoreApplication.translate("CaseDetail", "satisfaction %1 of 5").replace(
                    "%1", i18n.digits(str(p["satisfaction"]))
                )
            )
        parts.append(i18n.text(str(p.get("comment", ""))))
        if isinstance(p.get("referral"), dict):
            parts.append(
                QCoreApplication.translate("CaseDetail", "sent back to %1").replace(
                    "%1", i18n.label("unit", p["referral"].get("unit"))
                )
            )
    elif kind == "closed":
        parts = [i18n.label("resolution", p.get("resolution")), i18n.text(str(p.get("reason", "")))]
    elif kind in ("reopened",):
        parts = [i18n.text(str(p.get("reason", "")))]
    elif kind == "assigned":
        parts = [names.get(str(p.get("assignee_id")), "")]
    elif kind in ("note_added", "customer_replied"):
        parts = [i18n.text(str(p.get("text", "")))]
    elif kind == "confirmation_requested":
        parts = [i18n.text(str(p.get("question", "")))]
    elif kind == "reply_letter_recorded":
        parts = [i18n.digits(str(p.get("letter_no", ""))), i18n.text(str(p.get("text", "")))[:120]]
    elif kind == "resolved_at_first_contact":
        parts = [i18n.text(str(p.get("answer", "")))]
    elif kind == "attachment_added":
        parts = [str(p.get("name", ""))]
    elif kind == "sla_breached":
        parts = [i18n.label("level", p.get("level"))]
    elif kind == "reclassified":
        shown = (("case_type", "case_type"), ("category", "category"), ("priority", "priority"))
        parts = [i18n.label(label, p[key]) for key, label in shown if key in p]
        if "subcategory" in p:
            parts.append(
                QCoreApplication.translate("CaseDetail", "sub-category %1").replace(
                    "%1", (subcategories or {}).get(str(p["subcategory"]), str(p["subcategory"] or "—"))
                )
            )
        parts.append(i18n.text(str(p.get("reason", ""))))
    return " · ".join(part for part in parts if part)
