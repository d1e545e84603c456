import pytest
from PySide6.QtWidgets import QLineEdit, QWizard

from desktop.models import dealership, users
from desktop.views import i18n
from desktop.views.context import AppContext
from desktop.views.setup_wizard import SetupWizard
from desktop.views.worker import Runner
from tests.helpers import find, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def empty_ctx(qapp, db):
    i18n.install(qapp, "fa")
    runner = Runner(db)
    yield AppContext(runner)
    runner.wait()
    runner.shutdown()


def test_first_run_wizard_creates_dealership_and_admin(empty_ctx, qtbot):
    wizard = SetupWizard(empty_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.currentPage()
    type_text(find(page, QLineEdit, "code"), "۱۴۲۰")
    type_text(find(page, QLineEdit, "name"), "نمایندگی آرین‌خودرو")
    type_text(find(page, QLineEdit, "phone"), "bad phone")
    wizard.next()
    assert wizard.currentPage() is page  # a bad phone number keeps the page, with a message
    assert page.error.isVisible()
    find(page, QLineEdit, "phone").clear()
    type_text(find(page, QLineEdit, "phone"), "021-44556677")
    wizard.next()
    admin = wizard.currentPage()
    type_text(find(admin, QLineEdit, "display_name"), "امیر نوری")
    type_text(find(admin, QLineEdit, "admin_username"), "amir")
    type_text(find(admin, QLineEdit, "admin_password"), "long-enough-1")
    type_text(find(admin, QLineEdit, "admin_repeat"), "different-2")
    wizard.accept()
    assert "یکسان" in admin.error.text()
    find(admin, QLineEdit, "admin_repeat").clear()
    type_text(find(admin, QLineEdit, "admin_repeat"), "long-enough-1")
    with qtbot.waitSignal(wizard.completed, timeout=10_000):
        wizard.accept()
    with empty_ctx.db.read() as conn:
        dealer = dealership.get_dealership(conn)
        assert (dealer.id, dealer.name, dealer.phone) == ("1420", "نمایندگی آرین‌خودرو", "02144556677")
        assert users.find_user(conn, "amir").role == "admin"
    assert wizard.result() == QWizard.DialogCode.Accepted
