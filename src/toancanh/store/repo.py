"""The store: one object the rest of the code talks to; every statement runs in store/.

Writes run in one transaction each, so an interrupted run never leaves half an article.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError

from toancanh.analyze.dedupe import choose_story
from toancanh.analyze.types import Analysis
from toancanh.domain import (
    Article,
    ArticleDraft,
    ArticleFilters,
    ArticleSummary,
    Failure,
    Fingerprint,
    NewSource,
    Outlet,
    SearchHit,
    Source,
    StoreResult,
    Story,
)
from toancanh.store.account_repo import AccountsMixin
from toancanh.store.engine import make_engine
from toancanh.store.migrate import current_revision, head_revision, upgrade
from toancanh.store.monitoring import MonitoringMixin
from toancanh.store.sql import analysis as analysis_sql
from toancanh.store.sql import articles as article_sql
from toancanh.store.sql import audit as audit_sql
from toancanh.store.sql import failures as failure_sql
from toancanh.store.sql import sources as source_sql
from toancanh.store.sql.search import search_ids
from toancanh.store.work_repo import WorkMixin
from toancanh.text.highlight import snippet
from toancanh.watch.matching import positive_phrases
from toancanh.watch.query import Query


class StoreNotReadyError(RuntimeError):
    """The database has no schema yet, or an older one."""


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Store(MonitoringMixin, AccountsMixin, WorkMixin):
    engine: Engine
    # Outlet names this store has written; saves skip a statement per article for them.
    _outlets_written: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def open(cls, database_url: str, *, migrate: bool = True) -> Store:
        """Open a store; create or upgrade its schema unless ``migrate`` is False."""
        store = cls(make_engine(database_url))
        if migrate:
            store.upgrade()
        return store

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        upgrade(self.engine)

    def schema_revision(self) -> tuple[str | None, str | None]:
        """(current, head) revisions of the schema."""
        return current_revision(self.engine), head_revision()

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # -- sources and outlets -------------------------------------------------------
    def add_source(self, new: NewSource, actor: str = "cli") -> Source:
        now = utcnow()
        with self.write() as conn:
            source = source_sql.add_source(conn, new, now)
            audit_sql.record(
                conn,
                actor=actor,
                action="create",
                entity="source",
                entity_id=source.id,
                before=None,
                after=_source_public(source),
                now=now,
            )
        return source

    def get_source(self, source_id: int) -> Source | None:
        with self.read() as conn:
            return source_sql.get_source(conn, source_id)

    def list_sources(self) -> list[Source]:
        with self.read() as conn:
            return source_sql.list_sources(conn)

    def remove_source(self, source_id: int, actor: str = "cli") -> bool:
        now = utcnow()
        with self.write() as conn:
            source = source_sql.get_source(conn, source_id)
            if source is None or not source_sql.remove_source(conn, source_id):
                return False
            audit_sql.record(
                conn,
                actor=actor,
                action="delete",
                entity="source",
                entity_id=source_id,
                before=_source_public(source),
                after=None,
                now=now,
            )
        return True

    def due_sources(self, now: datetime, default_interval: int) -> list[Source]:
        with self.read() as conn:
            return source_sql.due_sources(conn, now, default_interval)

    def record_source_success(
        self, source_id: int, etag: str | None, last_modified: str | None
    ) -> None:
        with self.write() as conn:
            source_sql.record_success(conn, source_id, utcnow(), etag, last_modified)

    def record_source_error(self, source_id: int, reason: str) -> None:
        with self.write() as conn:
            source_sql.record_error(conn, source_id, utcnow(), reason)

    def ensure_outlets(self, outlets: Sequence[Outlet]) -> None:
        with self.write() as conn:
            for outlet in outlets:
                source_sql.ensure_outlet(conn, outlet, utcnow())

    def list_outlets(self) -> list[Outlet]:
        with self.read() as conn:
            return source_sql.list_outlets(conn)

    def outlet_names_matching(self, wanted: str) -> list[str]:
        with self.read() as conn:
            return source_sql.outlet_names_matching(conn, wanted)

    # -- articles ------------------------------------------------------------------
    def known_urls(self, urls: Sequence[str]) -> set[str]:
        with self.read() as conn:
            return article_sql.known_urls(conn, urls)

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The subset of these content hashes some stored article has."""
        with self.read() as conn:
            return article_sql.known_hashes(conn, hashes)

    def save(self, draft: ArticleDraft, fp: Fingerprint, threshold: float) -> StoreResult:
        """Store a draft: a new article, a new URL of a known one, or nothing new.

        Unique constraints on URLs and content hashes settle races between processes:
        the loser of a race retries and then finds the winner's row.
        """
        for attempt in range(3):
            try:
                return self._save_batch([(draft, fp)], threshold, [None])[0]
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def save_many(
        self,
        items: Sequence[tuple[ArticleDraft, Fingerprint]],
        threshold: float,
        analyses: Sequence[Analysis | None] | None = None,
    ) -> list[StoreResult]:
        """Store several drafts (and the analyses of the new ones) in one transaction.

        One commit instead of one per article (and, on SQLite, one new FTS5 segment) makes
        this several times faster. Drafts in the batch see each other, so a copy inside the
        batch is a duplicate as usual. If a concurrent writer breaks the batch, each draft
        is saved on its own.
        """
        if not items:
            return []
        analysed = list(analyses) if analyses is not None else [None] * len(items)
        if len(analysed) != len(items):
            raise ValueError(f"{len(items)} drafts but {len(analysed)} analyses")
        try:
            return self._save_batch(items, threshold, analysed)
        except IntegrityError:
            return [
                self._save_batch([item], threshold, [analysis])[0]
                for item, analysis in zip(items, analysed, strict=True)
            ]

    def _save_batch(
        self,
        items: Sequence[tuple[ArticleDraft, Fingerprint]],
        threshold: float,
        analyses: Sequence[Analysis | None],
    ) -> list[StoreResult]:
        new_outlets: set[str] = set()
        with self.write() as conn:
            results = [
                self._save(conn, draft, fp, threshold, new_outlets, analysis)
                for (draft, fp), analysis in zip(items, analyses, strict=True)
            ]
        self._outlets_written |= new_outlets  # only once the transaction has committed
        return results

    def get_article(self, article_id: int) -> Article | None:
        with self.read() as conn:
            return article_sql.get_article(conn, article_id)

    def list_articles(
        self, filters: ArticleFilters | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[ArticleSummary]:
        with self.read() as conn:
            return article_sql.list_articles(conn, filters, limit=limit, offset=offset)

    def count_articles(self) -> int:
        with self.read() as conn:
            return article_sql.count_articles(conn)

    def stories(
        self,
        *,
        min_size: int = 2,
        since: datetime | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[Story]:
        with self.read() as conn:
            return article_sql.list_stories(
                conn, min_size=min_size, since=since, limit=limit, offset=offset
            )

    def story_articles(self, story_id: int, *, limit: int = 100) -> list[ArticleSummary]:
        """The articles of one story cluster, oldest first."""
        with self.read() as conn:
            return article_sql.story_articles(conn, story_id, limit=limit)

    def search(
        self,
        query: Query,
        filters: ArticleFilters | None = None,
        *,
        limit: int = 20,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Best matches first, ranked among the newest matches (``search.RANK_WINDOW``)."""
        with self.read() as conn:
            ranked = search_ids(conn, query, filters, limit=limit, offset=offset)
            rows = article_sql.articles_by_ids(conn, [r.article_id for r in ranked])
        phrases = positive_phrases(query)
        hits = []
        for ranked_id in ranked:
            row = rows[ranked_id.article_id]
            found = snippet(row["text"], phrases)
            hits.append(
                SearchHit(
                    id=row["id"],
                    url=row["url"],
                    title=row["title"],
                    score=round(ranked_id.score, 6),
                    snippet=found.text,
                    highlights=tuple(found.highlights),
                    outlet=row["outlet"],
                    published_at=row["published_at"],
                )
            )
        return hits

    # -- analyses ------------------------------------------------------------------
    def save_analyses(self, analyses: Sequence[tuple[int, Analysis]]) -> None:
        """Store (or replace) the analyses of stored articles, in one transaction."""
        with self.write() as conn:
            for article_id, analysis in analyses:
                analysis_sql.save_analysis(conn, article_id, analysis, utcnow())

    def get_analysis(self, article_id: int) -> dict[str, Any] | None:
        with self.read() as conn:
            return analysis_sql.get_analysis(conn, article_id)

    def article_ids_to_analyze(
        self, *, missing_only: bool = True, model_version: str | None = None
    ) -> list[int]:
        with self.read() as conn:
            return analysis_sql.article_ids_to_analyze(
                conn, missing_only=missing_only, model_version=model_version
            )

    def articles_for_analysis(self, ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(id, title, text) of these articles."""
        with self.read() as conn:
            rows = article_sql.articles_by_ids(conn, ids)
        return [(i, rows[i]["title"], rows[i]["text"]) for i in ids if i in rows]

    def record_correction(self, article_id: int, task: str, label: str, author: str) -> str | None:
        """Record an analyst's label; returns the label it replaces (None if none)."""
        with self.write() as conn:
            analysis = analysis_sql.get_analysis(conn, article_id)
            previous = _current_label(analysis, task)
            now = utcnow()
            analysis_sql.record_correction(conn, article_id, task, label, previous, author, now)
            analysis_sql.apply_correction(conn, article_id, task, label)
            audit_sql.record(
                conn,
                actor=author,
                action="label",
                entity="article",
                entity_id=article_id,
                before={task: previous},
                after={task: label},
                now=now,
            )
        return previous

    def correction_log(self, article_id: int) -> list[dict[str, Any]]:
        """Who corrected what on an article, and when (oldest first)."""
        with self.read() as conn:
            return analysis_sql.correction_log(conn, article_id)

    def corrections(self, task: str) -> list[tuple[str, str]]:
        with self.read() as conn:
            return analysis_sql.corrections(conn, task)

    def facet_counts(self, kind: str, limit: int = 50) -> list[tuple[str, int]]:
        with self.read() as conn:
            return analysis_sql.facet_counts(conn, kind, limit)

    def sentiment_counts(self) -> dict[str, int]:
        with self.read() as conn:
            return analysis_sql.sentiment_counts(conn)

    def count_analysed(self) -> int:
        with self.read() as conn:
            return analysis_sql.count_analysed(conn)

    # -- failures ------------------------------------------------------------------
    def record_failure(self, failure: Failure) -> None:
        with self.write() as conn:
            failure_sql.record_failure(conn, failure)

    def permanently_failed(self, urls: Sequence[str], since: datetime) -> set[str]:
        with self.read() as conn:
            return failure_sql.permanently_failed(conn, urls, since)

    def failures(
        self, *, since: datetime | None = None, stage: str | None = None, limit: int = 100
    ) -> list[Failure]:
        with self.read() as conn:
            return failure_sql.list_failures(conn, since=since, stage=stage, limit=limit)

    def _save(
        self,
        conn: Connection,
        draft: ArticleDraft,
        fp: Fingerprint,
        threshold: float,
        new_outlets: set[str],
        analysis: Analysis | None = None,
    ) -> StoreResult:
        now = utcnow()
        urls = [draft.url, draft.canonical_url or ""]
        known = article_sql.article_id_for_urls(conn, urls)
        if known is not None:
            article_sql.add_urls(conn, known, urls, now)
            return StoreResult("unchanged", known, article_sql.story_of(conn, known))
        same_text = article_sql.article_by_hash(conn, fp.content_hash)
        if same_text is not None:
            article_id, story_id = same_text
            article_sql.add_urls(conn, article_id, urls, now)
            return StoreResult("duplicate", article_id, story_id)
        best = choose_story(fp, article_sql.candidates(conn, fp.band_keys), threshold)
        if draft.outlet and draft.outlet not in self._outlets_written | new_outlets:
            source_sql.add_outlet_name(conn, draft.outlet, now)
            new_outlets.add(draft.outlet)
        result = article_sql.insert_article(conn, draft, fp, best.story_id if best else None, now)
        if analysis is not None:
            analysis_sql.save_analysis(conn, result.article_id, analysis, now)
        return result


def _source_public(source: Source) -> dict[str, Any]:
    """A source for the audit log: what a person chose, not its polling state."""
    keys = ("id", "url", "kind", "name", "outlet", "official", "allow_private", "interval_seconds")
    return {key: getattr(source, key) for key in keys}


def _current_label(analysis: dict[str, Any] | None, task: str) -> str | None:
    if not analysis:
        return None
    if task in (analysis.get("corrected") or {}):
        return str(analysis["corrected"][task])
    if task == "sentiment":
        return (analysis.get("sentiment") or {}).get("label")
    topics = analysis.get("topics") or []
    return topics[0]["label"] if topics else None
