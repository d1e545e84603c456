"""The desktop application: arguments, logging, Qt, the database, and the windows.

``python main.py`` runs :func:`main`. Start-up order: parse arguments (``--help`` and
``--version`` need no display), open and migrate the database, then Qt: fonts,
translators, the crash handler, and the first window (set-up wizard or sign-in).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from desktop import __version__, paths

log = logging.getLogger("pishkhan")

EPILOG = """examples:
  python main.py                       open the app on this PC's database
  python main.py --demo                open a demo dealership (users: clerk, supervisor,
                                       manager, inspector, admin ...; password demo1234)
  python main.py --db D:/counter.db    use another database file
  python main.py --smoke --demo        start, paint once, print startup_ms=..., exit
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pishkhan",
        description="Pishkhan: the counter. Customer relations for car-dealership reception desks.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Pishkhan {__version__}")
    parser.add_argument("--db", type=Path, help="the database file (default: in your user data folder)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a demo dealership full of sample data (its own file unless --db is given)",
    )
    parser.add_argument(
        "--lang", choices=("fa", "en"), help="the language for this run (default: as in Settings)"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start fully, sign in as the demo clerk with --demo, paint once, print startup_ms, exit",
    )
    return parser


def process_start_time() -> float:
    """When this process started, in seconds since the epoch (to about 10 ms).

    On Linux psutil derives it from the boot time, which /proc gives in whole seconds
    (up to a second off); the process's age on the boot clock is exact to a tick.
    """
    try:
        if sys.platform.startswith("linux"):
            fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime
            age = time.clock_gettime(time.CLOCK_BOOTTIME) - started
            return time.time() - age
        import psutil

        return float(psutil.Process().create_time())
    except Exception:  # an unusual platform: count from the import of this module instead
        return _IMPORTED_AT


_IMPORTED_AT = time.time()


def main(argv: list[str] | None = None) -> int:
    from desktop.console import ensure_streams

    ensure_streams()  # pythonw or a windowed build: --version and --smoke print to the console
    args = build_parser().parse_args(argv)
    from desktop import logsetup

    logsetup.setup(paths.log_dir())
    from desktop.views.application import Application

    return Application(args, started_at=process_start_time()).run()


if __name__ == "__main__":
    sys.exit(main())
