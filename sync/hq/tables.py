"""HQ's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

- ``events``: every event once, in HQ's order ``server_seq``; ``UNIQUE(event_id)`` and
  ``UNIQUE(device_id, device_seq)`` make a retried push change nothing.
- ``access``: which principal may see which stream (``dealer:<code>``, ``device:<id>``,
  ``hq``). Written when an event names a stream (its own, or a customer its case names).
- ``feed``: deliveries to a principal outside its dealership's own events: another
  dealership's event on a shared customer, an inspector's audits, and the back-fill of a
  stream when access is granted after its first events. ``seq`` shares the one global
  sequence with ``events.server_seq``, so a device's cursor is a single number.
- ``counters``: the global sequence; updating its row is also the lock that makes writers
  commit in sequence order (a reader never skips a number that commits later).
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

counters = Table(
    "counters",
    metadata,
    Column("name", Text, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

dealerships = Table(
    "dealerships",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("dealership_code", Text, nullable=False),
    Column("token_hash", Text, nullable=True, unique=True),
    Column("enrolled_at", Text, nullable=False),
    Column("revoked_at", Text, nullable=True),
    Column("last_seen_at", Text, nullable=True),
    # The two characters the device puts in its tracking codes, unique within its
    # dealership (h0002): HQ settles clashes at enrolment.
    Column("short_code", Text, nullable=True),
)

device_dealerships = Table(
    "device_dealerships",
    metadata,
    Column("device_id", Text, primary_key=True),
    Column("dealership_code", Text, primary_key=True),
)

enrolments = Table(
    "enrolments",
    metadata,
    Column("code_hash", Text, primary_key=True),
    Column("dealership_code", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("dealerships", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Column("used_at", Text, nullable=True),
    Column("device_id", Text, nullable=True),
)

events = Table(
    "events",
    metadata,
    Column("server_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", Text, nullable=False, unique=True),
    Column("stream", Text, nullable=False),
    Column("stream_id", Text, nullable=False),
    Column("dealership_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("actor_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("hlc", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("received_at", Text, nullable=False),
    UniqueConstraint("device_id", "device_seq", name="uq_events_device_seq"),
    Index("ix_events_stream", "stream", "stream_id", "server_seq"),
    Index("ix_events_dealership", "dealership_id", "server_seq"),
)

access = Table(
    "access",
    metadata,
    Column("stream", Text, primary_key=True),
    Column("stream_id", Text, primary_key=True),
    Column("principal", Text, primary_key=True),
    Column("granted_seq", BigInteger, nullable=False),
    Index("ix_access_principal", "principal"),
)

feed = Table(
    "feed",
    metadata,
    Column("principal", Text, primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("server_seq", BigInteger, nullable=False),
)

blob_refs = Table(
    "blob_refs",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("server_seq", BigInteger, primary_key=True, autoincrement=False),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("mime", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

reference = Table(
    "reference",
    metadata,
    Column("kind", Text, primary_key=True),
    Column("scope", Text, primary_key=True),
    Column("key", Text, primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("deleted", Boolean, nullable=False),
    Column("body", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)
