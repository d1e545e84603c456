"""Attachments and photos at HQ: content-addressed, idempotent, visible like their events.

A device may read a blob it uploaded, or one that an event it may see names (any
SHA-256 key in the payload). So audit photos, named only by covert audit events, never
reach a dealership's devices; out of scope and missing look the same (404).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, exists, select

from desktop.models.blobs import ALLOWED_MIME
from desktop.models.calendar import iso
from sync.hq import db
from sync.hq import tables as t
from sync.hq.errors import HQError
from sync.hq.scope import COVERT_STREAMS, HQ, DeviceScope


def put(conn: Connection, scope: DeviceScope, sha256: str, data: bytes, mime: str, now: datetime) -> bool:
    """Store a blob; True when it is new. The same bytes again change nothing."""
    mime = mime.split(";", maxsplit=1)[0].strip().lower()
    if mime not in ALLOWED_MIME:
        raise HQError(415, "unsupported_media_type", f"blobs are PDF or images ({', '.join(ALLOWED_MIME)})")
    if not data:
        raise HQError(400, "empty_blob", "a blob has at least one byte")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise HQError(400, "sha256_mismatch", "the body's SHA-256 is not the one in the path")
    done = conn.execute(
        db.insert_new(conn, t.blobs)
        .values(
            sha256=sha256,
            size=len(data),
            mime=mime,
            data=data,
            device_id=scope.device_id,
            created_at=iso(now),
        )
        .returning(t.blobs.c.sha256)
    ).first()
    return done is not None


def visible(conn: Connection, scope: DeviceScope, sha256: str) -> tuple[str, int] | None:
    """(mime, size) of a blob the device may read, else None."""
    row = conn.execute(
        select(t.blobs.c.mime, t.blobs.c.size, t.blobs.c.device_id).where(t.blobs.c.sha256 == sha256)
    ).first()
    if row is None:
        return None
    if scope.principal == HQ or row.device_id == scope.device_id:
        return row.mime, int(row.size)
    refs = select(t.blob_refs.c.server_seq).where(t.blob_refs.c.sha256 == sha256)
    fed = exists().where(
        t.feed.c.principal == scope.principal, t.feed.c.server_seq.in_(refs.scalar_subquery())
    )
    reachable: Any = fed
    if scope.role == "clerk":
        own = exists().where(
            t.events.c.server_seq.in_(refs.scalar_subquery()),
            t.events.c.dealership_id == scope.dealership,
            t.events.c.stream.not_in(sorted(COVERT_STREAMS)),
        )
        reachable = fed | own
    if conn.execute(select(reachable)).scalar():
        return row.mime, int(row.size)
    return None


def read(conn: Connection, sha256: str) -> bytes:
    return bytes(conn.execute(select(t.blobs.c.data).where(t.blobs.c.sha256 == sha256)).scalar_one())
