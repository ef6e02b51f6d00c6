"""The character 2-4-gram TF-IDF vectors of claim matching, made faster than sklearn makes
them and equal to what it makes.

``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)`` cuts every
word of every text into n-grams and counts them one by one in Python: most of the cost of
building an index of 10,000 statements and of vectorising an article's claims. char_wb
n-grams never cross a space, so a text's n-grams are its words' n-grams; the words of the
press (syllables, mostly) repeat, so each distinct word is cut once (by sklearn's own
``_char_wb_ngrams``) and a text is counted with numpy. The fitted ``TfidfVectorizer``
carries the same vocabulary (sorted, n-grams in more than ``max_df`` of the texts pruned)
and idf (smoothed) as ``fit`` gives it; tests/claims/test_match_speed.py compares both.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scipy.sparse import csr_matrix

NGRAMS = (2, 4)


def new_vectorizer(max_df: float) -> Any:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True, max_df=max_df, dtype=np.float32
    )


def fit(docs: Sequence[str], max_df: float) -> tuple[Any, csr_matrix] | None:
    """A fitted vectoriser and the texts' vectors; None when sklearn's own ``fit`` must
    decide (no n-gram at all, or every one pruned: it raises, the caller handles that)."""
    import numpy as np

    vectorizer = new_vectorizer(max_df)
    terms: dict[str, int] = {}
    cut_word = vectorizer._char_wb_ngrams
    words: dict[str, list[int]] = {}

    def word_terms(word: str) -> list[int]:
        return [terms.setdefault(gram, len(terms)) for gram in cut_word(word)]

    columns, counts, indptr = _count(docs, words, word_terms)
    if not terms:
        return None
    df = np.bincount(columns, minlength=len(terms))
    keep = df <= (max_df * len(docs) if isinstance(max_df, float) else max_df)
    if not keep.any():
        return None
    # sklearn's order: the kept n-grams sorted, numbered from 0.
    kept = sorted((gram, old) for gram, old in terms.items() if keep[old])
    renumber = np.full(len(terms), -1, dtype=np.int32)
    renumber[[old for _, old in kept]] = np.arange(len(kept))
    vectorizer.vocabulary_ = {gram: i for i, (gram, _) in enumerate(kept)}
    n_docs = len(docs) + 1  # smoothed as sklearn's TfidfTransformer (float32 as there)
    kept_df = np.zeros(len(kept), dtype=np.float32)
    kept_df[renumber[keep]] = df[keep]
    idf = np.full(len(kept), n_docs, dtype=np.float32)
    idf /= kept_df + np.float32(1.0)
    np.log(idf, out=idf)
    idf += np.float32(1.0)
    vectorizer.idf_ = idf
    mapped = renumber[columns]
    del columns
    present = mapped >= 0
    before = np.zeros(len(present) + 1, dtype=np.int32)  # kept cells before each cell
    np.cumsum(present, out=before[1:])
    kept_columns, kept_counts, kept_indptr = mapped[present], counts[present], before[indptr]
    del mapped, present, before, counts  # a large registry: free each copy when done
    return vectorizer, weighted(kept_columns, kept_counts, kept_indptr, idf, len(kept))


def transform(vectorizer: Any, docs: Sequence[str], words: dict[str, list[int]]) -> csr_matrix:
    """``vectorizer.transform(docs)``, with ``words`` (word → its n-gram columns) kept by
    the caller between calls."""

    vocabulary = vectorizer.vocabulary_
    cut_word = vectorizer._char_wb_ngrams

    def word_terms(word: str) -> list[int]:
        return [vocabulary[g] for g in cut_word(word) if g in vocabulary]

    columns, counts, indptr = _count(docs, words, word_terms)
    return weighted(columns, counts, indptr, vectorizer.idf_, len(vocabulary))


def _count(
    docs: Sequence[str], words: dict[str, list[int]], word_terms: Callable[[str], list[int]]
) -> tuple[Any, Any, Any]:
    """Each text's n-gram columns (sorted) and counts, concatenated, with row bounds.
    Gathered in compact int32 buffers: thousands of small numpy arrays would cost more
    than the cells they hold."""
    import numpy as np

    columns, counts, indptr = array("i"), array("i"), [0]
    for doc in docs:  # the vectoriser's preprocessing: lowercase, split on white space
        used: list[int] = []
        for word in doc.lower().split():
            found = words.get(word)
            if found is None:
                found = words[word] = word_terms(word)
            used += found
        found_columns, found_counts = np.unique(
            np.asarray(used, dtype=np.int32), return_counts=True
        )
        columns.frombytes(found_columns.astype(np.int32).tobytes())
        counts.frombytes(found_counts.astype(np.int32).tobytes())
        indptr.append(indptr[-1] + len(found_columns))
    return (
        np.frombuffer(columns, dtype=np.int32),
        np.frombuffer(counts, dtype=np.int32),
        np.asarray(indptr, dtype=np.int64),
    )


def weighted(columns: Any, counts: Any, indptr: Any, idf: Any, width: int) -> csr_matrix:
    """Sublinear tf times idf, each row of unit length (L2), as float32; the rows' cells
    are ``indptr``'s slices. Float32 throughout: an index of 10,000 statements holds
    millions of cells before pruning, and float64 copies of them would double the peak."""
    import numpy as np
    from scipy.sparse import csr_matrix

    data = np.log(counts.astype(np.float32))
    data += np.float32(1.0)
    data *= idf[columns]
    lengths = np.diff(indptr)
    sums = np.zeros(len(lengths), dtype=np.float64)
    filled = lengths > 0
    if filled.any():
        sums[filled] = np.add.reduceat(np.square(data), indptr[:-1][filled], dtype=np.float64)
    norms = np.sqrt(sums).astype(np.float32)
    norms[norms == 0] = 1.0
    data /= np.repeat(norms, lengths)
    matrix = csr_matrix((data, columns, indptr), shape=(len(lengths), width))
    matrix.sort_indices()
    return matrix
