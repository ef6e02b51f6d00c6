"""The Alembic migrations create exactly the tables of ``store/schema/`` (one module per area)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from toancanh.store import Store
from toancanh.store.schema import metadata

# Engine-specific full-text tables live outside the metadata on purpose (store/schema/__init__.py).
FULL_TEXT = ("article_fts", "article_search")


def _full_text(change: tuple) -> bool:
    kind, item = change[0], change[1]
    if kind == "remove_table":
        return item.name.startswith(FULL_TEXT)
    return kind == "remove_index" and item.table.name.startswith(FULL_TEXT)


# Alembic cannot compare expression indexes; the test below checks that one exists.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
def test_migrations_match_the_declared_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    drift = [change for change in diff if not _full_text(change)]
    assert drift == []


def test_the_expression_index_on_article_dates_exists(store: Store) -> None:
    # The inspectors leave expression indexes out: ask each engine's catalogue.
    catalogue = (
        "SELECT name FROM sqlite_master WHERE type = 'index'"
        if store.dialect == "sqlite"
        else "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"
    )
    with store.read() as conn:
        names = set(conn.execute(text(catalogue)).scalars())
    assert "ix_articles_when" in names
