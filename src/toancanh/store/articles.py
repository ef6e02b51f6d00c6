"""Articles: saving drafts with their dedupe outcome, reading, listing and searching them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from toancanh.analyze.types import Analysis
from toancanh.domain.articles import Article, ArticleFilters, ArticleSummary, SearchHit, Story
from toancanh.domain.ingest import ArticleDraft, Fingerprint, StoreResult
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import analysis as analysis_sql
from toancanh.store.sql import articles as article_sql
from toancanh.store.sql import sources as source_sql
from toancanh.store.sql.search import COUNT_CAP, count_matches, search_ids
from toancanh.text.highlight import snippet
from toancanh.watch.matching import positive_phrases
from toancanh.watch.query import Query


@dataclass
class ArticleRepository:
    db: Database
    # Outlet names this store has written; saves skip a statement per article for them.
    _outlets_written: set[str] = field(default_factory=set, repr=False)

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
        with self.db.write() as conn:
            results = [
                self._save(conn, draft, fp, threshold, new_outlets, analysis)
                for (draft, fp), analysis in zip(items, analyses, strict=True)
            ]
        self._outlets_written |= new_outlets  # only once the transaction has committed
        return results

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
        # Here, not at the top: dedupe needs numpy, which a command that only reads skips.
        from toancanh.analyze.dedupe import choose_story

        best = choose_story(fp, article_sql.candidates(conn, fp.band_keys), threshold)
        if draft.outlet and draft.outlet not in self._outlets_written | new_outlets:
            source_sql.add_outlet_name(conn, draft.outlet, now)
            new_outlets.add(draft.outlet)
        result = article_sql.insert_article(conn, draft, fp, best.story_id if best else None, now)
        if analysis is not None:
            analysis_sql.save_analysis(conn, result.article_id, analysis, now)
        return result

    def known_urls(self, urls: Sequence[str]) -> set[str]:
        with self.db.read() as conn:
            return article_sql.known_urls(conn, urls)

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        """The subset of these content hashes some stored article has."""
        with self.db.read() as conn:
            return article_sql.known_hashes(conn, hashes)

    def get(self, article_id: int) -> Article | None:
        with self.db.read() as conn:
            return article_sql.get_article(conn, article_id)

    def find_by_url(self, url: str) -> Article | None:
        """The article stored at ``url`` (any of its URLs), or None."""
        with self.db.read() as conn:
            found = article_sql.article_id_for_urls(conn, [url])
            return article_sql.get_article(conn, found) if found is not None else None

    def texts(self, ids: Sequence[int]) -> list[tuple[int, str, str]]:
        """(id, title, text) of these articles, e.g. to analyse them."""
        with self.db.read() as conn:
            rows = article_sql.articles_by_ids(conn, ids)
        return [(i, rows[i]["title"], rows[i]["text"]) for i in ids if i in rows]

    def count(self) -> int:
        with self.db.read() as conn:
            return article_sql.count_articles(conn)

    def stories(
        self, *, min_size: int = 2, since: datetime | None = None, limit: int = 20, offset: int = 0
    ) -> list[Story]:
        with self.db.read() as conn:
            return article_sql.list_stories(
                conn, min_size=min_size, since=since, limit=limit, offset=offset
            )

    def story_articles(self, story_id: int, *, limit: int = 100) -> list[ArticleSummary]:
        """The articles of one story cluster, oldest first."""
        with self.db.read() as conn:
            return article_sql.story_articles(conn, story_id, limit=limit)

    def search(
        self,
        query: Query,
        filters: ArticleFilters | None = None,
        *,
        limit: int = 20,
        offset: int = 0,
        by_date: bool = False,
    ) -> list[SearchHit]:
        """Best matches first (``by_date``: newest first), among the newest matches
        (``sql.search.RANK_WINDOW``)."""
        with self.db.read() as conn:
            ranked = search_ids(conn, query, filters, limit=limit, offset=offset, by_date=by_date)
            rows = article_sql.articles_by_ids(conn, [r.article_id for r in ranked])
            labels = article_sql.labels_of(conn, [r.article_id for r in ranked])
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
                    topic=labels.get(row["id"], (None, None))[0],
                    sentiment=labels.get(row["id"], (None, None))[1],
                )
            )
        return hits

    def count_matches(
        self, query: Query, filters: ArticleFilters | None = None, *, cap: int = COUNT_CAP
    ) -> int:
        """How many articles match, counted up to ``cap`` (``cap + 1`` means more)."""
        with self.db.read() as conn:
            return count_matches(conn, query, filters, cap=cap)

    def facets_of(self, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
        """The agencies, places and legal documents of these articles, by id and kind."""
        with self.db.read() as conn:
            return article_sql.facets_of(conn, ids)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(
        self, filters: ArticleFilters | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[ArticleSummary]:
        with self.db.read() as conn:
            return article_sql.list_articles(conn, filters, limit=limit, offset=offset)
