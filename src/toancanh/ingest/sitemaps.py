"""Sitemaps: page URLs (``urlset``) or child sitemaps (``sitemapindex``), gzip or not.

Google News sitemaps add ``news:title`` and ``news:publication_date``, which become the
item's title and date (``lastmod`` stands in for the date otherwise). An RSS or Atom feed
submitted as a sitemap, as sitemaps.org allows, is read as a feed.

The XML is parsed with entities left unresolved, no network and no huge trees, and a
document that declares a DOCTYPE is refused outright: sitemaps never need one, and that
is where entity bombs and external entities (XXE) hide.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from lxml import etree

from toancanh.domain.ingest import FeedItem
from toancanh.ingest.feeds import ParseError, absolute_http_url, parse_feed

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit, uncompressed
_GZIP_MAGIC = b"\x1f\x8b"
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_DECLARATIONS = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass
class SitemapResult:
    items: list[FeedItem] = field(default_factory=list)  # pages, from a urlset
    sitemaps: list[str] = field(default_factory=list)  # child sitemaps, from an index


def parse_sitemap(body: bytes, base_url: str) -> SitemapResult:
    """Read a sitemap fetched from ``base_url``; ``ParseError`` when it cannot be read."""
    if body.startswith(_GZIP_MAGIC):
        body = _gunzip(body)
    root = _parse_xml(body)
    name = _local(root)
    if name == "urlset":
        return SitemapResult(items=_url_items(root, base_url))
    if name == "sitemapindex":
        return SitemapResult(sitemaps=_child_sitemaps(root, base_url))
    if name in _FEED_ROOTS:
        return SitemapResult(items=parse_feed(body, base_url))
    raise ParseError("not_a_sitemap", f"root element <{name}> is not urlset or sitemapindex")


def _gunzip(body: bytes) -> bytes:
    # Bounded output: a small gzip bomb stops at the limit instead of filling memory.
    try:
        data = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(body, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise ParseError("malformed_sitemap", f"bad gzip data: {exc}") from None
    if len(data) > MAX_SITEMAP_BYTES:
        raise ParseError("malformed_sitemap", f"over {MAX_SITEMAP_BYTES} bytes uncompressed")
    return data


def _parse_xml(body: bytes) -> etree._Element:
    if _DECLARATIONS.search(body):  # refused before libxml2 sees it (ASCII-compatible bodies)
        raise ParseError("malformed_sitemap", "a DOCTYPE or ENTITY declaration is not allowed")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser)
    except (etree.LxmlError, ValueError, LookupError, UnicodeError) as exc:
        raise ParseError("malformed_sitemap", f"not well-formed XML: {exc}") from None
    if root is None:
        raise ParseError("malformed_sitemap", "empty document")
    if root.getroottree().docinfo.doctype:
        raise ParseError("malformed_sitemap", "a DOCTYPE or ENTITY declaration is not allowed")
    return root


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _text(element: etree._Element) -> str:
    return (element.text or "").strip()


def _url_items(root: etree._Element, base_url: str) -> list[FeedItem]:
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in root:
        if _local(entry) != "url":
            continue
        item = _url_item(entry, base_url)
        if item is not None and item.url not in seen:
            seen.add(item.url)
            items.append(item)
    return items


def _url_item(entry: etree._Element, base_url: str) -> FeedItem | None:
    url: str | None = None
    lastmod = published = title = None
    for child in entry:  # direct children only: image:loc inside image:image is no page
        name = _local(child)
        if name == "loc":
            url = absolute_http_url(_text(child), base_url)
        elif name == "lastmod":
            lastmod = parse_w3c_datetime(_text(child))
        elif name == "news":
            for part in child:
                if _local(part) == "publication_date":
                    published = parse_w3c_datetime(_text(part))
                elif _local(part) == "title":
                    title = _text(part) or None
    if url is None:
        return None
    return FeedItem(url=url, title=title, published_at=published or lastmod)


def _child_sitemaps(root: etree._Element, base_url: str) -> list[str]:
    found: list[str] = []
    for entry in root:
        if _local(entry) != "sitemap":
            continue
        for child in entry:
            if _local(child) == "loc":
                url = absolute_http_url(_text(child), base_url)
                if url is not None and url not in found:
                    found.append(url)
    return found


def parse_w3c_datetime(value: str) -> datetime | None:
    """A W3C datetime ("2024", "2024-05", "2024-05-01", "2024-05-01T08:30+07:00") in UTC.

    A value without a zone is taken as UTC, as feedparser does for feeds.
    """
    value = value.strip()
    if not value:
        return None
    match = _YEAR_MONTH.fullmatch(value)
    try:
        if match:
            parsed = datetime(int(match[1]), int(match[2] or 1), 1)
        else:
            parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # year 1 with a positive offset falls before datetime.min
        return None
