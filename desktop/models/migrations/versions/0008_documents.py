"""Job cards (service receipts at hand-back) for the documents feature.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24

Reserved in the chain so that features built side by side never fork the history;
the feature that owns it fills in upgrade() (no release has shipped this revision yet).
"""

from collections.abc import Sequence

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
