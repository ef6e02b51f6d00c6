"""Extract stage: the article (title, main text, byline, date, canonical URL) of one page.

The page is decoded once (``text.encoding``) and parsed once with lxml. Metadata is read
from that tree first (JSON-LD, meta tags, the byline next to the headline); then
Vietnamese page furniture that trafilatura's English-centred rules miss (``Tin liên
quan``, ``Bình luận``, share bars ...) is pruned in place; trafilatura extracts the body
from the pruned tree (it works on its own copy, so the tree stays readable for the
htmldate fallback). Nothing here touches the network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import trafilatura
from htmldate import find_date
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta
from trafilatura.utils import load_html

from toancanh.domain import Extracted, FeedItem, FetchedPage, Stage, StageError
from toancanh.text.dates import VIETNAM, find_datetimes, parse_datetime
from toancanh.text.encoding import decode_html
from toancanh.text.language import detect_language
from toancanh.text.normalize import display_form, fold_letters

REASONS = ("no_article_text", "not_vietnamese", "malformed_html", "decode_error")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_WS = re.compile(r"\s+")
_DOCUMENT_START = re.compile(r"<!doctype html|<html[\s>]", re.I)

# --- heuristics kept as data --------------------------------------------------------------
# Fragments of class/id names of Vietnamese page furniture (related news, comments, share
# bars); ad names count as whole words or affixes only ("ads", "banner-ads", "ads-top"),
# since "block_ads_connect" may name the article itself.
_CHROME_NAMES = (
    "lienquan|lien-quan|related|tinkhac|tin-khac|other-news|othernews|chuyen-muc|same-category"
    "|xemnhieu|xem-nhieu|docnhieu|doc-nhieu|most-read|readmore|read-more|doc-them|xem-them"
    "|binhluan|binh-luan|comment|box-follow|quangcao|quang-cao|adsbygoogle|social|share"
    "|rating|tags|marquee|poll|tham-do|binh-chon|top-bar|topbar|header-top|header__top"
)
_CHROME = re.compile(rf"{_CHROME_NAMES}|(?:^|\s)(?:[a-z0-9]+-)?ads?(?:-[\w-]+)?(?=\s|$)", re.I)
_BLOCK_TAG_NAMES = "div section aside article nav footer form ul ol table p span"
_BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
_LONG_PARAGRAPHS = XPath(".//p[string-length(normalize-space(.)) > 150]")
# Headings of furniture blocks whose containers carry no telling class.
_BLOCK_HEADINGS = (
    "tin liên quan|tin cùng chuyên mục|đọc thêm|xem thêm|các tin khác|tin khác|bình luận"
    "|ý kiến bạn đọc|tin mới|xem nhiều|đọc nhiều|có thể bạn quan tâm|bài viết liên quan"
)
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "strong", "b", "div"})
_BLOCK_HEADING = re.compile(rf"^(?:{_BLOCK_HEADINGS})\s*(?:[:(].*)?$", re.I)
# Body lines that are furniture left inside the article container.
_DROP_LINE = re.compile(
    rf"^(?:(?:{_BLOCK_HEADINGS})\s*(?:\(\d+\))?\s*:?"
    r"|(?:đọc thêm|xem thêm|tin liên quan|tin cùng chuyên mục)\s*:.{0,200}"
    r"|chia sẻ(?: bài viết)?(?: qua| lên)?\s*:?.{0,60}"
    r"|theo dõi .{0,40} trên google news)$",
    re.I,
)
# Tables that lay out a whole page (old portals): their cells are blocks, not data.
# So are one-column tables (photo captions, boxed quotes).
_LAYOUT_TABLES = XPath(
    "//table[.//h1 or .//table or .//div[@class or @id] or not(.//tr[count(td | th) > 1])]"
)
_LAYOUT_PARTS = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th"})
# A line of prose ends a sentence; headline lists, menus and bylines do not.
_PROSE = re.compile(r"[.!?…][\"”’)]?$|[.!?…][\"”’)]? ")
# "(Dân trí) - " and the like in front of the lead.
_OUTLET_PREFIX = re.compile(r"^\([^()]{2,40}\)\s*[-–—]\s*")
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
    rf"{_CHROME_NAMES}|top-?bar|header__top|header-top|site-header|menu|nav|sidebar|footer", re.I
)
# yyyymmddHHMM then more digits, right before the extension: a CMS timestamp in the URL.
_URL_STAMP = re.compile(
    r"(?<![0-9])(20[0-9]{2})([01][0-9])([0-3][0-9])([0-2][0-9])([0-5][0-9])[0-9]*\."
)
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
# Bylines: author classes (English and Vietnamese "tác giả"), then a short right-aligned
# last paragraph, the usual signature of Vietnamese articles. Plain C string tests only.
_BYLINE = XPath(
    "//*[@rel='author' or @itemprop='author' or contains(@class, 'author')"
    " or contains(@class, 'byline') or contains(@class, 'tacgia') or contains(@class, 'tac-gia')]"
    "[string-length(normalize-space(.)) < 80]"
)
_SIGNATURE = XPath(
    "//p[contains(translate(@style, ' ', ''), 'text-align:right') or @align='right']"
    "[string-length(normalize-space(.)) < 60]"
)
_AUTHOR_PREFIX = re.compile(
    r"^(?:tác giả|bài(?: và ảnh| và clip|, ảnh)?|người viết|by)\s*:\s*", re.I
)
_SITE_WORDS = re.compile(
    r"^(?:báo|tạp chí|cổng thông tin|trang tin|đài|truyền hình|thông tấn)\b|\.(?:vn|com|net)$",
    re.I,
)
_VOWEL = re.compile("[aeiouy]")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")
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


class ExtractError(StageError):
    """A page without a usable article; ``reason`` is one of ``REASONS``."""

    stage = Stage.EXTRACT


def extract_page(
    page: FetchedPage, *, min_text_chars: int = 200, feed_item: FeedItem | None = None
) -> Extracted:
    """The article of a fetched page (decoded with its declared charset)."""
    ctype = page.content_type.split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        raise ExtractError("malformed_html", f"not an HTML page: {ctype}")
    if not page.body.strip():
        raise ExtractError("malformed_html", "empty body")
    text = decode_html(page.body, page.charset).text
    if _undecodable(text):
        raise ExtractError("decode_error", "too many bytes that are not text")
    url = page.final_url or page.url
    return extract_html(text, url, min_text_chars=min_text_chars, feed_item=feed_item)


def extract_html(
    html: str, url: str, *, min_text_chars: int = 200, feed_item: FeedItem | None = None
) -> Extracted:
    """The article of an already decoded page; raises ``ExtractError``."""
    tree = _parse(html)
    head = tree.find("head")
    head = tree if head is None else head
    meta = examine_meta(tree)  # og: and <meta> tags
    linked = _json_ld(tree)
    title_el = _headline(tree)
    published = _structured_date(head, linked) or _byline_date(title_el) or _url_date(url)
    _prune_furniture(tree)
    outlets = (meta.sitename, _ld_name(_first(linked, "publisher")))
    site = outlets[0] or outlets[1]
    author = _person(_ld_name(_first(linked, "author")), outlets) or _person(meta.author, outlets)
    author = author or _byline_author(tree)
    headline = _first(linked, "headline")
    headline = headline if isinstance(headline, str) else None
    title = _clean_title(meta.title or headline or _text_of(title_el) or _title_tag(head), site)
    text = _main_text(tree, url, author, title)
    prose = sum(len(line) for line in text.split("\n\n") if _PROSE.search(line))
    if prose < min_text_chars:
        raise ExtractError("no_article_text", f"{prose} characters of prose")
    guess = detect_language(text)
    if guess.code not in ("vi", "unknown"):
        raise ExtractError("not_vietnamese", guess.code)
    if feed_item and not title:
        title = feed_item.title or ""
    return Extracted(
        title=title,
        text=text,
        author=author or (feed_item.author if feed_item else None),
        published_at=published or _fallback_date(tree, url, feed_item),
        canonical_url=_canonical(head, url),
        language="vi" if guess.code == "vi" else None,
    )


def _undecodable(text: str) -> bool:
    """Binary data read as text (a compressed body without its Content-Encoding ...)."""
    bad = text.count("\ufffd") + text.count("\x00")
    return bad > 20 and bad > len(text) // 100


def _parse(html: str) -> HtmlElement:
    # Junk before the document (a server-side directive, a PHP warning) makes lxml read the
    # page as a fragment without <head>: start at the doctype or <html> instead.
    start = _DOCUMENT_START.search(html, 0, 4096)
    if start and start.start() > 0:
        html = html[start.start() :]
    try:
        tree = load_html(html)
    except (TypeError, ValueError) as err:
        raise ExtractError("malformed_html", str(err)[:200]) from err
    if tree is None or len(tree) == 0:
        raise ExtractError("malformed_html", "not an HTML document")
    return tree


def _collapse(text: str) -> str:
    return _WS.sub(" ", display_form(text)).strip()


# --- body text ------------------------------------------------------------------------------


def _prune_furniture(tree: HtmlElement) -> None:
    """Remove related-news, comment, share and ad blocks (Vietnamese names and headings)."""
    doomed: list[HtmlElement] = []
    for element in tree.iter():  # one pass in Python: faster than an XPath of 40 contains()
        tag = element.tag
        if tag in _BLOCK_TAGS and _is_chrome_block(element):
            doomed.append(element)
        elif tag in _HEADING_TAGS and (tag != "div" or len(element) == 0):
            text = element.text_content()
            if len(text) < 60 and _BLOCK_HEADING.match(" ".join(text.split())):
                doomed.extend(_heading_block(element))
    for element in doomed:
        if element.getparent() is not None:  # nested blocks: the outer one may be gone
            element.drop_tree()  # keeps the text that follows the element


def _is_chrome_block(element: HtmlElement) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if len(names) < 3 or not _CHROME.search(names):
        return False
    # never the article itself: a container holding the headline or several paragraphs
    return element.find(".//h1") is None and len(_LONG_PARAGRAPHS(element)) < 3


def _heading_block(heading: HtmlElement) -> list[HtmlElement]:
    """The block a furniture heading introduces: its small parent, else the next list."""
    parent = heading.getparent()
    if parent is not None and parent.tag != "body" and len(parent.text_content()) < 1500:
        return [parent]
    following = heading.getnext()
    if following is not None and following.tag in ("ul", "ol"):
        return [heading, following]
    return [heading]


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn page-layout tables into divs so that their cells read as blocks."""
    for table in _LAYOUT_TABLES(tree):
        for element in table.iter(*_LAYOUT_PARTS):
            element.tag = "div"


