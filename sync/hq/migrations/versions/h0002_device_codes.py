"""Each device's two-character code, unique within its dealership.

Revision ID: h0002
Revises: h0001
Create Date: 2026-11-24

A desktop makes its tracking codes from its dealership, two characters of its own and a
serial. Two PCs set up apart may draw the same two characters; HQ records each device's
code at enrolment and gives a device whose code is taken a free one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h0002"
down_revision: str | None = "h0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("short_code", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("short_code")
