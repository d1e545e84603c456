"""An honest "coming" state for screens that a later release fills."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views.context import AppContext


class ComingScreen(QWidget):
    def __init__(self, ctx: AppContext, title: str, text: str) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setObjectName("ComingTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body = QLabel(text)
        body.setObjectName("Muted")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)


class CounterComing(ComingScreen):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx, self.tr("Counter"), self.tr("Customer lookup and walk-in intake are not built yet.")
        )


class CasesComing(ComingScreen):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Cases"), self.tr("Case handling and escalation are not built yet."))


class CustomersComing(ComingScreen):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Customers"), self.tr("Customer records are not built yet."))


class AuditsComing(ComingScreen):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, self.tr("Audits"), self.tr("Mystery-shopper audits are not built yet."))


class ReportsComing(ComingScreen):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx, self.tr("Reports"), self.tr("Figures, charts and management reports are not built yet.")
        )
