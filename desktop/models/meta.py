"""The one SQLAlchemy ``MetaData`` that every table of the desktop database belongs to,
and the upsert its projections write their rows with."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, MetaData, Table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


_upserts: dict[tuple[str, tuple[str, ...], tuple[str, ...]], Any] = {}


def upsert(conn: Connection, table: Table, row: Mapping[str, Any], key: tuple[str, ...] = ("id",)) -> None:
    """Insert ``row``, or update the row with its ``key`` (a projection rewriting its row).

    The statement is built once per table and set of columns and the values travel as
    parameters: building it with the values inside (``insert(t).values(**row)``) made
    SQLAlchemy construct and key a bound parameter per value on every call, about 2 ms a
    case, which was most of the time a PC spends applying the events it pulls.
    """
    columns = tuple(row)
    found = _upserts.get((table.name, columns, key))
    if found is None:
        stmt = sqlite_insert(table)
        found = stmt.on_conflict_do_update(
            index_elements=list(key), set_={c: stmt.excluded[c] for c in columns if c not in key}
        )
        _upserts[(table.name, columns, key)] = found
    conn.execute(found, dict(row))
