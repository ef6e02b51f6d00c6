"""Fetcher against the local fixture site: reasons, retries, limits, politeness, 304."""

from __future__ import annotations

import http.client
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest

from fixture_site import FIXTURE_ROOT, FixtureSite, start_site
from toancanh.config import Settings
from toancanh.domain.ingest import Stage
from toancanh.ingest.fetch import (
    RETRY_AFTER_CAP,
    Fetcher,
    FetchError,
    accepts,
    is_transient,
    parse_retry_after,
    split_content_type,
)


def make_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "host_delay": 0.0,
        "fetch_backoff": 0.01,
        "fetch_retries": 0,
        "fetch_timeout": 2.0,
        "fetch_max_bytes": 200_000,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(make_settings()) as f:
        yield f


def fail(fetcher: Fetcher, url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url, allow_private=True, **kwargs)  # type: ignore[arg-type]
    assert info.value.stage is Stage.FETCH
    return info.value


# -- a page and its metadata --------------------------------------------------------------


def test_fetches_a_page_with_its_type_charset_and_validators(
    site: FixtureSite, fetcher: Fetcher
) -> None:
    page = fetcher.fetch(site.url("/fetch/page.html"), allow_private=True)
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.final_url == page.url == site.url("/fetch/page.html")
    assert f"{site.base}/fetch/page.html".encode() in page.body  # {{BASE}} was replaced
    assert "Chính sách mới".encode() in page.body
    assert page.etag and page.last_modified and not page.not_modified
    page_request = next(r for r in site.requests if r.path == "/fetch/page.html")
    assert page_request.headers["user-agent"].startswith("ToanCanhBot/")


def test_legacy_charset_from_header_and_body_byte_exact(
    site: FixtureSite, fetcher: Fetcher
) -> None:
    site.override(
        "/fetch/legacy-1258.html", headers={"Content-Type": 'text/html; charset="Windows-1258"'}
    )
    page = fetcher.fetch(site.url("/fetch/legacy-1258.html"), allow_private=True)
    raw = (FIXTURE_ROOT / "fetch/legacy-1258.html").read_bytes()
    assert page.charset == "windows-1258"
    assert page.body == raw.replace(b"{{BASE}}", site.base.encode())
    assert "nghị định" in page.body.decode("cp1258").replace("i\u0323", "ị")


def test_missing_charset_is_none(site: FixtureSite, fetcher: Fetcher) -> None:
    site.override("/fetch/page.html", headers={"Content-Type": "text/html"})
    assert fetcher.fetch(site.url("/fetch/page.html"), allow_private=True).charset is None


# -- failure reasons ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "permanent"),
    [(404, True), (410, True), (403, True), (429, False), (500, False), (503, False)],
)
def test_http_status_reasons(
    site: FixtureSite, fetcher: Fetcher, code: int, permanent: bool
) -> None:
    error = fail(fetcher, site.url(f"/_/status/{code}"))
    assert (error.reason, error.permanent) == (f"http_{code}", permanent)


def test_timeout_is_transient(site: FixtureSite) -> None:
    with Fetcher(make_settings(fetch_timeout=0.2)) as fetcher:
        started = time.monotonic()
        error = fail(fetcher, site.url("/_/slow/1"))
    assert (error.reason, error.permanent) == ("timeout", False)
    assert time.monotonic() - started < 0.9


def test_connect_error_is_transient(fetcher: Fetcher) -> None:
    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = fail(fetcher, f"http://127.0.0.1:{port}/page.html")
    assert (error.reason, error.permanent) == ("connect_error", False)


def test_content_type_is_checked_per_accept(site: FixtureSite, fetcher: Fetcher) -> None:
    assert fail(fetcher, site.url("/_/wrong-type")).reason == "content_type"
    assert fail(fetcher, site.url("/fetch/feeds/rss2.rss")).reason == "content_type"
    feed = fetcher.fetch(site.url("/fetch/feeds/rss2.rss"), allow_private=True, accept="feed")
    assert feed.content_type == "application/rss+xml"
    image = fetcher.fetch(site.url("/_/wrong-type"), allow_private=True, accept="any")
    assert image.body.startswith(b"\x89PNG")
    gz = site.url("/fetch/sitemaps/urlset.xml.gz")
    assert fetcher.fetch(gz, allow_private=True, accept="sitemap").body[:2] == b"\x1f\x8b"


