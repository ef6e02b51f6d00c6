"""Dictionary matching of gazetteer names over the words of a text.

The text is folded once (``fold``: lowercase, no diacritics, one character per character)
and cut into words; every gazetteer alias is indexed by its first folded word. A name is
found by looking up each word of the text in that index and comparing the following
words, so the cost grows with the length of the text, not with the size of the gazetteer.
Because folding keeps positions, a word's offsets in the folded text are its offsets in
the original, where the finders check what folding threw away: diacritics (``Huệ`` is not
``Huế``), capitals (``hòa bình`` is not ``Hòa Bình``) and punctuation between words.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any, Generic, TypeVar

from toancanh.text.normalize import display_form, fold, match_form

T = TypeVar("T")

_WORD = re.compile(r"\w+")  # on folded text every letter is a-z or another script's letter
# What may stand between two words of one name: spaces, "TP.HCM", "GD&ĐT", "BR-VT", "–".
_GAP_CHARS = frozenset(" \u00a0.-–—&,/")
_MAX_GAP = 3


@dataclass(frozen=True)
class Scan:
    """A text cut into words: offsets into ``text`` and each word's folded form."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    keys: tuple[str, ...]
    folded: str = ""

    def word_at(self, offset: int) -> int:
        """Index of the word that starts at ``offset``."""
        return bisect_left(self.starts, offset)

    def __len__(self) -> int:
        return len(self.keys)

    def word(self, i: int) -> str:
        return self.text[self.starts[i] : self.ends[i]]

    def gap(self, i: int) -> str:
        """The characters between word ``i - 1`` and word ``i`` (text start for 0)."""
        return self.text[self.ends[i - 1] if i > 0 else 0 : self.starts[i]]


@lru_cache(maxsize=8)
def scan_text(text: str) -> Scan:
    """The words of ``text`` (cached: the three finders scan the same article)."""
    folded = text.translate(_fold_table())
    spans = [found.span() for found in _WORD.finditer(folded)]
    if not spans:
        return Scan(text, (), (), (), folded)
    starts, ends = zip(*spans, strict=True)
    return Scan(text, starts, ends, tuple(_WORD.findall(folded)), folded)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """``fold`` as a plain table for the Latin range (a plain dict translates faster);
    characters beyond it are other scripts, kept as they are (one for one, as ``fold``)."""
    return {cp: fold(chr(cp)) for cp in range(0x3000)}


def is_upper(word: str) -> bool:
    """An abbreviation written in capitals ("TP", "HCM", "C08"); one letter counts too."""
    return word.upper() == word and any(ch.isalpha() for ch in word)


def is_title(word: str) -> bool:
    return word[:1].isupper()


@dataclass(frozen=True)
class Alias(Generic[T]):
    """One written form of a gazetteer name, ready for matching."""

    written: str
    keys: tuple[str, ...]  # folded words
    forms: tuple[str, ...]  # each word in match form (diacritics kept, lowercase)
    shapes: tuple[str, ...]  # "upper" (abbreviation), "title" or "lower", per word
    gaps: tuple[str, ...]  # what separates the words in the written form
    target: T


def make_alias(written: str, target: T) -> Alias[T]:
    written = display_form(written)
    words = list(_WORD.finditer(fold(written)))
    if not words:
        raise ValueError(f"gazetteer name without a letter or digit: {written!r}")
    originals = [written[w.start() : w.end()] for w in words]
    shapes = tuple(
        "upper" if is_upper(o) and len(o) > 1 else "title" if is_title(o) else "lower"
        for o in originals
    )
    gaps = tuple(written[a.end() : b.start()] for a, b in pairwise(words))
    return Alias(
        written,
        tuple(w.group() for w in words),
        tuple(match_form(o) for o in originals),
        shapes,
        gaps,
        target,
    )


class AliasIndex(Generic[T]):
    """Aliases by their folded words; tried longest first (the longest name wins)."""

    def __init__(self, aliases: Iterable[Alias[T]]) -> None:
        by_words: dict[tuple[str, ...], list[Alias[T]]] = {}
        for alias in aliases:
            by_words.setdefault(alias.keys, []).append(alias)
        lengths: dict[str, set[int]] = {}
        for keys in by_words:
            lengths.setdefault(keys[0], set()).add(len(keys))
        self._by_words = by_words
        self._lengths = {first: tuple(sorted(n, reverse=True)) for first, n in lengths.items()}
        self.size = sum(len(v) for v in by_words.values())
        # One regular expression over the folded text finds where some alias's words stand,
        # so Python looks only at those places, not at every word.
        # No look-behind at the front: a pattern that starts with a letter lets the engine
        # skip ahead to possible first letters; the word start is checked after a match.
        self._pattern = re.compile(rf"(?:{_trie_pattern(' '.join(k) for k in by_words)})(?!\w)")

    def next_candidate(self, scan: Scan, i: int) -> int | None:
        """The first word from word ``i`` on where the words of some alias stand."""
        if i >= len(scan.keys):
            return None
        folded, pos = scan.folded, scan.starts[i]
        while (found := self._pattern.search(folded, pos)) is not None:
            start = found.start()
            if start == 0 or not folded[start - 1].isalnum():
                return scan.word_at(start)
            pos = start + 1  # inside a word ("cha noi" holds "ha noi")
        return None

    def starts_with(self, key: str) -> bool:
        """Some alias starts with this folded word (a cheap test before ``at``)."""
        return key in self._lengths

    def at(self, scan: Scan, i: int) -> Iterator[tuple[Alias[T], int]]:
        """Aliases whose words (and diacritics) are the words from ``i``; with the end index."""
        keys = scan.keys
        for size in self._lengths.get(keys[i], ()):
            end = i + size
            if end > len(keys):
                continue
            for alias in self._by_words.get(keys[i:end], ()):
                if words_match(scan, i, alias):
                    yield alias, end


