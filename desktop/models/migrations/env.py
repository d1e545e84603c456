"""Alembic environment: migrations run on the connection the application hands over."""

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("Pishkhan migrations run through Database.migrate(), not the alembic CLI")

context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
