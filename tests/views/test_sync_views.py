"""The status bar and Settings → Connect to HQ, against the real HQ, as an administrator would."""

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desktop.models import events
from desktop.models.calendar import utcnow
from desktop.views import i18n
from desktop.views.status import SyncStatus
from desktop.views.sync_service import service_for
from desktop.views.sync_settings import ConnectPage
from sync.hq import db as hq_db
from sync.hq import devices as hq_devices
from tests.helpers import find, type_text
from tests.sync.conftest import HQ, Server

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hq-views")
    server = Server(f"sqlite:///{tmp / 'hq.db'}", tmp / "hq.log")
    running = HQ(server, tmp)
    running.dealership("1420")
    yield running
    running.close()
    server.stop()


@pytest.fixture(autouse=True)
def _quiet_service(ctx):
    yield
    service = service_for(ctx)
    service.stop()
    assert service.wait_idle(), "a sync job did not finish"


@pytest.fixture
def signed_in(ctx, monkeypatch):
    from desktop.models import dealership
    from desktop.models.session import Session

    monkeypatch.setenv("PISHKHAN_TOKEN_STORE", "file")
    with ctx.db.read() as conn:
        from desktop.models import users

        admin = users.find_user(conn, "admin")
        ctx.set_session(Session(admin, dealership.get_dealership(conn), events.this_device(conn)))
    return ctx


def _note(ctx, n=3):
    with ctx.db.write() as conn:
        for i in range(n):
            events.append(
                conn,
                stream="case",
                stream_id=f"c-{i}-{events.this_device(conn).device_id}",
                kind="note_added",
                payload={"i": i},
                actor_id="u",
                now=utcnow(),
            )
    ctx.changed({"case"})


def test_offline_status_counts_waiting_changes_in_persian(signed_in, qtbot, wait):
    status = SyncStatus(signed_in)
    qtbot.addWidget(status)
    _note(signed_in)
    qtbot.waitUntil(lambda: status.pending.text().endswith("۳"), timeout=10_000)
    assert status.state.text() == "کار بدون شبکه (اتصال به ستاد تنظیم نشده است)"
    assert not status.sync_button.isVisibleTo(status)


def test_connect_sync_and_see_it_in_the_status_bar(signed_in, qtbot, wait, hq, tmp_path):
    status = SyncStatus(signed_in)
    qtbot.addWidget(status)
    status.resize(1100, 32)
    _note(signed_in, 4)
    qtbot.waitUntil(lambda: status.pending.text().endswith("۴"), timeout=10_000)
    status.grab().save("/tmp/sync-status-offline.png")
    page = ConnectPage(signed_in)
    qtbot.addWidget(page)
    wait()
    type_text(find(page, QLineEdit, "hqUrl"), hq.url)
    type_text(find(page, QLineEdit, "enrolmentCode"), hq.code("1420"))
    find(page, QPushButton, "Primary").click()
    qtbot.waitUntil(lambda: status.state.text() == "همگام با ستاد", timeout=20_000)
    qtbot.waitUntil(lambda: status.pending.text().endswith("۰"), timeout=10_000)
    assert "آخرین همگام‌سازی" in status.last.text()
    assert status.sync_button.isVisibleTo(status)
    assert find(page, QLabel, "connectedHq").text() == hq.url
    assert len([e for e in hq.events().values() if e["dealership_id"] == "1420"]) >= 4
    status.grab().save("/tmp/sync-status-synced.png")
    page.resize(900, 640)
    page.grab().save("/tmp/sync-connect-page.png")


def test_a_bad_code_is_told_and_nothing_changes(signed_in, qtbot, wait, hq):
    page = ConnectPage(signed_in)
    qtbot.addWidget(page)
    type_text(find(page, QLineEdit, "hqUrl"), hq.url)
    type_text(find(page, QLineEdit, "enrolmentCode"), "ABCD-EFGH-JKMN")
    find(page, QPushButton, "Primary").click()
    error = find(page, QLabel, "ErrorLabel")
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=20_000)
    assert "کد فعال‌سازی" in error.text()
    assert service_for(signed_in).snapshot.status.enrolled is False


def test_a_bad_address_is_told_in_words(signed_in, qtbot, wait):
    page = ConnectPage(signed_in)
    qtbot.addWidget(page)
    type_text(find(page, QLineEdit, "hqUrl"), "not an address")
    type_text(find(page, QLineEdit, "enrolmentCode"), "ABCD-EFGH-JKMN")
    find(page, QPushButton, "Primary").click()
    error = find(page, QLabel, "ErrorLabel")
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=10_000)
    assert error.text().startswith("نشانی ستاد")


def test_unreachable_and_revoked_are_said_with_what_happens_next(signed_in, qtbot, wait, hq):
    from sync import client

    client.enroll(signed_in.db, hq.url, hq.code("1420"))
    status = SyncStatus(signed_in)
    qtbot.addWidget(status)
    service = service_for(signed_in)
    with hq_db.writing(hq.engine) as conn:
        with signed_in.db.read() as local:
            device_id = events.this_device(local).device_id
        hq_devices.revoke(conn, device_id, utcnow())
    service.sync_now()
    qtbot.waitUntil(lambda: "ستاد این رایانه را نپذیرفت" in status.state.text(), timeout=20_000)
    wait()


def test_english_works_too(signed_in, qtbot, wait, qapp):
    i18n.install(qapp, "en")
    status = SyncStatus(signed_in)
    qtbot.addWidget(status)
    qtbot.waitUntil(lambda: status.pending.text() == "Changes waiting for HQ: 0", timeout=10_000)
    assert status.state.text() == "Working offline (no HQ connection set up)"


def test_hq_down_keeps_the_work_and_says_when_it_tries_again(signed_in, qtbot, wait, hq):
    from desktop.models import syncstate
    from sync import client
    from tests.sync.conftest import free_port

    client.enroll(signed_in.db, hq.url, hq.code("1420"))
    with signed_in.db.write() as conn:
        syncstate.update_state(conn, hq_url=f"http://127.0.0.1:{free_port()}")  # HQ went away
    status = SyncStatus(signed_in)
    qtbot.addWidget(status)
    status.resize(1100, 32)
    _note(signed_in, 5)
    service_for(signed_in).start()
    service_for(signed_in).sync_now()
    qtbot.waitUntil(lambda: "ستاد در دسترس نیست" in status.state.text(), timeout=20_000)
    qtbot.waitUntil(lambda: status.pending.text().endswith("۵"), timeout=10_000)
    assert "تلاش بعدی" in status.state.text()
    status.grab().save("/tmp/sync-status-hq-unreachable.png")
    service_for(signed_in).stop()


def test_a_restore_pauses_sync_and_starts_again_only_what_was_running(ctx):
    from desktop.views.backup_guard import pause_sync

    service = service_for(ctx)
    assert not service.started
    pause_sync(ctx)()  # sync was never started (a PC not connected to HQ): it stays off
    assert not service.started
    service.start()
    resume = pause_sync(ctx)
    assert not service.started  # off while the database is replaced
    resume()
    assert service.started
