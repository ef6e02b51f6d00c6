"""Celery tasks: thin wrappers over the stage functions the embedded runner uses.

    scheduler ─> queue_due_sources ─> poll_source ─> fetch_article      (queue fetch)
        ─> extract_article (extract) ─> analyze_article (analyze: analyse, dedupe, store)
        ─> match_articles (alerts: watch matching, live alert rules)

Every task is safe to run twice: the store recognises an article by URL, canonical URL
and content hash, so a task redelivered after its worker died stores nothing again.
Failures, by kind:

* a permanent stage failure (404, not an article) goes to the failure log, as in the
  embedded mode (`toancanh failures`);
* a transient one (timeout, database or broker unreachable) is retried with backoff;
  when the retries are used up, it is dead-lettered;
* anything else is a crash (a bug, a poison page): dead-lettered at once, with its
  reason, for `toancanh status` and `toancanh replay-dead`;
* a task that kills its worker process (a page that exhausts memory or crashes a C
  library) would come back forever: each delivery is counted in Redis, and past
  ``task_retries + MAX_LOST_WORKERS`` deliveries it is dead-lettered without running.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import redis
from celery import Celery, Task
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError

from toancanh.alerts.live import after_store, periodic_pass
from toancanh.analyze.dedupe import fingerprint
from toancanh.config import Settings
from toancanh.domain.ingest import (
    ArticleDraft,
    Failure,
    FeedItem,
    FetchedPage,
    RunSummary,
    Stage,
    StageError,
)
from toancanh.domain.sources import Source
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.pipeline import analyze_draft, draft_from_page
from toancanh.ingest.runner import new_items, source_items
from toancanh.ingest.urls import normalize_url
from toancanh.store import Store
from toancanh.workers.limits import RedisHostTurns
from toancanh.workers.messages import from_message, to_message

log = logging.getLogger(__name__)

# Failures worth a retry: the other side may be back in a moment.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    OperationalError,  # the database is unreachable, restarting, refusing connections
    InterfaceError,
    BrokerError,
    RedisConnectionError,
    RedisTimeoutError,
    ConnectionError,
    TimeoutError,
)


# Seconds a worker reuses a source's record for its articles (outlet, private-address
# permission): saves a query per task; a changed source shows within this time.
SOURCE_CACHE_SECONDS = 30.0

# A fetched page crosses the broker compressed: a 70 KB page takes ~30 KB instead of
# ~120 KB of broker memory, which is what a backlog of extract tasks costs.
PAGE_COMPRESSION = "zlib"

# Longest wait between two attempts to store a dead letter while the database is down.
MAX_WAIT_FOR_DATABASE = 300.0

# Deliveries of one task beyond its retries before it counts as killing its workers.
MAX_LOST_WORKERS = 3
DELIVERIES_KEY = "toancanh:deliveries:"


@dataclass
class WorkerContext:
    """What tasks share inside one worker process, opened on first use.

    Recreated after a fork (Celery's prefork pool): a database pool or an HTTP client
    must not be shared between processes.
    """

    settings: Settings
    _pid: int = 0
    _store: Store | None = None
    _fetcher: Fetcher | None = None
    _redis: redis.Redis | None = None
    _sources: dict[int, tuple[float, Source | None]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def source(self, source_id: int) -> Source | None:
        """The source (None: removed), read at most every ``SOURCE_CACHE_SECONDS``."""
        now = time.monotonic()
        cached = self._sources.get(source_id)
        if cached is not None and now - cached[0] < SOURCE_CACHE_SECONDS:
            return cached[1]
        found = self.store.sources.get(source_id)
        self._sources[source_id] = (now, found)
        return found

    def _check_process(self) -> None:
        if self._pid != os.getpid():
            self._pid, self._store, self._fetcher, self._redis = os.getpid(), None, None, None
            self._sources = {}

    def deliveries(self, task_id: str) -> int | None:
        """Count one more delivery of the task (None: no Redis to count in)."""
        with self._lock:
            self._check_process()
            url = self.settings.shared_redis_url()
            if url is None:
                return None
            if self._redis is None:
                self._redis = redis.Redis.from_url(url, socket_timeout=5)
            client = self._redis
        key = DELIVERIES_KEY + task_id
        count, _ = client.pipeline().incr(key).expire(key, 86_400).execute()
        return int(count)

    @property
    def store(self) -> Store:
        with self._lock:
            self._check_process()
            if self._store is None:
                # The schema is the operator's job (`toancanh db upgrade`), not each worker's.
                self._store = Store.open(self.settings.database_url, migrate=False)
            return self._store

    @property
    def fetcher(self) -> Fetcher:
        with self._lock:
            self._check_process()
            if self._fetcher is None:
                redis_url = self.settings.shared_redis_url()
                turns = RedisHostTurns(redis_url) if redis_url else None
                self._fetcher = Fetcher(self.settings, shared_turn=turns)
            return self._fetcher


def warm_up(settings: Settings) -> None:
    """Load the analysis models once, before the worker forks its pool: every pool
    process then shares them (copy-on-write) and no first task pays for loading them."""
    if settings.analyze:
        sample = ArticleDraft(
            url="https://toancanh.invalid/warm-up",
            title="Chính sách nhà ở xã hội",
            text="Bộ Xây dựng hướng dẫn thủ tục mua nhà ở xã hội theo Nghị định "
            "100/2024/NĐ-CP tại Hà Nội.",
        )
        analyze_draft(sample, settings)


def _now() -> datetime:
    return datetime.now(UTC)


def record_failure(
    store: Store, error: StageError, url: str, source_id: int | None, stage: Stage | None = None
) -> None:
    store.failures.record(
        Failure(
            stage=str(stage or error.stage),
            reason=error.reason,
            detail=error.detail or None,
            at=_now(),
            url=normalize_url(url),
            source_id=source_id,
            permanent=error.permanent,
        )
    )


def run_stage(
    task: Task,
    context: WorkerContext,
    stage: Stage,
    arguments: dict[str, Any],
    url: str | None,
    source_id: int | None,
    work: Callable[[], None],
) -> None:
    """Run one stage with the failure policy of the module docstring."""
    settings = context.settings
    try:
        delivered = context.deliveries(task.request.id) if task.request.id else None
    except redis.RedisError:
        delivered = None  # counting is a safeguard: never a reason not to work
    if delivered is not None and delivered > settings.task_retries + MAX_LOST_WORKERS:
        detail = f"delivered {delivered} times: its workers died running it"
        failure = StageError("worker_lost", detail, stage=stage)
        dead_letter(task, context, arguments, url, source_id, failure, delivered - 1)
        return
    try:
        work()
        return
    except StageError as error:
        if error.permanent:
            if url:
                record_failure(context.store, error, url, source_id)
            return
        failure = StageError(error.reason, error.detail, permanent=False, stage=stage)
    except TRANSIENT_ERRORS as error:
        detail = f"{type(error).__name__}: {error}"[:2000]
        failure = StageError("unavailable", detail, permanent=False, stage=stage)
    except Exception as error:  # a crash: retrying would crash again
        log.exception("task %s crashed", task.name)
        failure = StageError("crash", f"{type(error).__name__}: {error}"[:2000], stage=stage)
    if not failure.permanent and task.request.retries < settings.task_retries:
        countdown = settings.task_backoff * 2**task.request.retries
        raise task.retry(countdown=countdown, max_retries=settings.task_retries)
    dead_letter(task, context, arguments, url, source_id, failure, task.request.retries + 1)


def dead_letter(
    task: Task,
    context: WorkerContext,
    arguments: dict[str, Any],
    url: str | None,
    source_id: int | None,
    failure: StageError,
    attempts: int,
) -> None:
    """Keep the task as a dead letter, and its page in the failure log (a permanent
    failure there keeps the next polls from queueing the page again until
    ``retry_failed_after``).

    With the database unreachable there is nowhere to keep it: the task stays in the
    broker and tries again every few minutes, however long the outage lasts.
    """
    try:
        context.store.work.add_dead_letter(
            task=task.name,
            arguments=arguments,
            url=url,
            reason=failure.reason,
            detail=failure.detail or None,
            attempts=attempts,
        )
        if url:
            try:
                record_failure(context.store, failure, url, source_id)
            except IntegrityError:  # the source was removed meanwhile
                record_failure(context.store, failure, url, None)
    except TRANSIENT_ERRORS as error:
        log.warning("cannot dead-letter %s (%s): retrying later", task.name, error)
        countdown = min(MAX_WAIT_FOR_DATABASE, _retry_delay(context, task))
        raise task.retry(countdown=countdown, max_retries=None) from error


def _retry_delay(context: WorkerContext, task: Task) -> float:
    return context.settings.task_backoff * 2 ** min(task.request.retries, 20)


ALERTS_LOCK = "toancanh:alerts"


def _url(message: object) -> str | None:
    """The ``url`` of a message, for the failure log, even when the message is bad."""
    url = message.get("url") if isinstance(message, dict) else None
    return url if isinstance(url, str) else None


def register_tasks(app: Celery, context: WorkerContext) -> dict[str, Task]:
    """Declare the tasks on ``app``; they run with ``context``."""
    settings = context.settings
    # shared=False: Celery would otherwise give these tasks to every app of the process,
    # bound to the first app's context (settings, store).
    common: dict[str, Any] = {
        "bind": True,
        "acks_late": True,
        "reject_on_worker_lost": True,
        "shared": False,
    }

    @app.task(name="toancanh.queue_due_sources", **common)
    def queue_due_sources(self: Task) -> int:
        """Queue a poll of each source whose interval has passed (once, however many
        schedulers run)."""

        def send(source: Source) -> None:
            poll_source.apply_async(kwargs={"source_id": source.id}, retry=False)

        def work() -> None:
            context.store.work.claim_due_sources(settings.poll_interval, send)

        run_stage(self, context, Stage.FETCH, {}, None, None, work)
        return 0

    @app.task(name="toancanh.poll_source", **common)
    def poll_source(self: Task, source_id: int) -> None:
        """Fetch a source and queue its new items (a page source is its own item)."""

        def failed(source: Source, url: str, error: StageError, _: RunSummary) -> None:
            record_failure(context.store, error, url, source.id)

        def work() -> None:
            store = context.store
            source = store.sources.get(source_id)
            if source is None:  # removed since it was queued
                return
            try:
                page = context.fetcher.fetch(
                    source.url,
                    allow_private=source.allow_private,
                    etag=source.etag,
                    last_modified=source.last_modified,
                    accept="html" if source.kind == "page" else source.kind,
                )
                items = (
                    [] if page.not_modified else source_items(context.fetcher, source, page, failed)
                )
            except StageError as error:  # the next interval polls again: no retry here
                record_failure(store, error, source.url, source.id)
                store.sources.record_error(source.id, error.reason)
                return
            for item in new_items(store, settings, items, RunSummary(), _now()):
                message = {"source_id": source.id, "item": to_message(item)}
                if source.kind == "page":  # the page is the article: no second request
                    extract_article.apply_async(
                        kwargs={**message, "page": to_message(page)}, compression=PAGE_COMPRESSION
                    )
                else:
                    fetch_article.apply_async(kwargs=message)
            store.sources.record_success(source.id, page.etag, page.last_modified)

        run_stage(self, context, Stage.FETCH, {"source_id": source_id}, None, source_id, work)

    @app.task(name="toancanh.fetch_article", **common)
    def fetch_article(self: Task, source_id: int, item: dict[str, Any]) -> None:
        def work() -> None:
            feed_item = from_message(FeedItem, item)  # inside: a bad message is a crash
            source = context.source(source_id)
            if source is None:
                return
            page = context.fetcher.fetch(
                feed_item.url, allow_private=source.allow_private, accept="html"
            )
            extract_article.apply_async(
                kwargs={"source_id": source_id, "item": item, "page": to_message(page)},
                compression=PAGE_COMPRESSION,
            )

        arguments = {"source_id": source_id, "item": item}
        run_stage(self, context, Stage.FETCH, arguments, _url(item), source_id, work)

    @app.task(name="toancanh.extract_article", **common)
    def extract_article(
        self: Task, source_id: int, item: dict[str, Any], page: dict[str, Any]
    ) -> None:
        def work() -> None:
            feed_item = from_message(FeedItem, item)
            source = context.source(source_id)
            if source is None:
                return
            draft = draft_from_page(
                from_message(FetchedPage, page),
                min_text_chars=settings.min_text_chars,
                source=source,
                item=feed_item,
            )
            analyze_article.apply_async(kwargs={"draft": to_message(draft)})

        arguments = {"source_id": source_id, "item": item, "page": page}
        run_stage(self, context, Stage.EXTRACT, arguments, _url(item), source_id, work)

    @app.task(name="toancanh.analyze_article", **common)
    def analyze_article(self: Task, draft: dict[str, Any]) -> None:
        """Analyse, fingerprint and store one article; queue its watch matching."""

        def work() -> None:
            article = from_message(ArticleDraft, draft)
            try:
                analysis = analyze_draft(article, settings)
            except StageError as error:  # stored without analysis, as in embedded mode
                record_failure(context.store, error, article.url, article.source_id)
                analysis = None
            threshold = settings.near_duplicate_threshold
            fp = fingerprint(article.text, threshold)
            # Database errors propagate: transient here (retried), unlike the failure log.
            (result,) = context.store.articles.save_many([(article, fp)], threshold, [analysis])
            if result.outcome == "new" and settings.watch_live:
                match_articles.apply_async(kwargs={"article_ids": [result.article_id]})

        source_id = draft.get("source_id") if isinstance(draft, dict) else None
        arguments = {"draft": draft}
        run_stage(self, context, Stage.STORE, arguments, _url(draft), source_id, work)

    @app.task(name="toancanh.match_articles", **common)
    def match_articles(self: Task, article_ids: list[int]) -> None:
        def work() -> None:
            # One alert pass at a time across all workers: two at once could raise the
            # same alert twice and send it twice.
            with context.store.work.exclusive(ALERTS_LOCK):
                after_store(context.store, settings, article_ids)

        arguments = {"article_ids": article_ids}
        run_stage(self, context, Stage.ANALYZE, arguments, None, None, work)

    @app.task(name="toancanh.periodic_alerts", **common)
    def periodic_alerts(self: Task) -> None:
        def work() -> None:
            with context.store.work.exclusive(ALERTS_LOCK):
                periodic_pass(context.store, settings)

        run_stage(self, context, Stage.ANALYZE, {}, None, None, work)

    return {
        task.name: task
        for task in (
            queue_due_sources,
            poll_source,
            fetch_article,
            extract_article,
            analyze_article,
            match_articles,
            periodic_alerts,
        )
    }
