"""``python -m desktop.cli``: see :mod:`desktop.cli`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desktop import __version__, logsetup, paths
from desktop.cli import COMMAND_MODULES
from desktop.cli.common import run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.cli",
        description="Pishkhan's command line, for IT staff and integrations.",
        epilog="example:\n  python -m desktop.cli --db counter.db info --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Pishkhan {__version__}")
    parser.add_argument("--db", help="the database file (default: the one the app uses on this PC)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logsetup.setup(paths.log_dir(), level=logging.WARNING)
    return run(args.handler, args)


if __name__ == "__main__":
    sys.exit(main())
