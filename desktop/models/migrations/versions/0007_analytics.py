"""FMEA, improvement actions, fishbone diagrams (analysis feature).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

The projections of the improvement streams ("fmea", "improvement_action", "fishbone"),
and the per-case facts the figures are computed from (a cache of the case events that
``desktop.models.analytics.facts.refresh`` keeps up to date).
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

    _facts()


def _facts() -> None:
    op.create_table(
        "analytics_cases",
        sa.Column("case_id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("reg_day", sa.Text, nullable=False),
        sa.Column("reg_month", sa.Integer, nullable=False),
        sa.Column("case_type", sa.Text, nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("subcategory", sa.Text, nullable=True),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("segment", sa.Text, nullable=True),
        sa.Column("priority", sa.Text, nullable=False),
        sa.Column("clerk", sa.Text, nullable=False),
        sa.Column("assignee_id", sa.Text, nullable=True),
        sa.Column("counter", sa.Text, nullable=True),
        sa.Column("vehicle_id", sa.Text, nullable=True),
        sa.Column("vehicle_model", sa.Text, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("resolution", sa.Text, nullable=True),
        sa.Column("is_open", sa.Integer, nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("level_rank", sa.Integer, nullable=False),
        sa.Column("first_contact", sa.Integer, nullable=False),
        sa.Column("fr_day", sa.Text, nullable=True),
        sa.Column("fr_s", sa.Float, nullable=True),
        sa.Column("closed_day", sa.Text, nullable=True),
        sa.Column("res_s", sa.Float, nullable=True),
        sa.Column("had_sla", sa.Integer, nullable=False),
        sa.Column("breached", sa.Integer, nullable=False),
        sa.Column("due_at", sa.Text, nullable=True),
        sa.Column("ever_closed", sa.Integer, nullable=False),
        sa.Column("reopened", sa.Integer, nullable=False),
        sa.Column("escalations", sa.Integer, nullable=False),
        sa.Column("satisfaction", sa.Integer, nullable=True),
    )
    for name, columns in (
        ("ix_analytics_cases_reg", ["reg_day", "dealership_id"]),
        ("ix_analytics_cases_month", ["reg_month", "dealership_id"]),
        ("ix_analytics_cases_fr", ["fr_day", "dealership_id", "fr_s"]),
        ("ix_analytics_cases_fr_value", ["fr_s", "fr_day", "dealership_id"]),
        ("ix_analytics_cases_closed", ["closed_day", "dealership_id", "resolution", "res_s"]),
        ("ix_analytics_cases_res_value", ["res_s", "closed_day", "dealership_id", "resolution"]),
        (
            "ix_analytics_cases_open",
            ["is_open", "dealership_id", "reg_day", "had_sla", "breached", "due_at", "assignee_id"],
        ),
    ):
        op.create_index(name, "analytics_cases", columns)
    op.create_table(
        "analytics_arrivals",
        sa.Column("case_id", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("day", sa.Text, nullable=False),
        sa.Column("level", sa.Text, nullable=False),
        sa.Column("waited_s", sa.Float, nullable=False),
        sa.Column("late", sa.Integer, nullable=False),
    )
    op.create_index("ix_analytics_arrivals_day", "analytics_arrivals", ["day", "dealership_id", "waited_s"])
    op.create_index("ix_analytics_arrivals_value", "analytics_arrivals", ["waited_s", "day", "dealership_id"])
    op.create_table(
        "analytics_calls",
        sa.Column("case_id", sa.Text, primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("day", sa.Text, nullable=False),
        sa.Column("reached", sa.Integer, nullable=False),
        sa.Column("score", sa.Integer, nullable=True),
        sa.Column("unhappy", sa.Integer, nullable=False),
        sa.Column("reopened", sa.Integer, nullable=False),
    )
    op.create_index("ix_analytics_calls_day", "analytics_calls", ["day"])
    op.create_table(
        "analytics_tickets",
        sa.Column("ticket_id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("day", sa.Text, nullable=False),
        sa.Column("called_by", sa.Text, nullable=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("wait_s", sa.Float, nullable=True),
        sa.Column("serve_s", sa.Float, nullable=True),
    )
    for name, columns in (
        ("ix_analytics_tickets_wait", ["day", "dealership_id", "wait_s"]),
        ("ix_analytics_tickets_wait_value", ["wait_s", "day", "dealership_id"]),
        ("ix_analytics_tickets_serve", ["day", "dealership_id", "serve_s"]),
        ("ix_analytics_tickets_serve_value", ["serve_s", "day", "dealership_id"]),
    ):
        op.create_index(name, "analytics_tickets", columns)
    measures = [
        "n",
        "first_contact",
        "complaints",
        "had_sla",
        "breached",
        "ever_closed",
        "reopened",
        "resolved",
        "late",
        "reached",
        "scored",
        "score_sum",
        "unhappy",
        "unhappy_reopened",
    ]
    op.create_table(
        "analytics_daily",
        sa.Column("day", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, primary_key=True),
        sa.Column("dim", sa.Text, primary_key=True),
        sa.Column("code", sa.Text, primary_key=True),
        sa.Column("month", sa.Integer, nullable=False, server_default="0"),
        *[sa.Column(m, sa.Integer, nullable=False, server_default="0") for m in measures],
    )
    op.create_index("ix_analytics_daily_dim", "analytics_daily", ["dim", "day", "dealership_id"])
    op.create_index("ix_analytics_daily_month", "analytics_daily", ["dim", "month", "dealership_id"])


def downgrade() -> None:
    for table in (
        "analytics_daily",
        "analytics_tickets",
        "analytics_calls",
        "analytics_arrivals",
        "analytics_cases",
    ):
        op.drop_table(table)
    op.drop_table("fishbones")
    op.drop_index("ix_improvement_actions_status", "improvement_actions")
    op.drop_table("improvement_actions")
    op.drop_index("ix_fmea_modes_rpn", "fmea_modes")
    op.drop_table("fmea_modes")
