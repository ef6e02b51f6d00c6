"""Rank official statements for a claim, and say where the two disagree.

The score (0-1) is the cosine of character 2-4-gram TF-IDF vectors of both texts, after a
small synonym map has put the ways of writing one thing into one form ("rút bằng" →
"tước giấy phép lái xe"; ``data/lexicon/claim_synonyms.json``), plus a bonus for what
they share beyond words: a legal reference, an agency or a place, a figure. Character
n-grams need no word segmentation and survive the spellings of press text; the bonuses
separate statements on one topic that differ in what they are about. Figures do not
decide a match: a claim with a wrong amount is still about the statement it distorts,
which is what a reviewer needs, and the differences say what is wrong
(``claims/differences.py``).

Only the ``CANDIDATES`` best by cosine are scored in full, so that matching against
10,000 statements costs one sparse product and a few entity scans. Speed (bench/claims.py:
the claims of every stored article are matched): the vectors are made by
``claims/vectors.py`` (sklearn's, each word cut into n-grams once per index); the claims
of an article share one product with the statement columns they use (``_cosines``); and
each part of a score's bonus (references, figures, agencies and places) is read only when
it could still lift a candidate to the threshold, the negations and differences only for
the suggestions shown; a claim's candidates are taken above its own floor (the threshold
less the bonus its own references and figures allow), and the references and figures
that detection read are not read again (``shared_of_found``). None of this changes a
score.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from toancanh.analyze.agencies import find_agencies
from toancanh.analyze.legal_refs import find_legal_refs
from toancanh.analyze.places import find_places
from toancanh.analyze.types import LegalRef
from toancanh.claims import vectors
from toancanh.claims.differences import (
    Difference,
    Features,
    differences,
    money_unit,
    negation_reach,
)
from toancanh.claims.figures import Figures, parse_figures
from toancanh.text.normalize import match_form

if TYPE_CHECKING:
    from scipy.sparse import csc_matrix, csr_matrix

    from toancanh.claims.detect import CheckWorthy

SUGGEST = 0.44  # best top-1 accuracy on eval/data/claims_pairs.jsonl (docs/analysis.md)
CANDIDATES = 20
MAX_WORDS = 200_000  # words whose n-gram columns an index keeps
BONUS_LEGAL = 0.15
BONUS_NAMES = 0.10
BONUS_FIGURES = 0.05  # small: a shared "200.000 đồng" is weak evidence
MAX_BONUS = BONUS_LEGAL + BONUS_NAMES + BONUS_FIGURES


@dataclass(frozen=True)
class Suggestion:
    statement_id: str
    score: float
    differences: tuple[Difference, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "statement_id": self.statement_id,
            "score": round(self.score, 4),
            "differences": [d.as_dict() for d in self.differences],
        }


@dataclass(frozen=True)
class _Shared:
    """What the score's bonus compares, each part read when first needed: the legal
    references (cheap), the figures, the agencies and places (the scan of the gazetteers
    costs more than the rest together). A candidate that cannot reach the threshold even
    with a part's bonus never needs that part."""

    text: str
    # What claim detection has already read of the text (``shared_of_found``).
    known_refs: tuple[LegalRef, ...] | None = None
    known_figures: Figures | None = None

    @cached_property
    def legal(self) -> frozenset[str]:
        refs = self.known_refs if self.known_refs is not None else find_legal_refs(self.text)
        return frozenset(ref.number or ref.title or ref.mention for ref in refs)

    @cached_property
    def figures(self) -> Figures:
        return self.known_figures if self.known_figures is not None else parse_figures(self.text)

    @cached_property
    def values(self) -> frozenset[tuple[float, float, str]]:
        return frozenset((a.low, a.high, money_unit(a.unit, a.low)) for a in self.figures.amounts)

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(m.current for m in find_agencies(self.text)) | frozenset(
            m.current for m in find_places(self.text)
        )


