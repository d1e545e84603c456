"""Answers: their one stored form per question type, validation, skip logic, completeness.

Stored forms: yes_no ``"yes"``/``"no"``/``"na"``; scale5 an int 1..5; select_one a choice
name; select_multiple a list of choice names; integer an int; decimal a number; text a
string; time ``"HH:MM"``; duration minutes (a number); image and file a list of SHA-256
keys of stored blobs. ``None`` (or a missing name) is unanswered.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.models.audits import expr
from desktop.models.audits.template import Question, Template, Text
from desktop.models.errors import ValidationError
from desktop.models.text import normalize, to_ascii_digits

YES_NO = ("yes", "no", "na")
Answers = Mapping[str, Any]


def _number(question: Question, value: Any) -> float:
    if isinstance(value, bool):
        raise ValidationError(question.name, "answer_not_number")
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = to_ascii_digits(str(value)).strip().replace("٫", ".").replace("/", ".").replace(",", "")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(question.name, "answer_not_number") from None
    if math.isnan(number) or math.isinf(number):
        raise ValidationError(question.name, "answer_not_number")
    return number


def parse_time(value: str, field: str = "time") -> str:
    """A time of day typed as ``9:05``, ``09:05`` or ``۹:۰۵``, stored as ``"09:05"``."""
    match = re.fullmatch(r"\s*(\d{1,2})[:٫.](\d{2})\s*", to_ascii_digits(str(value)))
    if not match:
        raise ValidationError(field, "time_format")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        raise ValidationError(field, "time_format")
    return f"{hours:02d}:{minutes:02d}"


def parse_duration(value: Any, field: str = "duration") -> float:
    """A duration in minutes: ``12``, ``7.5`` or ``7:30`` (minutes and seconds)."""
    if isinstance(value, bool):
        raise ValidationError(field, "duration_format")
    if isinstance(value, (int, float)):
        minutes = float(value)
    else:
        text = to_ascii_digits(str(value)).strip().replace("٫", ".")
        match = re.fullmatch(r"(\d+):([0-5]\d)", text)
        try:
            minutes = int(match.group(1)) + int(match.group(2)) / 60 if match else float(text)
        except ValueError:
            raise ValidationError(field, "duration_format") from None
    if math.isnan(minutes) or math.isinf(minutes) or minutes < 0:
        raise ValidationError(field, "duration_format")
    return minutes


def normalise(question: Question, value: Any) -> Any:
    """The stored form of an answer to ``question``; ``None`` for unanswered.

    Raises:
        ValidationError: field is the question's name; code says what is wrong.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = question.type
    if kind == "yes_no":
        text = str(value).strip().lower()
        if text not in YES_NO:
            raise ValidationError(question.name, "answer_yes_no")
        return text
    if kind == "scale5":
        number = _number(question, value)
        if not number.is_integer() or not 1 <= number <= 5:
            raise ValidationError(question.name, "answer_scale")
        return int(number)
    if kind == "select_one":
        name = str(value).strip()
        if question.choice(name) is None:
            raise ValidationError(question.name, "answer_choice", value=name)
        return name
    if kind == "select_multiple":
        chosen = value.split() if isinstance(value, str) else value
        if not isinstance(chosen, (list, tuple)):
            raise ValidationError(question.name, "answer_choices")
        picked: list[str] = []
        for item in chosen:
            name = str(item).strip()
            if question.choice(name) is None:
                raise ValidationError(question.name, "answer_choice", value=name)
            if name not in picked:
                picked.append(name)
        order = [c.name for c in question.choices]
        return sorted(picked, key=order.index) or None
    if kind == "integer":
        number = _number(question, value)
        if not number.is_integer():
            raise ValidationError(question.name, "answer_not_integer")
        return int(number)
    if kind == "decimal":
        number = _number(question, value)
        return int(number) if number.is_integer() else number
    if kind == "text":
        lines = [normalize(line) for line in str(value).splitlines()]
        return "\n".join(lines).strip() or None
    if kind == "time":
        return parse_time(str(value), question.name)
    if kind == "duration":
        minutes = parse_duration(value, question.name)
        return int(minutes) if minutes.is_integer() else minutes
    # image, file: SHA-256 keys of stored blobs
    keys = [value] if isinstance(value, str) else value
    if not isinstance(keys, (list, tuple)) or not all(
        isinstance(k, str) and re.fullmatch(r"[0-9a-f]{64}", k) for k in keys
    ):
        raise ValidationError(question.name, "answer_evidence")
    return list(dict.fromkeys(keys)) or None


def normalise_all(template: Template, answers: Answers) -> dict[str, Any]:
    """Every answer in stored form; unknown question names are refused."""
    clean: dict[str, Any] = {}
    for name, value in answers.items():
        if not template.has_question(name):
            raise ValidationError(name, "unknown_question_name", name=name)
        stored = normalise(template.question(name), value)
        if stored is not None:
            clean[name] = stored
    return clean


def _expression_value(value: Any) -> expr.Value:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def relevance(template: Template, answers: Answers) -> dict[str, bool]:
    """Whether each question is shown, in survey order (skip logic).

    A question is irrelevant when its own condition or its section's is false; the
    answers of irrelevant questions read as empty in later conditions, as in ODK.
    """
    shown: dict[str, bool] = {}
    section_shown: dict[str, bool] = {}

    def lookup(name: str) -> expr.Value:
        if not shown.get(name, False):
            return None
        return _expression_value(answers.get(name))

    for question in template.questions:
        section = template.section(question.section)
        if section.name not in section_shown:
            section_shown[section.name] = section.relevant is None or expr.holds(section.relevant, lookup)
        visible = section_shown[section.name]
        if visible and question.relevant is not None:
            visible = expr.holds(question.relevant, lookup)
        shown[question.name] = visible
    return shown


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (str, list, tuple)):
        return len(value) > 0
    return True


@dataclass(frozen=True)
class Problem:
    """Why an audit cannot be finalised yet: a question and a code (required, constraint)."""

    question: str
    code: str
    message: Text = field(default_factory=Text)


def constraint_holds(template: Template, question: Question, answers: Answers, value: Any) -> bool:
    """Whether ``value`` meets the question's constraint, other answers as given."""
    if question.constraint is None or not is_answered(value):
        return True
    shown = relevance(template, answers)

    def lookup(name: str) -> expr.Value:
        if name == question.name:
            return _expression_value(value)
        return _expression_value(answers.get(name)) if shown.get(name, False) else None

    return expr.holds(question.constraint, lookup, _expression_value(value))


def problems(template: Template, answers: Answers) -> list[Problem]:
    """What stops finalising: relevant required questions unanswered, constraints broken."""
    found: list[Problem] = []
    shown = relevance(template, answers)
    for question in template.questions:
        if not shown[question.name]:
            continue
        value = answers.get(question.name)
        if not is_answered(value):
            if question.required:
                found.append(Problem(question.name, "required"))
            continue
        if not constraint_holds(template, question, answers, value):
            found.append(Problem(question.name, "constraint", question.constraint_message))
    return found


def relevant_answers(template: Template, answers: Answers) -> dict[str, Any]:
    """Only the answers of questions that are shown: what a finalised audit keeps."""
    shown = relevance(template, answers)
    return {
        q.name: answers[q.name]
        for q in template.questions
        if shown[q.name] and is_answered(answers.get(q.name))
    }
