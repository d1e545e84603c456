"""Messages of the Settings screens' own refusal codes: users, sub-categories (context "Errors")."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "managed_by_hq": QT_TRANSLATE_NOOP(
        "Errors", "HQ manages this account: change it at HQ, and the change reaches this PC at the next sync."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors", "Nobody else could manage users then: keep at least one active administrator."
    ),
    "subcategory_code_format": QT_TRANSLATE_NOOP(
        "Errors",
        "A sub-category code has Latin letters, digits and underscores, and starts with a letter;"
        " it is made from the English name.",
    ),
    "subcategory_exists": QT_TRANSLATE_NOOP(
        "Errors",
        "This category already has a sub-category with that code (perhaps a retired one: restore it).",
    ),
}

FIELDS: dict[str, str] = {
    "subcategory_name": QT_TRANSLATE_NOOP("Errors", "Sub-category name"),
}
