"""Bugs: logged with their traceback and shown in a crash dialog, never swallowed."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logsetup import log_file, scrub

log = logging.getLogger("pishkhan.crash")
_showing = False


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected exception and tell the user, once, with the details to copy."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    log.error("unexpected error", exc_info=(kind, error, tb))
    details = scrub("".join(traceback.format_exception(kind, error, tb)))
    app = QApplication.instance()
    if app is None or _showing:
        if sys.stderr is not None:  # scrubbed here too: stderr may be redirected to a file
            print(details, file=sys.stderr, end="")
        return
    _showing = True
    try:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Pishkhan: unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Something unexpected went wrong. Your saved work is safe in the database."
                " Please send the details below to your IT support.",
            )
            + _log_line()
        )
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


def _log_line() -> str:
    path = log_file()
    if path is None:
        return ""
    text = QCoreApplication.translate("Crash", "The same details are in the log file:\n%1")
    return "\n\n" + text.replace("%1", str(path))


def install() -> None:
    sys.excepthook = excepthook
