"""Display names of the analysis and improvement codes (context "Labels")."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

LABELS: dict[str, dict[str, str]] = {
    # The kpi command's plain text: an empty code (no segment, nobody holds the case yet).
    "kpi": {"none": QT_TRANSLATE_NOOP("Labels", "none")},
    "fishbone_branch": {
        "man": QT_TRANSLATE_NOOP("Labels", "People"),
        "machine": QT_TRANSLATE_NOOP("Labels", "Machines and equipment"),
        "method": QT_TRANSLATE_NOOP("Labels", "Methods and procedures"),
        "material": QT_TRANSLATE_NOOP("Labels", "Materials and parts"),
        "measurement": QT_TRANSLATE_NOOP("Labels", "Measurement"),
        "environment": QT_TRANSLATE_NOOP("Labels", "Environment"),
    },
    "action_status": {
        "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
        "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    "period_kind": {
        "month": QT_TRANSLATE_NOOP("Labels", "Month"),
        "quarter": QT_TRANSLATE_NOOP("Labels", "Quarter"),
        "year": QT_TRANSLATE_NOOP("Labels", "Year"),
        "range": QT_TRANSLATE_NOOP("Labels", "Date range"),
    },
    "figure": {
        "cases": QT_TRANSLATE_NOOP("Labels", "Cases registered"),
        "complaints": QT_TRANSLATE_NOOP("Labels", "Complaints"),
        "fcr_rate": QT_TRANSLATE_NOOP("Labels", "First-contact resolution"),
        "first_response_median": QT_TRANSLATE_NOOP("Labels", "Time to first response, median"),
        "first_response_p90": QT_TRANSLATE_NOOP("Labels", "Time to first response, P90"),
        "resolution_median": QT_TRANSLATE_NOOP("Labels", "Time to resolution, median"),
        "resolution_p90": QT_TRANSLATE_NOOP("Labels", "Time to resolution, P90"),
        "sla_breach_rate": QT_TRANSLATE_NOOP("Labels", "Service-level breach rate"),
        "reopen_rate": QT_TRANSLATE_NOOP("Labels", "Reopen rate"),
        "escalation_rate": QT_TRANSLATE_NOOP("Labels", "Escalation rate per level"),
        "resolved_at_level": QT_TRANSLATE_NOOP("Labels", "Share resolved at each level"),
        "arrival_median": QT_TRANSLATE_NOOP("Labels", "Summons to arrival, median"),
        "arrival_late_rate": QT_TRANSLATE_NOOP("Labels", "Late arrivals"),
        "happy_call_reach_rate": QT_TRANSLATE_NOOP("Labels", "Happy Call reach rate"),
        "satisfaction_mean": QT_TRANSLATE_NOOP("Labels", "Mean satisfaction"),
        "unhappy_reopen_rate": QT_TRANSLATE_NOOP("Labels", "Unhappy calls turned into reopened cases"),
        "backlog": QT_TRANSLATE_NOOP("Labels", "Backlog"),
        "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
        "queue_wait_p50": QT_TRANSLATE_NOOP("Labels", "Walk-in waiting time, P50"),
        "queue_wait_p90": QT_TRANSLATE_NOOP("Labels", "Walk-in waiting time, P90"),
        "queue_serve_p50": QT_TRANSLATE_NOOP("Labels", "Walk-in serving time, P50"),
        "queue_serve_p90": QT_TRANSLATE_NOOP("Labels", "Walk-in serving time, P90"),
        "no_show_rate": QT_TRANSLATE_NOOP("Labels", "No-show rate"),
        "defects": QT_TRANSLATE_NOOP("Labels", "Defects per model and part"),
        "audit_score": QT_TRANSLATE_NOOP("Labels", "Audit score"),
        "audit_critical_failures": QT_TRANSLATE_NOOP("Labels", "Critical failures"),
        "appeals_upheld_rate": QT_TRANSLATE_NOOP("Labels", "Appeals upheld"),
    },
    "figure_definition": {
        "cases": QT_TRANSLATE_NOOP(
            "Labels", "Requests, complaints and questions registered in the period (Iran local days)."
        ),
        "complaints": QT_TRANSLATE_NOOP("Labels", "Cases of the type complaint registered in the period."),
        "fcr_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "Cases resolved by the first person the customer met, before any escalation or referral,"
            " out of all cases registered in the period.",
        ),
        "first_response_median": QT_TRANSLATE_NOOP(
            "Labels",
            "From registration to the first answer given to the customer, in working hours (the"
            " business calendar's hours, holidays excluded), over the cases first answered in the"
            " period. The median is the middle value (or the mean of the two middle values).",
        ),
        "first_response_p90": QT_TRANSLATE_NOOP(
            "Labels",
            "The same durations' 90th percentile: the value at rank ceil(0.9 n) of the n durations"
            " in ascending order; nine cases in ten were answered within it.",
        ),
        "resolution_median": QT_TRANSLATE_NOOP(
            "Labels",
            "From registration to closing (resolved or rejected; withdrawn cases left out), in"
            " working hours, over the cases closed in the period and still closed.",
        ),
        "resolution_p90": QT_TRANSLATE_NOOP(
            "Labels", "The 90th percentile (rank ceil(0.9 n)) of the same durations to resolution."
        ),
        "sla_breach_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "Cases that missed their service level (a breach or an automatic escalation was recorded,"
            " they were answered after their due time, or they are open past it now), out of the"
            " cases of the period that had a service-level clock.",
        ),
        "reopen_rate": QT_TRANSLATE_NOOP(
            "Labels", "Cases of the period reopened at least once, out of those closed at least once."
        ),
        "escalation_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "For each level above the counter: cases of the period escalated to that level or"
            " beyond, out of all cases of the period.",
        ),
        "resolved_at_level": QT_TRANSLATE_NOOP(
            "Labels",
            "For each level: resolved cases of the period (closed, not withdrawn) that were closed"
            " at that level, out of all resolved cases of the period.",
        ),
        "arrival_median": QT_TRANSLATE_NOOP(
            "Labels",
            "From a walk-in case's escalation, which summons the next level to the counter, to that"
            " person taking the case over at the counter; wall-clock time, because the customer waits"
            " all of it; over the summonses of the period.",
        ),
        "arrival_late_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "Summoned superiors who arrived after their level's arrival target, out of all arrivals.",
        ),
        "happy_call_reach_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "Happy calls of the period that reached the customer, out of all happy calls made in the"
            " period (each attempt counts).",
        ),
        "satisfaction_mean": QT_TRANSLATE_NOOP(
            "Labels",
            "The mean satisfaction score (1 to 5) of the happy calls of the period that reached"
            " the customer.",
        ),
        "unhappy_reopen_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "Unhappy happy calls of the period (satisfaction below 3) that reopened the case, out of all"
            " unhappy calls; a top level's final decision is recorded, not reopened.",
        ),
        "backlog": QT_TRANSLATE_NOOP(
            "Labels", "Cases open at the time of the report, per unit (open referrals) and per handler."
        ),
        "overdue": QT_TRANSLATE_NOOP(
            "Labels",
            "Open cases that have missed their service level: past their due time now, or breached"
            " earlier (and escalated) and still open.",
        ),
        "queue_wait_p50": QT_TRANSLATE_NOOP(
            "Labels",
            "From a walk-in ticket's issue to its first call to a counter, median, for the tickets"
            " of the period.",
        ),
        "queue_wait_p90": QT_TRANSLATE_NOOP("Labels", "The same waiting times' 90th percentile."),
        "queue_serve_p50": QT_TRANSLATE_NOOP(
            "Labels",
            "From a ticket's first call to its being finished, median, for tickets served in the period.",
        ),
        "queue_serve_p90": QT_TRANSLATE_NOOP("Labels", "The same serving times' 90th percentile."),
        "no_show_rate": QT_TRANSLATE_NOOP(
            "Labels", "Tickets marked as no-show, out of the tickets issued in the period."
        ),
        "defects": QT_TRANSLATE_NOOP(
            "Labels",
            "Product-quality cases of the period that name a vehicle, counted per vehicle model and"
            " per part (the quality sub-category).",
        ),
        "audit_score": QT_TRANSLATE_NOOP(
            "Labels",
            "The mean score (0 to 100) of the covert audits visited in the period, after amendments and"
            " after decided appeals; a dealership sees only its released reports.",
        ),
        "audit_critical_failures": QT_TRANSLATE_NOOP(
            "Labels", "Critical items failed, over all audits of the period."
        ),
        "appeals_upheld_rate": QT_TRANSLATE_NOOP(
            "Labels",
            "Appeals decided in the dealership's favour, out of the appeals decided, for the audits"
            " of the period.",
        ),
    },
}
