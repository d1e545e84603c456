"""``audits template import/export/list`` and ``audits score``: as HQ analysts use them."""

import json
from pathlib import Path

import pytest

from desktop.models import dealership
from desktop.models.audits import xlsform
from desktop.models.db import open_database
from tests.conftest import NOW
from tests.models.audits.conftest import END, VISIT_SURVEY, group, q, rows

ROOT = Path(__file__).resolve().parents[2]
SHOWROOM = ROOT / "resources" / "audit_templates" / "sales_showroom.xlsx"


@pytest.fixture
def hq_db(tmp_path):
    path = tmp_path / "hq.db"
    db = open_database(path)
    with db.write() as conn:
        dealership.setup(
            conn, code="HQ", name="ستاد", admin_username="a", admin_password="pass-pass-1", now=NOW
        )
    db.close()
    return path


def write_json(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- score -----------------------------------------------------------------------------------


def test_score_prints_unrounded_json(tmp_path, cli):
    template = write_json(
        tmp_path,
        "t.json",
        rows(
            [
                group("greeting", weight=2),
                q("yes_no", "greeted"),
                q("scale5", "courtesy"),
                END,
                group("sales"),
                q("yes_no", "a"),
                q("yes_no", "b"),
                q("yes_no", "c"),
                END,
            ]
        ),
    )
    answers = write_json(
        tmp_path, "a.json", {"greeted": "yes", "courtesy": 4, "a": "yes", "b": "no", "c": "na"}
    )
    code, out, err = cli("audits", "score", "--template", str(template), "--answers", str(answers), "--json")
    assert code == 0, err
    assert json.loads(out) == {"score": (2 * 87.5 + 50) / 3, "sections": {"greeting": 87.5, "sales": 50.0}}


def test_score_from_the_shipped_spreadsheet_with_a_critical_failure(tmp_path, cli):
    t = xlsform.load(SHOWROOM)
    perfect = {q.name: "yes" for q in t.questions if q.type == "yes_no"}
    answers = write_json(tmp_path, "a.json", {**perfect, "no_extra_charge": "no", "showroom_clean": 3})
    code, out, _ = cli("audits", "score", "--template", str(SHOWROOM), "--answers", str(answers), "--json")
    result = json.loads(out)
    assert code == 0
    assert result["score"] == 40
    # parking 1 + sign 1 + price tags 2 (yes) + showroom cleanliness 3 of 5 (0.5 of 1); the rest unanswered
    assert result["sections"]["arrival"] == 100 * (1 + 1 + 2 + 0.5) / 5
    assert "main" not in result["sections"]  # nothing scored outside the groups: left out


def test_score_without_json_rounds_for_people(tmp_path, cli):
    template = write_json(tmp_path, "t.json", rows([q("yes_no", "a"), q("yes_no", "b"), q("yes_no", "c")]))
    answers = write_json(tmp_path, "a.json", {"a": "yes", "b": "no", "c": "no"})
    code, out, _ = cli("audits", "score", "--template", str(template), "--answers", str(answers))
    assert code == 0
    assert "score: 33.3\n" in out
    assert "main: 33.3" in out
    code, out, _ = cli("audits", "score", "--template", str(template), "--answers", str(answers), "--json")
    assert json.loads(out)["score"] == 100 / 3


def test_missing_answers_are_unanswered_and_warned_about(tmp_path, cli):
    template = write_json(tmp_path, "t.json", rows(VISIT_SURVEY))
    answers = write_json(tmp_path, "a.json", {"greeted": "no", "test_drive": "yes"})
    code, out, err = cli("audits", "score", "--template", str(template), "--answers", str(answers), "--json")
    assert code == 0
    assert json.loads(out) == {"score": 100 / 3, "sections": {"greeting": 0.0, "sales": 100.0}}
    assert "warning: arrived: unanswered" in err


@pytest.mark.parametrize(
    ("answers", "says"),
    [
        ({"greeted": "maybe"}, "'greeted'"),
        ({"courtesy": 7}, "1 to 5"),
        ({"documents": "nonsense"}, "not one of the choices"),
    ],
)
def test_bad_answers_are_refused_with_a_reason(tmp_path, answers, says, cli):
    template = write_json(tmp_path, "t.json", rows(VISIT_SURVEY))
    path = write_json(tmp_path, "a.json", answers)
    code, out, err = cli("audits", "score", "--template", str(template), "--answers", str(path))
    assert code == 2
    assert out == ""
    assert says in err


def test_an_unknown_question_name_is_warned_about_and_the_rest_scored(tmp_path, cli):
    template = write_json(tmp_path, "t.json", rows([q("yes_no", "a"), q("yes_no", "b")]))
    answers = write_json(tmp_path, "a.json", {"a": "yes", "b": "no", "renamed_later": "yes"})
    code, out, err = cli("audits", "score", "--template", str(template), "--answers", str(answers), "--json")
    assert code == 0, err
    assert json.loads(out) == {"score": 50.0, "sections": {"main": 50.0}}
    assert "warning: This template has no question named “renamed_later”. Its answer is ignored." in err


def test_a_weight_or_critical_on_an_unscored_question_is_a_warning(tmp_path, cli):
    template = write_json(
        tmp_path,
        "t.json",
        rows([q("yes_no", "a"), q("text", "note", weight=3), q("integer", "n", critical="yes")]),
    )
    answers = write_json(tmp_path, "a.json", {"a": "yes", "note": "خوب", "n": 0})
    code, out, err = cli("audits", "score", "--template", str(template), "--answers", str(answers), "--json")
    assert code == 0, err
    assert json.loads(out) == {"score": 100.0, "sections": {"main": 100.0}}
    assert "warning: Sheet survey, row 2, column weight: A question of type text is never scored" in err
    assert "warning: Sheet survey, row 3, column critical: A question of type integer" in err


def test_a_bad_template_is_refused_with_row_and_reason(tmp_path, cli):
    template = write_json(
        tmp_path, "t.json", rows([q("yes_no", "a"), q("yes_no", "b", relevant="${zz} = 'yes'")])
    )
    answers = write_json(tmp_path, "a.json", {})
    code, _, err = cli("audits", "score", "--template", str(template), "--answers", str(answers))
    assert code == 2
    assert "Sheet survey, row 2, column relevant: The expression names “zz”" in err


def test_answers_that_are_not_an_object_are_refused(tmp_path, cli):
    template = write_json(tmp_path, "t.json", rows(VISIT_SURVEY))
    answers = write_json(tmp_path, "a.json", ["yes"])
    code, _, err = cli("audits", "score", "--template", str(template), "--answers", str(answers))
    assert code == 2
    assert "JSON object" in err


# -- templates ----------------------------------------------------------------------------------


def test_import_list_export_round_trip(hq_db, tmp_path, cli):
    code, out, _ = cli("--db", str(hq_db), "audits", "template", "import", str(SHOWROOM))
    assert code == 0
    assert out.startswith("imported sales_showroom@1 (44 questions")
    code, out, _ = cli("--db", str(hq_db), "audits", "template", "import", str(SHOWROOM), "--json")
    assert json.loads(out)["created"] is False
    for suffix in ("xlsx", "json"):
        target = tmp_path / f"out.{suffix}"
        code, _, err = cli("--db", str(hq_db), "audits", "template", "export", "sales_showroom", str(target))
        assert code == 0, err
        assert xlsform.load(target).content_hash() == xlsform.load(SHOWROOM).content_hash()
    code, out, _ = cli("--db", str(hq_db), "audits", "template", "list", "--json")
    assert [(t["id"], t["latest"]) for t in json.loads(out)] == [("sales_showroom@1", True)]


def test_importing_an_edited_template_makes_a_new_version(hq_db, tmp_path, cli):
    cli("--db", str(hq_db), "audits", "template", "import", str(SHOWROOM))
    edited = xlsform.load(SHOWROOM)
    data = json.loads(xlsform.to_json(edited))
    data["survey"][0]["label::en"] = "Time you walked in"
    path = write_json(tmp_path, "edited.json", data)
    code, out, _ = cli("--db", str(hq_db), "audits", "template", "import", str(path))
    assert code == 0
    assert out.startswith("imported sales_showroom@2")
    code, out, _ = cli("--db", str(hq_db), "audits", "template", "list")
    assert "sales_showroom@2 (newest)" in out
    assert "sales_showroom@1\t" in out


def test_a_weight_on_a_text_question_is_imported_with_a_warning(hq_db, tmp_path, cli):
    path = write_json(tmp_path, "t.json", rows([q("yes_no", "a"), q("text", "t", weight=3)]))
    code, out, err = cli("--db", str(hq_db), "audits", "template", "import", str(path), "--json")
    assert code == 0, err
    info = json.loads(out)
    assert info["created"] is True
    assert info["warnings"] == [
        "Sheet survey, row 2, column weight: A question of type text is never scored: its weight is ignored."
    ]
    assert "warning: Sheet survey, row 2, column weight" in err


def test_a_bad_template_file_is_not_imported(hq_db, tmp_path, cli):
    path = write_json(tmp_path, "bad.json", rows([q("yes_no", "t", weight=-3), q("nonsense", "n")]))
    code, out, err = cli("--db", str(hq_db), "audits", "template", "import", str(path))
    assert code == 2
    assert "refused: 2 problems" in err
    assert "Sheet survey, row 1, column weight" in err
    assert "Sheet survey, row 2, column type: Unknown question type “nonsense”" in err
    code, out, _ = cli("--db", str(hq_db), "audits", "template", "list", "--json")
    assert json.loads(out) == []


def test_exporting_an_unknown_template(hq_db, tmp_path, cli):
    code, _, err = cli("--db", str(hq_db), "audits", "template", "export", "nope", str(tmp_path / "x.xlsx"))
    assert code == 2
    assert "Not found" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_missing_file(hq_db, tmp_path, cli):
    code, _, err = cli("--db", str(hq_db), "audits", "template", "import", str(tmp_path / "none.xlsx"))
    assert code == 2
    assert "cannot read" in err
