"""``cases receipt|history|letter`` and ``jobcards receipt``: printed documents as PDF files.

For scripts and for reprinting. A case or job card that does not exist exits non-zero
with a message and writes no file; a file is written next to its final name and renamed
into place, so a reader never sees half a PDF.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, opened, subgroup
from desktop.models import settings
from desktop.models.calendar import utcnow
from desktop.models.errors import NotFound

CASE_HELP = "the case's tracking code (e.g. 1420-P3227K) or id"


def register(commands: Any) -> None:
    group = subgroup(commands, "cases", "register, show and list cases")
    receipt = group.add_parser(
        "receipt",
        help="the intake receipt of a case as a PDF",
        description="Write the intake receipt the customer was given (tracking code, QR code, what was"
        " promised) as a PDF, on an A5 sheet or an 80 mm thermal roll.",
        epilog="examples:\n  python -m desktop.cli --db counter.db cases receipt 1420-P3227K --out r.pdf\n"
        "  python -m desktop.cli --db c.db cases receipt 1420-P3227K --out r.pdf --layout 80mm --lang en",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    receipt.add_argument("key", metavar="ID_OR_TRACKING_CODE", help=CASE_HELP)
    receipt.add_argument("--layout", choices=("a5", "80mm"), help="default: the receipt_layout setting")
    _common(receipt)
    receipt.set_defaults(handler=cmd_receipt)

    history = group.add_parser(
        "history",
        help="the whole timeline of a case as a PDF",
        epilog="example:\n  python -m desktop.cli --db counter.db cases history 1420-P3227K --out h.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    history.add_argument("key", metavar="ID_OR_TRACKING_CODE", help=CASE_HELP)
    _common(history)
    history.set_defaults(handler=cmd_history)

    letter = group.add_parser(
        "letter",
        help="the formal reply letter of a case as a PDF",
        description="Write the formal reply letter: to the authority that referred the case, else to the"
        " customer. Its body is the reply letter recorded on the case, else the case's latest response.",
        epilog="example:\n  python -m desktop.cli --db counter.db cases letter 1420-P3227K --out letter.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    letter.add_argument("key", metavar="ID_OR_TRACKING_CODE", help=CASE_HELP)
    _common(letter)
    letter.set_defaults(handler=cmd_letter)

    cards = subgroup(commands, "jobcards", "job cards of the service desk")
    bill = cards.add_parser(
        "receipt",
        help="the service receipt (bill) of an issued job card as a PDF",
        epilog="example:\n  python -m desktop.cli --db counter.db jobcards receipt 1420-P3-00042 --out b.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    bill.add_argument("key", metavar="ID_OR_NUMBER", help="the job card's number (e.g. 1420-P3-00042) or id")
    _common(bill)
    bill.set_defaults(handler=cmd_service_receipt)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument("--lang", choices=("fa", "en"), help="default: the language set for this PC")


def _write(path: Path, data: bytes) -> None:
    from reports.output import write_file

    if not path.resolve().parent.is_dir():
        raise CommandError(f"the folder {path.resolve().parent} does not exist", 2)
    try:
        write_file(path, data)
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}", 2) from None


def _produce(args: argparse.Namespace, what: str, make: Callable[[Any, str], bytes]) -> int:
    with opened(args) as db, db.read() as conn:
        lang = args.lang or str(settings.get(conn, "language") or "fa")
        try:
            pdf = make(conn, lang)
        except NotFound:
            raise CommandError(f"no {what} {args.key!r} in this database", 2) from None
    _write(Path(args.out), pdf)
    print(f"wrote {args.out} ({len(pdf) // 1024 + 1} KB)")
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from reports import intake_receipt, sources

    def make(conn: Any, lang: str) -> bytes:
        layout = args.layout or str(settings.get(conn, "receipt_layout") or "a5")
        layout = layout if layout in intake_receipt.LAYOUTS else "a5"
        return intake_receipt.build(sources.intake_receipt(conn, args.key, lang), lang, layout)

    return _produce(args, "case", make)


def cmd_history(args: argparse.Namespace) -> int:
    from reports import case_history, sources

    return _produce(
        args,
        "case",
        lambda conn, lang: case_history.build(sources.case_history(conn, args.key, lang, now=utcnow()), lang),
    )


def cmd_letter(args: argparse.Namespace) -> int:
    from reports import reply_letter, sources

    return _produce(
        args,
        "case",
        lambda conn, lang: reply_letter.build(sources.reply_letter(conn, args.key, lang, now=utcnow()), lang),
    )


def cmd_service_receipt(args: argparse.Namespace) -> int:
    from reports import service_receipt, sources

    return _produce(
        args,
        "job card",
        lambda conn, lang: service_receipt.build(sources.service_receipt(conn, args.key, lang), lang),
    )
