"""Templates from XLSForm spreadsheets and JSON: every bad template is refused with its row."""

import io
import json

import pytest
from openpyxl import Workbook

from desktop.models.audits import template, xlsform
from desktop.models.audits.template import TemplateInvalid
from tests.models.audits.conftest import CHOICES, END, VISIT_SURVEY, group, make, q, rows

SETTINGS = {"form_id": "t", "title::fa": "الف", "title::en": "A", "scenario": "ask the price"}


def sheet_bytes(survey, choices=None, settings=None, *, sheets=("survey", "choices", "settings")):
    """A spreadsheet as an author would make it: header row, then rows."""
    book = Workbook()
    book.remove(book.active)
    data = {
        "survey": survey,
        "choices": CHOICES if choices is None else choices,
        "settings": [SETTINGS if settings is None else settings],
    }
    for name in sheets:
        ws = book.create_sheet(name)
        required = xlsform.REQUIRED_COLUMNS[name]
        columns = list(dict.fromkeys([*required, *(k for r in data[name] for k in r)]))
        ws.append(columns)
        for r in data[name]:
            ws.append([r.get(c) for c in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def problems(survey, **kw):
    with pytest.raises(TemplateInvalid) as err:
        xlsform.read_xlsx(sheet_bytes(survey, **kw))
    return [(p.sheet, p.row, p.column, p.code) for p in err.value.problems]


def test_a_good_spreadsheet_reads_every_part():
    t = xlsform.read_xlsx(sheet_bytes(VISIT_SURVEY))
    assert t.form_id == "t"
    assert [s.name for s in t.sections] == ["main", "greeting", "sales"]
    assert t.section("greeting").weight == 2
    assert t.question("wait").constraint.text == ". >= 0 and . <= 240"
    assert t.question("wait").constraint_message.en == "0 to 240 minutes"
    assert t.question("courtesy").relevant.refs == ("greeted",)
    assert t.question("extra_charge_free").critical_scope == "audit"
    assert t.question("extra_charge_free").critical_cap == 40
    assert t.question("test_drive_speed").choice("unasked").points is None
    assert t.question("documents").choice("price").points == 0.5
    assert t.question("greeted").label.fa == "پرسش greeted"
    assert t.scenario.fa == t.scenario.en == "ask the price"  # plain column fills both


@pytest.mark.parametrize(
    ("survey", "expected"),
    [
        ([q("yes_no", "a"), q("multiple_choice", "b")], ("survey", 3, "type", "unknown_type")),
        ([q("select_one", "a")], ("survey", 2, "type", "bad_select")),
        ([q("select_one nolist", "a")], ("survey", 2, "type", "unknown_list")),
        ([q("yes_no", "a"), q("yes_no", "a")], ("survey", 3, "name", "duplicate_name")),
        ([q("yes_no", "2nd")], ("survey", 2, "name", "bad_name")),
        ([{"type": "yes_no", "label::fa": "ب", "label::en": "b"}], ("survey", 2, "name", "missing_value")),
        ([q("yes_no", "a", **{"label::en": None})], ("survey", 2, "label::en", "missing_value")),
        ([q("yes_no", "a", required="maybe")], ("survey", 2, "required", "bad_flag")),
        ([q("yes_no", "a", weight="heavy")], ("survey", 2, "weight", "bad_number")),
        ([q("yes_no", "a", weight=-1)], ("survey", 2, "weight", "below_minimum")),
        ([q("yes_no", "a", critical_cap=50)], ("survey", 2, "critical_cap", "needs_critical")),
        ([q("yes_no", "a", critical="yes", critical_cap=150)], ("survey", 2, "critical_cap", "out_of_range")),
        (
            [q("yes_no", "a", critical="yes", critical_scope="dealer")],
            ("survey", 2, "critical_scope", "bad_scope"),
        ),
        ([q("yes_no", "a", relevant="${a} = 'yes")], ("survey", 2, "relevant", "expression_syntax")),
        ([q("yes_no", "a", relevant="${zzz} = 'yes'")], ("survey", 2, "relevant", "unknown_question")),
        (
            [q("yes_no", "a", relevant="${b} = 'yes'"), q("yes_no", "b")],
            ("survey", 2, "relevant", "later_question"),
        ),
        ([q("yes_no", "a", relevant=". = 'yes'")], ("survey", 2, "relevant", "current_in_relevant")),
        ([q("integer", "a", constraint="between(., 1, 2)")], ("survey", 2, "constraint", "unknown_function")),
        ([q("text", "a", constraint="regex(., '[0-')")], ("survey", 2, "constraint", "bad_pattern")),
        ([group("g"), q("yes_no", "a")], ("survey", 2, "type", "unclosed_group")),
        ([q("yes_no", "a"), END], ("survey", 3, "type", "stray_end_group")),
        ([group("g"), END, q("yes_no", "a")], ("survey", 2, "name", "empty_group")),
        ([group("g"), group("h"), q("yes_no", "a"), END, END], ("survey", 3, "type", "nested_group")),
        ([group("g", critical="yes"), q("yes_no", "a"), END], ("survey", 2, "critical", "not_for_group")),
        ([q("yes_no", "a"), group("main"), q("yes_no", "b"), END], ("survey", 3, "name", "duplicate_name")),
        ([], ("survey", 0, "", "no_questions")),
    ],
)
def test_bad_survey_rows_are_refused_with_row_column_and_reason(survey, expected):
    assert expected in problems(survey)


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (
            [{"list_name": "l", "name": "a", "label": "A", "points": 2}],
            ("choices", 2, "points", "out_of_range"),
        ),
        (
            [{"list_name": "l", "name": "a", "label": "A", "points": "x"}],
            ("choices", 2, "points", "bad_number"),
        ),
        (
            [{"list_name": "l", "name": "a", "label": "A"}, {"list_name": "l", "name": "a", "label": "B"}],
            ("choices", 3, "name", "duplicate_choice"),
        ),
        ([{"list_name": "l", "label": "A"}], ("choices", 2, "name", "missing_value")),
        ([{"name": "a", "label": "A"}], ("choices", 2, "list_name", "missing_value")),
    ],
)
def test_bad_choice_rows_are_refused(choices, expected):
    assert expected in problems([q("select_one l", "s")], choices=choices)


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({**SETTINGS, "form_id": None}, ("settings", 2, "form_id", "missing_value")),
        ({**SETTINGS, "form_id": "has space"}, ("settings", 2, "form_id", "bad_name")),
        ({**SETTINGS, "version": "v2"}, ("settings", 2, "version", "bad_version")),
        ({**SETTINGS, "title::en": None}, ("settings", 2, "title::en", "missing_value")),
        ({**SETTINGS, "scenario": None}, ("settings", 2, "scenario::fa", "missing_value")),
    ],
)
def test_bad_settings_are_refused(settings, expected):
    assert expected in problems([q("yes_no", "a")], settings=settings)


