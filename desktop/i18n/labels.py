"""Display names of the codes the model uses (categories, statuses, roles ...).

The model stores and returns codes; this table turns them into English source text,
marked for ``lupdate`` so the catalogues carry their Persian. Views call
``desktop.views.i18n.label``; documents and the CLI call :func:`label` with a language.
"""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP, translate

CONTEXT = "Labels"

LABELS: dict[str, dict[str, str]] = {
    "role": {
        "clerk": QT_TRANSLATE_NOOP("Labels", "Reception clerk"),
        "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
        "head_of_unit": QT_TRANSLATE_NOOP("Labels", "Head of unit"),
        "manager": QT_TRANSLATE_NOOP("Labels", "CRM manager"),
        "inspector": QT_TRANSLATE_NOOP("Labels", "Inspector"),
        "inspection_manager": QT_TRANSLATE_NOOP("Labels", "Inspection manager"),
        "hq": QT_TRANSLATE_NOOP("Labels", "HQ staff"),
        "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    },
    "channel": {
        "walk_in": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
        "web": QT_TRANSLATE_NOOP("Labels", "Website"),
        "office": QT_TRANSLATE_NOOP("Labels", "Regional office"),
        "authority": QT_TRANSLATE_NOOP("Labels", "Authority referral"),
    },
    "case_type": {
        "question": QT_TRANSLATE_NOOP("Labels", "Question"),
        "request": QT_TRANSLATE_NOOP("Labels", "Request"),
        "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    },
    "category": {
        "quality": QT_TRANSLATE_NOOP("Labels", "Product quality"),
        "delivery": QT_TRANSLATE_NOOP("Labels", "Speed and delivery time"),
        "price": QT_TRANSLATE_NOOP("Labels", "Price"),
        "warranty": QT_TRANSLATE_NOOP("Labels", "Warranty"),
        "responsiveness": QT_TRANSLATE_NOOP("Labels", "Responsiveness"),
        "staff_behaviour": QT_TRANSLATE_NOOP("Labels", "Staff behaviour"),
        "data_correction": QT_TRANSLATE_NOOP("Labels", "Customer data correction"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "priority": {
        "low": QT_TRANSLATE_NOOP("Labels", "Low"),
        "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
        "high": QT_TRANSLATE_NOOP("Labels", "High"),
        "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    },
    "segment": {
        "passenger": QT_TRANSLATE_NOOP("Labels", "Passenger car"),
        "commercial": QT_TRANSLATE_NOOP("Labels", "Commercial vehicle"),
        "motorcycle": QT_TRANSLATE_NOOP("Labels", "Motorcycle"),
    },
    "case_status": {
        "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
        "at_counter": QT_TRANSLATE_NOOP("Labels", "At the counter"),
        "referred": QT_TRANSLATE_NOOP("Labels", "Referred to a unit"),
        "responded": QT_TRANSLATE_NOOP("Labels", "Responded"),
        "awaiting_confirmation": QT_TRANSLATE_NOOP("Labels", "Awaiting customer confirmation"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
        "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
    },
    "resolution": {
        "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
        "resolved_first_contact": QT_TRANSLATE_NOOP("Labels", "Resolved at first contact"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
    "unit": {
        "sales": QT_TRANSLATE_NOOP("Labels", "Sales"),
        "accounting": QT_TRANSLATE_NOOP("Labels", "Accounting"),
        "after_sales": QT_TRANSLATE_NOOP("Labels", "After-sales service"),
        "technical": QT_TRANSLATE_NOOP("Labels", "Technical"),
        "warranty": QT_TRANSLATE_NOOP("Labels", "Warranty"),
    },
    "notify_method": {
        "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
        "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    },
    "reach": {
        "reached": QT_TRANSLATE_NOOP("Labels", "Reached"),
        "no_answer": QT_TRANSLATE_NOOP("Labels", "No answer"),
        "wrong_number": QT_TRANSLATE_NOOP("Labels", "Wrong number"),
    },
    "level": {
        "desk": QT_TRANSLATE_NOOP("Labels", "Counter clerk"),
        "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
        "head_of_unit": QT_TRANSLATE_NOOP("Labels", "Head of unit"),
        "manager": QT_TRANSLATE_NOOP("Labels", "CRM manager"),
    },
    "language": {
        "fa": QT_TRANSLATE_NOOP("Labels", "Persian"),
        "en": QT_TRANSLATE_NOOP("Labels", "English"),
    },
}


def _merge_area_labels() -> None:
    """Merge ``LABELS`` of every ``desktop/i18n/labels_<area>.py`` (one per feature)."""
    import importlib
    import pkgutil

    import desktop.i18n as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("labels_"):
            area = importlib.import_module(f"desktop.i18n.{info.name}")
            for kind, entries in area.LABELS.items():
                LABELS.setdefault(kind, {}).update(entries)


_merge_area_labels()


def source(kind: str, code: str) -> str:
    """The English source text of a code; the code itself when it has no label."""
    return LABELS.get(kind, {}).get(code, code)


def label(kind: str, code: str, lang: str) -> str:
    """A code's display name in ``lang``, without Qt (documents, CLI)."""
    text = LABELS.get(kind, {}).get(code)
    return translate(CONTEXT, text, lang) if text else code
