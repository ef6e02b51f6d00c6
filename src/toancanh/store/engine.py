"""Engines for the two modes: SQLite (WAL) embedded, PostgreSQL scale-out."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

# Seconds an SQLite writer waits for another process's write lock before it fails with
# "database is locked" (a transient failure, tried again by the pipeline's policy).
# ``sqlite:///toancanh.db?timeout=60`` sets another.
SQLITE_BUSY_TIMEOUT = 30.0


def make_engine(database_url: str) -> Engine:
    """An engine with the per-connection settings each mode needs."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        timeout = float(str(url.query.get("timeout", SQLITE_BUSY_TIMEOUT)))
        engine = create_engine(url, connect_args={"timeout": timeout})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise ValueError(
        f"unsupported database URL {database_url!r}: use sqlite:///path.db or "
        "postgresql+psycopg://user@host/dbname"
    )


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets readers run while the one writer commits; NORMAL is durable enough with WAL.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")  # the busy timeout is the driver's ``timeout``
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock up front (BEGIN IMMEDIATE).

    A deferred transaction that reads and then writes fails at once with "database is
    locked" when another writer got there first; an immediate one waits its turn.
    """
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
