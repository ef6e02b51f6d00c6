"""Alembic environment: the connection is handed over by ``toancanh.store.migrate``."""

from __future__ import annotations

from alembic import context

from toancanh.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
)
with context.begin_transaction():
    context.run_migrations()
