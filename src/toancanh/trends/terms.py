"""Rising and bursting terms: which phrases of the headlines are suddenly more frequent.

Terms are syllable bigrams and trigrams of titles in the match form (lowercase, one
tone-mark placement; "hoà" = "hòa"): Vietnamese words are mostly two syllables, so a
single syllable ("nhà", "giá") says little, while "nhà ở xã hội" or "giá xăng" do. An
n-gram that starts or ends with a function word is skipped, and a bigram that only
occurs inside one of the trigrams found is folded into it.

Each term's count in the recent window is compared with the reference window by
Dunning's log-likelihood ratio (G²), which is reliable for small counts, needs only two
counts per term, and has a known scale (G² > 10.83 is p < 0.001 for one term). We chose
it over Kleinberg's burst automaton, which needs each term's full daily series and a
tuned state cost, and says no more about a two-window question ("what is new this
week?"). Only terms more frequent than expected (recent rate > reference rate) rise.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from toancanh.text.normalize import unify_tone_placement

MIN_RECENT = 3  # a term seen fewer times recently is noise, whatever its ratio
MIN_G2 = 10.83  # p < 0.001 for one term
_SYLLABLE = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class RisingTerm:
    term: str
    recent: int  # titles with the term in the recent window
    before: int  # ... in the reference window
    ratio: float  # recent rate / reference rate (smoothed)
    score: float  # G²


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = (resources.files("toancanh.data.lexicon") / "stopwords_vi.txt").read_text("utf-8")
    return frozenset(
        unify_tone_placement(line.strip().lower())
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def title_terms(title: str) -> set[str]:
    """The bigrams and trigrams of a title (each once), without edge function words."""
    stop = stopwords()
    syllables = _SYLLABLE.findall(unify_tone_placement(title.lower()))
    # A gram may not start or end with a function word, nor hold a number.
    edge_ok = [s not in stop and not s.isdigit() for s in syllables]
    inner_ok = [not s.isdigit() for s in syllables]
    terms: set[str] = set()
    for i in range(len(syllables) - 1):
        if not edge_ok[i]:
            continue
        if edge_ok[i + 1]:
            terms.add(f"{syllables[i]} {syllables[i + 1]}")
        if i + 2 < len(syllables) and inner_ok[i + 1] and edge_ok[i + 2]:
            terms.add(f"{syllables[i]} {syllables[i + 1]} {syllables[i + 2]}")
    return terms


def term_counts(titles: Iterable[str]) -> tuple[Counter[str], int]:
    """How many titles hold each term, and how many titles there were."""
    counts: Counter[str] = Counter()
    total = 0
    for title in titles:
        total += 1
        counts.update(title_terms(title))
    return counts, total


def _xlogx(x: float) -> float:
    return x * math.log(x) if x > 0 else 0.0


def log_likelihood(a: int, b: int, n_a: int, n_b: int) -> float:
    """Dunning's G² for a term seen a times in n_a items and b times in n_b items."""
    c, d = n_a - a, n_b - b
    total = n_a + n_b
    return 2.0 * (
        _xlogx(a)
        + _xlogx(b)
        + _xlogx(c)
        + _xlogx(d)
        - _xlogx(a + b)
        - _xlogx(c + d)
        - _xlogx(n_a)
        - _xlogx(n_b)
        + _xlogx(total)
    )


def rising_terms(
    recent: Iterable[str],
    reference: Iterable[str],
    *,
    limit: int = 10,
    min_recent: int = MIN_RECENT,
    min_score: float = MIN_G2,
) -> list[RisingTerm]:
    """Terms of the ``recent`` titles that are unusually frequent against ``reference``."""
    recent_counts, n_recent = term_counts(recent)
    reference_counts, n_reference = term_counts(reference)
    if not n_recent:
        return []
    found: list[RisingTerm] = []
    for term, a in recent_counts.items():
        if a < min_recent:
            continue
        b = reference_counts.get(term, 0)
        rate_recent = a / n_recent
        rate_before = (b + 0.5) / (n_reference + 1)  # smoothed: a new term has a finite ratio
        if rate_recent <= rate_before:
            continue
        score = log_likelihood(a, b, n_recent, max(n_reference, b))
        if score >= min_score:
            found.append(
                RisingTerm(term, a, b, round(rate_recent / rate_before, 2), round(score, 2))
            )
    found.sort(key=lambda t: (-t.score, t.term))
    return _fold_bigrams(found)[:limit]


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One inside the other, or the end of one is the start of the other."""
    if " ".join(a) in " ".join(b) or " ".join(b) in " ".join(a):
        return True
    return any(a[-k:] == b[:k] or b[-k:] == a[:k] for k in range(1, min(len(a), len(b))))


def _fold_bigrams(terms: list[RisingTerm]) -> list[RisingTerm]:
    """Keep the best of overlapping terms: "lam hà riverside", not also "hà riverside gửi".

    A bigram inside a trigram found with nearly its count is the trigram's ("nhà ở" in
    "nhà ở xã"), so the trigram is preferred to it even when the bigram scores higher.
    """
    trigrams = [t for t in terms if t.term.count(" ") == 2]
    candidates = [
        t
        for t in terms
        if not (
            t.term.count(" ") == 1
            and any(t.term in tri.term and tri.recent >= 0.8 * t.recent for tri in trigrams)
        )
    ]
    kept: list[RisingTerm] = []
    for term in candidates:  # best first
        words = tuple(term.term.split())
        if not any(_overlap(words, tuple(k.term.split())) for k in kept):
            kept.append(term)
    return kept
