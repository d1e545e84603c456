"""Two cases may carry the same tracking code.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24

A tracking code is built from the dealership, the PC's two-character code and the PC's
own serial number. Two PCs of a dealership that were set up apart (offline, before HQ
gave each one a code of its own at enrolment) can hold the same two characters and so
issue the same code. Both cases are real and must both be kept when one PC receives the
other's case: the unique constraint on ``cases.tracking_key`` becomes a plain index
(lookups by code still use it; the case registered first answers a lookup by code).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _cases_without_the_unique_code(bind: sa.engine.Connection) -> sa.Table:
    """The ``cases`` table as it is in the file (columns, defaults, indexes), less the
    unique constraint on ``tracking_key``."""
    table = sa.Table("cases", sa.MetaData(), autoload_with=bind)
    for constraint in list(table.constraints):
        if isinstance(constraint, sa.UniqueConstraint) and [c.name for c in constraint.columns] == [
            "tracking_key"
        ]:
            table.constraints.remove(constraint)
    table.c.tracking_key.unique = False
    return table


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table(
        "cases", recreate="always", copy_from=_cases_without_the_unique_code(bind)
    ) as batch:
        batch.create_index("ix_cases_tracking_key", ["tracking_key"])


def downgrade() -> None:
    with op.batch_alter_table("cases", recreate="always") as batch:
        batch.drop_index("ix_cases_tracking_key")
        batch.create_unique_constraint("uq_cases_tracking_key", ["tracking_key"])
