"""``cases register|show|list``: cases from integrations (the web form, the call centre)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, acting_user, opened, print_json, subgroup
from desktop.models import cases, customers
from desktop.models.calendar import iso, utcnow
from desktop.models.customers.intake import register_at_counter
from desktop.models.errors import NotFound, ValidationError
from desktop.models.identity import national_id

REQUIRED = ("channel", "type", "category", "description")
OPTIONAL = (
    "national_id",
    "customer_id",
    "vin",
    "priority",
    "remedy",
    "subcategory",
    "counter",
    "answer",
    "satisfaction",
    "authority",
)
# The referring authority's letter (channel "authority"): all four are required there.
AUTHORITY_KEYS = ("name", "letter_no", "letter_date", "due_date")


def register(commands: Any) -> None:
    group = subgroup(commands, "cases", "register, show and list cases")
    reg = group.add_parser(
        "register",
        help="register a case from a JSON file",
        description="Register a case described by a JSON object: national_id or customer_id,"
        " channel (walk_in, phone, email, sms, web, office, authority), type (question, request,"
        " complaint), category (quality, delivery, price, warranty, responsiveness,"
        " staff_behaviour, data_correction, other), description; optional vin (the customer's"
        " vehicle: VIN or chassis number), priority (low, normal, high, urgent), remedy,"
        " subcategory, counter, and for a question answered at once: answer and satisfaction (1-5)."
        " Channel authority needs authority: an object with name, letter_no, letter_date and"
        " due_date (dates as 1405/09/01 or 2026-11-22)."
        " Checked like the counter's form; prints the new case as JSON. FILE '-' reads standard input.",
        epilog='examples:\n  echo \'{"national_id": "0499370899", "channel": "phone", "type": "complaint",'
        ' "category": "warranty", "description": "..."}\' > case.json\n'
        "  python -m desktop.cli --db counter.db cases register --json case.json\n"
        '  echo \'{"national_id": "0499370899", "channel": "authority", "type": "complaint",'
        ' "category": "price", "description": "...", "authority": {"name": "...",'
        ' "letter_no": "12/345", "letter_date": "1405/09/01", "due_date": "1405/09/10"}}\''
        " | python -m desktop.cli --db counter.db cases register --json -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reg.add_argument("--json", required=True, metavar="FILE", dest="file", help="the JSON file ('-': stdin)")
    reg.add_argument("--user", help="the user recorded as registering (default: the administrator)")
    reg.set_defaults(handler=cmd_register)

    show = group.add_parser(
        "show",
        help="one case with its customer and its events",
        epilog="example:\n  python -m desktop.cli --db counter.db cases show 1420-P3227K --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    show.add_argument("key", metavar="ID_OR_TRACKING_CODE")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_show)

    listing = group.add_parser(
        "list",
        help="cases, newest first",
        epilog="examples:\n  python -m desktop.cli --db counter.db cases list --json\n"
        "  python -m desktop.cli --db counter.db cases list --status registered --limit 20",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    listing.add_argument("--status", action="append", choices=cases.STATUSES, help="only these statuses")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)


def _read_request(source: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CommandError(f"cannot read {source}: {exc.strerror}", 2) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(f"{source} is not JSON: {exc.msg} at line {exc.lineno}", 2) from None
    if not isinstance(data, dict):
        raise CommandError("the JSON must be one object", 2)
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise CommandError(f"unknown keys: {', '.join(unknown)}", 2)
    missing = [k for k in REQUIRED if not str(data.get(k) or "").strip()]
    if missing:
        raise CommandError(f"missing keys: {', '.join(missing)}", 2)
    if not (data.get("national_id") or data.get("customer_id")):
        raise CommandError("give national_id or customer_id", 2)
    authority = data.get("authority")
    if authority is not None:
        if not isinstance(authority, dict):
            raise CommandError("authority must be an object: " + ", ".join(AUTHORITY_KEYS), 2)
        unknown = sorted(set(authority) - set(AUTHORITY_KEYS))
        if unknown:
            raise CommandError(f"unknown keys in authority: {', '.join(unknown)}", 2)
        if data.get("channel") != "authority":
            raise CommandError("authority is only for the channel authority", 2)
    elif data.get("channel") == "authority":
        raise CommandError("channel authority needs authority: " + ", ".join(AUTHORITY_KEYS), 2)
    return data


def case_json(case: cases.Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "tracking_code": case.tracking_code,
        "status": case.status,
        "resolution": case.resolution,
        "customer_id": case.customer_id,
        "vehicle_id": case.vehicle_id,
        "channel": case.channel,
        "type": case.case_type,
        "category": case.category,
        "subcategory": case.subcategory,
        "priority": case.priority,
        "segment": case.segment,
        "description": case.description,
        "remedy": case.remedy,
        "level": case.level,
        "counter": case.counter,
        "registered_at": iso(case.registered_at),
        "closed_at": iso(case.closed_at) if case.closed_at else None,
        "satisfaction": case.satisfaction,
        "attachments": list(case.attachments),
        "authority": dict(case.state.authority) if case.state.authority else None,
    }


def cmd_register(args: argparse.Namespace) -> int:
    data = _read_request(args.file)
    satisfaction = data.get("satisfaction")
    if satisfaction is not None and (not isinstance(satisfaction, int) or isinstance(satisfaction, bool)):
        raise CommandError("satisfaction must be a whole number from 1 to 5", 2)
    with opened(args) as db, db.write() as conn:
        actor = acting_user(conn, args.user)
        if data.get("customer_id"):
            try:
                customer = customers.get_customer(conn, str(data["customer_id"]))
            except NotFound:
                raise CommandError(f"no customer with id {data['customer_id']}", 2) from None
        else:
            found = customers.find_by_national_id(conn, national_id(str(data["national_id"])))
            if found is None:
                raise CommandError(f"no customer with national ID {data['national_id']}", 2)
            customer = found
        vehicle_id = None
        if data.get("vin"):
            vehicle_id = _vehicle_of(conn, customer, str(data["vin"]))
        case = register_at_counter(
            conn,
            actor,
            customer_id=customer.id,
            channel=str(data["channel"]),
            case_type=str(data["type"]),
            category=str(data["category"]),
            description=str(data["description"]),
            now=utcnow(),
            vehicle_id=vehicle_id,
            subcategory=data.get("subcategory") or None,
            priority=str(data.get("priority") or "normal"),
            remedy=str(data.get("remedy") or ""),
            counter=str(data["counter"]) if data.get("counter") else None,
            answer=str(data.get("answer") or ""),
            satisfaction=satisfaction,
            authority=_authority(data.get("authority")),
        )
    print_json(case_json(case))
    return 0


def _vehicle_of(conn: Any, customer: customers.Customer, typed: str) -> str:
    from desktop.models.identity import chassis, vin

    try:
        key = {"vin": vin(typed)}
    except ValidationError:
        key = {"chassis": chassis(typed, "vin")}
    found = customers.find_vehicle(conn, **key)
    if found is None or found.owner_id not in customers.customer_ids(conn, customer.id):
        raise CommandError(f"the customer has no vehicle with VIN or chassis {typed}", 2)
    return found.id


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as db, db.read() as conn:
        case = cases.get_case(conn, args.key)
        try:
            customer: customers.Customer | None = customers.get_customer(conn, case.customer_id)
        except NotFound:
            customer = None
    result = case_json(case)
    result["customer"] = (
        {
            "id": customer.id,
            "name": customer.display_name,
            "national_id": customer.national_id or customer.company_id,
            "mobile": customer.mobile,
        }
        if customer
        else None
    )
    result["events"] = [
        {"kind": e.kind, "at": e.recorded_at, "actor_id": e.actor_id, "payload": dict(e.payload)}
        for e in case.events
    ]
    if args.json:
        print_json(result)
        return 0
    who = result["customer"]["name"] if customer else case.customer_id
    print(f"{case.tracking_code}  {case.status}  {case.case_type}/{case.category}  {who}")
    print(case.description)
    for event in result["events"]:
        print(f"  {event['at']}  {event['kind']}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("--limit must be at least 1", 2)
    with opened(args) as db, db.read() as conn:
        found = cases.list_cases(conn, statuses=args.status, limit=args.limit)
        people = customers.customers_by_id(conn, {c.customer_id for c in found})
    rows = [
        {
            "id": c.id,
            "tracking_code": c.tracking_code,
            "status": c.status,
            "national_id": (people[c.customer_id].national_id or people[c.customer_id].company_id)
            if c.customer_id in people
            else "",
            "customer_id": c.customer_id,
            "type": c.case_type,
            "category": c.category,
            "priority": c.priority,
            "registered_at": iso(c.registered_at),
        }
        for c in found
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        print(
            f"{row['tracking_code']}\t{row['status']}\t{row['national_id']}\t{row['type']}/{row['category']}"
        )
    return 0


def _authority(value: dict[str, Any] | None) -> dict[str, str] | None:
    """The authority object as text (numbers typed without quotes are accepted)."""
    if not value:
        return None
    return {k: "" if v is None else str(v) for k, v in value.items()}
