"""Page metadata read from the parsed tree: canonical URL, publication date, JSON-LD.

Dates come, in order of trust: JSON-LD ``datePublished`` and meta tags (they carry time
and offset), the byline next to the headline (Vietnamese forms via ``text.dates``), a
CMS timestamp in the URL, then htmldate and the feed item's date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement

from toancanh.domain.ingest import FeedItem
from toancanh.text.dates import VIETNAM, find_datetimes, parse_datetime

# --- heuristics kept as data --------------------------------------------------------------
# Fragments of class/id names of Vietnamese page furniture (related news, comments, share
# bars); ad names count as whole words or affixes only ("ads", "banner-ads", "ads-top"),
# since "block_ads_connect" may name the article itself.
CHROME_NAMES = (
    "lienquan|lien-quan|related|tinkhac|tin-khac|other-news|othernews|chuyen-muc|same-category"
    "|xemnhieu|xem-nhieu|docnhieu|doc-nhieu|most-read|readmore|read-more|doc-them|xem-them"
    "|binhluan|binh-luan|comment|box-follow|quangcao|quang-cao|adsbygoogle|social|share"
    "|rating|tags|marquee|poll|tham-do|binh-chon|top-bar|topbar|header-top|header__top"
)
_DATE_NAMES = ("date", "time", "byline", "publish", "posted", "ngay")
_DATE_CANDIDATES = (
    "self::time or @datetime or @class and ("
    + " or ".join(f"contains(@class, '{name}')" for name in _DATE_NAMES)
    + ")"
)
# Only the elements near the headline are read: a byline sits next to it.
_AFTER_TITLE = XPath(f"(following::*[position() <= 150][{_DATE_CANDIDATES}])[position() <= 6]")
_BEFORE_TITLE = XPath(
    f"(preceding::*[position() <= 150][{_DATE_CANDIDATES}])[position() > last() - 4]"
)
# Ancestors that mark a date as not the article's own (today's date in the top bar ...).
_CHROME_ANCESTOR = re.compile(
    rf"{CHROME_NAMES}|top-?bar|header__top|header-top|site-header|menu|nav|sidebar|footer", re.I
)
# yyyymmddHHMM then more digits, right before the extension: a CMS timestamp in the URL.
_URL_STAMP = re.compile(
    r"(?<![0-9])(20[0-9]{2})([01][0-9])([0-3][0-9])([0-2][0-9])([0-5][0-9])[0-9]*\."
)
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/home"})
# Relative paths: read in <head> only, which is a small part of a page.
_META_DATE = XPath(
    "meta[@property='article:published_time' or @name='article:published_time'"
    " or @name='pubdate' or @name='publishdate' or @itemprop='datePublished'][@content]/@content"
)
_ITEMPROP_DATE = XPath("//*[@itemprop='datePublished']/@*[name()='content' or name()='datetime']")
_JSON_LD = XPath("//script[@type='application/ld+json']/text()")
_CANONICAL = XPath("link[@rel='canonical'][@href]/@href")
_OG_URL = XPath("meta[@property='og:url'][@content]/@content")


def canonical_url(head: HtmlElement, url: str) -> str | None:
    """<link rel=canonical> or og:url, absolute; a home page given for an article is ignored."""
    page_path = urlsplit(url).path
    for href in [*_CANONICAL(head), *_OG_URL(head)]:
        absolute = urljoin(url, href.strip())
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            continue
        if parts.path in _HOME_PATHS and page_path not in _HOME_PATHS:
            continue  # a CMS that copies the (source) site's home page as canonical
        return absolute
    return None


def to_utc(value: str) -> datetime | None:
    """Machine-readable dates (ISO 8601) first, then whatever the dates module reads."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_datetime(value)
    if not 1900 <= parsed.year <= 2199:  # "0001-01-01": a placeholder, not a date
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=VIETNAM)).astimezone(UTC)


def json_ld(tree: HtmlElement) -> list[Any]:
    """Every JSON-LD block of the page, parsed once (broken ones skipped)."""
    found = []
    for script in _JSON_LD(tree):
        with suppress(ValueError):
            found.append(json.loads(script, strict=False))
    return found


def first_value(data: Any, key: str) -> Any:
    return next(_json_values(data, key), None)


def ld_name(value: Any) -> str | None:
    """The name of a JSON-LD person or organization, or of several ("A; B")."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ld_name(value.get("name"))
    if isinstance(value, list):
        names = [name for item in value if (name := ld_name(item))]
        return "; ".join(names) or None
    return None


def structured_date(head: HtmlElement, linked: list[Any]) -> datetime | None:
    """JSON-LD datePublished, then meta article:published_time / pubdate / itemprop."""
    for value in _json_values(linked, "datePublished"):
        if isinstance(value, str) and (parsed := to_utc(value)):
            return parsed
    for find in (_META_DATE, _ITEMPROP_DATE):
        for value in find(head):
            if parsed := to_utc(value):
                return parsed
    return None


def _json_values(data: Any, key: str) -> Iterator[Any]:
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _json_values(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _json_values(item, key)


def byline_date(title: HtmlElement | None) -> datetime | None:
    """A date written next to the headline: just after it, else just before it."""
    if title is None:
        return None
    after = _AFTER_TITLE(title)
    before = list(reversed(_BEFORE_TITLE(title)))
    for element in [*after, *before]:
        if _in_furniture(element):
            continue
        value = element.get("datetime")
        if value and (parsed := to_utc(value)):
            return parsed
        text = element.text_content()
        if len(text) > 300:
            continue  # a container, not a byline
        found = find_datetimes(text)
        if found:
            return found[0].value
    return None


def url_date(url: str) -> datetime | None:
    """The timestamp many Vietnamese CMSs put in article URLs ("...-20221224095943188.htm")."""
    match = _URL_STAMP.search(urlsplit(url).path)
    if not match:
        return None
    with suppress(ValueError):
        year, month, day, hour, minute = (int(part) for part in match.groups())
        local = datetime(year, month, day, hour, minute, tzinfo=VIETNAM)
        return local.astimezone(UTC)
    return None


def _in_furniture(element: HtmlElement) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in _FURNITURE_TAGS:
            return True
        names = f"{ancestor.get('class', '')} {ancestor.get('id', '')}"
        if names.strip() and _CHROME_ANCESTOR.search(names):
            return True
    return False


def fallback_date(tree: HtmlElement, url: str, feed_item: FeedItem | None) -> datetime | None:
    """htmldate (markup and URL only), refined or replaced by the feed's date."""
    feed_date = feed_item.published_at if feed_item else None
    try:
        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate is a heuristic helper; its failure is not the page's
        found = None
    if not found:
        return feed_date.astimezone(UTC) if feed_date else None
    day = datetime.fromisoformat(found).replace(tzinfo=VIETNAM)
    if feed_date and feed_date.astimezone(VIETNAM).date() == day.date():
        return feed_date.astimezone(UTC)  # same day, and the feed knows the time
    if day > datetime.now(UTC) + timedelta(days=1):
        return feed_date.astimezone(UTC) if feed_date else None
    return day.astimezone(UTC)
