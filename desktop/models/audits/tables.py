"""SQLAlchemy Core tables of the audits feature (migration 0005).

``audit_templates``, ``audit_visits`` and the drafts are this device's own rows;
``audits`` is the projection of the covert stream ``audit`` and ``audit_releases`` /
``audit_appeals`` the projection of ``audit_release``, rewritten only by their projectors.
"""

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, Table, Text, UniqueConstraint

from desktop.models.meta import metadata

audit_templates = Table(
    "audit_templates",
    metadata,
    Column("id", Text, primary_key=True),  # "<form_id>@<version>"
    Column("form_id", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("title_fa", Text, nullable=False),
    Column("title_en", Text, nullable=False),
    Column("question_count", Integer, nullable=False),
    Column("definition", Text, nullable=False),  # normalised XLSForm rows, JSON
    Column("content_hash", Text, nullable=False),
    Column("imported_at", Text, nullable=False),
    Column("imported_by", Text, nullable=True),
    UniqueConstraint("form_id", "version", name="uq_audit_templates_form_version"),
)

audit_visits = Table(
    "audit_visits",
    metadata,
    Column("id", Text, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("dealership_name", Text, nullable=False, server_default=""),
    Column("dealership_city", Text, nullable=False, server_default=""),
    Column("form_id", Text, nullable=False),
    Column("scenario", Text, nullable=False, server_default=""),
    Column("window_start", Text, nullable=True),  # local dates, ISO
    Column("window_end", Text, nullable=True),
    Column("inspector_id", Text, nullable=True),
    Column("planned", Boolean, nullable=False, server_default="1"),
    Column("status", Text, nullable=False),
    Column("audit_id", Text, nullable=True),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=True),
    Index("ix_audit_visits_inspector", "inspector_id", "status"),
)

audit_drafts = Table(
    "audit_drafts",
    metadata,
    Column("id", Text, primary_key=True),  # the audit's id once finalised
    Column("visit_id", Text, nullable=True),
    Column("template_id", Text, ForeignKey("audit_templates.id"), nullable=False),
    Column("inspector_id", Text, nullable=False),
    Column("dealership_id", Text, nullable=False),
    Column("dealership_name", Text, nullable=False, server_default=""),
    Column("dealership_city", Text, nullable=False, server_default=""),
    Column("scenario", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("visit_started_at", Text, nullable=True),
    Column("visit_ended_at", Text, nullable=True),
    Column("position", Text, nullable=False, server_default=""),
    Column("internal_note", Text, nullable=False, server_default=""),
    Column("updated_at", Text, nullable=False),
    Index("ix_audit_drafts_inspector", "inspector_id"),
)

audit_draft_answers = Table(
    "audit_draft_answers",
    metadata,
    Column("draft_id", Text, ForeignKey("audit_drafts.id", ondelete="CASCADE"), primary_key=True),
    Column("question", Text, primary_key=True),
    Column("value", Text, nullable=True),  # JSON
    Column("note", Text, nullable=False, server_default=""),
    Column("evidence", Text, nullable=False, server_default="[]"),  # JSON [{sha256, name, mime}]
    Column("updated_at", Text, nullable=False),
)

audits = Table(
    "audits",
    metadata,
    Column("id", Text, primary_key=True),
    Column("template_id", Text, nullable=False),
    Column("form_id", Text, nullable=False),
    Column("template_version", Integer, nullable=False),
    Column("title_fa", Text, nullable=False),
    Column("title_en", Text, nullable=False),
    Column("dealership_id", Text, nullable=False),
    Column("dealership_name", Text, nullable=False),
    Column("visit_id", Text, nullable=True),
    Column("inspector_id", Text, nullable=False),
    Column("visit_started_at", Text, nullable=False),
    Column("visit_ended_at", Text, nullable=False),
    Column("finalized_at", Text, nullable=False),
    Column("score", Float, nullable=True),
    Column("critical_failures", Integer, nullable=False),
    Column("figures", Text, nullable=False),  # Score.to_dict(), JSON
    Column("original_hash", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("amendments", Integer, nullable=False),
    Column("submission", Text, nullable=False),  # the current submission, JSON
    Column("updated_at", Text, nullable=False),
    Index("ix_audits_dealership", "dealership_id", "visit_started_at"),
    Index("ix_audits_inspector", "inspector_id", "visit_started_at"),
)

audit_releases = Table(
    "audit_releases",
    metadata,
    Column("id", Text, primary_key=True),  # the audit's id
    Column("dealership_id", Text, nullable=False),
    Column("dealership_name", Text, nullable=False),
    Column("form_id", Text, nullable=False),
    Column("title_fa", Text, nullable=False),
    Column("title_en", Text, nullable=False),
    Column("pseudonym", Text, nullable=False),
    Column("visit_started_at", Text, nullable=False),
    Column("released_at", Text, nullable=False),
    Column("original_score", Float, nullable=True),
    Column("score", Float, nullable=True),
    Column("critical_failures", Integer, nullable=False),
    Column("figures", Text, nullable=False),
    Column("pending_appeals", Integer, nullable=False),
    Column("report", Text, nullable=False),  # the released (pseudonymised) report, JSON
    Index("ix_audit_releases_dealership", "dealership_id", "visit_started_at"),
)

audit_appeals = Table(
    "audit_appeals",
    metadata,
    Column("id", Text, primary_key=True),
    Column("audit_id", Text, nullable=False),
    Column("question", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("filed_by", Text, nullable=False),
    Column("filed_at", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("decided_by", Text, nullable=True),
    Column("decided_at", Text, nullable=True),
    Column("decision_note", Text, nullable=False, server_default=""),
    Column("corrected", Text, nullable=True),  # JSON {"value": ...} when HQ set another answer
    Index("ix_audit_appeals_audit", "audit_id"),
)
