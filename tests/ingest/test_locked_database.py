"""Embedded mode with the SQLite file locked by another writer: the pipeline's failure
policy (``toancanh.pipeline``) waits the lock out, and what it cannot store is recorded
as transient, never skipped for ``retry_failed_after`` hours.

A test connection holds SQLite's write lock (BEGIN IMMEDIATE, as a writer in another
process would) and releases it when the code under test logs its N-th "trying again":
the moment is set by the code's own steps, not by a clock.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus_site import CorpusSite, demo_articles, serve_corpus
from toancanh.config import Settings
from toancanh.domain.sources import NewSource
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.importers import import_file
from toancanh.ingest.runner import Ingestor
from toancanh.store import Store

ARTICLES = 5


class WriteLock(logging.Handler):
    """Holds the write lock of ``path`` until the ``release_after``-th retry is logged."""

    def __init__(self, path: Path, release_after: int) -> None:
        super().__init__(logging.WARNING)
        self.release_after, self.retries = release_after, 0
        self.holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.holder.execute("BEGIN IMMEDIATE")

    def emit(self, record: logging.LogRecord) -> None:
        if "trying again" not in record.getMessage():
            return
        self.retries += 1
        if self.retries == self.release_after and self.holder.in_transaction:
            self.holder.execute("ROLLBACK")

    def close(self) -> None:
        self.holder.close()
        super().close()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "shared.db"
    Store.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def settings(database: Path) -> Settings:
    # A writer gives up on the lock at once (timeout=0), so each try is one step.
    return Settings(
        database_url=f"sqlite:///{database}?timeout=0",
        host_delay=0,
        analyze=False,
        task_retries=2,
        task_backoff=0.01,
    )


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    store = Store.open(settings.database_url, migrate=False)
    yield store
    store.close()


@pytest.fixture
def site() -> Iterator[CorpusSite]:
    with serve_corpus(count=ARTICLES) as served:
        yield served


def locked(database: Path, release_after: int) -> WriteLock:
    lock = WriteLock(database, release_after)
    logging.getLogger("toancanh.pipeline").addHandler(lock)
    return lock


def unlock(lock: WriteLock) -> None:
    logging.getLogger("toancanh.pipeline").removeHandler(lock)
    lock.close()


def test_a_lock_released_while_the_runner_waits_loses_nothing(
    database: Path, settings: Settings, store: Store, site: CorpusSite
) -> None:
    source = store.sources.add(NewSource(site.feed_url, allow_private=True))
    lock = locked(database, release_after=1)
    try:
        with Fetcher(settings) as fetcher:
            summary = Ingestor(store, fetcher, settings).poll(source)
    finally:
        unlock(lock)
    assert lock.retries == 1
    assert (summary.new, summary.failed_total) == (ARTICLES, 0)
    assert store.articles.count() == ARTICLES and store.failures.list() == []


def test_a_lock_held_past_the_retries_is_a_transient_failure_the_next_poll_retries(
    database: Path, settings: Settings, store: Store, site: CorpusSite
) -> None:
    source = store.sources.add(NewSource(site.feed_url, allow_private=True))
    # Recording the items as announced tries 3 times (2 retries; given up, the items are
    # followed anyway), then storing tries 3 times; the lock goes while the failure is
    # recorded.
    lock = locked(database, release_after=2 * settings.task_retries + 1)
    try:
        with Fetcher(settings) as fetcher:
            first = Ingestor(store, fetcher, settings).poll(source)
    finally:
        unlock(lock)
    assert first.new == 0 and first.failed == {"unavailable": ARTICLES}
    failures = store.failures.list()
    assert {(f.stage, f.reason, f.permanent) for f in failures} == {("store", "unavailable", False)}
    assert "database is locked" in (failures[0].detail or "")
    with Fetcher(settings) as fetcher:  # the next poll: nothing skipped
        second = Ingestor(store, fetcher, settings).poll(source)
    assert (second.new, second.skipped, second.failed_total) == (ARTICLES, 0, 0)


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    lines = (json.dumps(row, ensure_ascii=False) for row in rows)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_the_lock_outlasts_reports_unavailable_rows_a_reimport_brings_in(
    database: Path, settings: Settings, store: Store, tmp_path: Path
) -> None:
    rows = [
        {"url": f"https://import.example/{n}", "title": row["title"], "text": row["text"]}
        for n, row in enumerate(demo_articles(ARTICLES))
    ]
    path = write_rows(tmp_path / "rows.jsonl", rows)
    lock = locked(database, release_after=settings.task_retries + 1)
    try:
        report = import_file(store, path, settings)
    finally:
        unlock(lock)
    assert report.summary.new == 0
    assert {r.reason for r in report.rejected} == {"unavailable"}
    assert len(report.rejected) == ARTICLES
    failures = store.failures.list()
    assert len(failures) == ARTICLES
    assert {(f.stage, f.reason, f.permanent) for f in failures} == {("store", "unavailable", False)}
    again = import_file(store, path, settings)
    assert (again.summary.new, again.rejected) == (ARTICLES, [])
    assert store.articles.count() == ARTICLES
