"""``customers import|export|search``: customers and vehicles for IT staff and integrations."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, acting_user, opened, print_json, subgroup
from desktop.i18n.errors import message
from desktop.models import customers, transfer
from desktop.models.calendar import utcnow
from desktop.models.errors import ValidationError

PARTLY_IMPORTED = 3  # exit code: good rows imported, some rows rejected


def register(commands: Any) -> None:
    group = subgroup(commands, "customers", "import, export and search customers and their vehicles")
    importing = group.add_parser(
        "import",
        help="import customers and vehicles from CSV or XLSX",
        description="Import one row per customer-and-vehicle from a .csv (UTF-8) or .xlsx file."
        " Headers named first_name, last_name, national_id, mobile, phone, city, address, vin,"
        " chassis, plate, model, segment (or their usual Persian names) map themselves; --map maps"
        " others. Every row is checked like the counter's form: good rows are imported, each"
        " rejected row is printed with its reason. Exit code 0: every row imported; 3: some rows"
        " rejected (the rest imported); 2: bad file or mapping, nothing written.",
        epilog="examples:\n  python -m desktop.cli --db counter.db customers import people.xlsx\n"
        "  python -m desktop.cli --db counter.db customers import old.csv \\\n"
        "      --map 'Cell=mobile' --map 'NID=national_id'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help="read column OLD as field NEW (repeatable)",
    )
    importing.add_argument("--user", help="the user recorded as importing (default: the administrator)")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.set_defaults(handler=cmd_import)

    exporting = group.add_parser(
        "export",
        help="export every customer and vehicle to CSV or XLSX",
        description="Write one row per customer-and-vehicle (customers without a vehicle once) to a"
        " .csv or .xlsx file, with the same headers the import reads. The file appears complete or"
        " not at all.",
        epilog="example:\n  python -m desktop.cli --db counter.db customers export customers-1405-09.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exporting.add_argument("file", type=Path, metavar="FILE")
    exporting.add_argument("--user", help="the user recorded as exporting (default: the administrator)")
    exporting.set_defaults(handler=cmd_export)

    finding = group.add_parser(
        "search",
        help="find customers by name, national ID, mobile, VIN, plate or tracking code",
        description="The counter's lookup: part of a name in any spelling, a national ID, a mobile in"
        " any format, a VIN or chassis number (full or its last 6+ characters), a plate, a case"
        " tracking code. Best matches first.",
        epilog="examples:\n  python -m desktop.cli --db counter.db customers search 0499370899 --json\n"
        "  python -m desktop.cli --db counter.db customers search 'علی محمدی' --limit 5",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    finding.add_argument("query", metavar="QUERY")
    finding.add_argument("--limit", type=int, default=20)
    finding.add_argument("--json", action="store_true", help="print JSON")
    finding.set_defaults(handler=cmd_search)


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise CommandError(f"--map takes OLD=NEW, not {pair!r}", 2)
        mapping[old.strip()] = new.strip()
    return mapping


def _reason(row: transfer.Rejected) -> str:
    error = ValidationError(row.field, row.code, **row.params) if row.field else ValidationError("", row.code)
    return message(error, "en")


def cmd_import(args: argparse.Namespace) -> int:
    mapping = _mapping(args.map)
    if not args.file.is_file():
        raise CommandError(f"no file at {args.file}", 2)
    transfer.file_format(args.file)
    with opened(args) as db, db.write() as conn:
        actor = acting_user(conn, args.user)
        report = transfer.import_file(conn, actor, args.file, now=utcnow(), mapping=mapping)
    if args.json:
        print_json(
            {
                "rows": report.rows,
                "imported": report.imported,
                "customers_created": report.customers_created,
                "customers_updated": report.customers_updated,
                "vehicles_added": report.vehicles_added,
                "unchanged": report.unchanged,
                "ignored_columns": report.ignored_columns,
                "rejected": [
                    {"row": r.row, "field": r.field, "code": r.code, "reason": _reason(r)}
                    for r in report.rejected
                ],
            }
        )
    else:
        print(
            f"imported {report.imported} of {report.rows} rows: {report.customers_created} new customers,"
            f" {report.customers_updated} updated, {report.vehicles_added} vehicles added,"
            f" {report.unchanged} already known"
        )
        if report.ignored_columns:
            print("ignored columns: " + ", ".join(report.ignored_columns))
        for r in report.rejected:
            print(f"rejected row {r.row}: {_reason(r)}")
    return PARTLY_IMPORTED if report.rejected else 0


def cmd_export(args: argparse.Namespace) -> int:
    transfer.file_format(args.file)
    with opened(args) as db, db.read() as conn:
        actor = acting_user(conn, args.user)
        count = transfer.export_file(conn, actor, args.file)
    print(f"exported {count} rows to {args.file}")
    return 0


def hit_json(hit: customers.Hit) -> dict[str, Any]:
    c = hit.customer
    return {
        "id": c.id,
        "kind": c.kind,
        "name": c.display_name,
        "national_id": c.national_id or c.company_id,
        "mobile": c.mobile,
        "city": c.city,
        "matched_by": hit.matched_by,
        "vehicles": [
            {
                "id": v.id,
                "vin": v.vin,
                "chassis": v.chassis,
                "plate": v.plate,
                "model": v.model,
                "segment": v.segment,
            }
            for v in hit.vehicles
        ],
    }


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("--limit must be at least 1", 2)
    with opened(args) as db, db.read() as conn:
        hits = customers.search(conn, args.query, args.limit)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("no customer found")
    for hit in hits:
        c = hit.customer
        cars = ", ".join(filter(None, (f"{v.model} {v.identifier()}".strip() for v in hit.vehicles)))
        print(f"{c.display_name}\t{c.national_id or c.company_id}\t{c.mobile}\t{cars}\t({hit.matched_by})")
    return 0
