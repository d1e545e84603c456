"""What every command shares: opening the database, the acting user, printing JSON, reporting errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from desktop import paths
from desktop.i18n.errors import message
from desktop.models import dealership, users
from desktop.models.db import Database, open_database
from desktop.models.errors import NotSetUp, PishkhanError

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A failure to report on standard error with exit code ``code``."""

    def __init__(self, text: str, code: int = 1) -> None:
        super().__init__(text)
        self.code = code


def subgroup(commands: Any, name: str, help_text: str) -> Any:
    """The sub-commands of group ``name`` (``cases``, ``customers`` ...), made on first use.

    Several feature modules add commands to one group (``cases register`` from the counter,
    ``cases receipt`` from the documents), so whoever comes first creates it.
    """
    existing = commands.choices.get(name)
    if existing is None:
        existing = commands.add_parser(name, help=help_text)
        existing.set_defaults(handler=lambda _args: existing.print_help() or 2)
        sub = existing.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True)
        existing._pishkhan_subcommands = sub
    return existing._pishkhan_subcommands


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else paths.default_database()


class DatabaseMissing(PishkhanError):
    """``--db`` names no file, and the command needs an existing dealership."""

    code = "database_missing"


@contextmanager
def opened(args: argparse.Namespace, *, need_setup: bool = True) -> Iterator[Database]:
    """The command's database, migrated; refuse one without a dealership if needed.

    A command that needs a dealership never creates the file: a mistyped ``--db`` would
    otherwise leave a new migrated database (and its lock file) behind before saying so.

    Raises:
        DatabaseMissing: ``need_setup`` and there is no file at the path.
        NotSetUp: ``need_setup`` and the database has no dealership.
    """
    path = database_path(args)
    if need_setup and not path.exists():
        raise DatabaseMissing(path=str(path))
    db = open_database(path)
    try:
        if need_setup:
            with db.read() as conn:
                if not dealership.is_set_up(conn):
                    raise NotSetUp()
        yield db
    finally:
        db.close()


def acting_user(conn: Connection, username: str | None) -> users.User:
    """The user a command acts as: the one named, else the first active administrator."""
    if username:
        found = users.find_user(conn, username)
        if found is None or not found.active:
            raise CommandError(f"no active user named {username!r}", 2)
        return found
    for user in users.list_users(conn):
        if user.role == users.Role.ADMIN:
            return user
    raise CommandError("no active administrator; name a user with --user", 2)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def error_text(exc: PishkhanError) -> str:
    text = message(exc, "en")
    if isinstance(exc, NotSetUp):
        text += " (python -m desktop.cli --db PATH setup ...)"
    return text


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command handler, turning model errors into a message and an exit code.

    A reader that stops early (``| head``) ends the output quietly, for every command.
    """
    try:
        code = handler(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # Nothing more can be written; stdout goes to the null device so that the
        # interpreter's last flush at exit does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    except CommandError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.code
    except PishkhanError as exc:
        print(f"error: {error_text(exc)}", file=sys.stderr)
        return 2
