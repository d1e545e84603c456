"""Content-addressed files (attachments, evidence photos), kept inside the database.

Kept in SQLite rather than loose files so that a backup of the one database file is a
backup of everything. The key is the SHA-256 of the bytes: storing the same file twice
stores it once, and HQ's ``PUT /v1/blobs/{sha256}`` is idempotent for the same reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from desktop.models import tables as t
from desktop.models.calendar import iso, utcnow
from desktop.models.errors import NotFound, ValidationError

MAX_BLOB_BYTES = 25 * 1024 * 1024
ALLOWED_MIME = ("application/pdf", "image/jpeg", "image/png", "image/webp", "image/heic")


@dataclass(frozen=True)
class Blob:
    sha256: str
    size: int
    mime: str
    data: bytes


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_blob(conn: Connection, data: bytes, mime: str, now: datetime | None = None) -> str:
    """Keep ``data`` and return its SHA-256 key; storing the same bytes again is a no-op.

    Raises:
        ValidationError: empty or too large a file, or a kind other than PDF and images.
    """
    if not data:
        raise ValidationError("attachment", "empty_file")
    if len(data) > MAX_BLOB_BYTES:
        raise ValidationError("attachment", "file_too_large", limit_mb=MAX_BLOB_BYTES // (1024 * 1024))
    if mime not in ALLOWED_MIME:
        raise ValidationError("attachment", "file_type", mime=mime)
    key = sha256_of(data)
    conn.execute(
        insert(t.blobs)
        .values(sha256=key, size=len(data), mime=mime, data=data, created_at=iso(now or utcnow()))
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    return key


def get_blob(conn: Connection, key: str) -> Blob:
    row = conn.execute(select(t.blobs).where(t.blobs.c.sha256 == key)).first()
    if row is None:
        raise NotFound(what="blob", id=key)
    return Blob(row.sha256, row.size, row.mime, row.data)


def has_blob(conn: Connection, key: str) -> bool:
    return conn.execute(select(t.blobs.c.sha256).where(t.blobs.c.sha256 == key)).first() is not None


def guess_mime(name: str, data: bytes) -> str:
    """The kind of a file from its first bytes (not trusting the name alone)."""
    if data.startswith(b"%PDF"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return "application/octet-stream"
