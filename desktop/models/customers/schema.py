"""Tables of customers, vehicles and ownership history (projections) and the lookup index.

Migration 0002 creates them; these declarations are what the code queries (a test checks
that both agree). The rows are rewritten only by the "customer" and "vehicle" projectors.
``customer_search`` is an FTS5 table (declared in the migration only: SQLAlchemy has no
virtual tables); its rowid is ``customers.num`` and its one column the folded name words.
"""

from typing import Any

from sqlalchemy import Column, ColumnElement, Index, Integer, Table, Text, and_, text

from desktop.models.meta import metadata


def _present(name: str) -> Any:
    return text(f"{name} <> ''")


def same(column: Any, value: str) -> ColumnElement[bool]:
    """``column = value`` worded so that the column's partial index serves it."""
    return and_(column == value, column != "")


customers = Table(
    "customers",
    metadata,
    Column("num", Integer, primary_key=True),  # stable local row number: the index's rowid
    Column("id", Text, nullable=False, unique=True),
    Column("kind", Text, nullable=False),
    Column("first_name", Text, nullable=False, server_default=""),
    Column("last_name", Text, nullable=False, server_default=""),
    Column("company_name", Text, nullable=False, server_default=""),
    Column("national_id", Text, nullable=False, server_default=""),
    Column("company_id", Text, nullable=False, server_default=""),
    Column("contact_person", Text, nullable=False, server_default=""),
    Column("mobile", Text, nullable=False, server_default=""),
    Column("phone", Text, nullable=False, server_default=""),
    Column("city", Text, nullable=False, server_default=""),
    Column("address", Text, nullable=False, server_default=""),
    Column("display_name", Text, nullable=False),
    Column("sort_key", Text, nullable=False),
    Column("documents", Text, nullable=False, server_default="[]"),
    Column("merged_into", Text, nullable=True),
    Column("dealership_id", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("created_by", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Index("ix_customers_national_id", "national_id", sqlite_where=_present("national_id")),
    Index("ix_customers_company_id", "company_id", sqlite_where=_present("company_id")),
    Index("ix_customers_mobile", "mobile", sqlite_where=_present("mobile")),
    Index("ix_customers_phone", "phone", sqlite_where=_present("phone")),
    Index("ix_customers_sort_key", "sort_key"),
    Index("ix_customers_merged_into", "merged_into", sqlite_where=text("merged_into IS NOT NULL")),
)

vehicles = Table(
    "vehicles",
    metadata,
    Column("num", Integer, primary_key=True),
    Column("id", Text, nullable=False, unique=True),
    Column("owner_id", Text, nullable=False),
    Column("vin", Text, nullable=False, server_default=""),
    Column("vin_rev", Text, nullable=False, server_default=""),
    Column("chassis", Text, nullable=False, server_default=""),
    Column("chassis_rev", Text, nullable=False, server_default=""),
    Column("engine_no", Text, nullable=False, server_default=""),
    Column("plate", Text, nullable=False, server_default=""),
    Column("model", Text, nullable=False, server_default=""),
    Column("colour", Text, nullable=False, server_default=""),
    Column("segment", Text, nullable=False, server_default="passenger"),
    Column("delivered_on", Text, nullable=False, server_default=""),
    Column("warranty_end", Text, nullable=False, server_default=""),
    Column("odometer", Text, nullable=False, server_default="[]"),
    Column("dealership_id", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Index("ix_vehicles_owner_id", "owner_id"),
    Index("ix_vehicles_vin_rev", "vin_rev", sqlite_where=_present("vin_rev")),
    Index("ix_vehicles_chassis_rev", "chassis_rev", sqlite_where=_present("chassis_rev")),
    Index("ix_vehicles_plate", "plate", sqlite_where=_present("plate")),
)

vehicle_owners = Table(
    "vehicle_owners",
    metadata,
    Column("vehicle_id", Text, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("owner_id", Text, nullable=False),
    Column("since", Text, nullable=False),
    Column("until", Text, nullable=True),
    Column("reason", Text, nullable=False),
    Index("ix_vehicle_owners_owner_id", "owner_id"),
)

SEARCH_TABLE = "customer_search"
# Prefix indexes for words typed in part (1 to 6 characters) let a prefix query read its
# matches lazily instead of merging every matching word's list first (100x at 1M names).
SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(words, prefix='1 2 3 4 5 6',"
    " tokenize='unicode61 remove_diacritics 0')"
)
