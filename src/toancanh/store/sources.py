"""Sources (the feeds and pages polled) and outlets (who publishes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toancanh.domain.sources import NewSource, Outlet, OutletArticles, Source
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import sources as source_sql
from toancanh.store.sql.sources import SourceExistsError

__all__ = ["SourceExistsError", "SourceRepository"]


@dataclass
class SourceRepository:
    db: Database

    def add(self, new: NewSource, actor: str = "cli") -> Source:
        """Add a source; ``SourceExistsError`` when its URL is stored already."""
        with self.db.change(actor, "create", "source") as change:
            source = source_sql.add_source(change.conn, new, change.now)
            change.entity_id = source.id
            change.after = _public(source)
        return source

    def get(self, source_id: int) -> Source | None:
        with self.db.read() as conn:
            return source_sql.get_source(conn, source_id)

    def remove(self, source_id: int, actor: str = "cli") -> bool:
        with self.db.change(actor, "delete", "source", source_id) as change:
            source = source_sql.get_source(change.conn, source_id)
            if source is None or not source_sql.remove_source(change.conn, source_id):
                change.skip()
                return False
            change.before = _public(source)
        return True

    def due(self, now: datetime, default_interval: int) -> list[Source]:
        with self.db.read() as conn:
            return source_sql.due_sources(conn, now, default_interval)

    def record_success(self, source_id: int, etag: str | None, last_modified: str | None) -> None:
        with self.db.write() as conn:
            source_sql.record_success(conn, source_id, utcnow(), etag, last_modified)

    def record_error(self, source_id: int, reason: str) -> None:
        with self.db.write() as conn:
            source_sql.record_error(conn, source_id, utcnow(), reason)

    def ensure_outlets(self, outlets: Sequence[Outlet]) -> None:
        with self.db.write() as conn:
            for outlet in outlets:
                source_sql.ensure_outlet(conn, outlet, utcnow())

    def list_outlets(self) -> list[Outlet]:
        with self.db.read() as conn:
            return source_sql.list_outlets(conn)

    def outlet_articles(self) -> list[OutletArticles]:
        """The outlets the stored articles came from, with their counts."""
        with self.db.read() as conn:
            return source_sql.outlet_articles(conn)

    def outlet_names_matching(self, wanted: str) -> list[str]:
        with self.db.read() as conn:
            return source_sql.outlet_names_matching(conn, wanted)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(self) -> list[Source]:
        with self.db.read() as conn:
            return source_sql.list_sources(conn)


def _public(source: Source) -> dict[str, Any]:
    """A source for the audit log: what a person chose, not its polling state."""
    keys = ("id", "url", "kind", "name", "outlet", "official", "allow_private", "interval_seconds")
    return {key: getattr(source, key) for key in keys}
