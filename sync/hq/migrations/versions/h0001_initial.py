"""HQ's first schema: dealerships, devices and enrolments, events, access, feed, blobs, reference data.

Revision ID: h0001
Revises:
Create Date: 2026-11-24
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    counters = op.create_table(
        "counters",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "dealerships",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("dealership_code", sa.Text, nullable=False),
        sa.Column("token_hash", sa.Text, nullable=True),
        sa.Column("enrolled_at", sa.Text, nullable=False),
        sa.Column("revoked_at", sa.Text, nullable=True),
        sa.Column("last_seen_at", sa.Text, nullable=True),
        sa.UniqueConstraint("token_hash", name="uq_devices_token_hash"),
    )
    op.create_table(
        "device_dealerships",
        sa.Column("device_id", sa.Text, primary_key=True),
        sa.Column("dealership_code", sa.Text, primary_key=True),
    )
    op.create_table(
        "enrolments",
        sa.Column("code_hash", sa.Text, primary_key=True),
        sa.Column("dealership_code", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("dealerships", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("expires_at", sa.Text, nullable=False),
        sa.Column("used_at", sa.Text, nullable=True),
        sa.Column("device_id", sa.Text, nullable=True),
    )
    op.create_table(
        "events",
        sa.Column("server_seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("stream", sa.Text, nullable=False),
        sa.Column("stream_id", sa.Text, nullable=False),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("device_seq", sa.BigInteger, nullable=False),
        sa.Column("actor_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("hlc", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("received_at", sa.Text, nullable=False),
        sa.UniqueConstraint("event_id", name="uq_events_event_id"),
        sa.UniqueConstraint("device_id", "device_seq", name="uq_events_device_seq"),
    )
    op.create_index("ix_events_stream", "events", ["stream", "stream_id", "server_seq"])
    op.create_index("ix_events_dealership", "events", ["dealership_id", "server_seq"])
    op.create_table(
        "access",
        sa.Column("stream", sa.Text, primary_key=True),
        sa.Column("stream_id", sa.Text, primary_key=True),
        sa.Column("principal", sa.Text, primary_key=True),
        sa.Column("granted_seq", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_access_principal", "access", ["principal"])
    op.create_table(
        "feed",
        sa.Column("principal", sa.Text, primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("server_seq", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "blob_refs",
        sa.Column("sha256", sa.Text, primary_key=True),
        sa.Column("server_seq", sa.BigInteger, primary_key=True, autoincrement=False),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.Text, primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mime", sa.Text, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "reference",
        sa.Column("kind", sa.Text, primary_key=True),
        sa.Column("scope", sa.Text, primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.UniqueConstraint("seq", name="uq_reference_seq"),
    )
    op.bulk_insert(meta, [{"key": "server_epoch", "value": uuid.uuid4().hex}])
    op.bulk_insert(counters, [{"name": "seq", "value": 0}])


def downgrade() -> None:
    for table in (
        "reference",
        "blobs",
        "blob_refs",
        "feed",
        "access",
        "events",
        "enrolments",
        "device_dealerships",
        "devices",
        "dealerships",
        "counters",
        "meta",
    ):
        op.drop_table(table)
