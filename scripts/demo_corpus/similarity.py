"""3-syllable shingle Jaccard similarity, as the product's near-duplicate check uses it.

Kept local (not imported from toancanh.analyze.dedupe) so that a change there cannot
silently change the shipped corpus; tests cross-check with the product's functions.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
import zlib
from collections.abc import Sequence
from itertools import combinations

_SYLLABLE = re.compile(r"\w+")


def shingle_set(text: str, size: int = 3) -> frozenset[int]:
    words = _SYLLABLE.findall(unicodedata.normalize("NFC", text).lower())
    grams = (" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 1)))
    return frozenset(hash_gram(gram) for gram in grams)


def hash_gram(gram: str) -> int:
    # A stable hash (Python's str hash is salted per process); CRC-32 is fast and enough here.
    return zlib.crc32(gram.encode("utf-8"))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def max_similarity(candidate: frozenset[int], others: Sequence[frozenset[int]]) -> float:
    return max((jaccard(candidate, other) for other in others), default=0.0)


def describe(values: Sequence[float]) -> str:
    if not values:
        return "none"
    ordered = sorted(values)
    q = statistics.quantiles(ordered, n=100) if len(ordered) > 1 else [ordered[0]] * 99
    return (
        f"n={len(ordered)} min={ordered[0]:.3f} p50={q[49]:.3f} p95={q[94]:.3f} "
        f"p99={q[98]:.3f} max={ordered[-1]:.3f}"
    )


def pair_report(
    sets: Sequence[frozenset[int]], groups: Sequence[int], exact: set[int]
) -> dict[str, str]:
    """Distribution of similarity for independent pairs and for copies of one original."""
    independent: list[float] = []
    near: list[float] = []
    exact_values: list[float] = []
    for i, j in combinations(range(len(sets)), 2):
        value = jaccard(sets[i], sets[j])
        if groups[i] != groups[j]:
            independent.append(value)
        elif i in exact or j in exact:
            exact_values.append(value)
        else:
            near.append(value)
    return {
        "independent": describe(independent),
        "near_copies": describe(near),
        "exact_copies": describe(exact_values),
    }
