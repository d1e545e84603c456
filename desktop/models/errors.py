"""Exceptions of the model layer.

The model never returns display text: each error carries a ``code`` (and sometimes
``params``) that the views, the CLI and HQ turn into words in their own language.
"""

from __future__ import annotations

from typing import Any


class PishkhanError(Exception):
    """Base class of every error the model raises on purpose."""

    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{self.code}({detail})" if detail else self.code)


class ValidationError(PishkhanError):
    """User input that fails a check; ``field`` names the input, ``code`` the rule."""

    code = "invalid"

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, field=field, **params)


class PermissionDenied(PishkhanError):
    """The acting user's role lacks the permission the operation needs."""

    code = "permission_denied"


class NotFound(PishkhanError):
    code = "not_found"


class AuthError(PishkhanError):
    """Sign-in refused: ``bad_credentials``, ``locked`` (params: until) or ``inactive``."""

    code = "bad_credentials"


class TransitionRefused(PishkhanError):
    """A command that the current state does not allow; ``code`` says why."""

    code = "transition_refused"


class NotSetUp(PishkhanError):
    """The database has no dealership profile yet."""

    code = "not_set_up"


class DatabaseInUse(PishkhanError):
    """Another Pishkhan process holds this database file open for writing."""

    code = "database_in_use"


class DatabaseTooNew(PishkhanError):
    """The database was migrated by a newer Pishkhan than this one (a downgrade)."""

    code = "database_too_new"


class StorageProblem(PishkhanError):
    """The environment failed us (disk full, read-only, locked): tell the user, go on."""

    code = "storage_problem"
