"""customers, vehicles, ownership, search index, walk-in queue (counter feature).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept here as well as in desktop.models.customers.schema: a migration is history and
# must not change when the code does.
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE customer_search USING fts5(words, prefix='1 2 3 4 5 6',"
    " tokenize='unicode61 remove_diacritics 0')"
)


def _text(name: str, default: str | None = "") -> sa.Column:  # type: ignore[type-arg]
    if default is None:
        return sa.Column(name, sa.Text, nullable=True)
    return sa.Column(name, sa.Text, nullable=False, server_default=default)


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("num", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("kind", sa.Text, nullable=False),
        *(
            _text(name)
            for name in (
                "first_name",
                "last_name",
                "company_name",
                "national_id",
                "company_id",
                "contact_person",
                "mobile",
                "phone",
                "city",
                "address",
            )
        ),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("sort_key", sa.Text, nullable=False),
        _text("documents", "[]"),
        _text("merged_into", None),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    # Identifier indexes leave empty values out (see desktop.models.customers.schema).
    for column in ("national_id", "company_id", "mobile", "phone"):
        op.create_index(
            f"ix_customers_{column}", "customers", [column], sqlite_where=sa.text(f"{column} <> ''")
        )
    op.create_index("ix_customers_sort_key", "customers", ["sort_key"])
    op.create_index(
        "ix_customers_merged_into",
        "customers",
        ["merged_into"],
        sqlite_where=sa.text("merged_into IS NOT NULL"),
    )
    op.create_table(
        "vehicles",
        sa.Column("num", sa.Integer, primary_key=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("owner_id", sa.Text, nullable=False),
        *(
            _text(name)
            for name in (
                "vin",
                "vin_rev",
                "chassis",
                "chassis_rev",
                "engine_no",
                "plate",
                "model",
                "colour",
            )
        ),
        _text("segment", "passenger"),
        _text("delivered_on"),
        _text("warranty_end"),
        _text("odometer", "[]"),
        sa.Column("dealership_id", sa.Text, nullable=False),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Text, nullable=False),
    )
    op.create_index("ix_vehicles_owner_id", "vehicles", ["owner_id"])
    for column in ("vin_rev", "chassis_rev", "plate"):
        op.create_index(
            f"ix_vehicles_{column}", "vehicles", [column], sqlite_where=sa.text(f"{column} <> ''")
        )
    op.create_table(
        "vehicle_owners",
        sa.Column("vehicle_id", sa.Text, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("since", sa.Text, nullable=False),
        sa.Column("until", sa.Text, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_vehicle_owners_owner_id", "vehicle_owners", ["owner_id"])
    op.execute(SEARCH_DDL)
    op.create_table(
        "tickets",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("day", sa.Text, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("issued_at", sa.Text, nullable=False),
        sa.Column("called_at", sa.Text, nullable=True),
        sa.Column("finished_at", sa.Text, nullable=True),
        sa.Column("counter", sa.Text, nullable=True),
        sa.Column("called_by", sa.Text, nullable=True),
        sa.Column("customer_id", sa.Text, nullable=True),
        sa.Column("case_id", sa.Text, nullable=True),
        sa.Column("calls", sa.Integer, nullable=False, server_default="0"),
        sa.Column("wait_seconds", sa.Integer, nullable=True),
        sa.Column("serve_seconds", sa.Integer, nullable=True),
        sa.Column("dealership_id", sa.Text, nullable=False),
    )
    op.create_index("ix_tickets_day_status", "tickets", ["day", "status", "number"])


def downgrade() -> None:
    op.drop_index("ix_tickets_day_status", "tickets")
    op.drop_table("tickets")
    op.execute("DROP TABLE customer_search")
    op.drop_index("ix_vehicle_owners_owner_id", "vehicle_owners")
    op.drop_table("vehicle_owners")
    for column in ("owner_id", "vin_rev", "chassis_rev", "plate"):
        op.drop_index(f"ix_vehicles_{column}", "vehicles")
    op.drop_table("vehicles")
    for column in ("national_id", "company_id", "mobile", "phone", "sort_key", "merged_into"):
        op.drop_index(f"ix_customers_{column}", "customers")
    op.drop_table("customers")
