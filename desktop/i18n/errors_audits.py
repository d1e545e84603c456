"""Messages for the audits feature's error codes (templates, answers, visits, appeals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # a template's problems (each shown after where it is: sheet, row, column)
    "template_invalid": QT_TRANSLATE_NOOP("Errors", "The template was refused: {count} problems were found."),
    "unreadable_file": QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be read as an XLSForm spreadsheet or JSON ({detail})."
    ),
    "not_a_template": QT_TRANSLATE_NOOP(
        "Errors", "This JSON is not a template: it needs settings, survey and choices."
    ),
    "missing_sheet": QT_TRANSLATE_NOOP("Errors", "This sheet is missing."),
    "missing_column": QT_TRANSLATE_NOOP("Errors", "This column is missing from the header row."),
    "missing_value": QT_TRANSLATE_NOOP("Errors", "This cell must be filled in."),
    "bad_name": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a valid name: start with a letter and use only letters, digits and _."
    ),
    "bad_version": QT_TRANSLATE_NOOP("Errors", "The version must be a whole number, not “{value}”."),
    "unknown_type": QT_TRANSLATE_NOOP("Errors", "Unknown question type “{value}”."),
    "bad_select": QT_TRANSLATE_NOOP(
        "Errors", "“{value}”: a choice question names its choice list, e.g. select_one speed."
    ),
    "unknown_list": QT_TRANSLATE_NOOP("Errors", "The choices sheet has no list named “{value}”."),
    "duplicate_name": QT_TRANSLATE_NOOP("Errors", "The name “{value}” is used twice."),
    "duplicate_choice": QT_TRANSLATE_NOOP(
        "Errors", "The list “{list}” already has a choice named “{value}”."
    ),
    "bad_flag": QT_TRANSLATE_NOOP("Errors", "Write yes or no here, not “{value}”."),
    "bad_number": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a number."),
    "below_minimum": QT_TRANSLATE_NOOP("Errors", "“{value}” is too small: it must be at least {minimum}."),
    # Warnings: the template is accepted and these columns are ignored.
    "weight_ignored": QT_TRANSLATE_NOOP(
        "Errors", "A question of type {type} is never scored: its weight is ignored."
    ),
    "critical_ignored": QT_TRANSLATE_NOOP(
        "Errors",
        "A question of type {type} is never scored, so it cannot be critical: critical is ignored.",
    ),
    "needs_critical": QT_TRANSLATE_NOOP("Errors", "This column applies only to critical questions."),
    "bad_scope": QT_TRANSLATE_NOOP("Errors", "critical_scope is section or audit, not “{value}”."),
    "not_for_group": QT_TRANSLATE_NOOP("Errors", "A group row does not take this column."),
    "nested_group": QT_TRANSLATE_NOOP("Errors", "Groups cannot be nested: close the group “{outer}” first."),
    "unclosed_group": QT_TRANSLATE_NOOP("Errors", "The group “{value}” is never closed with end_group."),
    "stray_end_group": QT_TRANSLATE_NOOP("Errors", "end_group without a begin_group."),
    "empty_group": QT_TRANSLATE_NOOP("Errors", "The group “{value}” has no questions."),
    "no_questions": QT_TRANSLATE_NOOP("Errors", "The template has no questions."),
    "expression_syntax": QT_TRANSLATE_NOOP(
        "Errors", "The expression cannot be read at character {position}: {text}"
    ),
    "unknown_function": QT_TRANSLATE_NOOP("Errors", "The expression uses an unknown function “{name}”."),
    "bad_pattern": QT_TRANSLATE_NOOP("Errors", "The regular expression is not valid: {detail}."),
    "current_in_relevant": QT_TRANSLATE_NOOP(
        "Errors", "“.” (this answer) can be used in a constraint, not in a relevance condition."
    ),
    "unknown_question": QT_TRANSLATE_NOOP(
        "Errors", "The expression names “{name}”, which is not a question of this template."
    ),
    "later_question": QT_TRANSLATE_NOOP(
        "Errors", "The expression names “{name}”, which comes later: conditions may only use earlier answers."
    ),
    "template_at_cell": QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}, row {row}, column {column}: {problem}"),
    "template_at_row": QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}, row {row}: {problem}"),
    "template_at_sheet": QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}: {problem}"),
    # answers
    "answer_yes_no": QT_TRANSLATE_NOOP("Errors", "Answer yes, no or not applicable."),
    "answer_scale": QT_TRANSLATE_NOOP("Errors", "Choose a score from 1 to 5."),
    "answer_not_number": QT_TRANSLATE_NOOP("Errors", "Type a number."),
    "answer_not_integer": QT_TRANSLATE_NOOP("Errors", "Type a whole number."),
    "answer_choice": QT_TRANSLATE_NOOP("Errors", "“{value}” is not one of the choices."),
    "answer_choices": QT_TRANSLATE_NOOP("Errors", "Choose from the list."),
    "answer_evidence": QT_TRANSLATE_NOOP("Errors", "Attach a photo or file with the Attach button."),
    "unknown_question_name": QT_TRANSLATE_NOOP("Errors", "This template has no question named “{name}”."),
    "time_format": QT_TRANSLATE_NOOP("Errors", "Type a time of day such as 09:30."),
    "duration_format": QT_TRANSLATE_NOOP("Errors", "Type minutes, such as 12 or 7:30."),
    "constraint": QT_TRANSLATE_NOOP("Errors", "This answer is outside what the form allows."),
    "evidence_not_image": QT_TRANSLATE_NOOP(
        "Errors", "This question needs a photo (JPEG, PNG, WebP or HEIC)."
    ),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP("Errors", "The file is larger than {limit_mb} MB."),
    "unreadable_attachment": QT_TRANSLATE_NOOP("Errors", "The file cannot be read."),
    "file_type": QT_TRANSLATE_NOOP(
        "Errors", "Only photos (JPEG, PNG, WebP, HEIC) and PDF files can be attached."
    ),
    # visits, drafts and finalised audits
    "not_an_inspector": QT_TRANSLATE_NOOP("Errors", "Choose a user whose role fills audits."),
    "window_order": QT_TRANSLATE_NOOP("Errors", "The date window ends before it starts."),
    "visit_not_open": QT_TRANSLATE_NOOP("Errors", "This visit is already done or cancelled."),
    "not_your_visit": QT_TRANSLATE_NOOP("Errors", "This visit is assigned to another inspector."),
    "in_future": QT_TRANSLATE_NOOP("Errors", "This time is in the future."),
    "visit_times_order": QT_TRANSLATE_NOOP("Errors", "The visit cannot end before it started."),
    "visit_end_missing": QT_TRANSLATE_NOOP("Errors", "Record when the visit ended before finalising."),
    "audit_incomplete": QT_TRANSLATE_NOOP(
        "Errors", "The audit cannot be finalised yet: {count} answers are missing or outside what is allowed."
    ),
    "template_version_conflict": QT_TRANSLATE_NOOP(
        "Errors", "Version {id} is already held with other content; a version never changes."
    ),
    "no_changes": QT_TRANSLATE_NOOP("Errors", "Nothing was changed."),
    "already_released": QT_TRANSLATE_NOOP(
        "Errors", "This audit has already been released to the dealership."
    ),
    # release and appeals
    "not_in_report": QT_TRANSLATE_NOOP("Errors", "Choose an answered item of the report."),
    "appeal_pending": QT_TRANSLATE_NOOP("Errors", "This item already has an appeal waiting for HQ."),
    "appeal_decided": QT_TRANSLATE_NOOP("Errors", "HQ has already decided an appeal on this item."),
    "appeal_not_pending": QT_TRANSLATE_NOOP("Errors", "This appeal has already been decided."),
    "choose_decision": QT_TRANSLATE_NOOP("Errors", "Choose to uphold or to reject the appeal."),
    "correction_needs_upheld": QT_TRANSLATE_NOOP(
        "Errors", "A corrected answer can only come with an upheld appeal."
    ),
}

# A template problem names the cell's value; the same code from other input checks does not
# (its message is in desktop/i18n/errors.py), so this wording is only for problem_text.
PROBLEM_MESSAGES: dict[str, str] = {
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "“{value}” must be between {minimum} and {maximum}."),
}

FIELDS: dict[str, str] = {
    "inspector": QT_TRANSLATE_NOOP("Errors", "Inspector"),
    "window_start": QT_TRANSLATE_NOOP("Errors", "From"),
    "window_end": QT_TRANSLATE_NOOP("Errors", "Until"),
    "visit_started_at": QT_TRANSLATE_NOOP("Errors", "Visit started"),
    "visit_ended_at": QT_TRANSLATE_NOOP("Errors", "Visit ended"),
    "decision_note": QT_TRANSLATE_NOOP("Errors", "Reason for the decision"),
    "question": QT_TRANSLATE_NOOP("Errors", "Item"),
    "corrected": QT_TRANSLATE_NOOP("Errors", "Corrected answer"),
    "changes": QT_TRANSLATE_NOOP("Errors", "Changes"),
}


def problem_text(problem: Any, translate: Callable[[str], str], digits: Callable[[str], str] = str) -> str:
    """One template problem with where it is, e.g. ``Sheet survey, row 12, column relevant: …``.

    Args:
        problem: a ``TemplateProblem`` (sheet, row, column, code, params).
        translate: English source text (context "Errors") -> the reader's language.
        digits: puts numbers in the reader's digits.
    """
    params = {k: digits(str(v)) for k, v in problem.params.items()}
    text = PROBLEM_MESSAGES.get(problem.code) or MESSAGES.get(problem.code, "{code}")
    reason = _format(translate(text), {**params, "code": problem.code})
    if not problem.sheet:
        return reason
    where = {
        "sheet": problem.sheet,
        "row": digits(str(problem.row)),
        "column": problem.column,
        "problem": reason,
    }
    if problem.row and problem.column:
        key = "template_at_cell"
    elif problem.row:
        key = "template_at_row"
    else:
        key = "template_at_sheet"
    return _format(translate(MESSAGES[key]), where)


def _format(text: str, params: dict[str, Any]) -> str:
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
