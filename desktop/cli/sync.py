"""``sync enroll``, ``sync now``, ``sync status``: this PC and HQ, from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import opened, print_json, subgroup
from desktop.i18n.errors import message
from desktop.models import syncstate
from desktop.models.calendar import iso
from desktop.models.errors import PishkhanError


def register(commands: Any) -> None:
    group = subgroup(commands, "sync", "connect this PC to HQ and sync with it")
    fmt = argparse.RawDescriptionHelpFormatter
    enroll = group.add_parser(
        "enroll",
        help="connect this PC to HQ with a one-time enrolment code",
        description="Bind this PC (its existing device ID and every change it made offline) to HQ."
        " The token HQ returns is kept in the OS keyring, or in a private file in the data folder.",
        epilog="example:\n  python -m desktop.cli --db counter.db sync enroll --hq https://hq.example.ir"
        " --code ABCD-EFGH-JKMN",
        formatter_class=fmt,
    )
    enroll.add_argument("--hq", required=True, help="HQ's address, e.g. https://hq.example.ir")
    enroll.add_argument("--code", required=True, help="the enrolment code HQ gave (it works once)")
    enroll.set_defaults(handler=cmd_enroll)

    now = group.add_parser(
        "now",
        help="push the changes waiting for HQ and pull what HQ has; exit 1 when it failed",
        epilog="example:\n  python -m desktop.cli --db counter.db sync now --json",
        formatter_class=fmt,
    )
    now.add_argument("--json", action="store_true", help="print pushed, pulled, pending, refused, errors")
    now.set_defaults(handler=cmd_now)

    status = group.add_parser(
        "status",
        help="HQ's address, the last successful sync, changes waiting and problems",
        epilog="example:\n  python -m desktop.cli --db counter.db sync status --json",
        formatter_class=fmt,
    )
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=cmd_status)


def cmd_enroll(args: argparse.Namespace) -> int:
    from sync import client

    with opened(args) as db:
        done = client.enroll(db, args.hq, args.code)
    extra = f", auditing {', '.join(done.dealerships)}" if done.dealerships else ""
    print(f"connected to {done.hq_url} as a {done.role} device of dealership {done.dealership_id}{extra}")
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    from sync import client

    with opened(args) as db:
        result = client.sync_once(db)
    data = result.to_json()
    if args.json:
        print_json(data)
    else:
        print(f"pushed {result.pushed}, pulled {result.pulled}, waiting {result.pending}", end="")
        print(f", refused {result.refused}")
        for code in result.errors:
            print(f"error: {message(PishkhanError(code), 'en')}")
    return 0 if result.ok else 1


def cmd_status(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        state = syncstate.status(conn)
    data = {
        "connected": state.enrolled,
        "hq_url": state.hq_url or None,
        "pending": state.pending,
        "refused": state.refused,
        "last_success_at": iso(state.last_success_at) if state.last_success_at else None,
        "last_error": state.last_error,
        "stopped": state.stopped,
    }
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return 0
