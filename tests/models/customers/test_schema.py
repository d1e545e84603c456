"""The customer tables the code queries are exactly what migration 0002 creates."""

from sqlalchemy import inspect

from desktop.models import queue
from desktop.models.customers import schema
from desktop.models.db import Database, _alembic_config


def test_declared_tables_match_the_migration(db):
    with db.read() as conn:
        inspector = inspect(conn)
        for table in (schema.customers, schema.vehicles, schema.vehicle_owners, queue.tickets):
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name
            indexes = {i["name"] for i in inspector.get_indexes(table.name)}
            assert indexes >= {i.name for i in table.indexes}, table.name
        assert schema.SEARCH_TABLE in inspector.get_table_names()


def test_downgrade_and_upgrade_again(db_path):
    from alembic import command

    db = Database(db_path)
    db.migrate("0002")
    config = _alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    with db.read() as conn:
        assert "customers" not in inspect(conn).get_table_names()
    db.migrate()
    with db.read() as conn:
        assert "customer_search" in inspect(conn).get_table_names()
    db.close()
