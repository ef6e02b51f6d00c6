"""Feeds served by the fixture site: RSS 0.91/1.0/2.0, Atom, broken ones, discovery."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fixture_site import FixtureSite
from toancanh.config import Settings
from toancanh.domain.ingest import FeedItem, Stage
from toancanh.ingest.feeds import ParseError, discover_feeds, parse_feed
from toancanh.ingest.fetch import Fetcher


def load(site: FixtureSite, name: str) -> tuple[bytes, str]:
    url = site.url(f"/fetch/feeds/{name}")
    return httpx.get(url).content, url


def parse(site: FixtureSite, name: str) -> list[FeedItem]:
    return parse_feed(*load(site, name))


def test_rss2_items(site: FixtureSite) -> None:
    items = parse(site, "rss2.rss")
    assert [i.url for i in items] == [
        site.url("/fetch/articles/nghi-dinh-13.html"),
        site.url("/fetch/feeds/articles/tuong-doi.html"),  # relative to the feed's URL
        site.url("/fetch/articles/guid-permalink.html"),  # a permalink guid, no <link>
    ]  # the duplicate (with #comments), the link-less and the javascript: entries are gone
    first = items[0]
    assert first.title == "Chính phủ ban hành Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân"
    assert first.published_at == datetime(2023, 4, 17, 1, 30, tzinfo=UTC)  # 08:30 +07:00
    assert first.author == "Phóng viên A"
    assert first.summary == "Nghị định có hiệu lực từ 1/7/2023."  # HTML stripped
    assert items[2].published_at is None


def test_atom_items(site: FixtureSite) -> None:
    items = parse(site, "atom.atom")
    assert [i.url for i in items] == [
        site.url("/fetch/atom-base/thong-cao-07.html"),  # xml:base, the alternate link
        site.url("/fetch/atom-base/chi-cap-nhat.html"),
    ]
    assert items[0].published_at == datetime(2024, 5, 1, 1, 0, tzinfo=UTC)  # not <updated>
    assert items[1].published_at == datetime(2024, 5, 2, tzinfo=UTC)  # <updated> if alone
    assert items[0].author == "Văn phòng Chính phủ"
    assert items[0].summary == "Tóm tắt & nội dung"
    assert all(i.published_at is None or i.published_at.tzinfo is UTC for i in items)


def test_rss1_and_rss091(site: FixtureSite) -> None:
    (rdf,) = parse(site, "rss1.xml")
    assert rdf.url == site.url("/fetch/articles/rdf-1.html") and rdf.title == "Bài viết RSS 1.0"
    assert rdf.published_at == datetime(2023, 12, 31, 16, 0, tzinfo=UTC)
    (old,) = parse(site, "rss091.rss")
    assert old.url == site.url("/fetch/articles/rss091.html")


def test_feed_through_the_fetcher(site: FixtureSite) -> None:
    settings = Settings(host_delay=0.0, fetch_retries=0)
    with Fetcher(settings) as fetcher:
        page = fetcher.fetch(site.url("/fetch/feeds/atom.atom"), allow_private=True, accept="feed")
    assert len(parse_feed(page.body, page.final_url)) == 2


def test_malformed_feed(site: FixtureSite) -> None:
    with pytest.raises(ParseError) as info:
        parse(site, "malformed.rss")
    assert info.value.reason == "malformed_feed" and info.value.stage is Stage.PARSE
    assert "not well-formed" in info.value.detail  # feedparser's own explanation


def test_html_page_is_not_a_feed(site: FixtureSite) -> None:
    with pytest.raises(ParseError) as info:
        parse(site, "home.html")
    assert info.value.reason == "not_a_feed"


@pytest.mark.parametrize("body", [b"", b"<catalog><book/></catalog>", b'{"items": []}'])
def test_other_documents_are_not_feeds(body: bytes) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(body, "https://bao.vn/rss")
    assert info.value.reason in ("not_a_feed", "malformed_feed")


def test_empty_but_valid_feed_has_no_items() -> None:
    body = b"<rss version='2.0'><channel><title>Tin</title></channel></rss>"
    assert parse_feed(body, "https://bao.vn/rss") == []


def test_body_is_never_taken_for_a_url_or_a_file(site: FixtureSite) -> None:
    # feedparser opens URLs and file names passed as strings; we must never let it.
    for body in (b"/etc/passwd", site.url("/fetch/feeds/rss2.rss").encode()):
        with pytest.raises(ParseError):
            parse_feed(body, "https://bao.vn/rss")
    assert site.requests == []


def test_discover_feeds(site: FixtureSite) -> None:
    body, url = load(site, "home.html")
    assert discover_feeds(body.decode(), url) == [
        site.url("/fetch/feeds/rss2.rss"),
        site.url("/fetch/feeds/atom.atom"),  # relative, rel="Alternate" in any case
    ]


def test_discover_feeds_honours_base_and_survives_junk() -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html><head><base href="https://cdn.bao.vn/x/">'
        '<link rel="alternate" type="application/atom+xml; charset=utf-8" href="feed.atom">'
        "</head></html>"
    )
    assert discover_feeds(page, "https://bao.vn/") == ["https://cdn.bao.vn/x/feed.atom"]
    assert discover_feeds("", "https://bao.vn/") == []
    assert discover_feeds("\x00\ufffe<<<", "https://bao.vn/") == []


FEED_SHAPES = [
    "<rss version='2.0'><channel><item><title>{0}</title><link>{0}</link>"
    "<pubDate>{0}</pubDate></item></channel></rss>",
    "<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='{0}'/>"
    "<updated>{0}</updated><title>{0}</title></entry></feed>",
]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_items_or_parse_error(body: bytes) -> None:
    try:
        items = parse_feed(body, "https://bao.vn/rss")
    except ParseError as exc:
        assert exc.reason in ("malformed_feed", "not_a_feed")
    else:
        assert all(i.url.startswith(("http://", "https://")) for i in items)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FEED_SHAPES), st.text(max_size=60))
def test_feeds_with_arbitrary_field_text(shape: str, text: str) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")
    try:
        items = parse_feed(shape.format(escaped).encode("utf-8", "replace"), "https://bao.vn/")
    except ParseError:
        return
    for item in items:
        assert item.published_at is None or item.published_at.tzinfo is not None
        assert "#" not in item.url


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_entity_declarations_are_refused_at_once(codec: str) -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = (
        f'<?xml version="1.0" encoding="{codec}"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}]>'
        "<rss version='2.0'><channel><item><title>&l9;</title><link>https://bao.vn/a</link>"
        "</item></channel></rss>"
    ).encode(codec)
    started = time.monotonic()
    with pytest.raises(ParseError) as info:
        parse_feed(body, "https://bao.vn/rss")
    assert info.value.reason == "malformed_feed" and "entity" in info.value.detail
    assert time.monotonic() - started < 0.1


def test_external_doctype_without_entities_is_fine(site: FixtureSite) -> None:
    body, url = load(site, "rss091.rss")
    netscape = b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd">'
    body = body.replace(b"<rss ", netscape + b"\n<rss ", 1)
    assert [i.title for i in parse_feed(body, url)] == ["Old-style item"]
    assert site.paths() == ["/fetch/feeds/rss091.rss"]  # the DTD was not fetched
