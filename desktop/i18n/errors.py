"""Messages for the error codes the model raises, and names of the fields they concern."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP, translate
from desktop.models.errors import PishkhanError, ValidationError

CONTEXT = "Errors"

MESSAGES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Errors", "Something went wrong."),
    "required": QT_TRANSLATE_NOOP("Errors", "This field is required."),
    "not_digits": QT_TRANSLATE_NOOP("Errors", "Only digits are allowed here."),
    "length": QT_TRANSLATE_NOOP("Errors", "It must have exactly {expected} characters."),
    "checksum": QT_TRANSLATE_NOOP(
        "Errors", "The check digit does not match: the number was probably mistyped."
    ),
    "mobile_format": QT_TRANSLATE_NOOP("Errors", "Not a mobile number: use 09xxxxxxxxx, +989... or 00989..."),
    "phone_format": QT_TRANSLATE_NOOP("Errors", "Not a phone number."),
    "vin_characters": QT_TRANSLATE_NOOP(
        "Errors", "A VIN has 17 letters and digits and never the letters I, O or Q."
    ),
    "chassis_format": QT_TRANSLATE_NOOP("Errors", "A chassis number has 5 to 20 letters and digits."),
    "plate_format": QT_TRANSLATE_NOOP(
        "Errors", "Type the plate as two digits, a letter, three digits and the province code."
    ),
    "amount_format": QT_TRANSLATE_NOOP("Errors", "Type an amount in Rials, digits only."),
    "negative": QT_TRANSLATE_NOOP("Errors", "It cannot be negative."),
    "date_format": QT_TRANSLATE_NOOP("Errors", "Type a date as 1405/09/03 or 2026-11-24."),
    "date_invalid": QT_TRANSLATE_NOOP("Errors", "That date does not exist."),
    "username_format": QT_TRANSLATE_NOOP("Errors", "A user name has no spaces."),
    "username_taken": QT_TRANSLATE_NOOP("Errors", "That user name is already taken."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "The password must have at least {minimum} characters."
    ),
    "password_mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same."),
    "pin_format": QT_TRANSLATE_NOOP("Errors", "A PIN has 4 to 8 digits."),
    "counter_exists": QT_TRANSLATE_NOOP("Errors", "A counter with that number already exists."),
    "unknown_role": QT_TRANSLATE_NOOP("Errors", "Unknown role."),
    "dealership_code_format": QT_TRANSLATE_NOOP(
        "Errors", "A dealership code has 2 to 10 letters and digits."
    ),
    "already_set_up": QT_TRANSLATE_NOOP("Errors", "This database is already set up."),
    "bad_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "locked": QT_TRANSLATE_NOOP("Errors", "Too many wrong tries: this account is locked for a few minutes."),
    "inactive": QT_TRANSLATE_NOOP("Errors", "This account is disabled."),
    "no_pin": QT_TRANSLATE_NOOP("Errors", "This user has no PIN; set one in Settings first."),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Your role does not allow this."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found."),
    "not_set_up": QT_TRANSLATE_NOOP("Errors", "This database has no dealership yet: run the set-up first."),
    "database_in_use": QT_TRANSLATE_NOOP(
        "Errors", "Pishkhan is already open on this database (in another window or program)."
    ),
    "database_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "This database was written by a newer version of Pishkhan. Install that version;"
        " the database has not been touched.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Free some space; nothing was saved this time."
    ),
    "read_only": QT_TRANSLATE_NOOP("Errors", "The database file is read-only; nothing was saved."),
    "locked_database": QT_TRANSLATE_NOOP("Errors", "The database is busy; try again in a moment."),
    "cannot_open": QT_TRANSLATE_NOOP("Errors", "The database file cannot be opened."),
    "corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The database file is damaged. Restore the newest backup from Settings."
    ),
    "storage_problem": QT_TRANSLATE_NOOP("Errors", "The database could not be written."),
    "transition_refused": QT_TRANSLATE_NOOP("Errors", "This step is not allowed now."),
    # Input checks several features share.
    "too_long": QT_TRANSLATE_NOOP("Errors", "Too long: at most {maximum} characters."),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "Choose a number from {minimum} to {maximum}."),
    "unknown_code": QT_TRANSLATE_NOOP("Errors", "Not one of the choices offered."),
}

FIELDS: dict[str, str] = {
    "national_id": QT_TRANSLATE_NOOP("Errors", "National ID"),
    "company_id": QT_TRANSLATE_NOOP("Errors", "National company ID"),
    "mobile": QT_TRANSLATE_NOOP("Errors", "Mobile"),
    "phone": QT_TRANSLATE_NOOP("Errors", "Phone"),
    "vin": QT_TRANSLATE_NOOP("Errors", "VIN"),
    "chassis": QT_TRANSLATE_NOOP("Errors", "Chassis number"),
    "plate": QT_TRANSLATE_NOOP("Errors", "Plate"),
    "amount": QT_TRANSLATE_NOOP("Errors", "Amount"),
    "date": QT_TRANSLATE_NOOP("Errors", "Date"),
    "username": QT_TRANSLATE_NOOP("Errors", "User name"),
    "display_name": QT_TRANSLATE_NOOP("Errors", "Full name"),
    "password": QT_TRANSLATE_NOOP("Errors", "Password"),
    "pin": QT_TRANSLATE_NOOP("Errors", "PIN"),
    "role": QT_TRANSLATE_NOOP("Errors", "Role"),
    "dealership_code": QT_TRANSLATE_NOOP("Errors", "Dealership code"),
    "dealership_name": QT_TRANSLATE_NOOP("Errors", "Dealership name"),
    "counter_code": QT_TRANSLATE_NOOP("Errors", "Counter"),
    "description": QT_TRANSLATE_NOOP("Errors", "Description"),
    "reason": QT_TRANSLATE_NOOP("Errors", "Reason"),
    "attachment": QT_TRANSLATE_NOOP("Errors", "Attachment"),
}


def _merge_area_messages() -> None:
    """Merge ``MESSAGES`` and ``FIELDS`` of every ``desktop/i18n/errors_<area>.py``."""
    import importlib
    import pkgutil

    import desktop.i18n as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("errors_"):
            area = importlib.import_module(f"desktop.i18n.{info.name}")
            MESSAGES.update(getattr(area, "MESSAGES", {}))
            FIELDS.update(getattr(area, "FIELDS", {}))


_merge_area_messages()

# Storage problems share codes with other errors ("locked"); map them apart.
_STORAGE_KEYS = {"locked": "locked_database"}


def message_source(error: PishkhanError) -> tuple[str, str | None]:
    """The English source text of an error's message and of its field's name."""
    from desktop.models.errors import StorageProblem

    key = _STORAGE_KEYS.get(error.code, error.code) if isinstance(error, StorageProblem) else error.code
    text = MESSAGES.get(key, MESSAGES["error"])
    field = FIELDS.get(error.field, error.field) if isinstance(error, ValidationError) else None
    return text, field


def format_message(text: str, field: str | None, params: dict[str, object]) -> str:
    try:
        body = text.format(**params)
    except (KeyError, IndexError, ValueError):
        body = text
    return f"{field}: {body}" if field else body


def message(error: PishkhanError, lang: str = "en") -> str:
    """The whole message of an error in ``lang``, without Qt (CLI, documents)."""
    text, field = message_source(error)
    return format_message(
        translate(CONTEXT, text, lang),
        translate(CONTEXT, field, lang) if field else None,
        error.params,
    )
