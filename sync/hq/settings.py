"""HQ's settings: environment variables ``PISHKHAN_HQ_*`` or the command line.

In production (``PISHKHAN_HQ_ENVIRONMENT=production``) the settings refuse what is only
fit for a developer's machine: the default SQLite file, and debug output.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from sync import protocol

APP_NAME = "Pishkhan HQ"


def data_dir() -> Path:
    """HQ's data folder (``PISHKHAN_HQ_DATA_DIR`` overrides the user data folder)."""
    override = os.environ.get("PISHKHAN_HQ_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, "Pishkhan"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'hq.db'}"


class HQSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PISHKHAN_HQ_", extra="ignore")

    environment: Literal["development", "production"] = "development"
    database_url: str = ""
    debug: bool = False
    enrolment_code_hours: int = 72
    max_body_bytes: int = 8 * 1024 * 1024
    max_decompressed_bytes: int = 32 * 1024 * 1024
    max_blob_bytes: int = 25 * 1024 * 1024
    pool_size: int = 10

    @model_validator(mode="after")
    def _safe_for_production(self) -> HQSettings:
        if self.environment == "production":
            if not self.database_url:
                raise ValueError(
                    "production needs PISHKHAN_HQ_DATABASE_URL (PostgreSQL), not the default file"
                )
            if self.database_url.startswith("sqlite"):
                raise ValueError("production runs on PostgreSQL: set PISHKHAN_HQ_DATABASE_URL")
            if self.debug:
                raise ValueError("debug output is not allowed in production")
        if self.max_body_bytes > self.max_decompressed_bytes:
            raise ValueError("max_body_bytes cannot exceed max_decompressed_bytes")
        return self

    @property
    def url(self) -> str:
        return self.database_url or default_database_url()

    def limits(self) -> protocol.Limits:
        return protocol.Limits(
            max_batch_events=protocol.MAX_BATCH,
            max_body_bytes=self.max_body_bytes,
            max_decompressed_bytes=self.max_decompressed_bytes,
            max_blob_bytes=self.max_blob_bytes,
            max_pull_limit=protocol.MAX_PULL_LIMIT,
        )
