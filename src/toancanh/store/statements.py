"""The statements registry: each change audited, a correction keeping the earlier wording."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from toancanh.domain.statements import Statement, StatementVersion
from toancanh.errors import NotFound
from toancanh.store.database import Database
from toancanh.store.sql import statements as statement_sql


@dataclass
class StatementRepository:
    db: Database

    def add(self, values: dict[str, Any], *, watch_ids: Sequence[int], actor: str) -> Statement:
        """A new statement; ``values`` are its columns (``published_at`` is set here when
        it starts published)."""
        with self.db.change(actor, "create", "statement") as change:
            conn, now = change.conn, change.now
            if values.get("status") == "published":
                values = values | {"published_at": now}
            statement_id = statement_sql.add_statement(conn, values | {"created_by": actor}, now)
            statement_sql.set_watches(conn, statement_id, watch_ids)
            statement = statement_sql.get_statement(conn, statement_id)
            assert statement is not None
            change.entity_id, change.after = statement_id, _public(statement)
        return statement

    def change(
        self,
        statement_id: int,
        *,
        actor: str,
        values: dict[str, Any],
        watch_ids: Sequence[int] | None = None,
        note: str | None = None,
        publish: bool = False,
    ) -> Statement:
        """Change a statement's columns. With ``note`` (a correction) its wording before
        the change is kept as a version and its version number grows; with ``publish`` its
        publication time is now."""
        with self.db.change(actor, "update", "statement", statement_id) as change:
            conn, now = change.conn, change.now
            before = statement_sql.get_statement(conn, statement_id)
            if before is None:
                raise NotFound("no statement #{statement_id}", statement_id=statement_id)
            change.before = _public(before)
            values = values | {"updated_at": now}
            if note is not None:
                kept = StatementVersion(before.version, before.title, before.text, note, now, actor)
                statement_sql.add_version(conn, statement_id, kept)
                values["version"] = before.version + 1
            if publish:
                values["published_at"] = now
            statement_sql.update_statement(conn, statement_id, values)
            if watch_ids is not None:
                statement_sql.set_watches(conn, statement_id, watch_ids)
            after = statement_sql.get_statement(conn, statement_id)
            assert after is not None
            change.after = _public(after)
        return after

    def get(self, statement_id: int) -> Statement | None:
        with self.db.read() as conn:
            return statement_sql.get_statement(conn, statement_id)

    def find_duplicate(
        self, *, url: str | None, title: str, issuer: str, issued_at: datetime
    ) -> int | None:
        with self.db.read() as conn:
            return statement_sql.find_duplicate(
                conn, url=url, title=title, issuer=issuer, issued_at=issued_at
            )

    def feed(
        self,
        *,
        now: datetime,
        issuer: str | None = None,
        watch_id: int | None = None,
        limit: int = 50,
    ) -> list[Statement]:
        with self.db.read() as conn:
            return statement_sql.feed_statements(
                conn, now=now, issuer=issuer, watch_id=watch_id, limit=limit
            )

    def stamp(self) -> tuple[int, int, str]:
        """A value that changes with any statement added or changed."""
        with self.db.read() as conn:
            return statement_sql.registry_stamp(conn)

    def count(self, *, status: str, unit: str) -> int:
        """How many statements of ``unit`` are in ``status``."""
        with self.db.read() as conn:
            return statement_sql.count_statements(conn, status=status, unit=unit)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(
        self,
        *,
        status: str | None = None,
        issuer: str | None = None,
        limit: int = 50,
        offset: int = 0,
        draft_units: Sequence[str | None] | None = None,
    ) -> list[Statement]:
        with self.db.read() as conn:
            return statement_sql.list_statements(
                conn,
                status=status,
                issuer=issuer,
                limit=limit,
                offset=offset,
                draft_units=draft_units,
            )


def _public(statement: Statement) -> dict[str, Any]:
    """A statement for the audit log; its versions are their own record."""
    data = asdict(statement)
    data.pop("versions", None)
    return data