def test_every_problem_is_reported_at_once():
    found = problems([q("yes_no", "a", weight="x"), q("nonsense", "b"), q("yes_no", "a")])
    assert [(row, code) for _, row, _, code in found] == [
        (2, "bad_number"),
        (3, "unknown_type"),
        (4, "duplicate_name"),
    ]


def test_missing_sheets_and_columns():
    assert problems([q("yes_no", "a")], sheets=("survey", "choices")) == [
        ("settings", 0, "", "missing_sheet")
    ]
    book = Workbook()
    book.active.title = "survey"
    book.active.append(["type", "label"])
    book.active.append(["yes_no", "x"])
    book.create_sheet("settings").append(["form_id"])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(TemplateInvalid) as err:
        xlsform.read_xlsx(out.getvalue())
    assert [(p.sheet, p.row, p.column, p.code) for p in err.value.problems] == [
        ("survey", 1, "name", "missing_column")
    ]


def test_not_a_spreadsheet():
    with pytest.raises(TemplateInvalid) as err:
        xlsform.read_xlsx(b"this is not a spreadsheet")
    assert err.value.problems[0].code == "unreadable_file"


def test_json_problems_name_the_item():
    with pytest.raises(TemplateInvalid) as err:
        template.from_rows(rows([q("yes_no", "a"), q("yes_no", "b", relevant="${a} = ")]))
    assert [(p.sheet, p.row, p.column, p.code) for p in err.value.problems] == [
        ("survey", 2, "relevant", "expression_syntax")
    ]
    with pytest.raises(TemplateInvalid) as err:
        xlsform.read_json(b'{"survey": [')
    assert err.value.problems[0].code == "unreadable_file"
    with pytest.raises(TemplateInvalid) as err:
        template.from_rows({"settings": {}, "survey": "nope"})
    assert err.value.problems[0].code == "missing_sheet"