def test_accept_table() -> None:
    assert accepts("html", "application/xhtml+xml")
    assert not accepts("html", "application/json")
    assert accepts("feed", "text/xml") and accepts("feed", "application/atom+xml")
    assert not accepts("feed", "image/png")
    assert accepts("sitemap", "application/x-gzip") and not accepts("sitemap", "text/html")
    assert accepts("html", "")  # no Content-Type: the next stage judges the body


def test_streamed_body_over_the_cap_is_refused_early(site: FixtureSite, fetcher: Fetcher) -> None:
    started = time.monotonic()
    error = fail(fetcher, site.url("/_/huge"))
    assert (error.reason, error.permanent) == ("too_large", True)
    assert time.monotonic() - started < 0.5  # the 20 MB stream takes longer than that


def test_declared_length_over_the_cap_is_refused(site: FixtureSite, fetcher: Fetcher) -> None:
    assert fail(fetcher, site.url("/_/huge?declare=1")).reason == "too_large"


def test_gzip_body_is_decoded(site: FixtureSite, fetcher: Fetcher) -> None:
    page = fetcher.fetch(site.url("/_/gzip"), allow_private=True)
    assert b"gzip encoded page" in page.body
    assert site.requests[-1].headers["accept-encoding"] == "gzip, deflate"


def test_gzip_bomb_is_capped_on_decoded_bytes(site: FixtureSite, fetcher: Fetcher) -> None:
    error = fail(fetcher, site.url("/_/gzip-bomb"))  # ~16 KB on the wire, 16 MB decoded
    assert error.reason == "too_large"


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_undecodable_body_is_decode_error(
    site: FixtureSite, fetcher: Fetcher, encoding: str
) -> None:
    site.override("/fetch/page.html", headers={"Content-Encoding": encoding})
    assert fail(fetcher, site.url("/fetch/page.html")).reason == "decode_error"


@pytest.mark.parametrize(
    "url", ["ftp://example.com/feed", "http://user:secret@example.com/", "http:///nohost"]
)
def test_bad_urls(fetcher: Fetcher, url: str) -> None:
    assert fail(fetcher, url).reason == "bad_url"


# -- redirects ------------------------------------------------------------------------------


def test_redirect_chain_is_followed(site: FixtureSite, fetcher: Fetcher) -> None:
    page = fetcher.fetch(site.url("/_/redirect/3"), allow_private=True)
    assert page.url == site.url("/_/redirect/3")
    assert page.final_url == site.url("/_/redirect/0")
    assert b"end of the redirect chain" in page.body
    assert [p for p in site.paths() if p.startswith("/_/")] == [
        "/_/redirect/3",
        "/_/redirect/2",
        "/_/redirect/1",
        "/_/redirect/0",
    ]


def test_too_many_redirects(site: FixtureSite) -> None:
    with Fetcher(make_settings(fetch_max_redirects=2)) as fetcher:
        assert fetcher.fetch(site.url("/_/redirect/2"), allow_private=True).status == 200
        assert fail(fetcher, site.url("/_/redirect/3")).reason == "too_many_redirects"


def test_redirect_loop(site: FixtureSite, fetcher: Fetcher) -> None:
    error = fail(fetcher, site.url("/_/redirect-loop"))
    assert (error.reason, error.permanent) == ("redirect_loop", True)


def test_redirect_to_another_private_host_is_refused(site: FixtureSite, fetcher: Fetcher) -> None:
    # allow_private covers the source's own host only, not where it redirects to.
    target = site.url("/fetch/page.html", host="localhost")
    error = fail(fetcher, site.url(f"/_/redirect-to?url={target}"))
    assert error.reason == "private_address"
    assert "/fetch/page.html" not in site.paths()


def test_public_page_redirecting_into_private_network_is_refused() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data"})

    transport = httpx.MockTransport(handler)
    with (
        Fetcher(make_settings(), transport=transport) as fetcher,
        pytest.raises(FetchError) as info,
    ):
        fetcher.fetch("http://93.184.216.34/tin-tuc")
    assert info.value.reason == "private_address"
    assert not any("169.254" in url for url in seen)


