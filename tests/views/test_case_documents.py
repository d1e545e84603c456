"""The case window's documents: receipt, history and reply letter open as previews."""

import pytest
from PySide6.QtWidgets import QPushButton

from tests.helpers import find
from tests.views.test_cases import _detail, _register, _session

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("button", ["printReceipt", "printHistory"])
def test_case_window_previews_its_documents(ctx, qtbot, wait, button):
    from desktop.views.printing import PreviewDialog

    _session(ctx, "clerk")
    case = _register(ctx)
    detail = _detail(ctx, qtbot, wait, case.id)
    find(detail, QPushButton, button).click()
    wait()
    previews = [d for d in detail.findChildren(PreviewDialog) if d.isVisible()]
    assert len(previews) == 1
    assert previews[0].printable.pdf.startswith(b"%PDF")
    for preview in previews:
        preview.close()


def test_a_reply_letter_needs_a_response_first(ctx, qtbot, wait, monkeypatch):
    from desktop.views import worker
    from desktop.views.printing import PreviewDialog

    told = []
    monkeypatch.setattr(worker.QMessageBox, "warning", lambda *args: told.append(args[-1]))
    _session(ctx, "clerk")
    case = _register(ctx)
    detail = _detail(ctx, qtbot, wait, case.id)
    find(detail, QPushButton, "printLetter").click()
    wait()
    assert not [d for d in detail.findChildren(PreviewDialog) if d.isVisible()]
    assert len(told) == 1
