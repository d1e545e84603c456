"""Foundation: dealership, device, users and roles, settings, the event log and outbox, blobs.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dealership",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("city", sa.Text, nullable=False, server_default=""),
        sa.Column("phone", sa.Text, nullable=False, server_default=""),
        sa.Column("address", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "device",
        sa.Column("device_id", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("short_code", sa.Text, nullable=False),
        sa.Column("dealership_id", sa.Text, nullable=True),
        sa.Column("next_seq", sa.Integer, nullable=False, server_default="1"),
        sa.Column("last_hlc", sa.Text, nullable=True),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "roles",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("permissions", sa.Text, nullable=False),
        sa.Column("builtin", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "counters",
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("username", sa.Text, nullable=False, unique=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, sa.ForeignKey("roles.code"), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("pin_hash", sa.Text, nullable=True),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("dealership_id", sa.Text, nullable=True),
        sa.Column("unit", sa.Text, nullable=True),
        sa.Column("segments", sa.Text, nullable=False, server_default="[]"),
        sa.Column("failed_attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.Text, nullable=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("stream", sa.Text, nullable=False),
        sa.Column("stream_id", sa.Text, nullable=False),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("device_seq", sa.Integer, nullable=False),
        sa.Column("actor_id", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("hlc", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.Text, nullable=False),
        sa.Column("server_seq", sa.Integer, nullable=True),
        sa.UniqueConstraint("device_id", "device_seq", name="uq_events_device_seq"),
    )
    op.create_index("ix_events_stream", "events", ["stream", "stream_id", "hlc"])
    op.create_table(
        "outbox",
        sa.Column(
            "event_id",
            sa.Text,
            sa.ForeignKey("events.event_id"),
            primary_key=True,
        ),
        sa.Column("device_seq", sa.Integer, nullable=False, unique=True),
    )
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.Text, primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mime", sa.Text, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("blobs", "outbox", "events", "settings", "users", "counters", "roles"):
        op.drop_table(table)
    op.drop_table("device")
    op.drop_table("dealership")
