"""Importing a form whose unscored questions carry a weight: accepted, what is ignored shown."""

import json

import pytest
from PySide6.QtWidgets import QTableWidget

from desktop.views.audits import AuditsScreen
from tests.helpers import find
from tests.models.audits.conftest import q, rows
from tests.views.audit_fixtures import audit_ctx_fixture, sign_in  # noqa: F401

pytestmark = pytest.mark.gui


def test_a_weight_on_a_text_question_is_imported_and_the_warning_shown(audit_ctx, qtbot, wait, tmp_path):
    sign_in(audit_ctx, "inspmanager")
    screen = AuditsScreen(audit_ctx)
    qtbot.addWidget(screen)
    screen.show()
    wait()
    before = find(screen, QTableWidget, "templateTable").rowCount()
    path = tmp_path / "form.json"
    survey = [q("yes_no", "a"), q("text", "note", weight=2)]
    path.write_text(json.dumps(rows(survey, form_id="noted"), ensure_ascii=False), encoding="utf-8")
    screen.import_path(str(path))
    wait()
    wait()
    text = screen.template_problems.text()
    assert "بازدید نمایشگاه" in text  # imported
    assert "برگهٔ survey، سطر ۲، ستون weight" in text
    assert "نادیده" in text
    assert find(screen, QTableWidget, "templateTable").rowCount() == before + 1
