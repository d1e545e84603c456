"""The audit report PDF from the screens: real Persian text, pseudonym once released."""

import subprocess
import unicodedata

import pytest

from desktop.models.audits import release
from desktop.views.audit_detail import load_audit, load_release
from desktop.views.audit_print import report_input
from reports import audit_report
from tests import tools
from tests.conftest import NOW
from tests.views.audit_fixtures import audit_ctx_fixture, audits_world, user  # noqa: F401


def _text(pdf, tmp_path):
    tools.require("pdftotext")
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def test_the_released_report_prints_the_pseudonym_not_the_inspector(audit_ctx, tmp_path):
    world = audits_world(audit_ctx)
    manager = user(audit_ctx, "manager")
    view = load_release(audit_ctx.db, manager, world["shown"])
    report = report_input(audit_ctx.db, manager, view, "fa")
    assert report.inspector == f"بازرس {view.inspector}"
    assert report.dealership_code == "1420"
    assert report.score == pytest.approx(view.score.score)
    text = _text(audit_report.build(report, "fa"), tmp_path)
    assert user(audit_ctx, "inspector").display_name not in text
    assert view.inspector in text
    assert "بازدید نمایشگاه" in text


def test_the_covert_report_for_hq_names_the_inspector_and_appeals(audit_ctx, tmp_path):
    world = audits_world(audit_ctx)
    with audit_ctx.db.write() as conn:
        release.file_appeal(
            conn, user(audit_ctx, "manager"), world["shown"], "greeted", "همکار ما جلو آمد", NOW
        )
    hq = user(audit_ctx, "hq")
    view = load_audit(audit_ctx.db, hq, world["shown"])
    report = report_input(audit_ctx.db, hq, view, "en")
    assert report.inspector == user(audit_ctx, "inspector").display_name
    assert [a.question for a in report.appeals] == ["Question greeted"]
    assert report.content_hash == view.content_hash
    text = _text(audit_report.build(report, "en"), tmp_path)
    assert "Showroom visit" in text
    assert "Question greeted" in text
