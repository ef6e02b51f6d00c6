"""Word segmentation and sentence splitting for Vietnamese.

Vietnamese writes syllables separated by spaces; words are one to four syllables
("chính sách", "nhà ở xã hội"). We use pyvi (a CRF model shipped inside the package, no
download) rather than underthesea: on one core here pyvi segments about 110,000-135,000
syllables/s, underthesea about 45,000 (see docs/decisions.md). Words come back with their
syllables joined by "_" ("chính_sách"), as pyvi writes them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# A sentence ends at . ! ? … (and closing quotes/brackets) followed by space, or at a
# paragraph break. Numbers like "1.200" or "TP.HCM" have no space after the dot.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+|\n\s*\n|\n")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    # Imported on first use: loading pyvi's model takes most of a second.
    from pyvi import ViTokenizer

    return ViTokenizer


def words(text: str) -> list[str]:
    """The words of ``text`` in order, multi-syllable words joined with "_"."""
    if not text.strip():
        return []
    return _tokenizer().tokenize(text).split()


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, stripped, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add(text, start, match.start() if text[match.start()] == "\n" else match.end(), spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
