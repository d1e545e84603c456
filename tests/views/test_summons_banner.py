"""The summons banner sits above the window's pages: the header (Lock, Sign out) stays
visible and in reach while a superior is called to a counter."""

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.models import cases
from desktop.models.calendar import utcnow
from desktop.models.cases import codes
from tests.conftest import get_user
from tests.views.counter_helpers import sign_in

pytestmark = pytest.mark.gui


def test_the_banner_pushes_the_window_down_instead_of_covering_its_header(ctx, qtbot, wait):
    from desktop.views.main_window import Shell

    clerk = get_user(ctx.db, "clerk")
    with ctx.db.write() as conn:
        case = cases.register_case(
            conn,
            clerk,
            customer_id="cust-1",
            channel="walk_in",
            case_type="complaint",
            category="staff_behaviour",
            description="برخورد نامناسب در پذیرش",
            now=utcnow(),
        )
        cases.escalate(conn, clerk, case.id, reason=codes.ESCALATION_REASONS[0], now=utcnow())
    sign_in(ctx, "supervisor")
    shell = Shell(ctx, 60)
    qtbot.addWidget(shell)
    shell.resize(1280, 720)
    shell.show()
    alert = shell.summons.alert
    qtbot.waitUntil(alert.isVisible, timeout=5000)
    wait()
    assert alert.height() > 0
    assert shell.centralWidget().contentsMargins().top() == alert.height()
    lock = next(b for b in shell.findChildren(QPushButton) if b.objectName() == "lock")
    top_of_lock = lock.mapTo(shell, lock.rect().topLeft()).y()
    assert top_of_lock >= alert.geometry().bottom()  # not under the banner

    # When nobody is called any more, the pages move back up.
    alert.show_rows([])
    shell.summons._place()
    assert shell.centralWidget().contentsMargins().top() == 0