@dataclass
class StatementIndex:
    """Statements ready to be matched: vectors now, other features when first needed."""

    ids: list[str]
    texts: list[str]
    vectorizer: Any
    matrix: csc_matrix  # statements x n-grams, by column: a claim reads only its n-grams
    _shared: dict[int, _Shared] = field(default_factory=dict)
    _features: dict[int, Features] = field(default_factory=dict)
    _words: dict[str, list[int]] = field(default_factory=dict)  # word -> its n-gram columns

    def shared(self, i: int) -> _Shared:
        if i not in self._shared:  # owned by the index: dropped with it
            self._shared[i] = shared_of(self.texts[i])
        return self._shared[i]

    def features(self, i: int) -> Features:
        if i not in self._features:
            self._features[i] = features_of(self.texts[i], self.shared(i))
        return self._features[i]


def build_index(statements: Sequence[tuple[str, str]]) -> StatementIndex:
    """An index of ``(id, text)`` statements."""
    ids = [sid for sid, _ in statements]
    texts = [text for _, text in statements]
    docs = [with_synonyms(t) for t in texts]
    # max_df: an n-gram in over half the statements separates nothing, and dropping it
    # keeps a claim from reading every row of a large registry (bench/claims.py). A few
    # statements keep every n-gram (with one, each is in all of them).
    max_df = 0.5 if len(docs) >= 20 else 1.0
    made = vectors.fit(docs, max_df)
    if made is not None:
        vectorizer, matrix = made
        return StatementIndex(ids, texts, vectorizer, matrix.tocsc())
    # sklearn decides the odd cases: an empty registry (or one of blank texts) still gives
    # an index that matches nothing; statements all alike have every n-gram pruned.
    vectorizer = vectors.new_vectorizer(max_df)
    fitted = docs if any(d.strip() for d in docs) else ["-"]
    try:
        matrix = vectorizer.fit_transform(fitted)
    except ValueError:
        matrix = vectorizer.set_params(max_df=1.0).fit_transform(fitted)
    if fitted is not docs:
        matrix = vectorizer.transform(docs or ["-"])
    return StatementIndex(ids, texts, vectorizer, matrix.tocsc())


def rank(claim: str, index: StatementIndex, limit: int = 5) -> list[Suggestion]:
    """The ``limit`` best statements for ``claim``, best first, whatever their score."""
    if not index.ids:
        return []
    cosines = _cosines(_vectors(index, [with_synonyms(claim)]), index)
    return _scored(claim, cosines[0], index, limit, None, shared_of(claim))


def suggest(
    claim: str, index: StatementIndex, threshold: float = SUGGEST, limit: int = 5
) -> list[Suggestion]:
    """The statements worth showing a reviewer: those at or above ``threshold``."""
    return suggest_many([claim], index, threshold, limit)[0]


def suggest_many(
    claims: Sequence[str],
    index: StatementIndex,
    threshold: float = SUGGEST,
    limit: int = 5,
    shared: Sequence[_Shared] | None = None,
) -> list[list[Suggestion]]:
    """``suggest`` for each claim (the sentences of one article), vectorised at once;
    ``shared``, one per claim, carries what detection already read of them."""
    if not index.ids:
        return [[] for _ in claims]
    if not claims:
        return []
    cosines = _cosines(_vectors(index, [with_synonyms(c) for c in claims]), index)
    mine = shared or [shared_of(c) for c in claims]
    return [
        _scored(claim, cosines[k], index, limit, threshold, mine[k])
        for k, claim in enumerate(claims)
    ]


def _vectors(index: StatementIndex, docs: Sequence[str]) -> csr_matrix:
    """``index.vectorizer.transform(docs)``, each word cut once per index (``vectors``)."""
    if len(index._words) >= MAX_WORDS:
        index._words.clear()  # a bound on what a long-running worker keeps
    return vectors.transform(index.vectorizer, docs, index._words)


