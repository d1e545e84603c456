"""The audit report's data from plain audit records, as HQ builds it: no Qt, no database."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.models.audits.drafts import Evidence
from desktop.models.audits.records import Audit
from desktop.models.audits.release import Appeal, Release
from reports import audit_report, sources
from tests.models.audits.conftest import END, group, make, q

START = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
PHOTO = Evidence("a" * 64, "سالن.jpg", "image/jpeg")
PDF = Evidence("b" * 64, "برگه.pdf", "application/pdf")

TEMPLATE = make(
    [
        group("greeting", weight=2),
        q("yes_no", "greeted", required="yes", weight=2),
        q("yes_no", "estimate", critical="yes", critical_cap=30),
        q("image", "photo"),
        END,
        q("text", "summary", required="yes"),
    ]
)
ANSWERS = {"greeted": "no", "estimate": "no", "photo": [PHOTO.to_dict()], "summary": "برخورد سرد بود"}


def audit(**changes) -> Audit:
    base = Audit(
        id="0193aaaa-bbbb-7ccc-8ddd-0123456789ab",
        template=TEMPLATE,
        dealership_id="1420",
        dealership_name="نمایندگی آرین‌خودرو",
        dealership_city="تهران",
        visit_id=None,
        inspector_id="u-insp",
        scenario="",
        visit_started_at=START,
        visit_ended_at=START + timedelta(minutes=40),
        finalized_at=START + timedelta(hours=1),
        answers=dict(ANSWERS),
        notes={"estimate": "فقط شفاهی"},
        evidence={"photo": (PHOTO, PDF)},
        internal_note="",
        original_hash="h0",
        content_hash="h1",
    )
    return replace(base, **changes)


def release(**changes) -> Release:
    base = Release(
        id="0193aaaa-bbbb-7ccc-8ddd-0123456789ab",
        dealership_id="1420",
        dealership_name="نمایندگی آرین‌خودرو",
        dealership_city="تهران",
        template=TEMPLATE,
        pseudonym="B7",
        scenario="",
        visit_started_at=START,
        visit_ended_at=START + timedelta(minutes=40),
        released_at=START + timedelta(days=2),
        answers=dict(ANSWERS),
        adjusted=dict(ANSWERS, greeted="yes"),
        notes={},
        evidence={},
        content_hash="h1",
        void=frozenset({"estimate"}),
        appeals=(
            Appeal(
                "ap1",
                "x",
                "greeted",
                "همکار ما خوشامد گفت",
                "u-dealer",
                START,
                "upheld",
                decision_note="درست",
            ),
        ),
    )
    return replace(base, **changes)


def test_an_audit_for_hq_names_the_inspector_scores_and_failures():
    report = sources.audit_report(audit(), "en", inspector="Reza Karimi", image=lambda sha: b"jpeg")
    assert report.inspector == "Reza Karimi"
    assert report.status == "Finalised"
    assert report.template_title == "Showroom visit"
    assert report.scenario == "Ask the price and delivery time"
    assert report.reference == "0123456789AB"[:8]
    assert report.score == pytest.approx(audit().score.score)
    (greeting, main) = report.sections
    assert greeting.name == "Section greeting"
    assert main.name == "General"
    answers = {a.question: a for a in greeting.answers}
    assert answers["Question greeted"].answer == "No"
    assert (answers["Question greeted"].earned, answers["Question greeted"].possible) == (0, 2)
    assert answers["Question estimate"].comment == "فقط شفاهی"
    assert [f.question for f in report.critical_failures] == ["Question estimate"]
    assert report.critical_failures[0].cap == 30
    # Only images are printed; a PDF is not.
    assert [e.caption for e in report.evidence] == ["سالن.jpg"]


def test_the_summary_answer_is_printed_once_as_the_remarks(tmp_path, text_of):
    report = sources.audit_report(audit(), "fa", inspector="رضا کریمی")
    assert report.summary == "برخورد سرد بود"
    printed = [a.question for s in report.sections for a in s.answers]
    assert "پرسش summary" not in printed
    assert text_of(audit_report.build(report, "fa")).count("برخورد سرد بود") == 1


def test_without_a_summary_answer_nothing_is_left_out():
    answers = {k: v for k, v in ANSWERS.items() if k != "summary"}
    report = sources.audit_report(audit(answers=answers), "en")
    assert report.summary == ""


def test_a_release_shows_the_pseudonym_the_adjusted_answers_and_appeals():
    report = sources.audit_report(release(), "fa", inspector="نام واقعی")
    assert report.inspector == "بازرس B7"
    assert report.status == "منتشرشده برای نمایندگی"
    answers = {a.question: a for a in report.sections[0].answers}
    assert answers["پرسش greeted"].earned == 2
    assert answers["پرسش estimate"].comment == "پس از پذیرش اعتراض از امتیاز حذف شد"
    assert answers["پرسش estimate"].earned is None
    assert [(a.question, a.reason, a.note) for a in report.appeals] == [
        ("پرسش greeted", "همکار ما خوشامد گفت", "درست")
    ]
    assert "نام واقعی" not in repr(report)


def test_the_mapping_needs_no_qt():
    code = (
        "import sys\n"
        "from reports import sources, audit_report\n"
        "from tests.reports.test_audit_source import audit\n"
        "audit_report.build(sources.audit_report(audit(), 'fa', inspector='x'), 'fa')\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'desktop.views'))]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
