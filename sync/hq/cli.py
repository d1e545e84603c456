"""``python -m sync.hq``: serve HQ, and the administrator's commands.

Every command takes its database from ``--database-url URL``, else the environment
variable ``PISHKHAN_HQ_DATABASE_URL``, else a SQLite file in HQ's data folder
(``PISHKHAN_HQ_DATA_DIR`` moves it).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.models.calendar import utcnow
from desktop.models.cases.codes import SEGMENTS
from desktop.models.users import Role
from sync.hq import db, devices, reference, settings
from sync.hq.errors import AdminError

Handler = Callable[[argparse.Namespace], int]


def _url(args: argparse.Namespace) -> str:
    return str(
        args.database_url or os.environ.get("PISHKHAN_HQ_DATABASE_URL") or settings.default_database_url()
    )


def _engine(args: argparse.Namespace) -> Any:
    engine = db.make_engine(_url(args), pool_size=2)
    db.migrate(engine)
    return engine


def _print(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    url = _url(args)
    os.environ["PISHKHAN_HQ_DATABASE_URL"] = url
    HQ = settings.HQSettings()  # noqa: N806 - refuse unsafe settings before anything starts
    engine = db.make_engine(HQ.url, pool_size=1)
    db.migrate(engine)
    engine.dispose()
    uvicorn.run(
        "sync.hq.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=not args.no_access_log,
        timeout_keep_alive=30,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    engine = _engine(args)
    print(f"HQ database at revision {db.current_revision(engine)}")
    return 0


def cmd_create_dealership(args: argparse.Namespace) -> int:
    with db.writing(_engine(args)) as conn:
        code = devices.create_dealership(conn, args.code, args.name, utcnow())
    _print({"code": code, "name": args.name})
    return 0


def _codes(text: str | None) -> list[str]:
    return [c.strip() for c in (text or "").split(",") if c.strip()]


def cmd_enroll_device(args: argparse.Namespace) -> int:
    with db.writing(_engine(args)) as conn:
        code, expires = devices.issue_enrolment(
            conn,
            dealership=args.dealership,
            name=args.name,
            role=args.role,
            dealerships=_codes(args.assign),
            hours=args.hours,
            now=utcnow(),
        )
    _print({"code": code, "expires_at": expires})
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    with db.writing(_engine(args)) as conn:
        devices.revoke(conn, args.device_id, utcnow())
    print(f"revoked {args.device_id}: its token gets 401 from now on")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    with db.writing(_engine(args)) as conn:
        codes = devices.assign(conn, args.device_id, _codes(args.dealerships))
    _print({"device_id": args.device_id, "dealerships": codes})
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    with db.reading(_engine(args)) as conn:
        rows = devices.list_devices(conn)
    if args.json:
        _print([row.__dict__ | {"dealerships": list(row.dealerships)} for row in rows])
        return 0
    for row in rows:
        state = f"revoked {row.revoked_at}" if row.revoked_at else f"seen {row.last_seen_at or '-'}"
        extra = f" audits {','.join(row.dealerships)}" if row.dealerships else ""
        code = row.short_code or "--"
        print(f"{row.device_id}  {row.dealership:<10} {code}  {row.role:<9} {row.name}  ({state}){extra}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AdminError(f"not JSON: {exc}") from None
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        raise AdminError("give a JSON object or a list of objects")
    with db.writing(_engine(args)) as conn:
        done = reference.publish(conn, records, utcnow())
    _print([p.__dict__ for p in done])
    return 0


def _secret(prompt: str, optional: bool = False) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line and not optional:
        raise AdminError("no password on standard input")
    return line.rstrip("\r\n")


def cmd_add_user(args: argparse.Namespace) -> int:
    password = _secret("Password: ")
    pin = _secret("PIN (empty for none): ", optional=True) if args.with_pin else ""
    engine = _engine(args)
    with db.writing(engine) as conn:
        code = devices._require_dealerships(conn, [args.dealership])[0]
        record = reference.user_record(
            dealership=code,
            username=args.username,
            display_name=args.name or args.username,
            role=args.role,
            password=password,
            pin=pin or None,
            unit=args.unit,
            segments=tuple(args.segment or ()),
        )
        done = reference.publish(conn, [record], utcnow())
    _print({"user_id": record["key"], "username": record["body"]["username"], "version": done[0].version})
    return 0


def cmd_update_user(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {"display_name": args.name, "role": args.role}
    if args.no_unit:
        changes["unit"] = None
    elif args.unit is not None:
        changes["unit"] = args.unit
    if args.all_segments:
        changes["segments"] = ()
    elif args.segment:
        changes["segments"] = tuple(args.segment)
    if args.disable or args.enable:
        changes["active"] = bool(args.enable)
    engine = _engine(args)
    with db.writing(engine) as conn:
        code = devices._require_dealerships(conn, [args.dealership])[0]
        record = reference.changed_user_record(conn, dealership=code, username=args.username, **changes)
        done = reference.publish(conn, [record], utcnow())
    body = record["body"]
    _print(
        {
            "user_id": record["key"],
            "username": body["username"],
            "role": body["role"],
            "unit": body.get("unit"),
            "segments": body.get("segments", []),
            "active": body.get("active", True),
            "version": done[0].version,
        }
    )
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    with db.writing(_engine(args)) as conn:
        value = db.new_epoch(conn)
    print(f"new server epoch {value}: devices will push their history again")
    return 0


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="python -m sync.hq",
        description="Pishkhan HQ: the sync server and its administration.",
        epilog="example:\n  python -m sync.hq --database-url postgresql+psycopg://hq@db/hq serve --port 8080",
        formatter_class=fmt,
    )
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL (default: $PISHKHAN_HQ_DATABASE_URL, else a SQLite file in HQ's data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Handler, help_text: str, example: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, epilog=f"example:\n  {example}", formatter_class=fmt)
        sub.add_argument("--database-url", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    serve = add(
        "serve", cmd_serve, "run the HQ web server", "python -m sync.hq serve --host 0.0.0.0 --port 8080"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1, help="processes (they share the database)")
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    serve.add_argument("--no-access-log", action="store_true", help="do not log every request")

    add("migrate", cmd_migrate, "create or upgrade HQ's database", "python -m sync.hq migrate")

    dealer = add(
        "create-dealership",
        cmd_create_dealership,
        "add a dealership",
        "python -m sync.hq create-dealership --code 1420 --name 'Arian Khodro'",
    )
    dealer.add_argument("--code", required=True)
    dealer.add_argument("--name", required=True)

    enroll = add(
        "enroll-device",
        cmd_enroll_device,
        'make a one-time enrolment code; prints {"code": ..., "expires_at": ...}',
        "python -m sync.hq enroll-device --dealership 1420 --name 'Counter 1' --role clerk",
    )
    enroll.add_argument("--dealership", required=True, help="the dealership the device is set up for")
    enroll.add_argument("--name", required=True, help="a name for the device, e.g. 'Counter 2'")
    enroll.add_argument("--role", default="clerk", choices=["clerk", "inspector", "hq"])
    enroll.add_argument("--assign", help="inspector only: dealerships it may audit, comma-separated")
    enroll.add_argument("--hours", type=int, default=72, help="hours until the code expires (default 72)")

    revoke = add(
        "revoke-device",
        cmd_revoke_device,
        "revoke a device's token",
        "python -m sync.hq revoke-device 0192...-...",
    )
    revoke.add_argument("device_id")

    listing = add(
        "list-devices", cmd_list_devices, "list enrolled devices", "python -m sync.hq list-devices --json"
    )
    listing.add_argument("--json", action="store_true")

    assign = add(
        "assign-dealerships",
        cmd_assign,
        "set the dealerships an inspector's device may audit",
        "python -m sync.hq assign-dealerships 0192...-... --dealerships 1420,1500",
    )
    assign.add_argument("device_id")
    assign.add_argument("--dealerships", required=True)

    publish = add(
        "publish",
        cmd_publish,
        "publish reference records (JSON: kind, scope, key, body[, deleted]) to devices",
        'echo \'{"kind":"counter","scope":"dealership:1420","key":"4","body":{"name":""}}\''
        " | python -m sync.hq publish -",
    )
    publish.add_argument("file", help="a JSON file, or - for standard input")

    user = add(
        "add-user",
        cmd_add_user,
        "publish a dealership user (password from standard input) to its devices",
        "echo 's3cret-pass' | python -m sync.hq add-user --dealership 1420 --username clerk3 --role clerk",
    )
    user.add_argument("--dealership", required=True)
    user.add_argument("--username", required=True)
    user.add_argument("--name", default="")
    user.add_argument("--role", default="clerk")
    user.add_argument("--with-pin", action="store_true", help="read a PIN from the next line too")
    user.add_argument("--unit", help="the unit whose referred inquiries reach the user, e.g. after_sales")
    user.add_argument(
        "--segment",
        action="append",
        choices=list(SEGMENTS),
        help="a vehicle segment whose cases the user handles; repeat for several (none: every segment)",
    )

    change = add(
        "update-user",
        cmd_update_user,
        "change a published user's name, role, unit, segments or access; devices apply it at their next sync",
        "python -m sync.hq update-user --dealership 1420 --username clerk3 --unit after_sales"
        " --segment commercial --segment motorcycle",
    )
    change.add_argument("--dealership", required=True)
    change.add_argument("--username", required=True)
    change.add_argument("--name", help="the full name shown on screens and documents")
    change.add_argument("--role", help="one of " + ", ".join(r.value for r in Role))
    unit = change.add_mutually_exclusive_group()
    unit.add_argument("--unit", help="the unit whose referred inquiries reach the user")
    unit.add_argument("--no-unit", action="store_true", help="take the user out of their unit")
    segments = change.add_mutually_exclusive_group()
    segments.add_argument(
        "--segment",
        action="append",
        choices=list(SEGMENTS),
        help="a vehicle segment whose cases the user handles (replaces the list); repeat for several",
    )
    segments.add_argument("--all-segments", action="store_true", help="the user handles every segment")
    access = change.add_mutually_exclusive_group()
    access.add_argument("--disable", action="store_true", help="the user can no longer sign in")
    access.add_argument("--enable", action="store_true", help="the user may sign in again")

    add(
        "new-epoch",
        cmd_new_epoch,
        "after restoring HQ from a backup: devices push their history again",
        "python -m sync.hq new-epoch",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except AdminError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