def _scored(
    claim: str,
    cosines: Any,
    index: StatementIndex,
    limit: int,
    threshold: float | None,
    mine: _Shared,
) -> list[Suggestion]:
    """The best statements, scored in full. With a ``threshold``, statements that cannot
    reach it are left out before any feature is read: most sentences of an article match
    nothing, and stop after one sparse product."""
    if not claim.strip():
        return []
    if threshold is None:
        best = _top(cosines, CANDIDATES, floor=-1.0)
    else:  # the bonus this claim can earn at most: its own references and figures decide
        cap = BONUS_LEGAL * bool(mine.legal) + BONUS_NAMES + BONUS_FIGURES * bool(mine.values)
        # The floor a hair low (float32 sums), the exact test on the few found.
        best = _top(cosines, CANDIDATES, floor=threshold - cap - 1e-6)
        best = [i for i in best if cosines[i] + cap >= threshold]
    scored = []
    for i in best:
        theirs = index.shared(i)
        score = float(cosines[i]) + (BONUS_LEGAL if mine.legal and mine.legal & theirs.legal else 0)
        if threshold is not None and score + BONUS_NAMES + BONUS_FIGURES < threshold:
            continue  # out of reach: neither its figures nor its names are read
        if mine.values and mine.values & theirs.values:
            score += BONUS_FIGURES
        if threshold is not None and score + BONUS_NAMES < threshold:
            continue  # out of reach: its names are never read
        score = min(1.0, score + (BONUS_NAMES if mine.names and mine.names & theirs.names else 0))
        if threshold is None or score >= threshold:
            scored.append((score, i))
    if not scored:
        return []
    scored.sort(key=lambda item: (-item[0], item[1]))
    full = features_of(claim, mine)  # negations: only for what will be shown
    return [
        Suggestion(index.ids[i], score, differences(full, index.features(i)))
        for score, i in scored[:limit]
    ]


def _cosines(rows: csr_matrix, index: StatementIndex) -> Any:
    """Each claim's cosine with every statement (claims x statements, a claim's row
    contiguous for the scans that follow). Only the claims' own n-grams count: the columns
    of the CSC matrix that any of them uses, read once for the article (its sentences
    share many n-grams), times the claims' weights."""
    import numpy as np

    if not rows.nnz:
        return np.zeros((rows.shape[0], index.matrix.shape[0]), dtype=np.float32)
    columns, position = np.unique(rows.indices, return_inverse=True)
    claim_of = np.repeat(np.arange(rows.shape[0]), np.diff(rows.indptr))
    weights = np.zeros((len(columns), rows.shape[0]), dtype=np.float32)
    weights[position, claim_of] = rows.data
    return np.ascontiguousarray(np.asarray(index.matrix[:, columns] @ weights).T)


def _top(cosines: Any, count: int, floor: float) -> list[int]:
    """The rows of the ``count`` highest cosines at or above ``floor``, highest first."""
    import numpy as np

    rows = np.flatnonzero(cosines >= floor)  # most rows, for most sentences, are below
    if len(rows) > count:
        rows = rows[np.argpartition(-cosines[rows], count - 1)[:count]]
    return [int(i) for i in sorted(rows, key=lambda i: (-cosines[i], i))]


def shared_of(text: str) -> _Shared:
    """The legal references, figures, agencies and places of ``text``, each when asked."""
    return _Shared(text)


def shared_of_found(found: CheckWorthy) -> _Shared:
    """``shared_of`` a detected sentence, with the references and figures detection read
    (the same functions on the same text: not read twice)."""
    return _Shared(found.text, found.legal_refs, found.figures)


def features_of(text: str, shared: _Shared | None = None) -> Features:
    s = shared or shared_of(text)
    # Negations are read after the synonyms: "không thu học phí" is "miễn học phí".
    negated, scoped, positive = negation_reach(with_synonyms(text))
    return Features(s.legal, s.names, s.values, s.figures, negated, scoped, positive)


def with_synonyms(text: str) -> str:
    """``match_form`` of ``text`` with every variant phrase replaced by its canonical one."""
    pattern, canonical = _synonyms()
    return pattern.sub(lambda m: canonical[m.group(0)], match_form(text))


@lru_cache(maxsize=1)
def _synonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    path = resources.files("toancanh.data").joinpath("lexicon", "claim_synonyms.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    canonical = {
        match_form(variant): key
        for key, variants in data.items()
        if not key.startswith("_")
        for variant in variants
    }
    alternatives = sorted(canonical, key=len, reverse=True)  # the longest phrase wins
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
    return pattern, canonical
