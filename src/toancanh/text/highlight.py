"""Find query matches in display text and cut a snippet around the best of them.

Matching runs on the folded text (``fold``: lowercase, no diacritics, one character per
character of the input), so ``chinh sach`` finds "Chính sách" and offsets found in the
folded text are offsets in the display text. Phrases are token sequences as
``watch.query.positive_phrases`` gives them: whole tokens only, and a last token ending in
``*`` is a prefix (``("chuyen", "doi*")`` finds "chuyển đổi số" and "chuyển đối").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from toancanh.text.normalize import fold, search_tokens

ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Snippet:
    """A passage of the text; ``highlights`` are (start, end) offsets into ``text``."""

    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=512)
def _pattern(phrase: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex over folded text finding every start of the phrase, overlapping ones too.

    Cached: a page of results compiles the same few phrases for every hit."""
    prefix = bool(phrase) and phrase[-1].endswith("*")
    tokens = search_tokens(" ".join(phrase))  # folds raw words; drops the star
    if not tokens:
        return None
    body = " +".join(re.escape(token) for token in tokens)
    tail = r"\S*" if prefix else r"(?!\S)"
    # Inside a lookahead, so matches may overlap ("a a" in "a a a").
    return re.compile(rf"(?<!\S)(?=({body}{tail}))")


def find_spans(display_text: str, phrases: Iterable[Sequence[str]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) character spans of the phrases in the text."""
    patterns = [p for p in (_pattern(tuple(phrase)) for phrase in phrases) if p is not None]
    if not patterns or not display_text:
        return []
    folded = fold(display_text)
    spans = [m.span(1) for pattern in patterns for m in pattern.finditer(folded)]
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _best_window(spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    """Indices [first, last] of the run of spans that fits in ``width`` with most spans."""
    best, last = (0, 0), 0
    for first in range(len(spans)):
        last = max(last, first)
        while last + 1 < len(spans) and spans[last + 1][1] - spans[first][0] <= width:
            last += 1
        if last - first > best[1] - best[0]:
            best = (first, last)
    return best


def _cut(text: str, begin: int, end: int, keep: tuple[int, int]) -> tuple[int, int]:
    """Move ``begin``/``end`` inwards to word boundaries, never into ``keep``."""
    if begin > 0 and not text[begin - 1].isspace():
        space = next((i for i in range(begin, keep[0]) if text[i].isspace()), keep[0])
        begin = space
    if end < len(text) and not text[end].isspace():
        last = next((i for i in range(end - 1, keep[1] - 1, -1) if text[i].isspace()), None)
        if last is not None or keep[1] > keep[0]:  # else one long word: cut it mid-word
            end = keep[1] if last is None else last
    while begin < keep[0] and text[begin].isspace():
        begin += 1
    while end > keep[1] and text[end - 1].isspace():
        end -= 1
    return begin, end


def _window(text: str, spans: list[tuple[int, int]], width: int) -> tuple[int, int]:
    if not spans:
        first = len(text) - len(text.lstrip())
        return _cut(text, first, min(len(text), first + width), (first, first))
    first, last = _best_window(spans, width)
    start, stop = spans[first][0], min(spans[last][1], spans[first][0] + width)
    slack = width - (stop - start)
    begin = max(0, start - slack // 3)  # a little context before, more after
    end = min(len(text), begin + width)
    begin = max(0, min(begin, end - width))
    return _cut(text, begin, end, (start, stop))


def snippet(display_text: str, phrases: Iterable[Sequence[str]], width: int = 220) -> Snippet:
    """About ``width`` characters around the densest cluster of matches (or the start).

    Cut at word boundaries with "…" where text was left out; whitespace runs become one
    space. A match the cut goes through is highlighted up to the cut.
    """
    if width < 1:
        raise ValueError(f"snippet width must be at least 1, not {width}")
    spans = find_spans(display_text, phrases)
    begin, end = _window(display_text, spans, width)
    head = ELLIPSIS if display_text[:begin].strip() else ""
    tail = ELLIPSIS if display_text[end:].strip() else ""

    def moved(offset: int) -> int:
        """Where a display offset lands once whitespace runs are one space; offsets are
        token boundaries, never inside a run, so the collapsed prefix's length is it."""
        return len(head) + len(_SPACES.sub(" ", display_text[begin:offset]))

    clipped = [(max(s, begin), min(e, end)) for s, e in spans]
    highlights = [(moved(s), moved(e)) for s, e in clipped if s < e]
    return Snippet(head + _SPACES.sub(" ", display_text[begin:end]) + tail, highlights)
