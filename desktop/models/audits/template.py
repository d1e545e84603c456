"""Audit templates: sections with weights, questions of every kind, choice lists.

A template is read from XLSForm-style rows (sheets ``survey``, ``choices``, ``settings``),
whether they come from a spreadsheet or from JSON, by one parser that checks everything
and refuses a bad template with every problem's sheet, row and reason. The same rows,
normalised, are the template's stored and exported form and what its content hash
covers, so exporting and re-importing a template gives the same template.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.models.audits import expr
from desktop.models.errors import ValidationError
from desktop.models.text import normalize

QUESTION_TYPES = (
    "yes_no",
    "scale5",
    "select_one",
    "select_multiple",
    "integer",
    "decimal",
    "text",
    "time",
    "duration",
    "image",
    "file",
)
SCORED_TYPES = frozenset({"yes_no", "scale5", "select_one", "select_multiple"})
SELECT_TYPES = frozenset({"select_one", "select_multiple"})
EVIDENCE_TYPES = frozenset({"image", "file"})
MAIN_SECTION = "main"
SCOPES = ("section", "audit")

SURVEY_COLUMNS = (
    "type",
    "name",
    "label::fa",
    "label::en",
    "hint::fa",
    "hint::en",
    "required",
    "relevant",
    "constraint",
    "constraint_message::fa",
    "constraint_message::en",
    "weight",
    "critical",
    "critical_cap",
    "critical_scope",
)
CHOICE_COLUMNS = ("list_name", "name", "label::fa", "label::en", "points")
SETTINGS_COLUMNS = ("form_id", "version", "title::fa", "title::en", "scenario::fa", "scenario::en")

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_TRUE = {"yes", "true", "1", "true()", "y"}
_FALSE = {"no", "false", "0", "false()", "n", ""}


# -- problems -------------------------------------------------------------------------


class TemplateProblem(ValidationError):
    """One fault of a template: ``sheet``, ``row`` (0: the sheet as a whole), ``column``."""

    def __init__(self, code: str, *, sheet: str, row: int = 0, column: str = "", **params: Any) -> None:
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__("", code, sheet=sheet, row=row, column=column, **params)


class TemplateInvalid(ValidationError):
    """A refused template; :attr:`problems` lists every fault found, in sheet order."""

    def __init__(self, problems: Sequence[TemplateProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("template", "template_invalid", count=len(self.problems))


# -- the template ---------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A text in Persian and English."""

    fa: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        return (self.en or self.fa) if lang == "en" else (self.fa or self.en)


@dataclass(frozen=True)
class Choice:
    name: str
    label: Text
    points: float | None = None  # None: choosing it makes the question not applicable


@dataclass(frozen=True)
class Question:
    name: str
    type: str
    label: Text
    section: str
    hint: Text = Text()
    required: bool = False
    relevant: expr.Expression | None = None
    constraint: expr.Expression | None = None
    constraint_message: Text = Text()
    weight: float = 1.0
    critical: bool = False
    critical_cap: float = 0.0
    critical_scope: str = "section"
    list_name: str = ""
    choices: tuple[Choice, ...] = ()

    @property
    def scored(self) -> bool:
        return self.type in SCORED_TYPES

    def choice(self, name: str) -> Choice | None:
        for choice in self.choices:
            if choice.name == name:
                return choice
        return None


@dataclass(frozen=True)
class Section:
    name: str
    label: Text
    weight: float = 1.0
    relevant: expr.Expression | None = None
    questions: tuple[str, ...] = ()
    grouped: bool = True  # False for the implicit section ``main``


