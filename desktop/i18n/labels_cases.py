"""Display names of the codes of case handling: events, reasons, queues, clocks, presets."""

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    # Event kinds not named by the documents' case history (labels_documents.py names the rest).
    "case_event": {
        "assigned": QT_TRANSLATE_NOOP("Labels", "Handler assigned"),
        "confirmation_requested": QT_TRANSLATE_NOOP("Labels", "Waiting on the customer"),
        "customer_replied": QT_TRANSLATE_NOOP("Labels", "Customer replied"),
        "reply_letter_recorded": QT_TRANSLATE_NOOP("Labels", "Reply letter to the authority recorded"),
        "reclassified": QT_TRANSLATE_NOOP("Labels", "Details corrected"),
        "sla_breached": QT_TRANSLATE_NOOP("Labels", "Past the due time at the top level"),
    },
    "escalation_reason": {
        "not_convinced": QT_TRANSLATE_NOOP("Labels", "Customer not convinced"),
        "beyond_authority": QT_TRANSLATE_NOOP("Labels", "Beyond my authority"),
        "customer_request": QT_TRANSLATE_NOOP("Labels", "Customer asked for a superior"),
        "complex_case": QT_TRANSLATE_NOOP("Labels", "Complex case"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "Past the due time (automatic)"),
    },
    "case_queue": {
        "my_cases": QT_TRANSLATE_NOOP("Labels", "My cases"),
        "counter_walk_ins": QT_TRANSLATE_NOOP("Labels", "This counter's walk-ins"),
        "summons_for_me": QT_TRANSLATE_NOOP("Labels", "Summons waiting for me"),
        "my_unit": QT_TRANSLATE_NOOP("Labels", "Referred to my unit"),
        "unassigned": QT_TRANSLATE_NOOP("Labels", "To take up (my segments)"),
        "breaching_soon": QT_TRANSLATE_NOOP("Labels", "Due soon"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
        "happy_call": QT_TRANSLATE_NOOP("Labels", "Awaiting happy call"),
        "all": QT_TRANSLATE_NOOP("Labels", "All cases"),
    },
    "queue_sort": {
        "newest": QT_TRANSLATE_NOOP("Labels", "Newest first"),
        "oldest": QT_TRANSLATE_NOOP("Labels", "Oldest first"),
        "due": QT_TRANSLATE_NOOP("Labels", "Due soonest"),
        "activity": QT_TRANSLATE_NOOP("Labels", "Latest activity"),
        "summoned": QT_TRANSLATE_NOOP("Labels", "Longest waiting"),
        "referred": QT_TRANSLATE_NOOP("Labels", "Referred earliest"),
        "call_since": QT_TRANSLATE_NOOP("Labels", "Waiting longest"),
    },
    "sla_state": {
        "ok": QT_TRANSLATE_NOOP("Labels", "On time"),
        "warning": QT_TRANSLATE_NOOP("Labels", "Due soon"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused: waiting on the customer"),
        "stopped": QT_TRANSLATE_NOOP("Labels", "Answered"),
    },
    "ladder_preset": {
        "three_levels": QT_TRANSLATE_NOOP("Labels", "Counter clerk, supervisor, CRM manager"),
        "four_levels": QT_TRANSLATE_NOOP("Labels", "Counter clerk, supervisor, head of unit, CRM manager"),
    },
    "weekday": {
        "0": QT_TRANSLATE_NOOP("Labels", "Monday"),
        "1": QT_TRANSLATE_NOOP("Labels", "Tuesday"),
        "2": QT_TRANSLATE_NOOP("Labels", "Wednesday"),
        "3": QT_TRANSLATE_NOOP("Labels", "Thursday"),
        "4": QT_TRANSLATE_NOOP("Labels", "Friday"),
        "5": QT_TRANSLATE_NOOP("Labels", "Saturday"),
        "6": QT_TRANSLATE_NOOP("Labels", "Sunday"),
    },
    "actor": {
        "system": QT_TRANSLATE_NOOP("Labels", "System (automatic)"),
    },
}
