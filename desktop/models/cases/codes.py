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


def check(field: str, value: str | None, allowed: tuple[str, ...], *, required: bool = True) -> str | None:
    """``value`` if it is one of ``allowed``; ValidationError(field, "unknown_code") if not."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, "required")
        return None
    if value not in allowed:
        raise ValidationError(field, "unknown_code", value=value, allowed=", ".join(allowed))
    return value
