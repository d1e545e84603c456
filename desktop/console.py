"""Somewhere to print for the windowed Windows program (``pishkhan.exe --version``, ``--smoke``).

PyInstaller (5.7 and later) builds a windowed program, as ``pythonw`` runs one, with
``sys.stdout`` and ``sys.stderr`` set to None: Windows gives a GUI program no console, so
``--version`` and ``--smoke``'s ``startup_ms=`` line would vanish. Run from a console,
the program attaches to its parent's (``AttachConsole(ATTACH_PARENT_PROCESS)``) and
writes there through ``CONOUT$``; started from a shortcut there is none, and output goes
to the null device so that nothing fails for want of a stream. Output redirected to a file
or a pipe already gives Python real streams, which are kept.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import Any

ATTACH_PARENT_PROCESS = 0xFFFFFFFF  # (DWORD)-1


def _attach_parent_console() -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.AttachConsole(ctypes.c_uint32(ATTACH_PARENT_PROCESS)))


def ensure_streams(
    *,
    platform: str = sys.platform,
    attach: Callable[[], bool] | None = None,
    opener: Callable[..., Any] = open,
) -> str:
    """Give None standard streams a place to go; returns ``kept``, ``console`` or ``null``.

    Args:
        platform: ``sys.platform`` (a parameter so that tests can ask for Windows).
        attach: attaches to the parent's console, True on success (tests pass a fake).
        opener: opens the console or the null device (tests pass a fake).
    """
    if sys.stdout is not None and sys.stderr is not None:
        return "kept"
    attached = False
    if platform == "win32":
        try:
            attached = (attach or _attach_parent_console)()
        except OSError:
            attached = False
    if attached:
        try:
            out = opener("CONOUT$", "w", encoding="utf-8", errors="replace")
        except OSError:
            attached = False
    if not attached:
        out = opener(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = out
    if sys.stderr is None:
        sys.stderr = out
    if sys.stdin is None and attached:
        with contextlib.suppress(OSError):
            sys.stdin = opener("CONIN$", "r", encoding="utf-8", errors="replace")
    return "console" if attached else "null"