def test_injected_resolver_decides_for_host_names() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>ok</p>")

    mock = httpx.MockTransport(handler)
    with Fetcher(make_settings(), transport=mock, resolve=lambda h, p: ["93.184.216.34"]) as f:
        assert f.fetch("https://bao.example.vn/tin").body == b"<p>ok</p>"
    with Fetcher(make_settings(), transport=mock, resolve=lambda h, p: ["10.0.0.9"]) as f:
        with pytest.raises(FetchError) as info:
            f.fetch("https://intranet.example.vn/tin")
        assert info.value.reason == "private_address"
        assert f.fetch("https://intranet.example.vn/tin", allow_private=True).status == 200


def test_private_address_needs_allow_private(site: FixtureSite, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(site.url("/fetch/page.html"))
    assert (info.value.reason, info.value.permanent) == ("private_address", True)
    assert "--allow-private" in info.value.detail
    assert site.requests == []  # refused before any connection
    assert fetcher.fetch(site.url("/fetch/page.html"), allow_private=True).status == 200


# -- retries --------------------------------------------------------------------------------


def test_flaky_page_is_retried_until_it_works(site: FixtureSite) -> None:
    with Fetcher(make_settings(fetch_retries=2)) as fetcher:
        page = fetcher.fetch(site.url("/_/flaky/k1/2"), allow_private=True)
    assert b"recovered" in page.body
    assert site.count("/_/flaky/k1/2") == 3


def test_retries_stop_after_fetch_retries(site: FixtureSite) -> None:
    with Fetcher(make_settings(fetch_retries=2)) as fetcher:
        error = fail(fetcher, site.url("/_/flaky/k2/5"))
        assert error.reason == "http_503" and not error.permanent
        assert site.count("/_/flaky/k2/5") == 3
        fail(fetcher, site.url("/_/status/404"))
        assert site.count("/_/status/404") == 1  # permanent failures are not retried


def test_retry_after_is_honoured_and_capped(site: FixtureSite) -> None:
    waits: list[float] = []
    with Fetcher(make_settings(fetch_retries=1), sleep=waits.append) as fetcher:
        fetcher.fetch(site.url("/_/flaky/k3/1?retry_after=7"), allow_private=True)
        fetcher.fetch(site.url("/_/flaky/k4/1?retry_after=86400"), allow_private=True)
    assert waits == [7.0, RETRY_AFTER_CAP]


def test_backoff_doubles_with_jitter(site: FixtureSite) -> None:
    waits: list[float] = []
    settings = make_settings(fetch_retries=3, fetch_backoff=0.5)
    with Fetcher(settings, sleep=waits.append) as fetcher:
        fail(fetcher, site.url("/_/status/500"))  # no Retry-After header
    assert len(waits) == 3
    for wait, base in zip(waits, [0.5, 1.0, 2.0], strict=True):
        assert base <= wait <= base * 1.5


def test_retry_after_parsing() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
    later = parse_retry_after(formatdate(time.time() + 60, usegmt=True))
    assert later is not None and 55 <= later <= 61
    assert parse_retry_after(formatdate(time.time() - 60, usegmt=True)) == 0.0


def test_reason_classes() -> None:
    assert is_transient("http_502") and is_transient("timeout") and is_transient("http_429")
    assert not is_transient("http_404") and not is_transient("too_large")
    assert FetchError("http_503").permanent is False
    assert FetchError("robots_disallowed").permanent is True
    assert split_content_type("Text/HTML; Charset='UTF-8'") == ("text/html", "utf-8")


# -- politeness -----------------------------------------------------------------------------


def run_parallel(fetcher: Fetcher, urls: list[str], workers: int = 8) -> None:
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda u: fetcher.fetch(u, allow_private=True), urls))


def test_per_host_concurrency_limit(site: FixtureSite) -> None:
    with Fetcher(make_settings(host_concurrency=3, fetch_concurrency=8)) as fetcher:
        run_parallel(fetcher, [site.url(f"/_/track?sleep=0.05&n={i}") for i in range(12)])
    assert site.max_in_flight == 3


