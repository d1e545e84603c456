"""FMEA, improvement actions, fishbone diagrams (analysis feature).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

The projections of the improvement streams ("fmea", "improvement_action", "fishbone").
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fmea_modes",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("effect", sa.Text, nullable=False, server_default=""),
        sa.Column("cause", sa.Text, nullable=False, server_default=""),
        sa.Column("controls", sa.Text, nullable=False, server_default=""),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("subcategory", sa.Text, nullable=True),
        sa.Column("severity", sa.Integer, nullable=False),
        sa.Column("occurrence", sa.Integer, nullable=False),
        sa.Column("detection", sa.Integer, nullable=False),
        sa.Column("rpn", sa.Integer, nullable=False),
        sa.Column("retired", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_index("ix_fmea_modes_rpn", "fmea_modes", ["retired", "rpn"])
    op.create_table(
        "improvement_actions",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("failure_mode_id", sa.Text, nullable=True),
        sa.Column("fishbone_id", sa.Text, nullable=True),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("team", sa.Text, nullable=False, server_default="[]"),
        sa.Column("due_date", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("result", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
        sa.Column("closed_at", sa.Text, nullable=True),
    )
    op.create_index("ix_improvement_actions_status", "improvement_actions", ["status", "due_date"])
    op.create_table(
        "fishbones",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("problem", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=True),
        sa.Column("failure_mode_id", sa.Text, nullable=True),
        sa.Column("causes", sa.Text, nullable=False, server_default="[]"),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("fishbones")
    op.drop_index("ix_improvement_actions_status", "improvement_actions")
    op.drop_table("improvement_actions")
    op.drop_index("ix_fmea_modes_rpn", "fmea_modes")
    op.drop_table("fmea_modes")
