"""System tools some tests need (``pdftotext`` from poppler-utils), skipped only off CI."""

from __future__ import annotations

import os
import shutil

import pytest

PACKAGES = {"pdftotext": "poppler-utils", "pdftoppm": "poppler-utils"}


def strict() -> bool:
    """In CI a missing tool fails the test instead of skipping it (.ci/run sets these)."""
    return bool(os.environ.get("CI")) or os.environ.get("PISHKHAN_REQUIRE_POSTGRES") == "1"


def require(command: str) -> None:
    """Skip the calling test when ``command`` is missing (fail it in CI), saying what to install."""
    if shutil.which(command) is not None:
        return
    package = PACKAGES.get(command, command)
    reason = f"{command} is not installed: sudo apt-get install {package} to run this test"
    if strict():
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)
