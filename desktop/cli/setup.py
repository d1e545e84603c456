"""``setup``: prepare a counter PC's database without a screen; ``info``: what is set up."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop.cli.common import CommandError, opened, print_json
from desktop.models import dealership, events
from desktop.models.calendar import utcnow


def register(commands: Any) -> None:
    setup = commands.add_parser(
        "setup",
        help="create the dealership profile and the first administrator",
        description="Create and migrate the database, the dealership profile and the first"
        " administrator. The password is read from standard input, never from the command line.",
        epilog="example:\n  echo 's3cret-pass' | python -m desktop.cli --db counter.db setup \\\n"
        "      --dealership-code 1420 --dealership-name 'Arian Khodro' --admin-user admin",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    setup.add_argument("--dealership-code", required=True, help="the code HQ gave the dealership")
    setup.add_argument("--dealership-name", required=True)
    setup.add_argument("--admin-user", required=True, help="the administrator's user name")
    setup.add_argument("--admin-name", default="", help="the administrator's full name")
    setup.add_argument("--city", default="")
    setup.add_argument("--phone", default="")
    setup.add_argument("--address", default="")
    setup.set_defaults(handler=cmd_setup)

    info = commands.add_parser(
        "info",
        help="show the dealership, this device and the changes waiting for HQ",
        epilog="example:\n  python -m desktop.cli --db counter.db info --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=cmd_info)


def read_secret(prompt: str) -> str:
    """A secret from standard input: prompted (twice) on a terminal, else the first line."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise CommandError("the two passwords differ", 2)
        return first
    line = sys.stdin.readline()
    if not line:
        raise CommandError("no password on standard input", 2)
    return line.rstrip("\r\n")


def cmd_setup(args: argparse.Namespace) -> int:
    password = read_secret("Administrator's password: ")
    with opened(args, need_setup=False) as db, db.write() as conn:
        dealer, admin = dealership.setup(
            conn,
            code=args.dealership_code,
            name=args.dealership_name,
            city=args.city,
            phone_number=args.phone,
            address=args.address,
            admin_username=args.admin_user,
            admin_display_name=args.admin_name,
            admin_password=password,
            now=utcnow(),
        )
    print(f"set up dealership {dealer.id} ({dealer.name}); administrator: {admin.username}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        dealer = dealership.get_dealership(conn)
        device = events.this_device(conn)
        data = {
            "dealership": {"id": dealer.id, "name": dealer.name, "city": dealer.city},
            "device": {"id": device.device_id, "short_code": device.short_code},
            "pending_events": events.pending_count(conn),
            "schema": db.current_revision(),
        }
    if args.json:
        print_json(data)
        return 0
    city = f", {dealer.city}" if dealer.city else ""
    print(f"dealership:      {dealer.name}{city} (id {dealer.id})")
    print(f"this device:     {device.short_code} ({device.device_id})")
    print(f"waiting for HQ:  {data['pending_events']} change(s)")
    print(f"database schema: {data['schema']}")
    return 0