def _main_text(tree: HtmlElement, url: str, author: str | None, title: str) -> str:
    _unwrap_layout_tables(tree)
    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, with_metadata=False
    )
    raw = getattr(document, "text", None) or ""
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    lines = [line for line in lines if line and not _is_furniture_line(line)]
    if lines and fold_letters(lines[0]) == fold_letters(title):
        lines.pop(0)  # the headline is the title, not text
    elif lines and title and lines[0].startswith(title + " "):
        lines[0] = lines[0][len(title) :].lstrip()  # a headline run into the first block
    if lines:
        lines[0] = _OUTLET_PREFIX.sub("", lines[0])
    if lines and author and fold_letters(lines[-1]) == fold_letters(author):
        lines.pop()  # the signature under the article is metadata, not text
    return display_form("\n\n".join(lines))


def _is_furniture_line(line: str) -> bool:
    if _DROP_LINE.match(line):
        return True
    if len(line) > 60:
        return False
    found = find_datetimes(line)  # a byline date left in the body: "Thứ Tư, 22/3/2023, 14:10"
    return bool(found) and sum(f.end - f.start for f in found) >= len(line) * 0.6


# --- title, author, canonical ---------------------------------------------------------------


def _headline(tree: HtmlElement) -> HtmlElement | None:
    """The article's headline element: the only h1, or the first h1 inside an article."""
    h1s = tree.findall(".//h1")
    if len(h1s) == 1:
        return h1s[0]
    inside = tree.xpath("//article//h1 | //main//h1")
    return inside[0] if inside else (h1s[0] if h1s else None)


