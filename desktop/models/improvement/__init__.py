"""The improvement pillar (source 001): FMEA tables, improvement actions, fishbone diagrams.

Each is a stream of events folded into a projection, so improvement work done at a
dealership and at HQ syncs like cases do. Reading needs ``report.view`` or
``improvement.manage``; changing needs ``improvement.manage``.
"""

from desktop.models.improvement.actions import (
    Action,
    Member,
    change_action,
    create_action,
    get_action,
    list_actions,
    set_status,
)
from desktop.models.improvement.fishbone import (
    BRANCHES,
    Cause,
    Fishbone,
    add_cause,
    change_cause,
    change_fishbone,
    create_fishbone,
    get_fishbone,
    list_fishbones,
    remove_cause,
)
from desktop.models.improvement.fmea import (
    FailureMode,
    OccurrenceSuggestion,
    change_failure_mode,
    create_failure_mode,
    get_failure_mode,
    list_failure_modes,
    occurrence_rating,
    retire_failure_mode,
    rpn,
    suggest_occurrence,
    suggest_occurrences,
)

__all__ = [
    "BRANCHES",
    "Action",
    "Cause",
    "FailureMode",
    "Fishbone",
    "Member",
    "OccurrenceSuggestion",
    "add_cause",
    "change_action",
    "change_cause",
    "change_failure_mode",
    "change_fishbone",
    "create_action",
    "create_failure_mode",
    "create_fishbone",
    "get_action",
    "get_failure_mode",
    "get_fishbone",
    "list_actions",
    "list_failure_modes",
    "list_fishbones",
    "occurrence_rating",
    "remove_cause",
    "retire_failure_mode",
    "rpn",
    "set_status",
    "suggest_occurrence",
    "suggest_occurrences",
]
