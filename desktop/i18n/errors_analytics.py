"""Messages of the analysis and improvement feature's error codes (context "Errors")."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "This cannot be changed here."),
    "unknown_user": QT_TRANSLATE_NOOP("Errors", "No such user."),
    "unknown_link": QT_TRANSLATE_NOOP("Errors", "The linked item no longer exists."),
    "member_name_required": QT_TRANSLATE_NOOP("Errors", "Every team member needs a name."),
    "duplicate_member": QT_TRANSLATE_NOOP("Errors", "{name} is already on the team."),
    "team_size": QT_TRANSLATE_NOOP(
        "Errors", "An improvement team has {minimum} to {maximum} people; this one has {count}."
    ),
    "owner_not_in_team": QT_TRANSLATE_NOOP("Errors", "The owner must be a member of the team."),
    "date_in_past": QT_TRANSLATE_NOOP("Errors", "That date has already passed."),
    "too_many_causes": QT_TRANSLATE_NOOP("Errors", "A diagram holds at most {maximum} causes."),
    "too_deep": QT_TRANSLATE_NOOP("Errors", "Causes go at most {maximum} levels deep."),
    "sub_cause_branch": QT_TRANSLATE_NOOP(
        "Errors", "A sub-cause stays on its cause's branch; move the cause instead."
    ),
    "retired": QT_TRANSLATE_NOOP("Errors", "This failure mode was taken off the table; restore it first."),
    "action_status": QT_TRANSLATE_NOOP("Errors", "The action cannot move to that status from where it is."),
    "period_invalid": QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."),
    "period_too_long": QT_TRANSLATE_NOOP("Errors", "A period covers at most {maximum} years."),
    "month_invalid": QT_TRANSLATE_NOOP("Errors", "A month is from 1 to 12."),
    "quarter_invalid": QT_TRANSLATE_NOOP("Errors", "A quarter is from 1 to 4."),
}

FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Errors", "Title"),
    "effect": QT_TRANSLATE_NOOP("Errors", "Effect"),
    "cause": QT_TRANSLATE_NOOP("Errors", "Cause"),
    "controls": QT_TRANSLATE_NOOP("Errors", "Current controls"),
    "category": QT_TRANSLATE_NOOP("Errors", "Category"),
    "subcategory": QT_TRANSLATE_NOOP("Errors", "Sub-category"),
    "severity": QT_TRANSLATE_NOOP("Errors", "Severity"),
    "occurrence": QT_TRANSLATE_NOOP("Errors", "Occurrence"),
    "detection": QT_TRANSLATE_NOOP("Errors", "Detection"),
    "team": QT_TRANSLATE_NOOP("Errors", "Team"),
    "owner": QT_TRANSLATE_NOOP("Errors", "Owner"),
    "due_date": QT_TRANSLATE_NOOP("Errors", "Due date"),
    "result": QT_TRANSLATE_NOOP("Errors", "Result"),
    "problem": QT_TRANSLATE_NOOP("Errors", "Problem"),
    "branch": QT_TRANSLATE_NOOP("Errors", "Branch"),
    "status": QT_TRANSLATE_NOOP("Errors", "Status"),
    "failure_mode_id": QT_TRANSLATE_NOOP("Errors", "Failure mode"),
    "fishbone_id": QT_TRANSLATE_NOOP("Errors", "Cause-and-effect diagram"),
    "from": QT_TRANSLATE_NOOP("Errors", "From"),
    "to": QT_TRANSLATE_NOOP("Errors", "To"),
    "period": QT_TRANSLATE_NOOP("Errors", "Period"),
    "month": QT_TRANSLATE_NOOP("Errors", "Month"),
    "quarter": QT_TRANSLATE_NOOP("Errors", "Quarter"),
    "year": QT_TRANSLATE_NOOP("Errors", "Year"),
}
