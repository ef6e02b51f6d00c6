"""INSERT that skips rows whose key already exists, on either engine."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Insert, Table


@lru_cache(maxsize=32)
def _statement(table: Table, dialect: str) -> Insert:
    # Built once per table and engine: it is on the path of every stored article. Each
    # dialect's module is imported here, when used: the PostgreSQL one costs a SQLite
    # command's start ~30 ms.
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.postgresql import insert as postgresql_insert

    return postgresql_insert(table).on_conflict_do_nothing()


def insert_ignoring_existing(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert ``rows``; a row that would break a unique key is skipped, not an error."""
    if rows:
        conn.execute(_statement(table, conn.dialect.name), list(rows))
