"""robots.txt: obeyed, loaded once per site, lenient when missing or broken."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fixture_site import FixtureSite, start_site
from toancanh.config import Settings
from toancanh.ingest.fetch import Fetcher, FetchError
from toancanh.ingest.robots import (
    MAX_CRAWL_DELAY,
    RobotsCache,
    RobotsResponse,
    agent_token,
    origin_of,
    parse_robots,
)

RULES = b"User-agent: *\nDisallow: /private/\n\nUser-agent: ToanCanhBot\nDisallow: /no-bots/\n"


def fast_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {"host_delay": 0.0, "fetch_retries": 0, "fetch_timeout": 2.0}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(fast_settings()) as f:
        yield f


class FakeSite:
    """A robots.txt loader that counts loads, with a clock the test moves."""

    def __init__(self, response: RobotsResponse) -> None:
        self.response = response
        self.loads: list[str] = []
        self.now = 1000.0

    def load(self, url: str) -> RobotsResponse:
        self.loads.append(url)
        return self.response

    def cache(self, agent: str = "ToanCanhBot/0.1 (+https://x)") -> RobotsCache:
        return RobotsCache(self.load, user_agent=agent, ttl=100, error_ttl=10, clock=self.clock)

    def clock(self) -> float:
        return self.now


# -- the cache on its own ------------------------------------------------------------------


def test_our_own_group_wins_over_the_star_group() -> None:
    fake = FakeSite(RobotsResponse(200, RULES))
    robots = fake.cache()
    assert robots.allowed("https://bao.vn/tin/1.html")
    assert not robots.allowed("https://bao.vn/no-bots/1.html")
    assert robots.allowed("https://bao.vn/private/1.html")  # only the most specific group
    other = fake.cache("SomeoneElse/1.0")
    assert other.allowed("https://bao.vn/no-bots/1.html")
    assert not other.allowed("https://bao.vn/private/1.html")
    assert fake.loads == ["https://bao.vn/robots.txt", "https://bao.vn/robots.txt"]


def test_loaded_once_per_site_until_ttl() -> None:
    fake = FakeSite(RobotsResponse(200, RULES))
    robots = fake.cache()
    for path in ("/a", "/b", "/private/c"):
        robots.allowed("https://bao.vn" + path)
    robots.allowed("https://other.vn/a")
    assert len(fake.loads) == 2
    fake.now += 101
    robots.allowed("https://bao.vn/a")
    assert len(fake.loads) == 3


@pytest.mark.parametrize("status", [404, 410, 401, 403])
def test_missing_robots_allows_all_for_the_long_ttl(status: int) -> None:
    fake = FakeSite(RobotsResponse(status, b"User-agent: *\nDisallow: /"))
    robots = fake.cache()
    assert robots.allowed("https://bao.vn/anything")
    fake.now += 50
    robots.allowed("https://bao.vn/anything")
    assert len(fake.loads) == 1


@pytest.mark.parametrize("status", [None, 500, 503, 429])
def test_broken_robots_allows_but_is_asked_again_soon(status: int | None) -> None:
    fake = FakeSite(RobotsResponse(status))
    robots = fake.cache()
    assert robots.allowed("https://bao.vn/a")
    fake.now += 11
    assert robots.allowed("https://bao.vn/a")
    assert len(fake.loads) == 2


def test_crawl_delay_for_our_agent_is_capped() -> None:
    body = b"User-agent: ToanCanhBot\nCrawl-delay: 2.5\n\nUser-agent: SlowBot\nCrawl-delay: 9999\n"
    assert FakeSite(RobotsResponse(200, body)).cache().crawl_delay("https://bao.vn/") == 2.5
    slow = FakeSite(RobotsResponse(200, body)).cache("SlowBot/2")
    assert slow.crawl_delay("https://bao.vn/") == MAX_CRAWL_DELAY
    assert FakeSite(RobotsResponse(404)).cache().crawl_delay("https://bao.vn/") == 0.0


def test_helpers() -> None:
    assert agent_token("ToanCanhBot/0.1 (+https://github.com/toancanh)") == "ToanCanhBot"
    assert agent_token("SlowBot") == "SlowBot"
    assert origin_of("HTTPS://Bao.VN:8443/a?b") == "https://bao.vn:8443"


@given(st.binary(max_size=2000))
def test_any_robots_body_gives_rules_or_allow_all(body: bytes) -> None:
    rules = parse_robots(body)
    if rules is not None:
        assert isinstance(rules.can_fetch("https://bao.vn/x", "ToanCanhBot"), bool)


# -- through the fetcher, against the fixture site -------------------------------------------


def test_disallowed_page_is_refused_without_asking_for_it(
    site: FixtureSite, fetcher: Fetcher
) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(site.url("/fetch/private/secret.html"), allow_private=True)
    assert (info.value.reason, info.value.permanent) == ("robots_disallowed", True)
    assert site.paths() == ["/robots.txt"]


def test_respect_robots_off_fetches_it(site: FixtureSite) -> None:
    with Fetcher(fast_settings(respect_robots=False)) as fetcher:
        page = fetcher.fetch(site.url("/fetch/private/secret.html"), allow_private=True)
    assert page.status == 200 and "/robots.txt" not in site.paths()


def test_robots_fetched_once_per_host_even_from_many_threads(
    site: FixtureSite, fetcher: Fetcher
) -> None:
    urls = [site.url(f"/fetch/page.html?n={i}") for i in range(16)]
    urls += [site.url(f"/fetch/page.html?n={i}", host="localhost") for i in range(16)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda u: fetcher.fetch(u, allow_private=True), urls))
    robots = [r for r in site.requests if r.path == "/robots.txt"]
    assert sorted(r.headers["host"].split(":")[0] for r in robots) == ["127.0.0.1", "localhost"]


def test_site_without_robots_txt_is_open(tmp_path: Path, fetcher: Fetcher) -> None:
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "p.html").write_text("<p>open</p>", encoding="utf-8")
    with start_site(tmp_path) as bare:
        page = fetcher.fetch(bare.url("/private/p.html"), allow_private=True)
        assert page.status == 200
        assert bare.paths() == ["/robots.txt", "/private/p.html"]


def test_robots_server_error_is_treated_as_allow(site: FixtureSite, fetcher: Fetcher) -> None:
    site.override("/robots.txt", status=503)
    page = fetcher.fetch(site.url("/fetch/private/secret.html"), allow_private=True)
    assert page.status == 200


def test_crawl_delay_spaces_requests(site: FixtureSite) -> None:
    with Fetcher(fast_settings(user_agent="SlowBot/1.0")) as fetcher:
        for i in range(2):
            fetcher.fetch(site.url(f"/fetch/page.html?n={i}"), allow_private=True)
    times = [r.time for r in site.requests if r.path.startswith("/fetch/page.html")]
    assert times[1] - times[0] >= 0.25  # Crawl-delay: 0.3 for SlowBot, host_delay is 0


def test_robots_of_a_redirect_target_is_checked(site: FixtureSite, fetcher: Fetcher) -> None:
    target = site.url("/fetch/private/secret.html")
    with pytest.raises(FetchError) as info:
        fetcher.fetch(site.url(f"/_/redirect-to?url={target}"), allow_private=True)
    assert info.value.reason == "robots_disallowed"
    started = time.monotonic()
    fetcher.fetch(site.url("/fetch/page.html"), allow_private=True)
    assert time.monotonic() - started < 0.2 and site.count("/robots.txt") == 1


def test_each_origin_has_its_own_robots(site: FixtureSite, other_site: FixtureSite) -> None:
    with Fetcher(fast_settings()) as fetcher:
        for server in (site, other_site, site, other_site):
            fetcher.fetch(server.url("/fetch/page.html"), allow_private=True)
    assert site.count("/robots.txt") == other_site.count("/robots.txt") == 1
