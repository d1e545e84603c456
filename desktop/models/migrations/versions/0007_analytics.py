"""FMEA, improvement actions, fishbone diagrams (analysis feature).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

Reserved in the chain so that features built side by side never fork the history;
the feature that owns it fills in upgrade() (no release has shipped this revision yet).
"""

from collections.abc import Sequence

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