def _text_of(element: HtmlElement | None) -> str:
    return "" if element is None else " ".join(element.text_content().split())


def _title_tag(head: HtmlElement) -> str:
    return _text_of(head.find("title"))


def _is_site_name(part: str, site: str | None) -> bool:
    folded, name = fold_letters(part), fold_letters(site or "")
    if name and (name in folded or folded in name):
        return True
    return bool(_SITE_WORDS.search(part.strip())) and len(part.split()) <= 6


def _clean_title(raw: str, site: str | None) -> str:
    """Strip " - Outlet" / " | Outlet" suffixes and "Outlet - " prefixes."""
    title = _collapse(raw)
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        # a short part after a pipe is a site name whatever it says
        short_pipe = sep == " | " and len(tail.split()) <= 5
        if found and head and (short_pipe or _is_site_name(tail, site)):
            title = head.strip()
        first, found, rest = title.partition(sep)
        if found and rest and _is_site_name(first, site):
            title = rest.strip()
    return title


def _clean_author(raw: str | None) -> str | None:
    """A byline as printed ("Theo TTXVN" and "PV" stay); all-caps names are title-cased."""
    if not raw:
        return None
    author = _AUTHOR_PREFIX.sub("", _collapse(raw)).strip(" -–|,:;.")
    if not author or len(author) > 80 or "@" in author or "http" in author.lower():
        return None
    if any(ch.isdigit() for ch in author):
        return None
    words = author.split()
    # "PHẠM HÙNG" is a name in capitals; "PV" and "TTXVN" (no vowel) are acronyms
    if author.isupper() and all(_VOWEL.search(fold_letters(word)) for word in words):
        author = " ".join(word.capitalize() for word in words)
    return author


