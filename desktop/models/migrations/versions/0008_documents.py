"""Job cards (service receipts at hand-back) for the documents feature.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

The ``jobcards`` projection of the "jobcard" stream (desktop/models/jobcards.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "jobcards",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("number", sa.Text, nullable=False),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("vehicle_id", sa.Text, nullable=False),
        sa.Column("customer_id", sa.Text, nullable=False),
        sa.Column("case_id", sa.Text, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("opened_at", sa.Text, nullable=False),
        sa.Column("issued_at", sa.Text, nullable=True),
        sa.Column("to_pay", sa.Integer, nullable=True),
        sa.Column("state", sa.Text, nullable=False),
    )
    op.create_index("ix_jobcards_vehicle", "jobcards", ["vehicle_id", "opened_at"])
    op.create_index("ix_jobcards_case", "jobcards", ["case_id"])
    op.create_index("ix_jobcards_status", "jobcards", ["status", "opened_at"])
    op.create_index("ix_jobcards_number", "jobcards", ["number"])


def downgrade() -> None:
    op.drop_index("ix_jobcards_number", "jobcards")
    op.drop_index("ix_jobcards_status", "jobcards")
    op.drop_index("ix_jobcards_case", "jobcards")
    op.drop_index("ix_jobcards_vehicle", "jobcards")
    op.drop_table("jobcards")
