"""HQ's refusals: an HTTP status, a stable code the client acts on, and plain words."""

from __future__ import annotations

from typing import Any, ClassVar


class HQError(Exception):
    """A refusal answered as ``{"error": {"code", "message", "details"}}``."""

    def __init__(self, status: int, code: str, message: str, details: list[dict[str, Any]] | None = None):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class Unauthorized(HQError):
    def __init__(self, message: str = "a valid device token is required (Authorization: Bearer ...)"):
        super().__init__(401, "unauthorized", message)


class NotFound(HQError):
    def __init__(self, what: str):
        super().__init__(404, "not_found", f"no such {what}")


class EnrolmentRefused(HQError):
    MESSAGES: ClassVar[dict[str, str]] = {
        "code_unknown": "this enrolment code is not known at HQ",
        "code_expired": "this enrolment code has expired: ask HQ for a new one",
        "code_used": "this enrolment code was already used",
        "dealership_mismatch": "the code is for another dealership than this device's",
        "device_bound": "this device is already enrolled with another token; HQ must revoke it first",
        "no_device_code": "every two-character device code of this dealership is taken",
    }

    def __init__(self, code: str):
        # A code is a credential: a wrong, used or expired one is refused (403), not malformed.
        status = 409 if code in ("device_bound", "no_device_code") else 403
        super().__init__(status, code, self.MESSAGES[code])


class AdminError(Exception):
    """Bad input to an admin command (the command line prints it and exits non-zero)."""
