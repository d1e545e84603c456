"""Messages for the sync feature's error codes (HQ's refusals, the network, enrolment)."""

from __future__ import annotations

from desktop.i18n.catalog import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "sync_failed": QT_TRANSLATE_NOOP("Errors", "Sync with HQ did not finish; it will try again."),
    "hq_unreachable": QT_TRANSLATE_NOOP(
        "Errors", "HQ cannot be reached (no network, or HQ is down). Work goes on; sync will try again."
    ),
    "device_unauthorized": QT_TRANSLATE_NOOP(
        "Errors", "HQ no longer accepts this PC. Ask HQ for a new enrolment code and connect again."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP("Errors", "This PC is not connected to HQ yet."),
    "code_unknown": QT_TRANSLATE_NOOP(
        "Errors", "HQ does not know this enrolment code: check it for typing errors."
    ),
    "code_expired": QT_TRANSLATE_NOOP("Errors", "This enrolment code has expired: ask HQ for a new one."),
    "code_used": QT_TRANSLATE_NOOP("Errors", "This enrolment code was already used: ask HQ for a new one."),
    "code_format": QT_TRANSLATE_NOOP("Errors", "An enrolment code looks like ABCD-EFGH-JKMN."),
    "dealership_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "This code is for another dealership than the one this PC is set up for."
    ),
    "device_bound": QT_TRANSLATE_NOOP(
        "Errors", "HQ already has this PC connected. HQ must revoke the old connection first."
    ),
    "no_device_code": QT_TRANSLATE_NOOP(
        "Errors", "Every device code of this dealership is taken at HQ: HQ must retire unused devices."
    ),
    "url_format": QT_TRANSLATE_NOOP("Errors", "Type HQ's address, for example https://hq.example.ir"),
    "invalid_request": QT_TRANSLATE_NOOP("Errors", "HQ did not understand the request."),
    "hq_unstable": QT_TRANSLATE_NOOP(
        "Errors", "HQ's data went back in time several times in a row; sync stopped for now."
    ),
    "hq_answer_invalid": QT_TRANSLATE_NOOP("Errors", "HQ sent an answer this version cannot read."),
}

FIELDS: dict[str, str] = {
    "hq_url": QT_TRANSLATE_NOOP("Errors", "HQ address"),
    "enrolment_code": QT_TRANSLATE_NOOP("Errors", "Enrolment code"),
}
