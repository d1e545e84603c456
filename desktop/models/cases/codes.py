"""The codes a case is classified by (display names live in desktop/i18n/labels.py)."""

from __future__ import annotations

from desktop.models.errors import ValidationError

CHANNELS = ("walk_in", "phone", "email", "sms", "web", "office", "authority")
CASE_TYPES = ("question", "request", "complaint")
# The expectations customers complain about (source 001), plus staff behaviour.
CATEGORIES = (
    "quality",
    "delivery",
    "price",
    "warranty",
    "responsiveness",
    "staff_behaviour",
    "data_correction",
    "other",
)
PRIORITIES = ("low", "normal", "high", "urgent")
SEGMENTS = ("passenger", "commercial", "motorcycle")
STATUSES = (
    "registered",
    "at_counter",
    "referred",
    "responded",
    "awaiting_confirmation",
    "closed",
    "reopened",
)
OPEN_STATUSES = tuple(s for s in STATUSES if s != "closed")
RESOLUTIONS = ("resolved", "resolved_first_contact", "rejected", "withdrawn")
# Resolutions a person chooses when closing (first-contact resolution has its own command).
CLOSE_RESOLUTIONS = ("resolved", "rejected", "withdrawn")
# How the customer was told the answer.
NOTIFY_METHODS = ("sms", "phone", "letter", "in_person")
# Outcome of a happy call's dialling.
REACHES = ("reached", "no_answer", "wrong_number")
# Why a case goes up the ladder; "overdue" is the system's own reason.
ESCALATION_REASONS = ("not_convinced", "beyond_authority", "customer_request", "complex_case", "overdue")
# The actor of events the system records by itself (automatic escalation past the due time).
SYSTEM_ACTOR = "system"


def check(field: str, value: str | None, allowed: tuple[str, ...], *, required: bool = True) -> str | None:
    """``value`` if it is one of ``allowed``; ValidationError(field, "unknown_code") if not."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, "required")
        return None
    if value not in allowed:
        raise ValidationError(field, "unknown_code", value=value, allowed=", ".join(allowed))
    return value
