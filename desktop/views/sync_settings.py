"""Settings → Connect to HQ: HQ's address and a one-time enrolment code; the connection's state.

Enrolment talks to HQ on the network pool; its refusals (an expired or used code, a code
for another dealership ...) are told in words under the form, and nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import events
from desktop.models.db import Database
from desktop.models.errors import PishkhanError
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.forms import ErrorLabel
from desktop.views.sync_service import Snapshot, service_for


class ConnectPage(QWidget):
    """Connect this PC to headquarters, and see how it stands with HQ."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = service_for(ctx)
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This PC keeps working without HQ. Connected, it sends its changes to HQ and receives"
                " its dealership's cases, users and counters. Ask HQ for an enrolment code: it works"
                " once and expires."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        outer.addWidget(intro)

        state_box = QGroupBox(self.tr("Connection"))
        state_form = QFormLayout(state_box)
        self.hq = QLabel()
        self.hq.setObjectName("connectedHq")
        self.hq.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device = QLabel()
        self.device.setObjectName("deviceId")
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last = QLabel()
        self.last.setObjectName("lastSync")
        self.pending = QLabel()
        self.pending.setObjectName("pendingChanges")
        self.problem = QLabel()
        self.problem.setObjectName("syncProblem")
        self.problem.setWordWrap(True)
        state_form.addRow(self.tr("HQ address"), self.hq)
        state_form.addRow(self.tr("This PC's device ID"), self.device)
        state_form.addRow(self.tr("Last successful sync"), self.last)
        state_form.addRow(self.tr("Changes waiting for HQ"), self.pending)
        state_form.addRow(self.tr("Problem"), self.problem)
        self.sync_now = QPushButton(self.tr("Sync now"))
        self.sync_now.setObjectName("syncNowSettings")
        self.sync_now.clicked.connect(self._on_sync_now_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_now)
        buttons.addStretch(1)
        state_form.addRow("", buttons)
        outer.addWidget(state_box)

        connect_box = QGroupBox(self.tr("Connect to HQ"))
        form = QFormLayout(connect_box)
        self.url = QLineEdit()
        self.url.setObjectName("hqUrl")
        self.url.setPlaceholderText("https://hq.example.ir")
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code = QLineEdit()
        self.code.setObjectName("enrolmentCode")
        self.code.setPlaceholderText("ABCD-EFGH-JKMN")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("HQ address"), self.url)
        form.addRow(self.tr("Enrolment code"), self.code)
        self.error = ErrorLabel()
        form.addRow(self.error)
        self.done = QLabel()
        self.done.setObjectName("Muted")
        self.done.setWordWrap(True)
        form.addRow(self.done)
        row = QHBoxLayout()
        row.addStretch(1)
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("Primary")
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        row.addWidget(self.connect_button)
        form.addRow(row)
        outer.addWidget(connect_box)
        outer.addStretch(1)

        self.code.returnPressed.connect(self._on_connect_button_clicked)
        self.service.state_changed.connect(self._on_service_state_changed)
        self.service.enrolled.connect(self._on_service_enrolled)
        self.service.enrol_failed.connect(self._on_service_enrol_failed)
        self.ctx.runner.database(_device_id, self._on_device_read, owner=self)
        self.show_snapshot(self.service.snapshot)
        self.service.refresh()

    def _on_device_read(self, device_id: str) -> None:
        self.device.setText(device_id)

    @Slot(object)
    def _on_service_state_changed(self, snapshot: Snapshot) -> None:
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        status = snapshot.status
        self.hq.setText(status.hq_url or self.tr("Not connected: this PC works offline"))
        if status.hq_url and not self.url.text():
            self.url.setText(status.hq_url)
        self.last.setText(i18n.fmt_datetime(status.last_success_at) if status.last_success_at else "—")
        self.pending.setText(i18n.num(status.pending))
        problems = []
        if status.stopped:
            problems.append(self.tr("HQ refused this PC's token. Connect again with a new code."))
        elif status.last_error:
            problems.append(i18n.error_text(PishkhanError(status.last_error)))
        if status.refused:
            problems.append(
                self.tr("HQ refused %1 change(s); they stay on this PC.").replace(
                    "%1", i18n.num(status.refused)
                )
            )
        self.problem.setText("\n".join(problems) or "—")
        self.sync_now.setEnabled(status.enrolled and not snapshot.running)
        self.connect_button.setText(self.tr("Connect again") if status.enrolled else self.tr("Connect"))

    @Slot()
    def _on_sync_now_clicked(self) -> None:
        self.service.sync_now()

    @Slot()
    def _on_connect_button_clicked(self) -> None:
        self.error.clear_error()
        self.done.setText(self.tr("Connecting to HQ…"))
        self.connect_button.setEnabled(False)
        self.service.enroll(self.ctx.session.actor, self.url.text(), self.code.text())

    @Slot(object)
    def _on_service_enrolled(self, enrollment: object) -> None:
        self.connect_button.setEnabled(True)
        self.code.clear()
        role = getattr(enrollment, "role", "clerk")
        text = self.tr("Connected. This PC now syncs with HQ.")
        if role == "inspector":
            text = self.tr("Connected as an inspector's laptop: audits go to HQ.")
        self.done.setText(text)

    @Slot(object)
    def _on_service_enrol_failed(self, error: PishkhanError) -> None:
        self.connect_button.setEnabled(True)
        self.done.clear()
        self.error.show_error(i18n.error_text(error))


def _device_id(db: Database) -> str:
    with db.read() as conn:
        return events.this_device(conn).device_id
