"""sync state, HQ reference data (sync feature).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

The device's sync state with HQ (cursors, epoch, errors), the events HQ refused, which
blobs HQ holds, and the mirror of the reference records HQ publishes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("hq_url", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("dealerships", sa.Text, nullable=False, server_default="[]"),
        sa.Column("enrolled_at", sa.Text, nullable=False),
        sa.Column("server_epoch", sa.Text, nullable=False, server_default=""),
        sa.Column("cursor", sa.Integer, nullable=False, server_default="0"),
        sa.Column("cursor_event", sa.Text, nullable=True),
        sa.Column("ref_cursor", sa.Integer, nullable=False, server_default="0"),
        sa.Column("acked_max_seq", sa.Integer, nullable=False, server_default="0"),
        sa.Column("hq_max_seq", sa.Integer, nullable=False, server_default="0"),
        sa.Column("resync_pending", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("stopped", sa.Text, nullable=True),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_attempt_at", sa.Text, nullable=True),
        sa.Column("last_success_at", sa.Text, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("last_pushed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_pulled", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "sync_rejected",
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("code", sa.Text, nullable=True),
        sa.Column("at", sa.Text, nullable=False),
    )
    op.create_table(
        "sync_blobs",
        sa.Column("sha256", sa.Text, primary_key=True),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
    )
    op.create_table(
        "reference_records",
        sa.Column("kind", sa.Text, primary_key=True),
        sa.Column("scope", sa.Text, primary_key=True),
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("applied", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("error", sa.Text, nullable=True),
    )


def downgrade() -> None:
    for table in ("reference_records", "sync_blobs", "sync_rejected", "sync_state"):
        op.drop_table(table)