def _trie_pattern(strings: Iterable[str]) -> str:
    """A regular expression matching any of ``strings``, longest first, as a trie.

    A space stands for one to three separators (the folded text turns "TP. " or " - "
    into spaces).
    """
    trie: dict[str, Any] = {}
    for text in strings:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [
        ("[ ]{1,3}" if ch == " " else re.escape(ch)) + _emit(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # an alias ends here: the longer ones are optional
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


def words_match(scan: Scan, i: int, alias: Alias[Any]) -> bool:
    """Acceptable gaps between the words, and the same diacritics where the text has any."""
    for k in range(1, len(alias.keys)):
        if not _gap_ok(scan.gap(i + k), alias.gaps[k - 1]):
            return False
    for k, form in enumerate(alias.forms):
        word = scan.word(i + k)
        # A word typed without diacritics matches on its folded form alone.
        if not word.isascii() and word_match_form(word) != form:
            return False
    return True


@lru_cache(maxsize=4096)
def word_match_form(word: str) -> str:
    """``match_form`` of one word (words repeat: "Bộ", "tỉnh", "Ủy" ...).

    "Ð" (U+00D0, Icelandic eth), typed for "Đ" by some legacy encoders, counts as "Đ".
    """
    return match_form(word.replace("Ð", "Đ").replace("ð", "đ"))


def _gap_ok(gap: str, written_gap: str) -> bool:
    if len(gap) > _MAX_GAP or not gap or not set(gap) <= _GAP_CHARS:
        return False
    # A comma separates two names ("Quảng Nam, Đà Nẵng") unless the name has one itself.
    return "," not in gap or "," in written_gap


def case_ok(scan: Scan, i: int, alias: Alias[Any], *, titles: str) -> bool:
    """Capitals as the alias needs: abbreviations in capitals; ``titles`` says which
    capitalised words must be capitalised in the text: "all", "first" or "none"."""
    for k, shape in enumerate(alias.shapes):
        word = scan.word(i + k)
        if shape == "upper" and not is_upper(word):
            return False
        needed = titles == "all" or (titles == "first" and k == 0)
        if shape == "title" and needed and not is_title(word):
            return False
    return True


def space_before(scan: Scan, i: int, most: int = 2) -> bool:
    """Word ``i`` follows the previous word after only spaces (same phrase)."""
    gap = scan.gap(i)
    return 0 < len(gap) <= most and gap.isspace() and "\n" not in gap


def word_form(scan: Scan, i: int) -> str:
    """Word ``i`` in match form; an ASCII word in its folded form (typed without marks)."""
    word = scan.word(i)
    return scan.keys[i] if word.isascii() else word_match_form(word)


def phrase_before(scan: Scan, i: int, count: int) -> str | None:
    """The ``count`` words before word ``i`` in match form, when they form one phrase."""
    first = i - count
    if first < 0 or any(not space_before(scan, k) for k in range(first + 1, i)):
        return None
    return " ".join(word_form(scan, k) for k in range(first, i))


def forms_set(words: Iterable[str]) -> frozenset[str]:
    """Words in match form plus their folded forms (text typed without diacritics)."""
    out: set[str] = set()
    for word in words:
        out.add(match_form(word))
        out.add(" ".join(fold(word).split()))
    return frozenset(out)


@lru_cache(maxsize=4)
def load_json(name: str) -> dict[str, Any]:
    """A gazetteer file shipped in ``toancanh/data/gazetteer``."""
    path = resources.files("toancanh.data").joinpath("gazetteer", name)
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"gazetteer {name}: expected a JSON object")
    return data


def resolve_key(name: str) -> str:
    """A user's spelling of a name as lookups compare it: folded words, single spaces."""
    return " ".join(_WORD.findall(fold(display_form(name))))


def joined(scan: Scan, i: int, most: int = 3) -> bool:
    """Word ``i`` continues the phrase before it: spaces, or a dot ("TP. Hà Nội")."""
    gap = scan.gap(i)
    return 0 < len(gap) <= most and "\n" not in gap and (gap.replace(".", " ").isspace())


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    return forms_set(load_json("titles.json")["name_stops"])


def name_at(scan: Scan, k: int, most: int = 5) -> int | None:
    """End word of a person's name written from word ``k``, or None.

    A name is one to ``most`` capitalised words of letters joined by single spaces
    ("Phạm Minh Chính", "Nguyễn Văn A", "Trump"); a hyphen joins a part in any case
    ("Kim Jong-un"). It cannot start with a word that starts a body or a clause.
    """
    if k >= len(scan) or scan.gap(k) != " ":
        return None
    first = scan.word(k)
    if not _name_word(first) or word_form(scan, k) in _name_stops():
        return None
    end = k + 1
    while end < len(scan) and end - k < most:
        gap, word = scan.gap(end), scan.word(end)
        if (gap == "-" and word.isalpha()) or (gap == " " and _name_word(word)):
            end += 1
        else:
            break
    return end


def _name_word(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or not word.isupper())
