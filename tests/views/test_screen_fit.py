"""Every screen fits a counter PC's screen (1366×768 less the taskbar), for every role,
in Persian and in English: nothing is pushed off the window's edge."""

import pytest

from tests.views.counter_helpers import sign_in

pytestmark = pytest.mark.gui

# The main window's least size must leave room on a 1366×768 screen.
MAX_WIDTH, MAX_HEIGHT = 1280, 720
ROLES = ("clerk", "supervisor", "manager", "inspector", "hq", "admin")


@pytest.mark.parametrize("lang", ["fa", "en"])
@pytest.mark.parametrize("username", ROLES)
def test_every_screen_fits_the_window(ctx, qtbot, wait, username, lang):
    from desktop.views.main_window import Shell

    sign_in(ctx, username)
    shell = Shell(ctx, 60)
    qtbot.addWidget(shell)
    shell.resize(MAX_WIDTH, MAX_HEIGHT)
    shell.show()
    too_big = {}
    for spec in shell.workspace.specs:
        shell.workspace.open(spec.key)
        wait()
        hint = shell.minimumSizeHint()
        if hint.width() > MAX_WIDTH or hint.height() > MAX_HEIGHT:
            too_big[spec.key] = (hint.width(), hint.height())
    assert too_big == {}


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_case_window_fits_the_screen(ctx, qtbot, wait, lang):
    """Every action button, the documents and the timeline within 1366×768."""
    from desktop.models import cases
    from desktop.models.calendar import utcnow
    from desktop.views.case_detail import CaseDetail
    from tests.conftest import get_user

    clerk = sign_in(ctx, "clerk")
    with ctx.db.write() as conn:
        case = cases.register_case(
            conn,
            get_user(ctx.db, "clerk"),
            customer_id="cust-1",
            channel="walk_in",
            case_type="complaint",
            category="warranty",
            description="صدای موتور",
            now=utcnow(),
        )
    assert clerk is not None
    detail = CaseDetail(ctx, case.id)
    qtbot.addWidget(detail)
    detail.show()
    wait()
    hint = detail.minimumSizeHint()
    assert hint.width() <= MAX_WIDTH
    assert hint.height() <= MAX_HEIGHT