@dataclass(frozen=True)
class Template:
    """A template version. Questions are in survey order; sections in order of appearance."""

    form_id: str
    version: int
    title: Text
    scenario: Text
    questions: tuple[Question, ...]
    sections: tuple[Section, ...]
    lists: tuple[tuple[str, tuple[Choice, ...]], ...] = ()
    _by_name: dict[str, Question] = field(default_factory=dict, compare=False, repr=False)
    # What the file said that was ignored (a weight on a text question): shown at import,
    # neither stored nor hashed.
    warnings: tuple[TemplateProblem, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({q.name: q for q in self.questions})

    @property
    def id(self) -> str:
        return template_id(self.form_id, self.version)

    def question(self, name: str) -> Question:
        return self._by_name[name]

    def has_question(self, name: str) -> bool:
        return name in self._by_name

    def section(self, name: str) -> Section:
        for section in self.sections:
            if section.name == name:
                return section
        raise KeyError(name)

    def with_version(self, version: int) -> Template:
        return Template(
            self.form_id,
            version,
            self.title,
            self.scenario,
            self.questions,
            self.sections,
            self.lists,
            warnings=self.warnings,
        )

    def to_rows(self) -> dict[str, Any]:
        """The normalised XLSForm rows: the stored, exported and hashed form."""
        return to_rows(self)

    def content_hash(self) -> str:
        """SHA-256 of the normalised rows without the version: equal content, equal hash."""
        rows = self.to_rows()
        rows["settings"] = {k: v for k, v in rows["settings"].items() if k != "version"}
        text = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def template_id(form_id: str, version: int) -> str:
    return f"{form_id}@{version}"


def split_template_id(value: str) -> tuple[str, int | None]:
    """``form@3`` -> ("form", 3); ``form`` -> ("form", None) meaning the newest version."""
    form, sep, version = value.strip().partition("@")
    if sep and version.isdigit():
        return form, int(version)
    return form, None


# -- reading rows ---------------------------------------------------------------------

Row = tuple[int, Mapping[str, Any]]


def column_name(header: Any) -> str:
    """A header cell as a column key: lower case; ``label::Persian (fa)`` -> ``label::fa``."""
    name = str(header or "").strip().lower()
    match = re.match(r"^([\w]+)::.*\((\w+)\)\s*$", name)
    if match:
        return f"{match.group(1)}::{match.group(2)}"
    return re.sub(r"\s*::\s*", "::", name)


def _cell(row: Mapping[str, Any], column: str) -> str:
    value = row.get(column)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return normalize(str(value)) if isinstance(value, str) else str(value)


def _text(row: Mapping[str, Any], column: str) -> Text:
    plain = _cell(row, column)
    return Text(_cell(row, f"{column}::fa") or plain, _cell(row, f"{column}::en") or plain)


class _Reader:
    """Collects problems while turning rows into a template."""

    def __init__(self) -> None:
        self.problems: list[TemplateProblem] = []
        self.warnings: list[TemplateProblem] = []
        self.all_names: set[str] = set()

    def fault(self, code: str, sheet: str, row: int = 0, column: str = "", **params: Any) -> None:
        self.problems.append(TemplateProblem(code, sheet=sheet, row=row, column=column, **params))

    def warn(self, code: str, sheet: str, row: int = 0, column: str = "", **params: Any) -> None:
        """Something the template says that is ignored; the template is still accepted."""
        self.warnings.append(TemplateProblem(code, sheet=sheet, row=row, column=column, **params))

    def flag(self, row: Mapping[str, Any], column: str, where: tuple[str, int]) -> bool:
        value = _cell(row, column).lower()
        if value in _TRUE:
            return True
        if value not in _FALSE:
            self.fault("bad_flag", *where, column=column, value=value)
        return False

    def number(
        self,
        row: Mapping[str, Any],
        column: str,
        where: tuple[str, int],
        *,
        default: float,
        low: float,
        high: float | None = None,
    ) -> float:
        raw = row.get(column)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return default
        try:
            value = float(str(raw).strip().replace("٫", ".")) if not isinstance(raw, (int, float)) else raw
        except ValueError:
            self.fault("bad_number", *where, column=column, value=str(raw))
            return default
        if isinstance(value, bool) or math.isnan(value) or value < low or (high is not None and value > high):
            if high is None:
                self.fault("below_minimum", *where, column=column, value=str(raw), minimum=_number_out(low))
            else:
                self.fault(
                    "out_of_range",
                    *where,
                    column=column,
                    value=str(raw),
                    minimum=_number_out(low),
                    maximum=_number_out(high),
                )
            return default
        return float(value)


def parse_rows(
    settings: Sequence[Row],
    survey: Sequence[Row],
    choices: Sequence[Row],
    *,
    version: int | None = None,
) -> Template:
    """Build a template from XLSForm rows ``(row number, {column: value})``.

    Raises:
        TemplateInvalid: with every problem found (sheet, row, column, code).
    """
    reader = _Reader()
    lists = _read_choices(reader, choices)
    form_id, given_version, title, scenario = _read_settings(reader, settings)
    questions, sections = _read_survey(reader, survey, lists)
    if reader.problems:
        raise TemplateInvalid(reader.problems)
    return Template(
        form_id=form_id,
        version=version if version is not None else (given_version or 1),
        title=title,
        scenario=scenario,
        questions=tuple(questions),
        sections=tuple(sections),
        lists=tuple((name, tuple(items)) for name, items in lists.items()),
        warnings=tuple(reader.warnings),
    )


def given_version(settings: Sequence[Row]) -> int | None:
    """The version a settings sheet asks for, or None when blank or not a whole number."""
    if not settings:
        return None
    value = _cell(settings[0][1], "version")
    return int(value) if value.isdigit() and int(value) > 0 else None


def _read_settings(reader: _Reader, rows: Sequence[Row]) -> tuple[str, int | None, Text, Text]:
    if not rows:
        reader.fault("missing_value", "settings", 2, column="form_id")
        return "", None, Text(), Text()
    number, row = rows[0]
    where = ("settings", number)
    form_id = _cell(row, "form_id") or _cell(row, "id_string")
    if not form_id:
        reader.fault("missing_value", *where, column="form_id")
    elif not _NAME.match(form_id) or len(form_id) > 64:
        reader.fault("bad_name", *where, column="form_id", value=form_id)
    version_text = _cell(row, "version")
    version = None
    if version_text:
        if not version_text.isdigit() or int(version_text) < 1:
            reader.fault("bad_version", *where, column="version", value=version_text)
        else:
            version = int(version_text)
    title = _text(row, "title")
    if not title.fa and not title.en:
        title = _text(row, "form_title")
    for lang, value in (("fa", title.fa), ("en", title.en)):
        if not value:
            reader.fault("missing_value", *where, column=f"title::{lang}")
    scenario = _text(row, "scenario")
    for lang, value in (("fa", scenario.fa), ("en", scenario.en)):
        if not value:
            reader.fault("missing_value", *where, column=f"scenario::{lang}")
    return form_id, version, title, scenario


def _read_choices(reader: _Reader, rows: Sequence[Row]) -> dict[str, list[Choice]]:
    lists: dict[str, list[Choice]] = {}
    for number, row in rows:
        where = ("choices", number)
        list_name = _cell(row, "list_name")
        name = _cell(row, "name")
        if not list_name and not name:
            continue
        if not list_name:
            reader.fault("missing_value", *where, column="list_name")
            continue
        if not name:
            reader.fault("missing_value", *where, column="name")
            continue
        if not re.match(r"^[\w.-]+$", name):
            reader.fault("bad_name", *where, column="name", value=name)
            continue
        items = lists.setdefault(list_name, [])
        if any(c.name == name for c in items):
            reader.fault("duplicate_choice", *where, column="name", value=name, list=list_name)
            continue
        label = _text(row, "label")
        for lang, value in (("fa", label.fa), ("en", label.en)):
            if not value:
                reader.fault("missing_value", *where, column=f"label::{lang}")
        points: float | None = None
        if _cell(row, "points"):
            points = reader.number(row, "points", where, default=0.0, low=0.0, high=1.0)
        items.append(Choice(name, label, points))
    return lists


def _question_type(reader: _Reader, raw: str, where: tuple[str, int]) -> tuple[str, str]:
    """(kind, list name): kind is a question type, ``begin_group`` or ``end_group``."""
    words = raw.replace("begin group", "begin_group").replace("end group", "end_group").split()
    if not words:
        reader.fault("missing_value", *where, column="type")
        return "", ""
    kind = words[0].lower()
    if kind in ("begin_group", "end_group") and len(words) == 1:
        return kind, ""
    if kind in SELECT_TYPES:
        if len(words) != 2:
            reader.fault("bad_select", *where, column="type", value=raw)
            return "", ""
        return kind, words[1]
    if kind in QUESTION_TYPES and len(words) == 1:
        return kind, ""
    reader.fault("unknown_type", *where, column="type", value=raw)
    return "", ""


def _expression(
    reader: _Reader,
    text: str,
    column: str,
    where: tuple[str, int],
    earlier: Mapping[str, int],
    own: str | None,
) -> expr.Expression | None:
    """Parse a relevance or constraint; names must be questions above (or ``own``)."""
    if not text:
        return None
    try:
        parsed = expr.parse(text)
        expr.check_patterns(parsed)
    except expr.ExpressionError as exc:
        code = exc.code if exc.code in ("unknown_function", "bad_pattern") else "expression_syntax"
        reader.fault(
            code, *where, column=column, position=exc.position + 1, text=text, problem=exc.code, **exc.params
        )
        return None
    if parsed.uses_current and column == "relevant":
        reader.fault("current_in_relevant", *where, column=column, text=text)
    for name in parsed.refs:
        if name != own and name not in earlier:
            code = "later_question" if name in reader.all_names else "unknown_question"
            reader.fault(code, *where, column=column, name=name)
    return parsed


def _read_survey(
    reader: _Reader, rows: Sequence[Row], lists: Mapping[str, list[Choice]]
) -> tuple[list[Question], list[Section]]:
    reader.all_names = {_cell(r, "name") for _, r in rows if _cell(r, "name")}
    questions: list[Question] = []
    sections: dict[str, Section] = {}
    members: dict[str, list[str]] = {}
    earlier: dict[str, int] = {}  # question name -> row
    names: dict[str, int] = {}  # every name (questions and groups) -> row
    group: tuple[Section, int] | None = None
    for number, row in rows:
        where = ("survey", number)
        raw_type = _cell(row, "type")
        if not raw_type and not _cell(row, "name"):
            continue
        kind, list_name = _question_type(reader, raw_type, where)
        if kind == "end_group":
            if group is None:
                reader.fault("stray_end_group", *where, column="type")
            else:
                if not members.get(group[0].name):
                    reader.fault("empty_group", "survey", group[1], column="name", value=group[0].name)
                group = None
            continue
        name = _cell(row, "name")
        if not name:
            reader.fault("missing_value", *where, column="name")
            continue
        if not _NAME.match(name):
            reader.fault("bad_name", *where, column="name", value=name)
            continue
        clash = name in names or (kind == "begin_group" and name in sections)
        if clash:
            reader.fault("duplicate_name", *where, column="name", value=name, first_row=names.get(name, 0))
            continue
        names[name] = number
        label = _text(row, "label")
        for lang, value in (("fa", label.fa), ("en", label.en)):
            if not value:
                reader.fault("missing_value", *where, column=f"label::{lang}")
        if kind == "begin_group":
            if group is not None:
                reader.fault("nested_group", *where, column="type", value=name, outer=group[0].name)
                continue
            for column in ("constraint", "critical", "critical_cap", "critical_scope", "required"):
                if _cell(row, column).lower() not in _FALSE:
                    reader.fault("not_for_group", *where, column=column)
            section = Section(
                name=name,
                label=label,
                weight=reader.number(row, "weight", where, default=1.0, low=0.0),
                relevant=_expression(reader, _cell(row, "relevant"), "relevant", where, earlier, None),
            )
            sections[name] = section
            members[name] = []
            group = (section, number)
            continue
        if not kind:
            continue
        if group is None:
            if MAIN_SECTION in sections and sections[MAIN_SECTION].grouped:
                # A group named "main" and questions outside any group cannot both be "main".
                reader.fault("duplicate_name", *where, column="name", value=MAIN_SECTION)
                continue
            if MAIN_SECTION not in sections:
                sections[MAIN_SECTION] = Section(MAIN_SECTION, Text(), grouped=False)
                members[MAIN_SECTION] = []
        section_name = group[0].name if group else MAIN_SECTION
        questions.append(
            _read_question(reader, row, where, kind, list_name, name, label, section_name, lists, earlier)
        )
        members[section_name].append(name)
        earlier[name] = number
    if group is not None:
        reader.fault("unclosed_group", "survey", group[1], column="type", value=group[0].name)
    if not questions and not reader.problems:
        reader.fault("no_questions", "survey")
    result = [
        Section(s.name, s.label, s.weight, s.relevant, tuple(members[s.name]), s.grouped)
        for s in sections.values()
        if members[s.name]
    ]
    return questions, result


def _read_question(
    reader: _Reader,
    row: Mapping[str, Any],
    where: tuple[str, int],
    kind: str,
    list_name: str,
    name: str,
    label: Text,
    section: str,
    lists: Mapping[str, list[Choice]],
    earlier: Mapping[str, int],
) -> Question:
    choices: tuple[Choice, ...] = ()
    if kind in SELECT_TYPES:
        if not lists.get(list_name):
            reader.fault("unknown_list", *where, column="type", value=list_name)
        else:
            choices = tuple(lists[list_name])
    scored = kind in SCORED_TYPES
    # A text, number, time or evidence question is never scored: a weight or a critical
    # flag on one is ignored with a warning (forms made elsewhere often fill the column).
    if _cell(row, "weight") and not scored:
        reader.warn("weight_ignored", *where, column="weight", type=kind)
    critical = reader.flag(row, "critical", where)
    if critical and not scored:
        reader.warn("critical_ignored", *where, column="critical", type=kind)
    for column in ("critical_cap", "critical_scope"):
        if _cell(row, column) and not critical:
            reader.fault("needs_critical", *where, column=column)
    critical = critical and scored
    scope = _cell(row, "critical_scope").lower() or "section"
    if scope not in SCOPES:
        reader.fault("bad_scope", *where, column="critical_scope", value=scope)
        scope = "section"
    return Question(
        name=name,
        type=kind,
        label=label,
        section=section,
        hint=_text(row, "hint"),
        required=reader.flag(row, "required", where),
        relevant=_expression(reader, _cell(row, "relevant"), "relevant", where, earlier, None),
        constraint=_expression(reader, _cell(row, "constraint"), "constraint", where, earlier, name),
        constraint_message=_text(row, "constraint_message"),
        weight=reader.number(row, "weight", where, default=1.0, low=0.0) if scored else 1.0,
        critical=critical,
        critical_cap=reader.number(row, "critical_cap", where, default=0.0, low=0.0, high=100.0)
        if critical
        else 0.0,
        critical_scope=scope if critical else "section",
        list_name=list_name,
        choices=choices,
    )


# -- writing rows ---------------------------------------------------------------------


def _number_out(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def to_rows(template: Template) -> dict[str, Any]:
    settings = {
        "form_id": template.form_id,
        "version": str(template.version),
        "title::fa": template.title.fa,
        "title::en": template.title.en,
        "scenario::fa": template.scenario.fa,
        "scenario::en": template.scenario.en,
    }
    survey: list[dict[str, Any]] = []
    open_group: str | None = None
    for question in template.questions:
        section = template.section(question.section)
        if open_group != (question.section if section.grouped else None):
            if open_group is not None:
                survey.append({"type": "end_group"})
                open_group = None
            if section.grouped:
                survey.append(_group_row(section))
                open_group = section.name
        survey.append(_question_row(question))
    if open_group is not None:
        survey.append({"type": "end_group"})
    choices = [
        {
            "list_name": list_name,
            "name": c.name,
            "label::fa": c.label.fa,
            "label::en": c.label.en,
            "points": "" if c.points is None else _number_out(c.points),
        }
        for list_name, items in template.lists
        for c in items
    ]
    return {"settings": settings, "survey": survey, "choices": choices}


def _group_row(section: Section) -> dict[str, Any]:
    return {
        "type": "begin_group",
        "name": section.name,
        "label::fa": section.label.fa,
        "label::en": section.label.en,
        "relevant": section.relevant.text if section.relevant else "",
        "weight": _number_out(section.weight),
    }


def _question_row(q: Question) -> dict[str, Any]:
    row: dict[str, Any] = {
        "type": f"{q.type} {q.list_name}" if q.type in SELECT_TYPES else q.type,
        "name": q.name,
        "label::fa": q.label.fa,
        "label::en": q.label.en,
        "hint::fa": q.hint.fa,
        "hint::en": q.hint.en,
        "required": "yes" if q.required else "",
        "relevant": q.relevant.text if q.relevant else "",
        "constraint": q.constraint.text if q.constraint else "",
        "constraint_message::fa": q.constraint_message.fa,
        "constraint_message::en": q.constraint_message.en,
        "weight": _number_out(q.weight) if q.scored else "",
        "critical": "yes" if q.critical else "",
        "critical_cap": _number_out(q.critical_cap) if q.critical else "",
        "critical_scope": q.critical_scope if q.critical else "",
    }
    return row


def from_rows(data: Mapping[str, Any], *, version: int | None = None) -> Template:
    """A template from its JSON rows form ``{"settings", "survey", "choices"}``.

    ``row`` in problems is the item's number in its list (the first item is 1).
    """
    problems: list[TemplateProblem] = []
    if not isinstance(data, Mapping):
        raise TemplateInvalid([TemplateProblem("not_a_template", sheet="")])
    sheets: dict[str, list[Row]] = {}
    for sheet in ("settings", "survey", "choices"):
        value = data.get(sheet, [] if sheet == "choices" else None)
        if isinstance(value, Mapping) and sheet == "settings":
            value = [value]
        if not isinstance(value, list) or not all(isinstance(r, Mapping) for r in value):
            problems.append(TemplateProblem("missing_sheet", sheet=sheet))
            continue
        sheets[sheet] = [(i, {column_name(k): v for k, v in r.items()}) for i, r in enumerate(value, 1)]
    if problems:
        raise TemplateInvalid(problems)
    return parse_rows(sheets["settings"], sheets["survey"], sheets["choices"], version=version)


def names(questions: Iterable[Question]) -> list[str]:
    return [q.name for q in questions]
