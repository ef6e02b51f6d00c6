"""Transactions, and the audit log written once for every change a person makes.

Every repository holds the one ``Database`` of its store. A write runs in one transaction,
so an interrupted run never leaves half an article; an audited write runs in ``change``,
which adds the audit entry at the end of that same transaction: a change and its record
are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine

from toancanh.store.sql import audit as audit_sql


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Change:
    """One audited change in progress: the block fills ``before`` and ``after``.

    ``now`` is the moment of the change, for its rows and its audit entry alike.
    ``entity_id`` may be set inside the block when the record gets its id there.
    """

    conn: Connection
    actor: str
    action: str
    entity: str
    entity_id: object
    now: datetime
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    skipped: bool = False

    def skip(self) -> None:
        """Nothing changed (the record was missing): write no audit entry."""
        self.skipped = True


@dataclass
class Database:
    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction; on SQLite it takes the write lock up front (engine.py)."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def change(
        self, actor: str, action: str, entity: str, entity_id: object = None
    ) -> Iterator[Change]:
        """A write with its audit entry (actor, action, entity, before, after).

        The entry is written last, in the same transaction; nothing is written when the
        block raises, or when it calls ``change.skip()``.
        """
        with self.write() as conn:
            change = Change(conn, actor, action, entity, entity_id, utcnow())
            yield change
            if change.skipped:
                return
            if change.before is None and change.after is None:
                raise RuntimeError(f"audited {action} of {entity} recorded no before or after")
            audit_sql.record(
                conn,
                actor=change.actor,
                action=change.action,
                entity=change.entity,
                entity_id=change.entity_id,
                before=change.before,
                after=change.after,
                now=change.now,
            )
