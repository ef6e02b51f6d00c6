"""Scraped text cut into pieces the templates mark up safely, and links that are safe.

Highlighting never builds HTML in Python: a text becomes a list of ``(piece, mark)``
segments, where ``mark`` is None for plain text or a CSS class name for a match, and the
template writes each piece with autoescaping on (``<mark class="...">{{ piece }}</mark>``).
So a scraped ``<script>`` stays text whatever is highlighted around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from toancanh.text.highlight import find_spans, snippet
from toancanh.watch.matching import positive_phrases
from toancanh.watch.query import QuerySyntaxError
from toancanh.watch.query_parser import parse_query

Segment = tuple[str, str | None]
MATCH = "hit"


def segments(text: str, spans: Iterable[tuple[int, int]], mark: str = MATCH) -> list[Segment]:
    """``text`` cut at the (sorted, non-overlapping) character ``spans``."""
    out: list[Segment] = []
    pos = 0
    for start, end in spans:
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], mark))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def phrases_of(query_text: str | None) -> list[tuple[str, ...]]:
    """What to highlight for a query (a watch's, say); nothing when it does not parse."""
    if not query_text or not query_text.strip():
        return []
    try:
        return positive_phrases(parse_query(query_text))
    except QuerySyntaxError:
        return []


def marked_title(title: str, phrases: Sequence[tuple[str, ...]]) -> list[Segment]:
    return segments(title, find_spans(title, phrases))


def marked_snippet(text: str, phrases: Sequence[tuple[str, ...]]) -> list[Segment]:
    found = snippet(text, phrases)
    return segments(found.text, found.highlights)


def marked_phrases(text: str, phrases: Sequence[tuple[str, str]]) -> list[Segment]:
    """Exact (case-insensitive) occurrences of ``(phrase, mark)`` pairs in ``text``.

    For the words that drove a sentiment: they are quoted as written, so an exact match is
    right (a diacritic-insensitive one would also mark "tang" for "tăng").
    """
    marks: dict[str, str] = {}
    for phrase, mark in phrases:
        phrase = phrase.strip()
        if phrase:
            marks.setdefault(phrase.lower(), mark)
    if not marks or not text:
        return [(text, None)] if text else []
    pattern = re.compile(
        "|".join(re.escape(p) for p in sorted(marks, key=len, reverse=True)), re.IGNORECASE
    )
    out: list[Segment] = []
    pos = 0
    for found in pattern.finditer(text):
        if found.start() > pos:
            out.append((text[pos : found.start()], None))
        out.append((found.group(0), marks[found.group(0).lower()]))
        pos = found.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (shown as text, not a link).

    A scraped ``javascript:`` or ``data:`` URL must never become an ``href``.
    """
    if not url:
        return None
    if not url.lower().startswith(("http://", "https://")) or any(
        ord(c) < 0x21 or c in "\"'<>\\`" for c in url
    ):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def paragraphs(text: str) -> list[str]:
    """The article's text as paragraphs (one per non-empty line)."""
    return [line.strip() for line in text.splitlines() if line.strip()]
