"""Display names of the audits feature's codes."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    "audit_question_type": {
        "yes_no": QT_TRANSLATE_NOOP("Labels", "Yes / no"),
        "scale5": QT_TRANSLATE_NOOP("Labels", "Score 1 to 5"),
        "select_one": QT_TRANSLATE_NOOP("Labels", "Single choice"),
        "select_multiple": QT_TRANSLATE_NOOP("Labels", "Multiple choice"),
        "integer": QT_TRANSLATE_NOOP("Labels", "Whole number"),
        "decimal": QT_TRANSLATE_NOOP("Labels", "Number"),
        "text": QT_TRANSLATE_NOOP("Labels", "Text"),
        "time": QT_TRANSLATE_NOOP("Labels", "Time of day"),
        "duration": QT_TRANSLATE_NOOP("Labels", "Duration in minutes"),
        "image": QT_TRANSLATE_NOOP("Labels", "Photo"),
        "file": QT_TRANSLATE_NOOP("Labels", "File"),
    },
    "audit_answer": {
        "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
        "no": QT_TRANSLATE_NOOP("Labels", "No"),
        "na": QT_TRANSLATE_NOOP("Labels", "Not applicable"),
    },
    "visit_status": {
        "assigned": QT_TRANSLATE_NOOP("Labels", "To visit"),
        "in_progress": QT_TRANSLATE_NOOP("Labels", "Being filled"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "appeal_status": {
        "pending": QT_TRANSLATE_NOOP("Labels", "Waiting for HQ"),
        "upheld": QT_TRANSLATE_NOOP("Labels", "Upheld"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    },
    "critical_scope": {
        "section": QT_TRANSLATE_NOOP("Labels", "Caps its section"),
        "audit": QT_TRANSLATE_NOOP("Labels", "Caps the whole audit"),
    },
    "audit_problem": {
        "required": QT_TRANSLATE_NOOP("Labels", "Not answered"),
        "constraint": QT_TRANSLATE_NOOP("Labels", "Outside what is allowed"),
    },
}
