"""INSERT that skips rows whose key already exists, on either engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert


def insert_ignoring_existing(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert ``rows``; a row that would break a unique key is skipped, not an error."""
    if not rows:
        return
    insert = sqlite_insert if conn.dialect.name == "sqlite" else postgresql_insert
    conn.execute(insert(table).on_conflict_do_nothing(), list(rows))
