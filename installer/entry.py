"""The frozen program's entry point: ``pishkhan`` opens the app, ``pishkhan cli ...`` the command line.

A packaged PC has no Python for ``python -m desktop.cli``; IT staff run the same commands as
``pishkhan cli --db PATH backup``. On Windows the app has no console, so the bundle also holds
``pishkhan-cli.exe`` (the same program, built as a console one): ``pishkhan-cli --db PATH backup``.
"""

import sys
from pathlib import Path


def main() -> int:
    # The windowed pishkhan.exe has no standard streams: print to the console it was run from.
    from desktop.console import ensure_streams

    ensure_streams()
    if Path(sys.executable).stem.lower() == "pishkhan-cli":
        from desktop.cli.__main__ import main as cli

        return cli(sys.argv[1:])
    if len(sys.argv) > 1 and sys.argv[1] == "cli":
        from desktop.cli.__main__ import main as cli

        return cli(sys.argv[2:])
    from desktop.app import main as app

    return app()


if __name__ == "__main__":
    sys.exit(main())
