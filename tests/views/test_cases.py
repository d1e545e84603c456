"""Case handling as people do it at the counter: escalate, PIN takeover, answer, call back."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from desktop.models import cases, dealership, events
from desktop.models.calendar import utcnow
from desktop.models.session import Session
from tests.conftest import PIN, get_user
from tests.helpers import add_holiday, find, type_text

pytestmark = pytest.mark.gui


def _session(ctx, username, counter="2"):
    with ctx.db.read() as conn:
        session = Session(
            user=get_user(ctx.db, username),
            dealership=dealership.get_dealership(conn),
            device=events.this_device(conn),
            counter=counter,
        )
    ctx.set_session(session)
    return session


def _register(ctx, username="clerk", **kw):
    values = {
        "customer_id": "cust-1",
        "channel": "walk_in",
        "case_type": "complaint",
        "category": "quality",
        "description": "صدای غیرعادی گیربکس پس از تعمیر",
        "counter": "2",
        "now": utcnow(),
    } | kw
    with ctx.db.write() as conn:
        return cases.register_case(conn, get_user(ctx.db, username), **values)


def _detail(ctx, qtbot, wait, case_id):
    from desktop.views.case_detail import open_case

    window = open_case(ctx, case_id)
    qtbot.addWidget(window)
    wait()
    return window


def _act(detail, wait, action, **values):
    """Click an action's button, fill its form (text typed as a person would), press OK."""
    from desktop.views.case_actions import ActionForm

    button = find(detail, QPushButton, f"action_{action}")
    assert button.isEnabled(), button.toolTip()
    button.click()
    wait()
    form = next(f for f in detail.findChildren(ActionForm) if f.isVisible())
    for name, value in values.items():
        widget = form.inputs[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        else:
            type_text(widget, value)
    find(form, QPushButton, "actionOk").click()
    wait()
    assert not form.isVisible(), form.error.text()
    form.setParent(None)


def _take_over(detail, wait, username, pin=PIN):
    from desktop.views.takeover import TakeoverDialog

    find(detail, QPushButton, "action_take_over").click()
    wait()
    dialog = next(d for d in detail.findChildren(TakeoverDialog) if d.isVisible())
    combo = find(dialog, QComboBox, "takeoverUser")
    combo.setCurrentIndex(combo.findData(get_user(detail.ctx.db, username).id))
    type_text(find(dialog, QLineEdit, "takeoverPin"), pin)
    find(dialog, QPushButton, "takeoverOk").click()
    wait()
    return dialog


def test_walk_in_escalated_to_the_manager_and_closed_after_the_happy_call(ctx, qtbot, wait, tmp_path):
    from desktop.views.summons import SummonsWatcher

    _session(ctx, "clerk")
    case = _register(ctx)
    detail = _detail(ctx, qtbot, wait, case.id)
    assert not find(detail, QPushButton, "action_take_over").isEnabled()
    _act(detail, wait, "escalate", reason="not_convinced", comment="مشتری قانع نشد")
    timer = find(detail, QLabel, "summonsTimer")
    assert timer.isVisible()
    assert "۲" in timer.text()  # counter 2, in Persian digits
    # The clerk cannot answer now: the buttons say why.
    respond = find(detail, QPushButton, "action_respond")
    assert not respond.isEnabled()
    assert "به باجه" in respond.toolTip() or respond.toolTip()

    # On the supervisor's session the summons is an alert, read from the events.
    host = QLabel("host")
    qtbot.addWidget(host)
    host.resize(900, 600)
    supervisor_ctx_session = ctx.session
    _session(ctx, "supervisor")
    watcher = SummonsWatcher(ctx, host)
    wait()
    assert watcher.alert.isVisibleTo(host)
    assert case.tracking_code in watcher.alert.detail.text()
    host.grab().save(str(tmp_path / "alert.png"))
    ctx.set_session(supervisor_ctx_session)
    wait()
    watcher.refresh()
    wait()
    assert not watcher.alert.isVisibleTo(host)  # the clerk is not of the summoned level

    # A wrong PIN is refused and counted; the right one hands the case to the supervisor.
    dialog = _take_over(detail, wait, "supervisor", pin="0000")
    assert "۴" in find(dialog, QLabel, "ErrorLabel").text()
    dialog.reject()
    wait()
    _take_over(detail, wait, "supervisor")
    assert ctx.session.user.username == "clerk"
    assert ctx.session.actor.username == "supervisor"
    assert find(detail, QPushButton, "handBack").isVisible()
    _act(detail, wait, "escalate", reason="beyond_authority", comment="")
    _take_over(detail, wait, "manager")
    assert ctx.session.actor.username == "manager"
    assert not find(detail, QPushButton, "action_escalate").isEnabled()  # the top of the ladder
    _act(detail, wait, "respond", answer="گیربکس با هزینهٔ نمایندگی تعویض می‌شود", method="in_person")
    find(detail, QPushButton, "handBack").click()
    wait()
    assert ctx.session.acting is None

    # HQ calls the customer back: satisfied, the case closes.
    _session(ctx, "hq")
    wait()
    _act(detail, wait, "happy_call", reach="reached", satisfaction=5, comment="راضی")
    with ctx.db.read() as conn:
        done = cases.get_case(conn, case.id)
    assert (done.status, done.resolution, done.state.final) == ("closed", "resolved", True)
    timeline = detail.timeline
    kinds = [e.kind for e in done.events]
    assert timeline.rowCount() == len(kinds) == 7
    whos = [timeline.item(r, 1).text() for r in range(timeline.rowCount())]
    assert whos[2] == "supervisor کاربر"
    assert whos[4] == "manager کاربر"
    assert "۱۴۰۵" in timeline.item(0, 0).text()  # Solar Hijri, Persian digits
    detail.grab().save(str(tmp_path / "timeline.png"))


def test_after_sales_complaint_reopened_after_an_unhappy_call(ctx, qtbot, wait):
    _session(ctx, "clerk")
    case = _register(ctx, channel="phone", counter=None)
    detail = _detail(ctx, qtbot, wait, case.id)
    _act(detail, wait, "refer", unit="after_sales", inquiry="بررسی صدای گیربکس")
    with ctx.db.read() as conn:
        referral = cases.get_case(conn, case.id).state.referrals[0]
    _act(detail, wait, "answer_inquiry", referral_id=referral.id, answer="واشر گیربکس تعویض شد")
    _act(detail, wait, "respond", answer="تعمیر انجام شد", method="sms")
    _session(ctx, "hq")
    wait()
    _act(detail, wait, "happy_call", reach="reached", satisfaction=1, comment="صدا هنوز هست")
    with ctx.db.read() as conn:
        back = cases.get_case(conn, case.id)
    assert back.status == "referred"
    assert back.state.reopen_count == 1
    assert [r.unit for r in back.state.open_referrals] == ["after_sales"]
    assert "بازگشایی" in find(detail, QLabel, "field_status").text() or back.status == "referred"
    last = detail.timeline.item(detail.timeline.rowCount() - 1, 3).text()
    assert "صدا هنوز هست" in last


def test_refused_action_shows_why(ctx, qtbot, wait):
    _session(ctx, "clerk")
    case = _register(ctx, channel="phone", counter=None)
    detail = _detail(ctx, qtbot, wait, case.id)
    close = find(detail, QPushButton, "action_close")
    assert close.isEnabled()  # a withdrawal is always possible
    reopen = find(detail, QPushButton, "action_reopen")
    assert not reopen.isEnabled()
    assert reopen.toolTip()  # the clerk's role may not reopen: said so


def test_queue_loads_lazily(ctx, qtbot, wait):
    from desktop.views.cases import CasesScreen

    _session(ctx, "clerk")
    start = utcnow() - timedelta(hours=1)
    for i in range(130):
        _register(ctx, channel="phone", counter=None, now=start + timedelta(seconds=i))
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    screen.model.page_size = 50
    items = [screen.queue_list.item(i).data(256) for i in range(screen.queue_list.count())]
    screen.queue_list.setCurrentRow(items.index("all"))
    wait()
    assert screen.model.rowCount() == 50
    assert screen.model.canFetchMore()
    screen.model.fetchMore()
    wait()
    screen.model.fetchMore()
    wait()
    assert screen.model.rowCount() == 130
    assert not screen.model.canFetchMore()
    ids = [screen.model.row(i).id for i in range(130)]
    assert len(set(ids)) == 130
    type_text(find(screen, QLineEdit, "caseSearch"), screen.model.row(7).tracking_code)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    wait()


def test_settings_pages_save(ctx, qtbot, wait):
    from desktop.views.settings_cases import CalendarPage, LadderPage, SlaPage, UnitsPage

    _session(ctx, "admin")
    units = UnitsPage(ctx)
    qtbot.addWidget(units)
    wait()
    type_text(units.code, "paint_shop")
    type_text(units.name_fa, "صافکاری و نقاشی")
    find(units, QPushButton, "addUnit").click()
    wait()
    assert units.table.rowCount() == 6
    calendar = CalendarPage(ctx)
    qtbot.addWidget(calendar)
    calendar.year.setValue(1406)  # no holidays entered: said so, in the year's Persian digits
    wait()
    assert calendar.table.rowCount() == 0
    assert not calendar.missing.isHidden()
    assert "۱۴۰۶" in calendar.missing.text()
    calendar.year.setValue(1405)
    wait()
    assert calendar.table.rowCount() == 26
    assert calendar.missing.isHidden()
    add_holiday(calendar, "۱۴۰۵/۰۹/۱۰", "تعطیلی محلی")
    wait()
    assert calendar.table.rowCount() == 27
    ladder = LadderPage(ctx)
    qtbot.addWidget(ladder)
    wait()
    ladder.preset.setCurrentIndex(ladder.preset.findData("four_levels"))
    find(ladder, QPushButton, "applyPreset").click()
    wait()
    assert ladder.table.rowCount() == 4
    policies = SlaPage(ctx)
    qtbot.addWidget(policies)
    wait()
    before = policies.table.rowCount()
    policies.warn.setValue(30)
    policies.hours.setValue(20)
    find(policies, QPushButton, "addPolicy").click()
    wait()
    assert policies.error.isVisibleTo(policies)  # a warning after the due time is refused
    assert "هشدار" in policies.error.text()
    assert policies.table.rowCount() == before


def test_ladder_roles_are_ticked_by_name_and_working_hours_round_trip(ctx, qtbot, wait):
    from PySide6.QtWidgets import QCheckBox

    from desktop.models import business_calendar as bc
    from desktop.models.cases import ladder as ladder_model
    from desktop.views.settings_cases import CalendarPage, LadderPage

    _session(ctx, "admin")
    page = LadderPage(ctx)
    qtbot.addWidget(page)
    wait()
    page.level.setCurrentIndex(0)
    code = page.level.currentData()
    boxes = {role: find(page, QCheckBox, f"ladderRole_{role}") for role in ("supervisor", "manager")}
    assert boxes["supervisor"].text() != "supervisor"  # the role's name, not its code
    for box in page.role_boxes.values():
        box.setChecked(False)
    boxes["supervisor"].setChecked(True)
    boxes["manager"].setChecked(True)
    page.minutes.setValue(7)
    find(page, QPushButton, "saveLevel").click()
    wait()
    with ctx.db.read() as conn:
        saved = ladder_model.load_ladder(conn).level(code)
    assert set(saved.roles) == {"supervisor", "manager"}
    assert saved.arrival_minutes == 7

    calendar = CalendarPage(ctx)
    qtbot.addWidget(calendar)
    wait()
    saturday = calendar.days[bc.WEEK_ORDER[0]]
    saturday.clear()
    type_text(saturday, "۰۸:۰۰-۱۲:۰۰, ۱۳:۰۰-۱۷:۳۰")
    find(calendar, QPushButton, "saveWeek").click()
    wait()
    reopened = CalendarPage(ctx)
    qtbot.addWidget(reopened)
    wait()
    shown = reopened.days[bc.WEEK_ORDER[0]].text()
    assert "۰۸:۰۰" in shown  # Persian digits on screen
    assert bc.parse_hours(shown) == ((480, 720), (780, 1050))


def test_tracking_codes_and_times_are_never_cut_short(ctx, qtbot, wait):
    """The fitted columns are measured on the rows, not only on their headers."""
    from desktop.views.cases import CasesScreen

    _session(ctx, "clerk")
    for i in range(3):
        _register(ctx, channel="phone", counter=None, now=utcnow() - timedelta(minutes=i))
    screen = CasesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    wait()
    items = [screen.queue_list.item(i).data(256) for i in range(screen.queue_list.count())]
    screen.queue_list.setCurrentRow(items.index("all"))
    wait()
    assert screen.model.rowCount() == 3
    header = screen.table.horizontalHeader()
    for column in screen._fitted:
        assert header.sectionSize(column) >= screen.table.sizeHintForColumn(column), column
