"""Cases: requests, complaints and questions as event logs, folded into their state.

See DESIGN.md "Cases are event logs". The public API is re-exported here.
"""

from datetime import datetime

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
from desktop.models.cases.lifecycle import (
    SYSTEM_USER,
    answer_inquiry,
    arrive,
    assign,
    auto_escalate,
    available_actions,
    close_case,
    escalate,
    reclassify,
    record_customer_reply,
    record_happy_call,
    record_reply_letter,
    refer,
    remaining_seconds,
    reopen_case,
    request_confirmation,
    respond,
    service_state,
    summoned_candidates,
    take_over,
    take_up,
)
from desktop.models.cases.store import Case, CaseSummary, case_events, get_case, list_cases


def promised_response(case: Case) -> datetime | None:
    """When the customer was promised an answer at registration (printed on the receipt)."""
    return case.promised_at


__all__ = [
    "CASE_TYPES",
    "CATEGORIES",
    "CHANNELS",
    "OPEN_STATUSES",
    "PRIORITIES",
    "RESOLUTIONS",
    "SEGMENTS",
    "STATUSES",
    "SYSTEM_USER",
    "Case",
    "CaseState",
    "CaseSummary",
    "Subcategory",
    "add_attachment",
    "add_note",
    "answer_inquiry",
    "arrive",
    "assign",
    "auto_escalate",
    "available_actions",
    "case_events",
    "close_case",
    "escalate",
    "fold",
    "get_case",
    "list_cases",
    "list_subcategories",
    "promised_response",
    "reclassify",
    "record_customer_reply",
    "record_happy_call",
    "record_reply_letter",
    "refer",
    "register_case",
    "remaining_seconds",
    "reopen_case",
    "request_confirmation",
    "resolve_at_first_contact",
    "respond",
    "save_subcategory",
    "service_state",
    "summoned_candidates",
    "take_over",
    "take_up",
]
