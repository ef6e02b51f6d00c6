"""The embedded ingest loop: poll due sources, follow new items, run the pipeline.

Pages are fetched by a thread pool (network waits overlap) while the calling thread
extracts and stores each page as it arrives, so SQLite keeps a single writer. A stop
event ends the run between two articles; each batch is stored in one transaction, so
stopping never leaves half an article behind.

The stages and their failure policy are those of ``toancanh.pipeline``: a permanent
failure goes to the failure log; a transient one (the database locked by another
process, say) is tried again in the process with backoff, then recorded as transient,
so that the next poll tries the item again.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import Analysis
from toancanh.config import Settings
from toancanh.domain.ingest import (
    ArticleDraft,
    Failure,
    FeedItem,
    FetchedPage,
    Fingerprint,
    RunSummary,
    Stage,
    StageError,
)
from toancanh.domain.sources import Source
from toancanh.ingest.feeds import parse_feed
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.pipeline import analyze_draft, draft_from_page, store_drafts
from toancanh.ingest.sitemaps import parse_sitemap
from toancanh.ingest.unfinished import cache_headers, overdue_items
from toancanh.ingest.urls import normalize_url
from toancanh.pipeline import RetryPolicy, failure_of, is_transient, retrying
from toancanh.store import Store

log = logging.getLogger(__name__)

MAX_CHILD_SITEMAPS = 20
MAX_BATCH_SECONDS = 2.0


@dataclass
class _Batch:
    """Prepared articles waiting to be stored together."""

    items: list[tuple[FeedItem, ArticleDraft, Fingerprint, Analysis | None]] = field(
        default_factory=list
    )
    started: float = 0.0

    def add(
        self, item: FeedItem, draft: ArticleDraft, fp: Fingerprint, analysis: Analysis | None
    ) -> None:
        if not self.items:
            self.started = time.monotonic()
        self.items.append((item, draft, fp, analysis))

    def full(self, size: int) -> bool:
        # A slow feed should not keep fetched articles unsaved (and unseen) for long.
        return len(self.items) >= size or time.monotonic() - self.started > MAX_BATCH_SECONDS

    def take(self) -> list[tuple[FeedItem, ArticleDraft, Fingerprint, Analysis | None]]:
        items, self.items = self.items, []
        return items


class IngestObserver(Protocol):
    """Receives progress; the CLI draws it with rich, tests ignore it."""

    def source_started(self, source: Source, items: int) -> None: ...

    def item_done(self, source: Source, outcome: str) -> None: ...

    def source_finished(self, source: Source, summary: RunSummary) -> None: ...


class QuietObserver:
    def source_started(self, source: Source, items: int) -> None:
        pass

    def item_done(self, source: Source, outcome: str) -> None:
        pass

    def source_finished(self, source: Source, summary: RunSummary) -> None:
        pass


def merge(total: RunSummary, part: RunSummary) -> RunSummary:
    total.new += part.new
    total.duplicates += part.duplicates
    total.unchanged += part.unchanged
    total.skipped += part.skipped
    for reason, count in part.failed.items():
        total.failed[reason] = total.failed.get(reason, 0) + count
    return total


@dataclass
class Ingestor:
    store: Store
    fetcher: Fetcher
    settings: Settings
    observer: IngestObserver = field(default_factory=QuietObserver)
    stop: threading.Event = field(default_factory=threading.Event)
    clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    # Called with the ids of the new articles of each stored batch (watch matching and
    # alerts), and once per round of the polling loop (periodic alert passes).
    on_stored: Callable[[list[int]], object] | None = None
    on_round: Callable[[], object] | None = None

    @property
    def policy(self) -> RetryPolicy:
        return RetryPolicy.from_settings(self.settings)

    # -- one source ----------------------------------------------------------------
    def poll(self, source: Source) -> RunSummary:
        """Fetch a source, follow its new items, store them; failures are recorded."""
        summary = RunSummary()
        try:
            overdue = overdue_items(self.store, self.settings, source, self.clock())
            etag, last_modified = cache_headers(source, overdue)
            page = self.fetcher.fetch(
                source.url,
                allow_private=source.allow_private,
                etag=etag,
                last_modified=last_modified,
                accept="html" if source.kind == "page" else source.kind,
            )
            items = [] if page.not_modified else self._items(source, page)
        except StageError as error:
            self._fail(source, source.url, error, summary)
            reason = error.reason
            self._write(lambda: self.store.sources.record_error(source.id, reason))
            self.observer.source_finished(source, summary)
            return summary
        if page.not_modified and not overdue:
            summary.unchanged += 1
        else:
            self._follow(source, [*items, *overdue], page, summary)
        self._write(
            lambda: self.store.sources.record_success(source.id, page.etag, page.last_modified)
        )
        self.observer.source_finished(source, summary)
        return summary

    def _items(self, source: Source, page: FetchedPage) -> list[FeedItem]:
        return source_items(self.fetcher, source, page, self._fail, self.stop)

    def _new_items(self, items: Iterable[FeedItem], summary: RunSummary) -> list[FeedItem]:
        return new_items(self.store, self.settings, items, summary, self.clock())

    def _follow(
        self, source: Source, items: list[FeedItem], page: FetchedPage, summary: RunSummary
    ) -> None:
        fresh = self._new_items(items, summary)
        self._write(lambda: self.store.work.announce(source.id, fresh, self.clock()))
        self.observer.source_started(source, len(fresh))
        batch = _Batch()
        if source.kind == "page":
            if fresh:  # the source page is the article: no second request
                self._prepare(source, fresh[0], lambda: page, batch, summary)
            self._flush(source, batch, summary)
            return
        # Finished fetches arrive on a queue: waiting on it costs the same whatever the
        # number of pages still in flight (concurrent.futures.wait is linear in it).
        done: queue.SimpleQueue[Future[FetchedPage]] = queue.SimpleQueue()
        with ThreadPoolExecutor(max_workers=self.settings.fetch_concurrency) as pool:
            pending: dict[Future[FetchedPage], FeedItem] = {}
            for item in fresh:
                future = pool.submit(self._fetch_item, source, item)
                pending[future] = item
                future.add_done_callback(done.put)
            while pending and not self.stop.is_set():
                try:
                    future = done.get(timeout=0.5)
                except queue.Empty:
                    continue
                item = pending.pop(future)
                self._prepare(source, item, future.result, batch, summary)
                if batch.full(self.settings.store_batch_size):
                    self._flush(source, batch, summary)
            for future in pending:
                future.cancel()
        self._flush(source, batch, summary)

    def _fetch_item(self, source: Source, item: FeedItem) -> FetchedPage:
        if self.stop.is_set():
            raise StageError("stopped", "the run was stopped", permanent=False)
        return self.fetcher.fetch(
            item.url, allow_private=source.allow_private, found_on=source.url, accept="html"
        )

    def _prepare(
        self,
        source: Source,
        item: FeedItem,
        get_page: Callable[[], FetchedPage],
        batch: _Batch,
        summary: RunSummary,
    ) -> None:
        """Fetch result → extract → normalize → fingerprint → analyse, into the batch."""
        try:
            page = get_page()
            draft = draft_from_page(
                page, min_text_chars=self.settings.min_text_chars, source=source, item=item
            )
            fp = fingerprint(draft.text, self.settings.near_duplicate_threshold)
            try:
                analysis = analyze_draft(draft, self.settings)
            except StageError as error:  # stored without analysis; the failure is logged
                self._fail(source, item.url, error, RunSummary())
                analysis = None
            batch.add(item, draft, fp, analysis)
            return
        except StageError as error:
            if error.reason == "stopped":
                return
            self._fail(source, item.url, error, summary)
        except Exception as error:  # a bug or a library crash must not stop the run
            log.exception("unexpected failure on %s", item.url)
            self._fail(source, item.url, failure_of(error, Stage.EXTRACT), summary)
        self.observer.item_done(source, "failed")

    def _flush(self, source: Source, batch: _Batch, summary: RunSummary) -> None:
        """Store the batch in one transaction (one commit, one search-index segment),
        tried again while the database is locked or down (``toancanh.pipeline``)."""
        items = batch.take()
        if not items:
            return
        threshold = self.settings.near_duplicate_threshold
        drafts = [(draft, fp) for _, draft, fp, _ in items]
        analyses = [analysis for *_, analysis in items]
        try:
            results = retrying(
                lambda: store_drafts(self.store, drafts, threshold, analyses),
                self.policy,
                sleep=self.stop.wait,
            )
        except Exception as error:  # the run goes on; the failure log keeps the reason
            failure = failure_of(error, Stage.STORE)
            if failure.permanent:
                log.exception("cannot store a batch of %s", source.url)
            recorded = True
            for item, *_ in items:  # one failed write is enough while the database is down
                recorded = self._fail(source, item.url, failure, summary, record=recorded)
                self.observer.item_done(source, "failed")
            return
        for result in results:
            summary.add(result.outcome)
            self.observer.item_done(source, result.outcome)
        new_ids = [r.article_id for r in results if r.outcome == "new"]
        if new_ids and self.on_stored is not None:
            self.on_stored(new_ids)

    def _fail(
        self,
        source: Source,
        url: str,
        error: StageError,
        summary: RunSummary,
        *,
        record: bool = True,
    ) -> bool:
        """Count a failure and log it (unless ``record`` is false); whether it was logged."""
        summary.add_failure(error.reason)
        failure = Failure(
            stage=str(error.stage),
            reason=error.reason,
            detail=error.detail or None,
            at=self.clock(),
            url=normalize_url(url),
            source_id=source.id,
            permanent=error.permanent,
        )
        return record and self._write(lambda: self.store.failures.record(failure))

    def _write(self, write: Callable[[], object]) -> bool:
        """A bookkeeping write (failure log, source health), tried again while the
        database is locked or down; past the retries the run goes on without it (the
        item is not stored either, so the next poll does it again)."""
        try:
            retrying(write, self.policy, sleep=self.stop.wait)
            return True
        except Exception as error:
            if not is_transient(error):
                raise
            log.warning("not recorded, the database is unavailable: %s", error)
            return False

    # -- many sources ----------------------------------------------------------------
    def run_once(self, sources: Iterable[Source]) -> RunSummary:
        total = RunSummary()
        for source in sources:
            if self.stop.is_set():
                break
            merge(total, self.poll(source))
        return total

    def run_forever(self, source_id: int | None = None) -> RunSummary:
        """Poll each source when its interval has passed, until the stop event is set."""
        total = RunSummary()
        while not self.stop.is_set():
            due = self.store.sources.due(self.clock(), self.settings.poll_interval)
            merge(total, self.run_once(s for s in due if source_id in (None, s.id)))
            if self.on_round is not None and not self.stop.is_set():
                self.on_round()
            self.stop.wait(self._seconds_to_next_poll(source_id))
        return total

    def _seconds_to_next_poll(self, source_id: int | None) -> float:
        now = self.clock()
        next_times = [
            s.last_checked + timedelta(seconds=s.interval_seconds or self.settings.poll_interval)
            for s in self.store.sources.list()
            if s.last_checked is not None and source_id in (None, s.id)
        ]
        if not next_times:
            return 30.0
        return max(1.0, min(60.0, (min(next_times) - now).total_seconds()))


def source_items(
    fetcher: Fetcher,
    source: Source,
    page: FetchedPage,
    on_failure: Callable[[Source, str, StageError, RunSummary], object],
    stop: threading.Event | None = None,
) -> list[FeedItem]:
    """The items a fetched source lists: feed entries, sitemap URLs (following up to
    ``MAX_CHILD_SITEMAPS`` child sitemaps), or the page itself."""
    if source.kind == "feed":
        return parse_feed(page.body, page.final_url)
    if source.kind != "sitemap":
        return [FeedItem(url=source.url)]
    result = parse_sitemap(page.body, page.final_url)
    items = list(result.items)
    for child_url in result.sitemaps[:MAX_CHILD_SITEMAPS]:
        if stop is not None and stop.is_set():
            break
        try:
            child = fetcher.fetch(
                child_url, allow_private=source.allow_private, found_on=source.url, accept="sitemap"
            )
            items.extend(parse_sitemap(child.body, child.final_url).items)
        except StageError as error:
            on_failure(source, child_url, error, RunSummary())
    return items


def new_items(
    store: Store,
    settings: Settings,
    items: Iterable[FeedItem],
    summary: RunSummary,
    now: datetime,
) -> list[FeedItem]:
    """Items not stored yet and not given up on, newest first, at most
    ``max_items_per_poll``; ``summary`` counts the others."""
    unique: dict[str, FeedItem] = {}
    for item in items:
        url = normalize_url(item.url)
        unique.setdefault(url, FeedItem(url, item.title, item.published_at, item.author))
    known = store.articles.known_urls(list(unique))
    summary.unchanged += len(known)
    retry_from = now - timedelta(hours=settings.retry_failed_after)
    given_up = store.failures.permanently_failed([u for u in unique if u not in known], retry_from)
    summary.skipped += len(given_up)
    fresh = [item for url, item in unique.items() if url not in known and url not in given_up]
    # Newest first, so a capped poll takes the latest news.
    fresh.sort(key=lambda i: i.published_at or datetime.min.replace(tzinfo=UTC), reverse=True)
    return fresh[: settings.max_items_per_poll]
