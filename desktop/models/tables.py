"""SQLAlchemy Core tables of the foundation (migration 0001).

Domain modules declare their own tables on the same :data:`metadata`; the schema itself
changes only through Alembic migrations, which a test compares with these declarations.
"""

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Table,
    Text,
    UniqueConstraint,
)

from desktop.models.meta import metadata

dealership = Table(
    "dealership",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("city", Text, nullable=False, server_default=""),
    Column("phone", Text, nullable=False, server_default=""),
    Column("address", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("device_id", Text, primary_key=True),
    Column("name", Text, nullable=False, server_default=""),
    Column("short_code", Text, nullable=False),
    Column("dealership_id", Text, nullable=True),
    Column("next_seq", Integer, nullable=False, server_default="1"),
    Column("last_hlc", Text, nullable=True),
    Column("created_at", Text, nullable=False),
)

roles = Table(
    "roles",
    metadata,
    Column("code", Text, primary_key=True),
    Column("permissions", Text, nullable=False),
    Column("builtin", Boolean, nullable=False, server_default="0"),
)

counters = Table(
    "counters",
    metadata,
    Column("code", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
)

users = Table(
    "users",
    metadata,
    Column("id", Text, primary_key=True),
    Column("username", Text, nullable=False, unique=True),
    Column("display_name", Text, nullable=False),
    Column("role", Text, ForeignKey("roles.code"), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("pin_hash", Text, nullable=True),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("dealership_id", Text, nullable=True),
    Column("unit", Text, nullable=True),
    Column("segments", Text, nullable=False, server_default="[]"),
    Column("failed_attempts", Integer, nullable=False, server_default="0"),
    Column("locked_until", Text, nullable=True),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("event_id", Text, primary_key=True),
    Column("stream", Text, nullable=False),
    Column("stream_id", Text, nullable=False),
    Column("dealership_id", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("device_seq", Integer, nullable=False),
    Column("actor_id", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("hlc", Text, nullable=False),
    Column("recorded_at", Text, nullable=False),
    Column("server_seq", Integer, nullable=True),
    UniqueConstraint("device_id", "device_seq", name="uq_events_device_seq"),
    Index("ix_events_stream", "stream", "stream_id", "hlc"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("event_id", Text, ForeignKey("events.event_id"), primary_key=True),
    Column("device_seq", Integer, nullable=False, unique=True),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", Integer, nullable=False),
    Column("mime", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", Text, nullable=False),
)
