"""Cases: requests, complaints and questions as event logs, folded into their state.

See DESIGN.md "Cases are event logs". The public API is re-exported here.
"""

from desktop.models.cases.codes import (
    CASE_TYPES,
    CATEGORIES,
    CHANNELS,
    OPEN_STATUSES,
    PRIORITIES,
    RESOLUTIONS,
    SEGMENTS,
    STATUSES,
)
from desktop.models.cases.commands import (
    Subcategory,
    add_attachment,
    add_note,
    list_subcategories,
    register_case,
    resolve_at_first_contact,
    save_subcategory,
)
from desktop.models.cases.fold import CaseState, fold
from desktop.models.cases.store import Case, CaseSummary, case_events, get_case, list_cases

__all__ = [
    "CASE_TYPES",
    "CATEGORIES",
    "CHANNELS",
    "OPEN_STATUSES",
    "PRIORITIES",
    "RESOLUTIONS",
    "SEGMENTS",
    "STATUSES",
    "Case",
    "CaseState",
    "CaseSummary",
    "Subcategory",
    "add_attachment",
    "add_note",
    "case_events",
    "fold",
    "get_case",
    "list_cases",
    "list_subcategories",
    "register_case",
    "resolve_at_first_contact",
    "save_subcategory",
]
