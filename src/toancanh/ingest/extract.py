"""Extract stage: the article (title, main text, byline, date, canonical URL) of one page.

The page is decoded once (``text.encoding``) and parsed once with lxml. Metadata is read
from that tree first (JSON-LD, meta tags, the byline next to the headline); then
Vietnamese page furniture that trafilatura's English-centred rules miss (``Tin liên
quan``, ``Bình luận``, share bars ...) is pruned in place; trafilatura extracts the body
from the pruned tree (it works on its own copy, so the tree stays readable for the
htmldate fallback). Nothing here touches the network.
"""

from __future__ import annotations

import re

import trafilatura
from lxml.etree import XPath
from lxml.html import HtmlElement
from trafilatura.metadata import examine_meta
from trafilatura.utils import load_html

from toancanh.domain.ingest import Extracted, FeedItem, FetchedPage, Stage, StageError
from toancanh.ingest.page_meta import (
    CHROME_NAMES,
    byline_date,
    canonical_url,
    fallback_date,
    first_value,
    json_ld,
    ld_name,
    structured_date,
    url_date,
)
from toancanh.text.dates import find_datetimes
from toancanh.text.encoding import decode_html
from toancanh.text.language import detect_language
from toancanh.text.normalize import display_form, fold_letters

REASONS = ("no_article_text", "not_vietnamese", "malformed_html", "decode_error")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")
_WS = re.compile(r"\s+")
_DOCUMENT_START = re.compile(r"<!doctype html|<html[\s>]", re.I)

_CHROME = re.compile(rf"{CHROME_NAMES}|(?:^|\s)(?:[a-z0-9]+-)?ads?(?:-[\w-]+)?(?=\s|$)", re.I)
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
_PRUNED_TAGS = tuple(_BLOCK_TAGS | _HEADING_TAGS)
# The sapo: a summary element close after the headline ("singular-sapo" at Dân trí,
# "description" at VnExpress, "the-article-summary" at Znews, "chapeau" elsewhere).
_LEAD_NAMES = ("sapo", "summary", "description", "lead", "chapeau", "tom-tat", "tomtat")
_LEAD_TEST = (
    "[self::p or self::h2 or self::div or self::h3 or self::strong]["
    + " or ".join(f"contains(@class, '{name}')" for name in _LEAD_NAMES)
    + "]"
)
_AFTER_HEADLINE_LEAD = XPath(f"(following::*{_LEAD_TEST})[position() <= 3]")
# The body starts at its first long paragraph; a lead comes before it (teasers with a
# "sapo" class in related-news boxes come after).
_BODY_START = XPath("following::p[string-length(normalize-space(.)) > 150][1]")
_LEADS_BEFORE = XPath(f"preceding::*{_LEAD_TEST}")
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
    linked = json_ld(tree)
    title_el = _headline(tree)
    published = structured_date(head, linked) or byline_date(title_el) or url_date(url)
    lead = _lead(title_el)
    _prune_furniture(tree)
    outlets = (meta.sitename, ld_name(first_value(linked, "publisher")))
    site = outlets[0] or outlets[1]
    author = _person(ld_name(first_value(linked, "author")), outlets) or _person(
        meta.author, outlets
    )
    author = author or _byline_author(tree)
    headline = first_value(linked, "headline")
    headline = headline if isinstance(headline, str) else None
    title = _clean_title(meta.title or headline or _text_of(title_el) or _title_tag(head), site)
    # trafilatura's fast mode skips its fallback extractors; most pages need nothing more,
    # and the pages it misses get the full cascade.
    text = _main_text(tree, url, author, title, fast=True)
    prose = _prose_chars(text)
    if prose < min_text_chars:
        text = _main_text(tree, url, author, title, fast=False)
        prose = _prose_chars(text)
    if prose < min_text_chars:
        raise ExtractError("no_article_text", f"{prose} characters of prose")
    text = _with_lead(text, lead)
    guess = detect_language(text)
    if guess.code not in ("vi", "unknown"):
        raise ExtractError("not_vietnamese", guess.code)
    if feed_item and not title:
        title = feed_item.title or ""
    return Extracted(
        title=title,
        text=text,
        author=author or (feed_item.author if feed_item else None),
        published_at=published or fallback_date(tree, url, feed_item),
        canonical_url=canonical_url(head, url),
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
    # One pass over the candidate tags (lxml filters them in C): faster than an XPath of
    # 40 contains().
    for element in tree.iter(*_PRUNED_TAGS):
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


def _prose_chars(text: str) -> int:
    """Characters in paragraphs that read as sentences (not menus or link lists)."""
    return sum(len(line) for line in text.split("\n\n") if _PROSE.search(line))


def _main_text(tree: HtmlElement, url: str, author: str | None, title: str, *, fast: bool) -> str:
    _unwrap_layout_tables(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        fast=fast,
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


def _lead(headline: HtmlElement | None) -> str:
    """The sapo (lead summary) under the headline, which many Vietnamese outlets put in
    the article header, outside the body container that trafilatura keeps."""
    if headline is None:
        return ""
    body_start = _BODY_START(headline)
    before_body = {*_LEADS_BEFORE(body_start[0]), body_start[0]} if body_start else None
    for element in _AFTER_HEADLINE_LEAD(headline):
        if before_body is not None and element not in before_body:
            continue
        text = " ".join(element.text_content().split())
        if 40 <= len(text) <= 800:
            return _OUTLET_PREFIX.sub("", text)
    return ""


def _with_lead(text: str, lead: str) -> str:
    """The text with its lead paragraph first, unless the body already has it."""
    if not lead:
        return text
    probe = fold_letters(lead[:60])
    if probe in fold_letters(text[: len(lead) + 400]):
        return text
    return display_form(f"{lead}\n\n{text}")


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
