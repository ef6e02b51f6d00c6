"""INSERT that skips rows whose key already exists, on either engine."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Insert, Table
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert


@lru_cache(maxsize=32)
def _statement(table: Table, dialect: str) -> Insert:
    # Built once per table and engine: it is on the path of every stored article.
    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
    return insert(table).on_conflict_do_nothing()


def insert_ignoring_existing(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert ``rows``; a row that would break a unique key is skipped, not an error."""
    if rows:
        conn.execute(_statement(table, conn.dialect.name), list(rows))
