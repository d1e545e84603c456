"""The two templates shipped in resources/: valid, bilingual, rich enough for real visits."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.audits import library, scoring, xlsform
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[3]
FOLDER = ROOT / "resources" / "audit_templates"
FILES = ["sales_showroom.xlsx", "after_sales_reception.xlsx"]
ARABIC_LETTERS = re.compile("[يكة]")


@pytest.mark.parametrize("name", FILES)
def test_the_importer_accepts_the_shipped_template(audit_db, name):
    data = (FOLDER / name).read_bytes()
    with audit_db.write() as conn:
        result = library.import_file(conn, None, name, data, NOW)
    t = result.template
    assert result.created
    assert len(t.questions) >= 30
    assert t.form_id == name.removesuffix(".xlsx")
    assert len([s for s in t.sections if s.grouped]) >= 5
    assert {s.weight for s in t.sections if s.grouped} != {1.0}  # sections are weighted
    kinds = {q.type for q in t.questions}
    assert {"yes_no", "scale5", "select_one", "duration", "time", "integer", "text", "image"} <= kinds
    criticals = [q for q in t.questions if q.critical]
    assert {q.critical_scope for q in criticals} == {"section", "audit"}
    assert any(q.name == "no_extra_charge" for q in criticals)  # an illegal extra charge
    assert any(q.name == "complaint_registered" for q in criticals)  # refusing to register a complaint
    assert sum(1 for q in t.questions if q.relevant) >= 5  # skip logic
    assert sum(1 for q in t.questions if q.constraint) >= 3
    for q in t.questions:
        assert q.label.fa, q.name
        assert q.label.en, q.name
        assert not ARABIC_LETTERS.search(q.label.fa), q.name  # Persian ی and ک, not Arabic
        if q.constraint:
            assert q.constraint_message.fa, q.name
            assert q.constraint_message.en, q.name
    assert t.title.fa
    assert t.title.en
    assert t.scenario.fa
    assert t.scenario.en


@pytest.mark.parametrize("name", FILES)
def test_a_perfect_visit_scores_100_and_a_bribe_caps_it(name):
    t = xlsform.load(FOLDER / name)
    best = {}
    for q in t.questions:
        if q.type == "yes_no":
            best[q.name] = "yes"
        elif q.type == "scale5":
            best[q.name] = 5
        elif q.type == "select_one" and any(c.points == 1 for c in q.choices):
            best[q.name] = next(c.name for c in q.choices if c.points == 1)
        elif q.type == "select_multiple":
            best[q.name] = [c.name for c in q.choices]
    assert scoring.score(t, best).score == pytest.approx(100)
    bribe = scoring.score(t, {**best, "no_extra_charge": "no"})
    assert bribe.score == 40
    assert bribe.critical_failures == ("no_extra_charge",)


def test_the_files_are_what_the_tool_builds():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_audit_templates.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
