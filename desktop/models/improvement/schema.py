"""Tables of the improvement pillar (migration 0007): projections of its three streams.

``fmea_modes``, ``improvement_actions`` and ``fishbones`` are rewritten only by their
streams' projectors (:mod:`desktop.models.improvement.store`), from all their events.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, Table, Text

from desktop.models.meta import metadata

fmea_modes = Table(
    "fmea_modes",
    metadata,
    Column("id", Text, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("effect", Text, nullable=False, server_default=""),
    Column("cause", Text, nullable=False, server_default=""),
    Column("controls", Text, nullable=False, server_default=""),
    Column("category", Text, nullable=False),
    Column("subcategory", Text, nullable=True),
    Column("severity", Integer, nullable=False),
    Column("occurrence", Integer, nullable=False),
    Column("detection", Integer, nullable=False),
    Column("rpn", Integer, nullable=False),
    Column("retired", Integer, nullable=False, server_default="0"),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Index("ix_fmea_modes_rpn", "retired", "rpn"),
)

improvement_actions = Table(
    "improvement_actions",
    metadata,
    Column("id", Text, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("failure_mode_id", Text, nullable=True),
    Column("fishbone_id", Text, nullable=True),
    Column("owner_id", Text, nullable=False),
    Column("team", Text, nullable=False, server_default="[]"),
    Column("due_date", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("result", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("closed_at", Text, nullable=True),
    Index("ix_improvement_actions_status", "status", "due_date"),
)

fishbones = Table(
    "fishbones",
    metadata,
    Column("id", Text, primary_key=True),
    Column("dealership_id", Text, nullable=False),
    Column("problem", Text, nullable=False),
    Column("category", Text, nullable=True),
    Column("failure_mode_id", Text, nullable=True),
    Column("causes", Text, nullable=False, server_default="[]"),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
)
