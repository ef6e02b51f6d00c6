"""Celery tasks: one per task of the declared pipeline (``toancanh.pipeline``), each a
thin adapter that loads its message, calls the stage functions the embedded runner
calls, and saves or queues the result.

    scheduler ─> queue_due_sources ─> poll_source ─> fetch_article      (queue fetch)
        ─> extract_article (extract) ─> analyze_article (analyze: analyse, dedupe, store)
        ─> find_claims (analyze: claims found, matched, repeats marked)
        ─> match_articles (alerts: watch matching, live alert rules)

Every task is safe to run twice: the store recognises an article by URL, canonical URL
and content hash, so a task redelivered after its worker died stores nothing again.
Failures, by kind (``StageTask`` applies this to every task):

* a permanent stage failure (404, not an article) goes to the failure log, as in the
  embedded mode (`toancanh failures`);
* a transient one (``pipeline.is_transient``: a timeout, the database locked or
  unreachable, the broker down) is retried with the pipeline's backoff; when the retries
  are used up, it is dead-lettered;
* anything else is a crash (a bug, a poison page): dead-lettered at once, with its
  reason, for `toancanh status` and `toancanh replay-dead`;
* a task that kills its worker process (a page that exhausts memory or crashes a C
  library) would come back forever: each delivery is counted in Redis, and past
  ``task_retries + MAX_LOST_WORKERS`` deliveries it is dead-lettered without running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

import redis
from celery import Celery, Task
from sqlalchemy.exc import IntegrityError

from toancanh import pipeline
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
from toancanh.ingest.claims import find_claims as claims_step
from toancanh.ingest.pipeline import analyze_draft, draft_from_page, store_drafts
from toancanh.ingest.runner import new_items, source_items
from toancanh.ingest.unfinished import cache_headers, overdue_items
from toancanh.ingest.urls import normalize_url
from toancanh.pipeline import RetryPolicy, failure_of, is_transient
from toancanh.services.report_schedules import on_critical_alerts, run_due
from toancanh.store import Store
from toancanh.workers.context import WorkerContext
from toancanh.workers.messages import from_message, to_message

log = logging.getLogger(__name__)

# A fetched page crosses the broker compressed: a 70 KB page takes ~30 KB instead of
# ~120 KB of broker memory, which is what a backlog of extract tasks costs.
PAGE_COMPRESSION = "zlib"

# Longest wait between two attempts to store a dead letter while the database is down.
MAX_WAIT_FOR_DATABASE = 300.0

# Deliveries of one task beyond its retries before it counts as killing its workers.
MAX_LOST_WORKERS = 3

# One alert pass at a time across all workers: two at once could raise the same alert
# twice and send it twice.
ALERTS_LOCK = "toancanh:alerts"


class StageTask(Task):
    """The class of every pipeline task: its function runs under the failure policy.

    ``worker`` and ``declared`` are set per app by ``register_tasks``.
    """

    worker: WorkerContext
    declared: pipeline.Task

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        # Celery's tracer calls this (instead of ``run``) because it is overridden; it
        # has pushed the request (id, retries) already.
        run_stage(self, kwargs, partial(self.run, *args, **kwargs))


# -- the tasks: load, call the stage, save or queue the next ------------------------------
def queue_due_sources(task: StageTask) -> None:
    """Queue a poll of each source whose interval has passed (once, however many
    schedulers run)."""

    def send(source: Source) -> None:
        _send(task, pipeline.POLL_SOURCE, {"source_id": source.id}, retry=False)

    task.worker.store.work.claim_due_sources(task.worker.settings.poll_interval, send)


def poll_source(task: StageTask, source_id: int) -> None:
    """Fetch a source and queue its new items (a page source is its own item)."""
    context = task.worker
    store = context.store
    source = store.sources.get(source_id)
    if source is None:  # removed since it was queued
        return

    def failed(source: Source, url: str, error: StageError, _: RunSummary) -> None:
        record_failure(store, error, url, source.id)

    # Items queued before but never stored (lost with the broker, say) are queued again,
    # and the source is fetched without cache headers then: a 304 would hide them.
    overdue = overdue_items(store, context.settings, source, _now())
    etag, last_modified = cache_headers(source, overdue)
    try:
        page = context.fetcher.fetch(
            source.url,
            allow_private=source.allow_private,
            etag=etag,
            last_modified=last_modified,
            accept="html" if source.kind == "page" else source.kind,
        )
        items = [] if page.not_modified else source_items(context.fetcher, source, page, failed)
    except StageError as error:  # the next interval polls again: no retry here
        record_failure(store, error, source.url, source.id)
        store.sources.record_error(source.id, error.reason)
        return
    fresh = new_items(store, context.settings, [*items, *overdue], RunSummary(), _now())
    store.work.announce(source.id, fresh, _now())  # before queueing: a lost task is found
    for item in fresh:
        message = {"source_id": source.id, "item": to_message(item)}
        if source.kind == "page":  # the page is the article: no second request
            message["page"] = to_message(page)
            _send(task, pipeline.EXTRACT_ARTICLE, message, compression=PAGE_COMPRESSION)
        else:
            _send(task, pipeline.FETCH_ARTICLE, message)
    store.sources.record_success(source.id, page.etag, page.last_modified)


def fetch_article(task: StageTask, source_id: int, item: dict[str, Any]) -> None:
    """fetch: the page of a feed item, queued for extraction (compressed)."""
    feed_item = from_message(FeedItem, item)  # inside the policy: a bad message is a crash
    source = task.worker.source(source_id)
    if source is None:
        return
    page = task.worker.fetcher.fetch(
        feed_item.url, allow_private=source.allow_private, found_on=source.url, accept="html"
    )
    message = {"source_id": source_id, "item": item, "page": to_message(page)}
    _send(task, pipeline.EXTRACT_ARTICLE, message, compression=PAGE_COMPRESSION)


def extract_article(
    task: StageTask, source_id: int, item: dict[str, Any], page: dict[str, Any]
) -> None:
    """extract, normalize: a fetched page as a draft, queued for analysis."""
    feed_item = from_message(FeedItem, item)
    source = task.worker.source(source_id)
    if source is None:
        return
    draft = draft_from_page(
        from_message(FetchedPage, page),
        min_text_chars=task.worker.settings.min_text_chars,
        source=source,
        item=feed_item,
    )
    _send(task, pipeline.ANALYZE_ARTICLE, {"draft": to_message(draft)})


def analyze_article(task: StageTask, draft: dict[str, Any]) -> None:
    """dedupe, analyze, store: one article; its claims and watch matching queued."""
    context, settings = task.worker, task.worker.settings
    article = from_message(ArticleDraft, draft)
    try:
        analysis = analyze_draft(article, settings)
    except StageError as error:  # stored without analysis, as in embedded mode
        record_failure(context.store, error, article.url, article.source_id)
        analysis = None
    threshold = settings.near_duplicate_threshold
    fp = fingerprint(article.text, threshold)
    # A database error propagates: a lock or an outage is retried through the broker.
    (result,) = store_drafts(context.store, [(article, fp)], threshold, [analysis])
    if result.outcome != "new":
        return
    _send(task, pipeline.FIND_CLAIMS, {"article_ids": [result.article_id]})
    if settings.watch_live:
        _send(task, pipeline.MATCH_ARTICLES, {"article_ids": [result.article_id]})


def find_claims(task: StageTask, article_ids: list[int]) -> None:
    """claims: the check-worthy sentences of newly stored articles, matched against the
    registry (the index is this worker process's ``statements_index``)."""
    claims_step(task.worker.store, article_ids, task.worker.statements_index)


def match_articles(task: StageTask, article_ids: list[int]) -> None:
    """watch, alert: matching and live alert rules for newly stored articles."""
    with task.worker.store.work.exclusive(ALERTS_LOCK):
        context = task.worker
        report = after_store(
            context.store, context.settings, article_ids, pickup_index=context.statements_index
        )
        on_critical_alerts(context.store, report.critical)


def periodic_alerts(task: StageTask) -> None:
    """Every rule of every watch (forecast breaches), then due deliveries."""
    with task.worker.store.work.exclusive(ALERTS_LOCK):
        report = periodic_pass(task.worker.store, task.worker.settings)
        on_critical_alerts(task.worker.store, report.critical)


def send_reports(task: StageTask) -> None:
    """The scheduled reports that are due, and the retries of failed ones (each slot is
    claimed in the database: two schedulers or a redelivered task send nothing twice)."""
    run_due(task.worker.store, task.worker.settings)


ADAPTERS: dict[str, Callable[..., None]] = {
    pipeline.QUEUE_DUE_SOURCES.name: queue_due_sources,
    pipeline.POLL_SOURCE.name: poll_source,
    pipeline.FETCH_ARTICLE.name: fetch_article,
    pipeline.EXTRACT_ARTICLE.name: extract_article,
    pipeline.ANALYZE_ARTICLE.name: analyze_article,
    pipeline.FIND_CLAIMS.name: find_claims,
    pipeline.MATCH_ARTICLES.name: match_articles,
    pipeline.PERIODIC_ALERTS.name: periodic_alerts,
    pipeline.SEND_REPORTS.name: send_reports,
}


def register_tasks(app: Celery, context: WorkerContext) -> dict[str, Task]:
    """Declare the pipeline's tasks on ``app``; they run with ``context``."""
    return {
        declared.name: app.task(
            ADAPTERS[declared.name],
            name=declared.name,
            base=StageTask,
            bind=True,
            acks_late=True,
            reject_on_worker_lost=True,
            # Celery would otherwise give these tasks to every app of the process, bound
            # to the first app's context (settings, store).
            shared=False,
            worker=context,
            declared=declared,
        )
        for declared in pipeline.TASKS
    }


def _send(task: Task, to: pipeline.Task, kwargs: dict[str, Any], **options: Any) -> None:
    """Queue the next task (the app routes it to its queue)."""
    task.app.tasks[to.name].apply_async(kwargs=kwargs, **options)


# -- the failure policy --------------------------------------------------------------
def run_stage(task: StageTask, arguments: dict[str, Any], work: Callable[[], None]) -> None:
    """Run one task's work with the failure policy of the module docstring."""
    context = task.worker
    policy = RetryPolicy.from_settings(context.settings)
    url, source_id = _item_of(arguments)
    try:
        delivered = context.deliveries(task.request.id) if task.request.id else None
    except redis.RedisError:
        delivered = None  # counting is a safeguard: never a reason not to work
    if delivered is not None and delivered > policy.retries + MAX_LOST_WORKERS:
        detail = f"delivered {delivered} times: its workers died running it"
        failure = StageError("worker_lost", detail, stage=task.declared.stage)
        dead_letter(task, arguments, url, source_id, failure, delivered - 1)
        return
    try:
        work()
        return
    except StageError as error:
        if error.permanent:
            if url:
                record_failure(context.store, error, url, source_id)
            return
        failure = error
    except Exception as error:
        failure = failure_of(error, task.declared.stage)
        if failure.permanent:  # a crash: retrying would crash again
            log.exception("task %s crashed", task.name)
    if not failure.permanent and task.request.retries < policy.retries:
        countdown = policy.delay(task.request.retries)
        raise task.retry(countdown=countdown, max_retries=policy.retries)
    dead_letter(task, arguments, url, source_id, failure, task.request.retries + 1)


def dead_letter(
    task: StageTask,
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
    store = task.worker.store
    try:
        store.work.add_dead_letter(
            task=task.name,
            arguments=arguments,
            url=url,
            reason=failure.reason,
            detail=failure.detail or None,
            attempts=attempts,
        )
        if url:
            try:
                record_failure(store, failure, url, source_id)
            except IntegrityError:  # the source was removed meanwhile
                record_failure(store, failure, url, None)
    except Exception as error:
        if not is_transient(error):
            raise
        log.warning("cannot dead-letter %s (%s): retrying later", task.name, error)
        policy = RetryPolicy.from_settings(task.worker.settings)
        countdown = min(MAX_WAIT_FOR_DATABASE, policy.delay(task.request.retries))
        raise task.retry(countdown=countdown, max_retries=None) from error


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


def _item_of(arguments: dict[str, Any]) -> tuple[str | None, int | None]:
    """The URL and source of a task's item (a feed item or a draft), for the failure
    log, even when the message is bad."""
    message = arguments.get("item", arguments.get("draft"))
    message = message if isinstance(message, dict) else {}
    url = message.get("url")
    source_id = arguments.get("source_id", message.get("source_id"))
    return (
        url if isinstance(url, str) else None,
        source_id if isinstance(source_id, int) else None,
    )


def _now() -> datetime:
    return datetime.now(UTC)


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
