"""Exact and near-duplicate detection.

* Exact: SHA-256 of the match form of the text (NFC, one tone placement, lowercase,
  single spaces), so the same text reached through two URLs, or re-encoded, is one article.
* Near: MinHash (datasketch) over 3-syllable shingles of the match form, split into LSH
  bands. Each band becomes a 64-bit key stored beside the article; a new article's
  candidates are the articles sharing any key, and it joins the story of the most similar
  candidate whose estimated Jaccard similarity reaches the threshold. Keys live in the
  database, not in memory, so every process (and every Celery worker) sees the same index.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from toancanh.domain.ingest import Candidate, Fingerprint

if TYPE_CHECKING:  # datasketch pulls in scipy (a second): loaded on first use only
    from datasketch import MinHash
from toancanh.text.normalize import match_form

NUM_PERM = 128
SHINGLE_SIZE = 3
_SYLLABLE = re.compile(r"\w+")


@lru_cache(maxsize=16)
def band_layout(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) that datasketch picks for this threshold, minimising both error kinds."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


@lru_cache(maxsize=4)
def _template(num_perm: int) -> MinHash:
    """A fresh MinHash whose permutations the others share.

    datasketch draws the permutations from the seed in every constructor, which cost as
    much as hashing an article's shingles; the values are the same each time.
    """
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1)


def _minhash(num_perm: int) -> MinHash:
    """An empty MinHash fed with ``shingle_hashes``: its own hash function is the identity."""
    from datasketch import MinHash

    template = _template(num_perm)
    return MinHash(
        num_perm=num_perm,
        seed=1,
        scheme=template.scheme,
        permutations=template.permutations,
        hashfunc=int,
    )


@lru_cache(maxsize=1 << 16)
def _syllable_hash(syllable: str) -> int:
    # Cached: Vietnamese has a few thousand syllables in common use.
    return int.from_bytes(hashlib.blake2b(syllable.encode(), digest_size=8).digest(), "little")


# Odd 64-bit multipliers: the position of each syllable in a shingle changes its hash.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def shingle_hashes(words: Sequence[str], size: int = SHINGLE_SIZE) -> np.ndarray:
    """32-bit hashes of the distinct ``size``-syllable shingles of ``words``.

    Each distinct syllable is hashed once and shingle hashes are mixed from them with
    numpy: several times faster than hashing every shingle's text.
    """
    if not words:
        return np.empty(0, dtype=np.uint64)
    syllable = np.fromiter((_syllable_hash(w) for w in words), dtype=np.uint64, count=len(words))
    if len(words) < size:
        mixed = np.bitwise_xor.reduce(syllable * _MIX[0], keepdims=True)
    else:
        count = len(words) - size + 1
        mixed = syllable[:count] * _MIX[0]
        for offset in range(1, size):
            mixed = mixed + syllable[offset : offset + count] * _MIX[offset]
    return np.unique(mixed >> np.uint64(32))  # the high half mixes best


def syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(match_form(text))


def shingles(words: Sequence[str], size: int = SHINGLE_SIZE) -> set[str]:
    if len(words) < size:
        return {" ".join(words)} if words else set()
    shifted = (words[i:] for i in range(size))  # shorter and shorter: zip stops at the last
    return {" ".join(gram) for gram in zip(*shifted, strict=False)}


def content_hash(text: str) -> str:
    return _sha256(match_form(text))


def _sha256(matched: str) -> str:
    return hashlib.sha256(matched.encode("utf-8")).hexdigest()


def _band_key(band: int, values: np.ndarray) -> int:
    digest = hashlib.blake2b(band.to_bytes(2, "little") + values.tobytes(), digest_size=8)
    return int.from_bytes(digest.digest(), "little", signed=True)


def fingerprint(text: str, threshold: float) -> Fingerprint:
    """Content hash, MinHash signature and LSH band keys of one article text."""
    matched = match_form(text)  # once: the hash and the shingles both read it
    minhash = _minhash(NUM_PERM)
    grams = shingle_hashes(_SYLLABLE.findall(matched))
    minhash.update_batch(grams)
    values = minhash.hashvalues.astype("<u4")
    bands, rows = band_layout(threshold)
    # A text without words has the all-max signature: it must not match other empty ones.
    keys = (
        tuple(_band_key(b, values[b * rows : (b + 1) * rows]) for b in range(bands))
        if grams.size
        else ()
    )
    return Fingerprint(content_hash=_sha256(matched), signature=values.tobytes(), band_keys=keys)


def similarity(signature_a: bytes, signature_b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal hash values)."""
    a = np.frombuffer(signature_a, dtype="<u4")
    b = np.frombuffer(signature_b, dtype="<u4")
    if a.shape != b.shape or a.size == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / a.size


def choose_story(
    fp: Fingerprint, candidates: Iterable[Candidate], threshold: float
) -> Candidate | None:
    """The most similar candidate at or above the threshold, oldest first on ties."""
    best: Candidate | None = None
    best_score = threshold
    for candidate in sorted(candidates, key=lambda c: c.article_id):
        score = similarity(fp.signature, candidate.signature)
        if score >= best_score and (best is None or score > best_score):
            best, best_score = candidate, score
    return best
