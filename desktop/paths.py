"""Where things are: bundled resources (source tree or frozen bundle) and user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Pishkhan"
APP_AUTHOR = "Pishkhan"


def resources() -> Path:
    """The ``resources/`` folder, in the source tree or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder (``PISHKHAN_DATA_DIR`` overrides it, for tests and kiosks)."""
    override = os.environ.get("PISHKHAN_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "pishkhan.db"


def demo_database() -> Path:
    return data_dir() / "demo.db"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
