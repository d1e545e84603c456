"""Alembic environment of HQ: migrations run on the connection :func:`sync.hq.db.migrate` hands over."""

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("HQ migrations run through `python -m sync.hq migrate`, not the alembic CLI")

context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