def test_xlsform_spellings_are_understood():
    survey = [
        {"type": "begin group", "name": "g", "label::Persian (fa)": "بخش", "label::English (en)": "Section"},
        {
            "type": "yes_no",
            "name": "a",
            "Label::Persian (fa)": "پرسش",
            "label::English (en)": "Q",
            "required": "TRUE",
        },
        {"type": "end group"},
    ]
    t = xlsform.read_xlsx(sheet_bytes(survey))
    assert t.section("g").label.en == "Section"
    assert t.question("a").label.fa == "پرسش"
    assert t.question("a").required


@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_export_then_import_gives_the_same_template(visit_template, fmt):
    data = xlsform.to_xlsx(visit_template) if fmt == "xlsx" else xlsform.to_json(visit_template)
    again = xlsform.read_template(f"t.{fmt}", data)
    assert again == visit_template
    assert again.content_hash() == visit_template.content_hash()


def test_the_content_hash_ignores_the_version_but_not_the_content(visit_template):
    assert visit_template.with_version(7).content_hash() == visit_template.content_hash()
    changed = make([*VISIT_SURVEY[:-1], q("yes_no", "extra"), END])
    assert changed.content_hash() != visit_template.content_hash()


def test_exported_json_is_the_documented_rows_form(visit_template):
    data = json.loads(xlsform.to_json(visit_template))
    assert set(data) == {"settings", "survey", "choices"}
    assert data["survey"][0]["type"] == "time"
    assert data["survey"][1] == {
        "type": "begin_group",
        "name": "greeting",
        "label::fa": "بخش greeting",
        "label::en": "Section greeting",
        "relevant": "",
        "weight": 2,
    }


def _read(kind: str, survey):
    return xlsform.read_xlsx(sheet_bytes(survey)) if kind == "xlsx" else make(survey)


@pytest.mark.parametrize("kind", ["xlsx", "json"])
def test_a_weight_or_critical_on_an_unscored_question_is_ignored_with_a_warning(kind):
    survey = [
        q("yes_no", "a", weight=2),
        q("text", "note", weight=3),
        q("integer", "n", critical="yes", critical_cap=20, critical_scope="audit"),
    ]
    t = _read(kind, survey)
    first = 2 if kind == "xlsx" else 1  # a spreadsheet's first row is its header
    assert [(w.sheet, w.row, w.column, w.code) for w in t.warnings] == [
        ("survey", first + 1, "weight", "weight_ignored"),
        ("survey", first + 2, "critical", "critical_ignored"),
    ]
    note, n = t.question("note"), t.question("n")
    assert (note.weight, n.critical, n.critical_cap, n.critical_scope) == (1.0, False, 0.0, "section")
    assert t.question("a").weight == 2
    # Ignored means gone: the stored rows and the hash are those of the form without them.
    plain = _read(kind, [q("yes_no", "a", weight=2), q("text", "note"), q("integer", "n")])
    assert t.content_hash() == plain.content_hash()
    assert plain.warnings == ()
    assert t.with_version(5).warnings == t.warnings
