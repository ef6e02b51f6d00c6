"""Watchlists ("watches") and the articles they matched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from toancanh.domain.articles import ArticleSummary
from toancanh.domain.watches import MatchCandidate, Watch, WatchSpec
from toancanh.errors import NotFound
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import watches as watch_sql
from toancanh.text.normalize import search_form
from toancanh.watch.query import Query


@dataclass
class WatchRepository:
    db: Database

    def add(self, spec: WatchSpec, actor: str) -> Watch:
        with self.db.change(actor, "create", "watch") as change:
            change.entity_id = watch_sql.add_watch(change.conn, spec, change.now)
            watch = watch_sql.get_watch(change.conn, watch_id=change.entity_id)
            assert watch is not None
            change.after = _public(watch)
        return watch

    def update(self, watch_id: int, spec: WatchSpec, actor: str) -> Watch:
        with self.db.change(actor, "update", "watch", watch_id) as change:
            before = watch_sql.get_watch(change.conn, watch_id=watch_id)
            if before is None:
                raise NotFound("no watchlist #{watch_id}", watch_id=watch_id)
            change.before = _public(before)
            watch_sql.update_watch(change.conn, watch_id, spec, change.now)
            after = watch_sql.get_watch(change.conn, watch_id=watch_id)
            assert after is not None
            change.after = _public(after)
        return after

    def remove(self, watch_id: int, actor: str) -> bool:
        with self.db.change(actor, "delete", "watch", watch_id) as change:
            before = watch_sql.get_watch(change.conn, watch_id=watch_id)
            if before is None:
                change.skip()
                return False
            change.before = _public(before)
            watch_sql.delete_watch(change.conn, watch_id)
        return True

    def get(self, watch_id: int, *, counted: bool = True) -> Watch | None:
        with self.db.read() as conn:
            return watch_sql.get_watch(conn, watch_id=watch_id, counted=counted)

    def find(self, name_or_id: str) -> Watch | None:
        """A watch by its name (any case, diacritics optional when that is unambiguous)
        or its id."""
        with self.db.read() as conn:
            found = watch_sql.get_watch(conn, name=name_or_id)
            if found is None and name_or_id.strip().isdigit():
                found = watch_sql.get_watch(conn, watch_id=int(name_or_id))
            if found is None:
                wanted = search_form(name_or_id).split()
                folded = [
                    w for w in watch_sql.list_watches(conn) if search_form(w.name).split() == wanted
                ]
                found = folded[0] if len(folded) == 1 else None
            return found

    def match_candidates(self, article_ids: Sequence[int]) -> list[MatchCandidate]:
        with self.db.read() as conn:
            return watch_sql.match_candidates(conn, article_ids)

    def record_matches(self, pairs: Sequence[tuple[int, MatchCandidate]]) -> None:
        if pairs:
            with self.db.write() as conn:
                watch_sql.add_matches(conn, pairs, utcnow())

    def replace_matches(self, watch_id: int, article_ids: Sequence[int]) -> int:
        """The watch's matches become exactly these articles (one transaction)."""
        with self.db.write() as conn:
            watch_sql.clear_matches(conn, watch_id)
            return watch_sql.add_matches_for_ids(conn, watch_id, article_ids, utcnow())

    def articles(
        self,
        watch_id: int,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """The articles a watch matched (in [since, until) when given), newest first."""
        with self.db.read() as conn:
            return watch_sql.watch_articles(
                conn, watch_id, since=since, until=until, limit=limit, offset=offset
            )

    def matched_article_ids(self, watch_id: int) -> set[int]:
        with self.db.read() as conn:
            return watch_sql.matched_article_ids(conn, watch_id)

    def fulltext_ids(self, query: Query) -> list[int]:
        """Every stored article the query matches (to backfill a watch's matches)."""
        with self.db.read() as conn:
            return list(watch_sql.fulltext_ids(conn, query))

    def facet_ids(self, kind: str, values: Sequence[str]) -> list[int]:
        """Every stored article with one of these facet values (cited laws, agencies)."""
        with self.db.read() as conn:
            return watch_sql.facet_ids(conn, kind, values)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(self, *, with_counts: bool = True) -> list[Watch]:
        with self.db.read() as conn:
            return watch_sql.list_watches(conn, with_counts=with_counts)


def _public(watch: Watch) -> dict[str, Any]:
    """A watch for the audit log, without its match count."""
    data = asdict(watch)
    data.pop("matches", None)
    return data
