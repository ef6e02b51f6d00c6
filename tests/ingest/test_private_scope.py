"""SSRF through feed items: ``--allow-private`` covers the source's own host and port only.

A tester added an intranet feed with ``--allow-private`` and made its items link to
localhost, 0.0.0.0 and the cloud metadata service: all were fetched. Now each such item is
refused before any connection and logged as a ``private_address`` failure that says why.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from toancanh.config import Settings
from toancanh.domain.sources import NewSource
from toancanh.ingest.fetch import Fetcher, FetchError
from toancanh.ingest.netguard import ip_literal, origin
from toancanh.ingest.runner import Ingestor
from toancanh.store import Store

FEED = "http://10.0.0.5/rss"
OWN = "http://10.0.0.5/tin/khoi-cong-nha-o-xa-hoi.html"
ELSEWHERE = [
    "http://localhost/admin",
    "http://127.0.0.1:6379/",
    "http://0.0.0.0/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.5:8080/quan-tri",  # the source's host on another port
    "http://10.0.0.6/tin/khac.html",  # another intranet host
]
ARTICLE = (
    "<html lang='vi'><head><title>Khởi công nhà ở xã hội</title></head><body><article>"
    + "<p>Ủy ban nhân dân tỉnh khởi công ba dự án nhà ở xã hội cho công nhân và người lao động"
    " có thu nhập thấp tại khu công nghiệp, với tổng vốn đầu tư hơn một nghìn tỷ đồng.</p>"
    * 6
    + "</article></body></html>"
)


def _feed() -> bytes:
    items = "".join(
        f"<item><title>Tin {n}</title><link>{url}</link>"
        f"<pubDate>Mon, 0{n % 9 + 1} Dec 2026 08:00:00 +0700</pubDate></item>"
        for n, url in enumerate([OWN, *ELSEWHERE])
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Nội bộ</title>{items}' \
        "</channel></rss>".encode()  # fmt: skip


def _resolve(host: str, port: int) -> list[str]:
    return ["127.0.0.1"] if host == "localhost" else [host]


@pytest.fixture
def requested() -> list[str]:
    return []


@pytest.fixture
def fetcher(requested: list[str]) -> Fetcher:
    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if str(request.url) == FEED:
            return httpx.Response(200, headers={"Content-Type": "application/rss+xml"},
                                  content=_feed())  # fmt: skip
        return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"},
                              content=ARTICLE.encode())  # fmt: skip

    settings = Settings(host_delay=0, fetch_retries=0, analyze=False)
    return Fetcher(settings, transport=httpx.MockTransport(handler), resolve=_resolve)


def test_items_of_an_intranet_feed_may_not_reach_other_private_hosts(
    store: Store, fetcher: Fetcher, requested: list[str]
) -> None:
    source = store.sources.add(NewSource(FEED, allow_private=True, outlet="Nội bộ"))
    settings = Settings(host_delay=0, fetch_retries=0, analyze=False, min_text_chars=100)
    summary = Ingestor(store, fetcher, settings).poll(source)

    assert summary.new == 1  # the feed's own page
    assert {origin(url) for url in requested} == {("10.0.0.5", 80)}
    failures = {f.url: f for f in store.failures.list()}
    assert set(failures) == set(ELSEWHERE)
    for failure in failures.values():
        assert (failure.reason, failure.permanent) == ("private_address", True)
        assert "only the source's own host 10.0.0.5:80 may be private" in (failure.detail or "")
    assert summary.failed == {"private_address": len(ELSEWHERE)}


def test_fetcher_scopes_allow_private_to_the_origin_it_was_found_on(
    fetcher: Fetcher, requested: list[str]
) -> None:
    assert fetcher.fetch(OWN, allow_private=True, found_on=FEED).status == 200
    for url in ELSEWHERE:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(url, allow_private=True, found_on=FEED)
        assert info.value.reason == "private_address", url
    assert all(origin(url) == ("10.0.0.5", 80) for url in requested)


def test_a_public_item_of_an_intranet_feed_is_still_fetched(fetcher: Fetcher) -> None:
    page = fetcher.fetch("http://93.184.216.34/tin", allow_private=True, found_on=FEED)
    assert page.status == 200 and page.fetched_at <= datetime.now(UTC)


def test_origin_fills_in_the_default_port_and_refuses_nothing() -> None:
    assert origin("https://Bao.example.vn/tin") == ("bao.example.vn", 443)
    assert origin("http://10.0.0.5:8080/x") == ("10.0.0.5", 8080)
    assert origin("ftp://x/") is None and origin("http://[::1") is None
    assert ip_literal("2130706433") is not None  # another spelling: another origin
    assert origin("http://2130706433/") != origin("http://127.0.0.1/")
