"""Sitemaps served by the fixture site: urlset, index, gzip, Google News, hostile XML."""

from __future__ import annotations

import gzip
import time
from datetime import UTC, datetime

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixture_site import FixtureSite
from toancanh.config import Settings
from toancanh.domain.ingest import Stage
from toancanh.ingest import sitemaps
from toancanh.ingest.feeds import ParseError
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.sitemaps import SitemapResult, parse_sitemap, parse_w3c_datetime


def parse(site: FixtureSite, name: str) -> SitemapResult:
    url = site.url(f"/fetch/sitemaps/{name}")
    return parse_sitemap(httpx.get(url).content, url)


def refused(body: bytes) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_sitemap(body, "https://bao.vn/sitemap.xml")
    assert info.value.stage is Stage.PARSE
    return info.value


def test_urlset(site: FixtureSite) -> None:
    result = parse(site, "urlset.xml")
    assert result.sitemaps == []
    assert [i.url for i in result.items] == [
        site.url("/fetch/articles/a.html"),  # its image:loc is not a page
        site.url("/fetch/articles/b.html"),  # relative <loc> resolved
        site.url("/fetch/articles/c.html"),  # whitespace trimmed
    ]  # the repeated a.html and the <url> without <loc> are gone
    a, b, c = result.items
    assert a.published_at == datetime(2024, 5, 1, 1, 30, tzinfo=UTC)
    assert b.published_at == datetime(2024, 5, 2, tzinfo=UTC)
    assert c.published_at is None  # "not a date"


def test_sitemap_index(site: FixtureSite) -> None:
    result = parse(site, "index.xml")
    assert result.items == []
    assert result.sitemaps == [
        site.url("/fetch/sitemaps/urlset.xml"),
        site.url("/fetch/sitemaps/news.xml"),
        site.url("/fetch/sitemaps/urlset.xml.gz"),
    ]


def test_gzip_sitemap_through_the_fetcher(site: FixtureSite) -> None:
    with Fetcher(Settings(host_delay=0.0, fetch_retries=0)) as fetcher:
        page = fetcher.fetch(
            site.url("/fetch/sitemaps/urlset.xml.gz"), allow_private=True, accept="sitemap"
        )
    result = parse_sitemap(page.body, page.final_url)
    assert [i.url for i in result.items] == [
        "https://bao-thu-nghiem.example.vn/thoi-su/gz-1.html",
        "https://bao-thu-nghiem.example.vn/thoi-su/gz-2.html",
    ]
    assert result.items[0].published_at == datetime(2024, 4, 30, tzinfo=UTC)


def test_google_news_extension(site: FixtureSite) -> None:
    first, second = parse(site, "news.xml").items
    assert first.title == "Quốc hội thông qua Luật Đất đai (sửa đổi)"
    assert first.published_at == datetime(2024, 6, 1, 0, 45, tzinfo=UTC)  # not the lastmod
    assert second.title is None and second.published_at == datetime(2024, 6, 1, tzinfo=UTC)


def test_entity_bomb_is_refused_quickly(site: FixtureSite) -> None:
    started = time.monotonic()
    with pytest.raises(ParseError) as info:
        parse(site, "bomb.xml")
    assert info.value.reason == "malformed_sitemap" and "DOCTYPE" in info.value.detail
    assert time.monotonic() - started < 0.5


def test_external_entity_is_refused(site: FixtureSite) -> None:
    with pytest.raises(ParseError) as info:
        parse(site, "xxe.xml")
    assert info.value.reason == "malformed_sitemap"
    assert "root:" not in str(info.value)  # /etc/passwd was not read into anything


def test_gzip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemaps, "MAX_SITEMAP_BYTES", 100_000)
    body = b"<urlset>" + b" " * 2_000_000 + b"</urlset>"
    assert refused(gzip.compress(body)).reason == "malformed_sitemap"


def test_broken_gzip_and_broken_xml() -> None:
    assert refused(b"\x1f\x8b\x08\x00garbage").reason == "malformed_sitemap"
    assert refused(b"<urlset><url><loc>x</loc></urlset>").reason == "malformed_sitemap"
    assert refused(b"").reason == "malformed_sitemap"


def test_html_page_is_not_a_sitemap(site: FixtureSite) -> None:
    body = httpx.get(site.url("/fetch/feeds/home.html")).content
    assert refused(body).reason in ("malformed_sitemap", "not_a_sitemap")
    assert refused(b"<html><body/></html>").reason == "not_a_sitemap"


def test_feed_submitted_as_sitemap_is_read_as_feed(site: FixtureSite) -> None:
    result = parse_sitemap(httpx.get(site.url("/fetch/feeds/rss1.xml")).content, site.base)
    assert [i.url for i in result.items] == [site.url("/fetch/articles/rdf-1.html")]


def test_sitemap_without_namespace_is_read() -> None:
    body = b"<urlset><url><loc>https://bao.vn/a</loc></url><url><loc>ftp://x/</loc></url></urlset>"
    assert [i.url for i in parse_sitemap(body, "https://bao.vn/").items] == ["https://bao.vn/a"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-05", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024-05-01T08:30+07:00", datetime(2024, 5, 1, 1, 30, tzinfo=UTC)),
        ("2024-05-01T08:30:15.5Z", datetime(2024, 5, 1, 8, 30, 15, 500000, tzinfo=UTC)),
        ("2024-05-01T08:30:00", datetime(2024, 5, 1, 8, 30, tzinfo=UTC)),
        ("2024-13", None),
        ("hôm qua", None),
        ("", None),
    ],
)
def test_w3c_datetimes(value: str, expected: datetime | None) -> None:
    assert parse_w3c_datetime(value) == expected


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_result_or_parse_error(body: bytes) -> None:
    for candidate in (body, b"\x1f\x8b" + body, gzip.compress(body)):
        try:
            result = parse_sitemap(candidate, "https://bao.vn/sitemap.xml")
        except ParseError:
            continue
        assert all(i.url.startswith(("http://", "https://")) for i in result.items)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.text(max_size=40))
def test_urlsets_with_arbitrary_text(loc: str, date: str) -> None:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;")

    body = (
        "<urlset xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url>"
        f"<loc>{esc(loc)}</loc><lastmod>{esc(date)}</lastmod>"
        f"<news:news><news:publication_date>{esc(date)}</news:publication_date></news:news>"
        "</url></urlset>"
    ).encode("utf-8", "surrogatepass")
    try:
        result = parse_sitemap(body, "https://bao.vn/")
    except ParseError:
        return
    for item in result.items:
        assert item.published_at is None or item.published_at.tzinfo is not None


def test_doctype_in_utf16_is_refused_too() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE u [<!ENTITY e "x">]>'
        "<urlset><url><loc>https://bao.vn/&e;</loc></url></urlset>"
    ).encode("utf-16")
    assert refused(body).reason == "malformed_sitemap"