def _person(raw: str | None, outlets: tuple[str | None, ...]) -> str | None:
    """A metadata author, unless it only names the outlet (as many Vietnamese sites do)."""
    author = _clean_author(raw)
    if author and any(name and fold_letters(author) in fold_letters(name) for name in outlets):
        return None
    return author


def _byline_author(tree: HtmlElement) -> str | None:
    for element in [*_BYLINE(tree), *reversed(_SIGNATURE(tree))]:
        author = _clean_author(element.text_content())
        if author:
            return author
    return None


def _canonical(head: HtmlElement, url: str) -> str | None:
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


# --- publication date ------------------------------------------------------------------------


def _to_utc(value: str) -> datetime | None:
    """Machine-readable dates (ISO 8601) first, then whatever the dates module reads."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_datetime(value)
    if not 1900 <= parsed.year <= 2199:  # "0001-01-01": a placeholder, not a date
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=VIETNAM)).astimezone(UTC)


def _json_ld(tree: HtmlElement) -> list[Any]:
    """Every JSON-LD block of the page, parsed once (broken ones skipped)."""
    found = []
    for script in _JSON_LD(tree):
        with suppress(ValueError):
            found.append(json.loads(script, strict=False))
    return found


def _first(data: Any, key: str) -> Any:
    return next(_json_values(data, key), None)


def _ld_name(value: Any) -> str | None:
    """The name of a JSON-LD person or organization, or of several ("A; B")."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [name for item in value if (name := _ld_name(item))]
        return "; ".join(names) or None
    return None


def _structured_date(head: HtmlElement, linked: list[Any]) -> datetime | None:
    """JSON-LD datePublished, then meta article:published_time / pubdate / itemprop."""
    for value in _json_values(linked, "datePublished"):
        if isinstance(value, str) and (parsed := _to_utc(value)):
            return parsed
    for find in (_META_DATE, _ITEMPROP_DATE):
        for value in find(head):
            if parsed := _to_utc(value):
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


def _byline_date(title: HtmlElement | None) -> datetime | None:
    """A date written next to the headline: just after it, else just before it."""
    if title is None:
        return None
    after = _AFTER_TITLE(title)
    before = list(reversed(_BEFORE_TITLE(title)))
    for element in [*after, *before]:
        if _in_furniture(element):
            continue
        value = element.get("datetime")
        if value and (parsed := _to_utc(value)):
            return parsed
        text = element.text_content()
        if len(text) > 300:
            continue  # a container, not a byline
        found = find_datetimes(text)
        if found:
            return found[0].value
    return None


def _url_date(url: str) -> datetime | None:
    """The timestamp many Vietnamese CMSs put in article URLs ("...-20221224095943188.htm")."""
    match = _URL_STAMP.search(urlsplit(url).path)
    if not match:
        return None
    with suppress(ValueError):
        local = datetime(*(int(part) for part in match.groups()), tzinfo=VIETNAM)
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


def _fallback_date(tree: HtmlElement, url: str, feed_item: FeedItem | None) -> datetime | None:
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
