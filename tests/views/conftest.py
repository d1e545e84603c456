import pytest

from desktop.views import i18n, style
from desktop.views.context import AppContext
from desktop.views.worker import Runner


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
