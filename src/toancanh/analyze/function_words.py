"""Vietnamese function words: what sentiment evidence must not consist of.

A reader accepts "chậm tiến độ" or "bức xúc" as the reason an article reads negative, not
"khiến", "đã được" or "một số". The model's n-grams and the lexicon's hits still use
these words (a negator flips a phrase, "nhờ" often opens good news), but a phrase made of
nothing else is not shown. The list is data (``data/lexicon/function_words_vi.txt``,
written for the project); entries may have several syllables ("sau khi").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from toancanh.analyze.sentiment_text import aligned_match_text, phrase_key, tokenize

FILE = "function_words_vi.txt"


@dataclass(frozen=True)
class FunctionWords:
    entries: frozenset[tuple[str, ...]]  # token forms of each entry (match form)
    longest: int

    def covers(self, forms: tuple[str, ...]) -> bool:
        """Whether ``forms`` split into entries, numbers and punctuation only."""
        words = [f for f in forms if not _number_or_punctuation(f)]
        # reach[i]: the first i words split into entries (a short dynamic programme, since
        # "một số" is an entry while "số" alone may be part of a longer one).
        reach = [True] + [False] * len(words)
        for i in range(len(words)):
            if not reach[i]:
                continue
            for n in range(1, min(self.longest, len(words) - i) + 1):
                if tuple(words[i : i + n]) in self.entries:
                    reach[i + n] = True
        return reach[len(words)]


def parse(text: str) -> FunctionWords:
    """The entries of a function-word file (``#`` comments and blank lines skipped)."""
    entries = set()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key = phrase_key(line)
            if key:
                entries.add(key)
    return FunctionWords(frozenset(entries), max((len(k) for k in entries), default=0))


@lru_cache(maxsize=1)
def default_function_words() -> FunctionWords:
    return parse((files("toancanh.data.lexicon") / FILE).read_text(encoding="utf-8"))


def is_function_phrase(phrase: str, words: FunctionWords | None = None) -> bool:
    """True when ``phrase`` holds no content word: only function words, numbers and
    punctuation ("đã được", "hàng trăm", "sau khi,", "2026."), or nothing at all."""
    forms = tokenize(aligned_match_text(phrase)).forms
    return (words or default_function_words()).covers(forms)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the punctuation and spaces at its edges ("trước." -> "trước")."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


# Function words that carry the meaning of the phrase they open: kept at its start.
_KEEP_FIRST = frozenset(
    {("không",), ("chưa",), ("chẳng",), ("chả",), ("không", "hề"), ("chưa", "hề")}
)


def trim_function_edges(
    text: str, start: int, end: int, words: FunctionWords | None = None
) -> tuple[int, int]:
    """``start:end`` without function words at its edges ("nhờ chủ động" -> "chủ động",
    "chậm tiến độ đã" -> "chậm tiến độ"); a leading negator stays ("chưa được giải
    quyết"). A phrase of function words only comes back empty (``start == end``)."""
    words = words or default_function_words()
    tokens = tokenize(aligned_match_text(text), start, end)
    forms, n = tokens.forms, len(tokens)
    i, j = 0, n
    while i < j:
        step = _entry_at(forms, i, j, words, forward=True)
        if step == 0 or (forms[i : i + step] in _KEEP_FIRST):
            break
        i += step
    while j > i:
        step = _entry_at(forms, i, j, words, forward=False)
        if step == 0:
            break
        j -= step
    if i >= j:
        return start, start
    return tokens.starts[i], tokens.ends[j - 1]


def _entry_at(
    forms: tuple[str, ...], i: int, j: int, words: FunctionWords, *, forward: bool
) -> int:
    """How many tokens at the front (or back) of ``forms[i:j]`` are one function word,
    number or punctuation mark (the longest entry), or 0."""
    edge = forms[i] if forward else forms[j - 1]
    if _number_or_punctuation(edge):
        return 1
    for n in range(min(words.longest, j - i), 0, -1):
        piece = forms[i : i + n] if forward else forms[j - n : j]
        if piece in words.entries:
            return n
    return 0


def _number_or_punctuation(form: str) -> bool:
    return not any(ch.isalpha() for ch in form)


def word_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]] | None:
    """The (start, end) of each pyvi word (syllables joined by "_") in ``text``, or None
    when the words do not line up with the text."""
    spans = []
    cursor = 0
    for word in words:
        first = last = -1
        for syllable in word.split("_"):
            if not syllable:
                continue
            found = text.find(syllable, cursor)
            if found < 0:
                return None
            first = found if first < 0 else first
            cursor = last = found + len(syllable)
        if first >= 0:
            spans.append((first, last))
    return spans


def snap_to_words(spans: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened to the whole words it cuts: the model's syllable n-grams can
    stop inside a word ("phản" of "phản ánh"), which reads as no reason at all."""
    index = bisect_right(spans, (start, _FAR)) - 1  # the last word starting at or before
    if index >= 0 and spans[index][0] < start < spans[index][1]:
        start = spans[index][0]
    index = bisect_right(spans, (end, _FAR)) - 1
    if index >= 0 and spans[index][0] < end < spans[index][1]:
        end = spans[index][1]
    return start, end


_FAR = 1 << 62
