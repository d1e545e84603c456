"""The desktop command line: ``python -m desktop.cli --db PATH COMMAND ...``.

Each feature adds its commands in its own module, listed in :data:`COMMAND_MODULES`;
a module has ``register(subparsers)`` and each command's handler takes the parsed
arguments and returns an exit code. Errors go to standard error in plain words and
exit non-zero; nothing is written when input is bad.
"""

from __future__ import annotations

COMMAND_MODULES = [
    "desktop.cli.setup",
    "desktop.cli.settings",
    "desktop.cli.backup",
    "desktop.cli.customers",
    "desktop.cli.cases_intake",
    "desktop.cli.documents",
    "desktop.cli.audits",
    "desktop.cli.kpi",
    "desktop.cli.sync",
]
