"""Messages of the user administration's refusal codes (context "Errors")."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "managed_by_hq": QT_TRANSLATE_NOOP(
        "Errors", "HQ manages this account: change it at HQ, and the change reaches this PC at the next sync."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors", "Nobody else could manage users then: keep at least one active administrator."
    ),
}
