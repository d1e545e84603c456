"""Audits: templates and their versions, visits, local drafts, and the audit projections.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_templates",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("form_id", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title_fa", sa.Text, nullable=False),
        sa.Column("title_en", sa.Text, nullable=False),
        sa.Column("question_count", sa.Integer, nullable=False),
        sa.Column("definition", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("imported_at", sa.Text, nullable=False),
        sa.Column("imported_by", sa.Text, nullable=True),
        sa.UniqueConstraint("form_id", "version", name="uq_audit_templates_form_version"),
    )
    op.create_table(
        "audit_visits",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("dealership_name", sa.Text, nullable=False, server_default=""),
        sa.Column("dealership_city", sa.Text, nullable=False, server_default=""),
        sa.Column("form_id", sa.Text, nullable=False),
        sa.Column("scenario", sa.Text, nullable=False, server_default=""),
        sa.Column("window_start", sa.Text, nullable=True),
        sa.Column("window_end", sa.Text, nullable=True),
        sa.Column("inspector_id", sa.Text, nullable=True),
        sa.Column("planned", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("audit_id", sa.Text, nullable=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=True),
    )
    op.create_index("ix_audit_visits_inspector", "audit_visits", ["inspector_id", "status"])
    op.create_table(
        "audit_drafts",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("visit_id", sa.Text, nullable=True),
        sa.Column(
            "template_id",
            sa.Text,
            sa.ForeignKey("audit_templates.id", name="fk_audit_drafts_template_id_audit_templates"),
            nullable=False,
        ),
        sa.Column("inspector_id", sa.Text, nullable=False),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("dealership_name", sa.Text, nullable=False, server_default=""),
        sa.Column("dealership_city", sa.Text, nullable=False, server_default=""),
        sa.Column("scenario", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("visit_started_at", sa.Text, nullable=True),
        sa.Column("visit_ended_at", sa.Text, nullable=True),
        sa.Column("position", sa.Text, nullable=False, server_default=""),
        sa.Column("internal_note", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_drafts_inspector", "audit_drafts", ["inspector_id"])
    op.create_table(
        "audit_draft_answers",
        sa.Column(
            "draft_id",
            sa.Text,
            sa.ForeignKey(
                "audit_drafts.id", name="fk_audit_draft_answers_draft_id_audit_drafts", ondelete="CASCADE"
            ),
            primary_key=True,
        ),
        sa.Column("question", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_table(
        "audits",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("template_id", sa.Text, nullable=False),
        sa.Column("form_id", sa.Text, nullable=False),
        sa.Column("template_version", sa.Integer, nullable=False),
        sa.Column("title_fa", sa.Text, nullable=False),
        sa.Column("title_en", sa.Text, nullable=False),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("dealership_name", sa.Text, nullable=False),
        sa.Column("visit_id", sa.Text, nullable=True),
        sa.Column("inspector_id", sa.Text, nullable=False),
        sa.Column("visit_started_at", sa.Text, nullable=False),
        sa.Column("visit_ended_at", sa.Text, nullable=False),
        sa.Column("finalized_at", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("critical_failures", sa.Integer, nullable=False),
        sa.Column("figures", sa.Text, nullable=False),
        sa.Column("original_hash", sa.Text, nullable=False),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("amendments", sa.Integer, nullable=False),
        sa.Column("submission", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_index("ix_audits_dealership", "audits", ["dealership_id", "visit_started_at"])
    op.create_index("ix_audits_inspector", "audits", ["inspector_id", "visit_started_at"])
    op.create_table(
        "audit_releases",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("dealership_name", sa.Text, nullable=False),
        sa.Column("form_id", sa.Text, nullable=False),
        sa.Column("title_fa", sa.Text, nullable=False),
        sa.Column("title_en", sa.Text, nullable=False),
        sa.Column("pseudonym", sa.Text, nullable=False),
        sa.Column("visit_started_at", sa.Text, nullable=False),
        sa.Column("released_at", sa.Text, nullable=False),
        sa.Column("original_score", sa.Float, nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("critical_failures", sa.Integer, nullable=False),
        sa.Column("figures", sa.Text, nullable=False),
        sa.Column("pending_appeals", sa.Integer, nullable=False),
        sa.Column("report", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_releases_dealership", "audit_releases", ["dealership_id", "visit_started_at"])
    op.create_table(
        "audit_appeals",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("audit_id", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("filed_by", sa.Text, nullable=False),
        sa.Column("filed_at", sa.Text, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("decided_by", sa.Text, nullable=True),
        sa.Column("decided_at", sa.Text, nullable=True),
        sa.Column("decision_note", sa.Text, nullable=False, server_default=""),
        sa.Column("corrected", sa.Text, nullable=True),
    )
    op.create_index("ix_audit_appeals_audit", "audit_appeals", ["audit_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_appeals_audit", "audit_appeals")
    op.drop_table("audit_appeals")
    op.drop_index("ix_audit_releases_dealership", "audit_releases")
    op.drop_table("audit_releases")
    op.drop_index("ix_audits_inspector", "audits")
    op.drop_index("ix_audits_dealership", "audits")
    op.drop_table("audits")
    op.drop_table("audit_draft_answers")
    op.drop_index("ix_audit_drafts_inspector", "audit_drafts")
    op.drop_table("audit_drafts")
    op.drop_index("ix_audit_visits_inspector", "audit_visits")
    op.drop_table("audit_visits")
    op.drop_table("audit_templates")
