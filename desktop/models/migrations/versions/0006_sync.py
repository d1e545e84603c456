"""sync state, HQ reference data (sync feature).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

Reserved in the chain so that features built side by side never fork the history;
the feature that owns it fills in upgrade() (no release has shipped this revision yet).
"""

from collections.abc import Sequence

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
