import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.views import i18n, style
from desktop.views.context import AppContext
from desktop.views.worker import Runner


@pytest.fixture(autouse=True)
def _windows_die_between_tests():
    """The windows a test made are deleted before the next test, on the UI thread.

    pytest-qt closes them and asks Qt to delete them later, but processEvents() does not
    run deferred deletes: left alone, they live on into the next test, where Python's
    cycle collector may free their wrappers while Qt still calls into them (a crash in
    an unrelated test). Deleting them here, then collecting, leaves nothing half-alive.
    """
    yield
    if QCoreApplication.instance() is None:
        return
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def lang():
    return "fa"


@pytest.fixture
def ctx(qapp, dealer_db, lang):
    """An application context over a set-up dealership, in the test's language."""
    style.apply(qapp)
    i18n.install(qapp, lang)
    runner = Runner(dealer_db)
    context = AppContext(runner)
    yield context
    runner.wait()
    runner.shutdown()
    i18n.install(qapp, "fa")


@pytest.fixture
def wait(ctx, qtbot):
    """Wait until background work and its callbacks are done."""

    def waiter():
        assert ctx.runner.wait(), "background work did not finish"

    return waiter
