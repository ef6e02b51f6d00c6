"""The whole ingest pipeline against the local fixture site, on both store engines."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest

from fixture_site import FixtureSite
from toancanh.config import Settings
from toancanh.domain.ingest import RunSummary
from toancanh.domain.sources import NewSource, Source
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.runner import Ingestor
from toancanh.store import Store

HOUSING = "/news/dongbang/xa-hoi/tan-loc-khoi-cong-ba-du-an-nha-o-xa-hoi.htm"  # windows-1258
ONLINE = "/news/thoisu/chinh-sach/an-hoa-dua-1200-thu-tuc-len-dich-vu-cong-truc-tuyen.html"
TUITION = "/news/thoisu/giao-duc/de-xuat-giu-on-dinh-hoc-phi-nam-hoc-2023-2024.html"
TUITION_AMP = "/news/thoisu/amp/giao-duc/de-xuat-giu-on-dinh-hoc-phi-nam-hoc-2023-2024.html"

EXPECTED_FAILURES = {
    ("extract", "no_article_text"): 2,  # a category page and a one-line notice
    ("extract", "not_vietnamese"): 1,
    ("extract", "malformed_html"): 1,  # a proxy error page in plain text
    ("extract", "decode_error"): 1,  # gzip bytes served without Content-Encoding
    ("fetch", "http_404"): 1,
    ("fetch", "http_503"): 1,
    ("fetch", "redirect_loop"): 1,
    ("fetch", "too_large"): 1,
    ("fetch", "content_type"): 1,
    ("fetch", "robots_disallowed"): 1,
}


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'x.db'}",
        host_delay=0,
        fetch_timeout=3,
        fetch_retries=1,
        fetch_backoff=0.01,
        fetch_max_bytes=2_000_000,
    )


@pytest.fixture
def fetcher(settings: Settings) -> Iterator[Fetcher]:
    with Fetcher(settings) as f:
        yield f


def poll(store: Store, fetcher: Fetcher, settings: Settings, source: Source) -> RunSummary:
    return Ingestor(store, fetcher, settings).poll(source)


def add(store: Store, site: FixtureSite, path: str, **options: object) -> Source:
    return store.sources.add(NewSource(site.url(path), allow_private=True, **options))  # type: ignore[arg-type]


def test_feed_is_ingested_with_every_failure_recorded(
    store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    source = add(store, site, "/pipeline/all.rss", outlet="An Hòa")
    summary = poll(store, fetcher, settings, source)

    assert summary.new == 10
    assert summary.unchanged == 1  # the AMP copy: its canonical URL is a stored page
    failed = {(f.stage, f.reason) for f in store.failures.list()}
    assert failed == set(EXPECTED_FAILURES)
    assert summary.failed == {reason: n for (_, reason), n in EXPECTED_FAILURES.items()}
    assert all(f.source_id == source.id and f.url for f in store.failures.list())

    articles = {
        url.removeprefix(site.base): article
        for summary_ in store.articles.list(limit=50)
        if (article := store.articles.get(summary_.id))
        for url in article.urls
    }
    housing = articles[HOUSING]
    assert housing.title.startswith("Tân Lộc khởi công ba dự án nhà ở xã hội")  # cp1258 decoded
    assert "Tin liên quan" not in housing.text and housing.outlet == "An Hòa"
    assert articles[TUITION] == articles[TUITION_AMP]  # ?utm_source=rss dropped, AMP joined
    online = articles[ONLINE]
    assert online.published_at is not None
    assert online.published_at.isoformat() == "2023-03-20T03:20:00+00:00"  # 10:20 +07:00

    (syndicated, rewritten) = store.articles.stories()
    assert syndicated.size == 3 and len(syndicated.outlets) == 1
    assert syndicated.title.startswith("An Hòa đưa 1.200 thủ tục")  # the original's title
    assert rewritten.size == 2

    healthy = store.sources.get(source.id)
    assert healthy is not None and healthy.last_success and healthy.error_streak == 0


def test_polling_again_changes_nothing_and_does_not_refetch(
    store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    source = add(store, site, "/pipeline/all.rss")
    poll(store, fetcher, settings, source)
    failures_before = len(store.failures.list(limit=1000))
    site.reset()

    polled = store.sources.get(source.id)
    assert polled is not None
    again = poll(store, fetcher, settings, polled)  # conditional GET: 304
    assert (again.new, again.failed) == (0, {})
    assert site.paths() == ["/pipeline/all.rss"]

    site.reset()
    forced = poll(
        store, fetcher, settings, dataclasses.replace(polled, etag=None, last_modified=None)
    )
    assert forced.new == 0 and forced.unchanged == 11
    assert forced.skipped == sum(EXPECTED_FAILURES.values()) - 1  # permanent failures wait
    # Only the transient failure is fetched again: the 503 (with its one retry).
    refetched = {p for p in site.paths() if p != "/pipeline/all.rss"}
    assert refetched == {"/_/status/503"}
    assert forced.failed == {"http_503": 1}
    assert store.articles.count() == 10
    assert len(store.failures.list(limit=1000)) == failures_before + 1


def test_unreachable_source_counts_an_error_streak(
    store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    source = add(store, site, "/news/missing-feed.rss")
    for _ in range(2):
        summary = poll(store, fetcher, settings, source)
        assert summary.failed == {"http_404": 1}
    failing = store.sources.get(source.id)
    assert failing is not None
    assert (failing.error_streak, failing.last_error, failing.last_success) == (2, "http_404", None)


def test_unreadable_feed_is_a_parse_failure_and_a_damaged_one_is_salvaged(
    store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    unreadable = add(store, site, "/fetch/feeds/malformed.rss")
    assert poll(store, fetcher, settings, unreadable).failed == {"malformed_feed": 1}
    (failure,) = store.failures.list()
    assert (failure.stage, failure.url) == ("parse", unreadable.url)
    source = store.sources.get(unreadable.id)
    assert source is not None and source.error_streak == 1

    damaged = add(store, site, "/news/broken-feed.rss")  # its first item is still readable
    poll(store, fetcher, settings, damaged)
    assert site.count("/news/thoisu/kinh-doanh/gia-dien-tang.html") == 1


def test_sitemap_and_single_page_sources(
    store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    sitemap = add(store, site, "/news/sitemap.xml", kind="sitemap")
    from_sitemap = poll(store, fetcher, settings, sitemap)
    assert from_sitemap.new >= 5
    page = add(
        store,
        site,
        "/news/nhipsong/xa-hoi/tu-1-7-luong-co-so-tang-len-1-8-trieu-dong.htm",
        kind="page",
    )
    first = poll(store, fetcher, settings, page)
    assert first.new + first.unchanged == 1


def test_stop_event_ends_the_run_between_articles(
    sqlite_store: Store, site: FixtureSite, fetcher: Fetcher, settings: Settings
) -> None:
    source = add(sqlite_store, site, "/pipeline/all.rss")
    stop = threading.Event()

    class StopAfterFirst:
        def source_started(self, source: Source, items: int) -> None:
            pass

        def item_done(self, source: Source, outcome: str) -> None:
            stop.set()

        def source_finished(self, source: Source, summary: RunSummary) -> None:
            pass

    runner = Ingestor(sqlite_store, fetcher, settings, StopAfterFirst(), stop=stop)
    summary = runner.run_forever()
    assert summary.new + summary.failed_total + summary.unchanged <= 3
    assert sqlite_store.articles.count() <= 1
    assert sqlite_store.sources.get(source.id) is not None
