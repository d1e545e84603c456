"""``settings list|get|set``: this installation's settings, for scripts preparing counter PCs.

Values are checked by the same rules as the Settings screens (the core's validators where
they exist: the VAT rate, the receipt printer and its width), so a script cannot store
what the app would refuse. Writing needs a user allowed to manage settings: the one named
with ``--user``, else the first active administrator, as for every command that writes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from desktop.cli.common import CommandError, acting_user, opened, print_json, subgroup
from desktop.i18n.catalog import LANGUAGES
from desktop.models import jobcards, settings
from desktop.models.text import to_ascii_digits


def _integer(low: int, high: int) -> Callable[[str], int]:
    def check(text: str) -> int:
        try:
            value = int(to_ascii_digits(text).strip())
        except ValueError:
            raise CommandError(f"{text!r} is not a whole number", 2) from None
        if not low <= value <= high:
            raise CommandError(f"{value} is out of range: {low} to {high}", 2)
        return value

    return check


def _choice(*allowed: str) -> Callable[[str], str]:
    def check(text: str) -> str:
        if text not in allowed:
            raise CommandError(f"{text!r} is not one of: {', '.join(allowed)}", 2)
        return text

    return check


def _text(text: str) -> str:
    return text.strip()


def _vat(text: str) -> int | float:
    rate = jobcards.clean_tax_rate(to_ascii_digits(text).strip())
    return int(rate) if rate == rate.to_integral() else float(rate)


def _printer(text: str) -> str:
    from reports import thermal

    target = thermal.parse_target(text.strip())
    return target.text() if target else ""


def _width(text: str) -> int:
    from reports import thermal

    return thermal.check_width(_integer(1, 10_000)(text))


def _layout(text: str) -> str:
    from reports import intake_receipt

    return _choice(*intake_receipt.LAYOUTS)(text)


# One rule per key of settings.DEFAULTS: the text typed -> the value stored.
RULES: dict[str, Callable[[str], Any]] = {
    "language": _choice(*LANGUAGES),
    "idle_lock_minutes": _integer(1, 120),  # the Settings screen's range
    "backup_dir": _text,
    "vat_rate_percent": _vat,
    "receipt_layout": _layout,
    "receipt_follow_up": _text,
    "thermal_printer": _printer,
    "thermal_width_dots": _width,
    "sync_interval_seconds": _integer(10, 86_400),
}


def register(commands: Any) -> None:
    sub = subgroup(commands, "settings", "list, read or change this installation's settings")
    fmt = argparse.RawDescriptionHelpFormatter

    listing = sub.add_parser(
        "list",
        help="every setting with its value",
        epilog="example:\n  python -m desktop.cli --db counter.db settings list",
        formatter_class=fmt,
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)

    get = sub.add_parser(
        "get",
        help="one setting's value",
        epilog="example:\n  python -m desktop.cli --db counter.db settings get idle_lock_minutes",
        formatter_class=fmt,
    )
    get.add_argument("key", choices=sorted(RULES), metavar="KEY")
    get.add_argument("--json", action="store_true", help="print the value as JSON")
    get.set_defaults(handler=cmd_get)

    put = sub.add_parser(
        "set",
        help="change one setting (checked as in the Settings screens)",
        description="Change one setting. Acts as --user (default: the first active administrator),"
        " who needs the permission to manage settings.",
        epilog="example:\n  python -m desktop.cli --db counter.db settings set idle_lock_minutes 3",
        formatter_class=fmt,
    )
    put.add_argument("key", choices=sorted(RULES), metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.add_argument("--user", help="act as this user (default: the first active administrator)")
    put.set_defaults(handler=cmd_set)


def _shown(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        values = {key: settings.get(conn, key) for key in settings.DEFAULTS}
    if args.json:
        print_json(values)
        return 0
    width = max(map(len, values))
    for key, value in values.items():
        note = "" if value != settings.DEFAULTS[key] else "  (default)"
        print(f"{key:<{width}}  {_shown(value)}{note}")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        value = settings.get(conn, args.key)
    if args.json:
        print_json(value)
    else:
        print(_shown(value))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    value = RULES[args.key](args.value)
    with opened(args) as db, db.write() as conn:
        actor = acting_user(conn, args.user)
        settings.change(conn, actor, args.key, value)
    print(f"{args.key} = {_shown(value)} (by {actor.username})")
    return 0
