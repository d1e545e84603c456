"""A bug shows the crash dialog (translated, naming the log file) and leaks no personal data."""

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop import logsetup
from desktop.models.errors import StorageProblem
from desktop.views import crash, i18n, worker

pytestmark = pytest.mark.gui

SECRET = "customer 0012345678 at 0912 123 45 67"


@pytest.fixture
def log_path(tmp_path):
    path = logsetup.setup(tmp_path)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_pishkhan", False)]:
        root.removeHandler(handler)
        handler.close()


def _read_and_close_the_box(seen):
    def look():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["title"] = box.windowTitle()
            seen["text"] = box.text()
            seen["details"] = box.detailedText()
            box.done(0)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _bug():
    raise ValueError(SECRET)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_crash_dialog(qapp, log_path, monkeypatch):
    i18n.install(qapp, "fa")
    monkeypatch.setattr(sys, "excepthook", crash.excepthook)
    seen = {}
    _read_and_close_the_box(seen)
    button = QPushButton()
    button.clicked.connect(_bug)
    button.click()
    assert seen["title"] == "پیشخوان: خطای پیش‌بینی‌نشده"
    assert "پایگاه داده" in seen["text"]
    assert str(log_path) in seen["text"]
    assert "ValueError" in seen["details"]
    assert "<national-id>" in seen["details"]
    assert "<phone>" in seen["details"]
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError" in logged
    for text in (seen["text"], seen["details"], logged):
        assert "0012345678" not in text
        assert "123 45 67" not in text


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_background_work_reaches_the_crash_dialog(ctx, log_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", crash.excepthook)
    seen = {}
    _read_and_close_the_box(seen)
    ctx.runner.database(lambda db: _bug())
    assert ctx.runner.wait()
    assert "ValueError" in seen["details"]
    assert "0012345678" not in seen["details"]
    assert str(log_path) in seen["text"]


def test_an_environment_error_is_told_not_crashed(qapp, log_path, monkeypatch):
    i18n.install(qapp, "fa")
    crashed = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: crashed.append(a))
    seen = {}
    _read_and_close_the_box(seen)
    worker.report_error(None, StorageProblem("disk_full"))
    assert not crashed
    assert "دیسک" in seen["text"]  # translated, not a code
    assert "disk_full" not in seen["text"]
