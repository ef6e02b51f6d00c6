"""Feeds: the items of an RSS (0.9x, 1.0, 2.0) or Atom feed, and feed discovery.

``parse_feed`` turns a fetched body into ``FeedItem`` records: links made absolute
(xml:base, then the feed's own URL), dates in UTC, entries without a usable http(s)
link skipped and repeated links kept once. A body that is not a feed raises
``ParseError`` (``not_a_feed``, ``malformed_feed``).
"""

from __future__ import annotations

import html
import io
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
import lxml.html
from lxml import etree

from toancanh.domain.ingest import FeedItem, Stage, StageError

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?)])")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_ENTITY_DECLARATIONS = tuple(
    "<!ENTITY".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
# Bozo flags that only say the declared encoding was wrong: the entries are fine.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class ParseError(StageError):
    """A feed or sitemap that cannot be read."""

    stage = Stage.PARSE


def parse_feed(body: bytes, base_url: str) -> list[FeedItem]:
    """The entries of a feed, in feed order; ``base_url`` is where it was fetched from."""
    if _looks_like_html(body):
        raise ParseError("not_a_feed", "an HTML page, not an RSS or Atom feed")
    if any(marker in body for marker in _ENTITY_DECLARATIONS):
        # Expat would expand a "billion laughs" for seconds before its own limit stops it.
        raise ParseError("malformed_feed", "entity declarations are not allowed in a feed")
    try:
        # A stream, never bytes or str: feedparser opens URLs and file names it is given.
        result = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
        items = _items(result.get("entries", []), base_url)
    except Exception as exc:  # a third-party parser on hostile input must not crash a run
        raise ParseError("malformed_feed", f"{type(exc).__name__}: {exc}") from None
    if items:
        return items
    problem = result.get("bozo_exception")
    if result.get("bozo") and not isinstance(problem, _BENIGN):
        raise ParseError("malformed_feed", str(problem) if problem else "unreadable feed")
    if not result.get("version"):
        raise ParseError("not_a_feed", "no RSS or Atom root element")
    return []  # a well-formed feed with nothing (usable) in it


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head))


def _items(entries: list[Any], base_url: str) -> list[FeedItem]:
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in entries:
        url = _entry_url(entry, base_url)
        if url is None or url in seen:
            continue
        seen.add(url)
        items.append(
            FeedItem(
                url=url,
                title=_text(entry.get("title")),
                published_at=_entry_time(entry),
                author=_text(entry.get("author")),
                summary=_text(entry.get("summary")),
            )
        )
    return items


def _entry_url(entry: Any, base_url: str) -> str | None:
    link = entry.get("link") or ""
    if not link and entry.get("guidislink"):
        link = entry.get("id") or ""
    return absolute_http_url(link, base_url)


def absolute_http_url(link: str, base_url: str) -> str | None:
    """``link`` resolved against ``base_url`` without its fragment; None unless http(s)."""
    link = link.strip()
    if not link:
        return None
    try:
        url = urldefrag(urljoin(base_url, link)).url
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


def _entry_time(entry: Any) -> datetime | None:
    # feedparser gives struct_time already converted to UTC. dict.get skips its
    # deprecated (and warning) fallback from updated_parsed to published_parsed.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)
        if parsed:
            try:
                year, month, day, hour, minute, second = parsed[:6]
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _text(value: object) -> str | None:
    """Plain text from a feed field that may hold HTML (summaries often do)."""
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text) or None


def discover_feeds(page_html: str, base_url: str) -> list[str]:
    """Feed URLs a page advertises with ``<link rel="alternate" type="...rss/atom...">``."""
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")
        doc = lxml.html.document_fromstring(page_html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return []
    base = base_url
    for href in doc.xpath("//base/@href"):
        base = urljoin(base_url, str(href))
        break
    feeds: list[str] = []
    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rel or kind not in FEED_TYPES:
            continue
        url = absolute_http_url(link.get("href") or "", base)
        if url is not None and url not in feeds:
            feeds.append(url)
    return feeds
