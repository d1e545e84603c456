"""``backup``: copy the database now (also while the app runs); ``restore``: put a backup back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, database_path, print_json
from desktop.models import backup
from desktop.models.calendar import local, utcnow
from desktop.models.db import open_database


def register(commands: Any) -> None:
    make = commands.add_parser(
        "backup",
        help="back up the database now (the app may stay open)",
        description="Write a verified copy of the database with SQLite's online backup API, into the"
        " folder chosen in Settings (default: backups/ beside the database) or into --to DIR."
        " Backups made this way are kept until you delete them; the app's automatic daily"
        " backups keep 7 days and 4 weeks. --list shows the backups in the folder instead.",
        epilog="examples:\n  python -m desktop.cli --db counter.db backup\n"
        "  python -m desktop.cli --db counter.db backup --to /media/usb/pishkhan\n"
        "  python -m desktop.cli --db counter.db backup --list --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    make.add_argument("--to", type=Path, metavar="DIR", help="the folder to write to (created if needed)")
    make.add_argument("--list", action="store_true", help="list the backups in the folder, newest first")
    make.add_argument("--json", action="store_true", help="print JSON")
    make.set_defaults(handler=cmd_backup)

    put_back = commands.add_parser(
        "restore",
        help="replace the database with a backup (close the app first)",
        description="Verify the backup, then replace the database with it. The replaced database is"
        " kept beside it as <name>.replaced-<time>Z.db; a backup from an older release is"
        " upgraded, one from a newer release is refused. Pishkhan must be closed on this database.",
        epilog="example:\n  python -m desktop.cli --db counter.db restore \\\n"
        "      backups/pishkhan-20261124-083000Z-daily.db",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    put_back.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    put_back.add_argument("--json", action="store_true", help="print JSON")
    put_back.set_defaults(handler=cmd_restore)


def _describe(item: backup.Backup) -> dict[str, Any]:
    return {
        "path": str(item.path),
        "taken_at": local(item.taken_at).isoformat(timespec="seconds"),
        "kind": item.kind,
        "size": item.size,
    }


def cmd_backup(args: argparse.Namespace) -> int:
    path = database_path(args)
    if not path.is_file():
        raise CommandError(f"no database at {path}", 2)
    # Not exclusive: the online backup API copies a database the app is using.
    db = open_database(path, exclusive=False, migrate=False)
    try:
        target = args.to.expanduser().resolve() if args.to else backup.backup_folder(db)
        if args.list:
            found = [_describe(item) for item in backup.list_backups(target)]
            if args.json:
                print_json({"folder": str(target), "backups": found})
            else:
                print(f"backups in {target}:" if found else f"no backups in {target}")
                for item in found:
                    print(f"  {item['taken_at']}  {item['kind']:<8} {item['size']:>12,}  {item['path']}")
            return 0
        made = backup.back_up(db, utcnow(), to=target)
    finally:
        db.close()
    if args.json:
        print_json(_describe(made))
    else:
        print(f"backed up to {made.path} ({made.size:,} bytes, verified)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = args.file.expanduser().resolve()
    done = backup.restore_file(database_path(args), source, utcnow())
    if args.json:
        print_json(
            {
                "restored_from": str(done.backup),
                "replaced_kept_as": str(done.aside) if done.aside else None,
                "dealership": done.info.dealership_id,
                "events": done.info.events,
            }
        )
    else:
        print(f"restored from {done.backup} ({done.info.events:,} events)")
        if done.aside is not None:
            print(f"the replaced database is kept as {done.aside}")
    return 0