def test_global_concurrency_limit_across_hosts(site: FixtureSite) -> None:
    # 127.0.0.1 and localhost are two hosts (2 each) on one server that sees both.
    urls = [
        site.url(f"/_/track?sleep=0.05&n={i}", host=h)
        for i in range(6)
        for h in ("127.0.0.1", "localhost")
    ]
    with Fetcher(make_settings(host_concurrency=2, fetch_concurrency=3)) as fetcher:
        run_parallel(fetcher, urls)
    assert site.max_in_flight == 3


def test_min_delay_between_requests_to_a_host(site: FixtureSite) -> None:
    settings = make_settings(host_delay=0.15, host_concurrency=4, respect_robots=False)
    with Fetcher(settings) as fetcher:
        run_parallel(fetcher, [site.url(f"/fetch/page.html?n={i}") for i in range(3)])
    # Arrival times at the server jitter under load; unspaced requests would be ~1 ms apart.
    times = sorted(r.time for r in site.requests)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(gaps) == 2 and min(gaps) >= 0.1


def test_hosts_are_spaced_independently(site: FixtureSite) -> None:
    with Fetcher(make_settings(host_delay=0.5, respect_robots=False)) as fetcher:
        fetcher.fetch(site.url("/fetch/page.html"), allow_private=True)
        started = time.monotonic()
        fetcher.fetch(site.url("/fetch/page.html", host="localhost"), allow_private=True)
    assert time.monotonic() - started < 0.3


def test_fetcher_is_thread_safe(site: FixtureSite) -> None:
    urls = [site.url(f"/fetch/page.html?n={i}") for i in range(40)]
    with Fetcher(make_settings(host_concurrency=8)) as fetcher, ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(lambda u: fetcher.fetch(u, allow_private=True), urls))
    assert [p.url for p in pages] == urls and all(p.status == 200 for p in pages)
    assert site.count("/robots.txt") == 1
    assert threading.active_count() < 50


# -- conditional GET ------------------------------------------------------------------------


def test_etag_gives_not_modified(site: FixtureSite, fetcher: Fetcher) -> None:
    url = site.url("/fetch/page.html")
    first = fetcher.fetch(url, allow_private=True)
    again = fetcher.fetch(url, allow_private=True, etag=first.etag)
    assert again.not_modified and again.status == 304 and again.body == b""
    assert again.etag == first.etag
    assert site.requests[-1].headers["if-none-match"] == first.etag
    changed = fetcher.fetch(url, allow_private=True, etag='"stale"')
    assert not changed.not_modified and changed.body == first.body


def test_last_modified_gives_not_modified(site: FixtureSite, fetcher: Fetcher) -> None:
    url = site.url("/fetch/page.html")
    first = fetcher.fetch(url, allow_private=True)
    again = fetcher.fetch(url, allow_private=True, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert site.requests[-1].headers["if-modified-since"] == first.last_modified
    old = formatdate(0, usegmt=True)
    assert not fetcher.fetch(url, allow_private=True, last_modified=old).not_modified


# -- the fixture site's own contract --------------------------------------------------------


def test_fixture_site_header_overrides_and_raw_files(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "outside.txt").write_text("secret")
    (root / "a.html").write_text("<a href='{{BASE}}/b'>", encoding="utf-8")
    (root / "a.bin").write_bytes(b"{{BASE}}\xff")
    (root / "_headers.json").write_text(
        '{"/a.html": {"Content-Type": "text/html", "X-Extra": "1", "ETag": null}}'
    )
    with start_site(root) as own:
        page = httpx.get(own.url("/a.html"))
        assert page.text == f"<a href='{own.base}/b'>"
        assert page.headers["content-type"] == "text/html" and page.headers["x-extra"] == "1"
        assert "etag" not in page.headers and "last-modified" in page.headers
        raw = httpx.get(own.url("/a.bin"))
        assert raw.content == b"{{BASE}}\xff"  # only text files are rewritten
        assert httpx.get(own.url("/_headers.json")).status_code == 404
        conn = http.client.HTTPConnection(own.host, own.port)  # sends the path verbatim
        conn.request("GET", "/../outside.txt")
        assert conn.getresponse().status == 404
        conn.close()
