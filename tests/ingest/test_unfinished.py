"""Items a source listed but that were never stored are followed again, 304 or not.

After a Redis restart without persistence, 244 of 392 items were never stored: the next
polls got 304 Not Modified and queued nothing, and `status` said all was well. Here the
loss is a run stopped after the feed was read (the same for the store: items announced,
none stored); the scale-out side is in tests/workers/test_tasks.py.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from fixture_site import FixtureSite
from toancanh.config import Settings
from toancanh.domain.sources import NewSource
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.runner import Ingestor
from toancanh.ingest.unfinished import unfinished_work
from toancanh.store import Store

FEED = "/news/feed.rss"


@pytest.fixture
def settings() -> Settings:
    return Settings(host_delay=0, fetch_timeout=3, fetch_retries=0, analyze=False)


@pytest.fixture
def fetcher(settings: Settings) -> Iterator[Fetcher]:
    with Fetcher(settings) as f:
        yield f


def test_items_lost_after_the_feed_was_read_are_followed_again_despite_304(
    store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    source = store.sources.add(NewSource(site.url(FEED), allow_private=True))
    now = datetime.now(UTC)
    stopped = threading.Event()
    stopped.set()  # the process stops once the feed is read: nothing is stored
    Ingestor(store, fetcher, settings, stop=stopped, clock=lambda: now).poll(source)
    assert store.articles.count() == 0
    lost = unfinished_work(store, settings, now)
    assert lost.count == 0 and lost.in_flight > 5  # just queued: not yet a concern

    # Within requeue_after, the feed's 304 is believed: the items may still be on their way.
    site.reset()
    soon = now + timedelta(minutes=5)
    source = store.sources.get(source.id)  # type: ignore[assignment]
    assert Ingestor(store, fetcher, settings, clock=lambda: soon).poll(source).unchanged == 1
    assert site.paths() == [FEED] and "if-none-match" in site.requests[0].headers

    # Past it, status counts them, and the next poll fetches the feed without its cache
    # headers and follows them again.
    later = now + timedelta(seconds=settings.requeue_after + 60)
    overdue = unfinished_work(store, settings, later)
    assert (overdue.count, overdue.oldest, overdue.in_flight) == (lost.in_flight, now, 0)
    site.reset()
    summary = Ingestor(store, fetcher, settings, clock=lambda: later).poll(source)
    feed_request = site.requests[0]
    assert feed_request.path == FEED and "if-none-match" not in feed_request.headers
    assert summary.new > 5 and store.articles.count() == summary.new
    assert summary.new + summary.duplicates + summary.failed_total == lost.in_flight
    permanent = all(f.permanent for f in store.failures.list())
    assert permanent, "a transient failure would stay unfinished, to be queued again"
    assert unfinished_work(store, settings, later + timedelta(days=1)).count == 0

    # Done: the next poll believes the 304 again.
    site.reset()
    source = store.sources.get(source.id)  # type: ignore[assignment]
    much_later = later + timedelta(days=1)
    assert Ingestor(store, fetcher, settings, clock=lambda: much_later).poll(source).unchanged
    assert site.paths() == [FEED] and "if-none-match" in site.requests[0].headers


def test_the_health_check_counts_work_announced_but_never_done(
    sqlite_store: Store, tmp_path
) -> None:
    from fastapi.testclient import TestClient

    from toancanh.domain.ingest import FeedItem
    from toancanh.web.app import create_app

    source = sqlite_store.sources.add(NewSource("https://bao.example.vn/rss"))
    long_ago = datetime.now(UTC) - timedelta(hours=2)
    sqlite_store.work.announce(source.id, [FeedItem("https://bao.example.vn/tin/1")], long_ago)
    url = str(sqlite_store.engine.url)
    with TestClient(create_app(Settings(database_url=url), sqlite_store)) as client:
        health = client.get("/healthz").json()
    assert health["unfinished"] == 1 and health["unfinished_since"].startswith(
        long_ago.isoformat()[:16]
    )
