"""Pickup: which monitored articles carry a published statement, and what they change.

An article carries a statement when one of its passages (the title, or a window of
``WINDOW`` consecutive sentences of a paragraph) scores at least ``PICKUP`` against the
statement: the character 2-4-gram TF-IDF cosine of ``claims.match`` (synonyms mapped),
plus the same bonuses for a shared legal reference, agency or place, and figure, with a
cosine of at least ``MIN_COSINE`` (another story of the same body citing the same decree
earns the bonuses without the words). A
window, not the whole article: a story that reports a statement in one paragraph among
others is still a pickup, and a long article on the topic that never repeats the
statement scores low in every window. ``PICKUP`` was set on the labelled set of
``tests/pickup_cases.py`` (carriers, paraphrases, same-topic articles that carry
nothing): see docs/statements.md, "Pickup".

Only articles published at or after the statement's issue time are considered (the
store and the service decide that: ``eligible``); an earlier article on the same story
reported it before the statement, it did not pick it up.

The differences of a pickup are the figures (amounts, dates) of its carrying passages
that the statement states otherwise, by ``claims.match.differences``; negations are not
figures and are left to the claim desk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from toancanh.claims.match import (
    BONUS_FIGURES,
    BONUS_LEGAL,
    BONUS_NAMES,
    MAX_BONUS,
    StatementIndex,
    build_index,
    differences,
    features_of,
    with_synonyms,
)
from toancanh.claims.registry import RegistryIndex
from toancanh.domain.pickups import Carried, PickupArticle, PickupStatement
from toancanh.text.segment import sentences

PICKUP = 0.6  # set on the labelled set of tests/pickup_cases.py (docs/statements.md)
# The words must be there: a shared agency and legal reference (0.25 of bonus) on another
# story of the same body is not a pickup.
MIN_COSINE = 0.5
WINDOW = 3  # sentences in a passage
FIGURE_KINDS = ("amount", "date")
MIN_PASSAGE = 40  # characters
MAX_PASSAGES = 200  # a very long article: its first passages (a story leads with its news)


def passages(title: str, text: str) -> list[str]:
    """The title and windows of ``WINDOW`` sentences of each paragraph (a shorter
    paragraph whole), in order; none shorter than ``MIN_PASSAGE`` characters: a few words
    ("Học phí", a bare headline) share most of their n-grams with any statement on the
    topic and say nothing of carrying it."""
    found = [title.strip()]
    for paragraph in text.split("\n"):
        spans = sentences(paragraph)
        if not spans:
            continue
        last = max(1, len(spans) - WINDOW + 1)
        for first in range(last):
            window = spans[first : first + WINDOW]
            found.append(paragraph[window[0][0] : window[-1][1]])
    return [p for p in found if len(p) >= MIN_PASSAGE][:MAX_PASSAGES]


def _rows(index: StatementIndex, only: Iterable[str] | None) -> list[int]:
    if only is None:
        return list(range(len(index.ids)))
    wanted = set(only)
    return [i for i, sid in enumerate(index.ids) if sid in wanted]


def reachable(index: StatementIndex, title: str, text: str) -> Any:
    """Per statement, the highest cosine any passage of the article could have with it:
    the norm of the statement's vector over the n-grams the article has at all (Cauchy-
    Schwarz: a passage holds a subset of them). One transform of the whole article, so
    that an article far from every statement costs no window."""
    import numpy as np

    present = index.vectorizer.transform([with_synonyms(f"{title}\n{text}")]).indices
    columns = index.matrix[:, present]  # CSC: only the article's n-grams are read
    return np.sqrt(np.asarray(columns.multiply(columns).sum(axis=1)).ravel())


def in_vocabulary(index: StatementIndex, docs: Sequence[str]) -> Any:
    """For each text, the norm of its TF-IDF vector over the statements' n-grams divided by
    its norm over all of its n-grams.

    The index is fitted on the statements, so ``transform`` drops every n-gram of a text
    that no statement has and normalises what is left: a passage that shares a few words
    with a short statement and says much else would look like a near copy (with one
    statement in the registry, any text on its topic would). An n-gram no statement has
    weighs as the rarest one does; one pruned as too common (``max_df``) as the commonest
    kept. The cosine times this factor is the cosine of the full vectors.
    """
    import numpy as np

    vectorizer = index.vectorizer
    analyze = vectorizer.build_analyzer()
    vocabulary = vectorizer.vocabulary_
    idf = vectorizer.idf_
    rare, common = float(idf.max()), float(idf.min())
    pruned = getattr(vectorizer, "stop_words_", None) or set()
    factors = np.ones(len(docs))
    for k, doc in enumerate(docs):
        counts: dict[str, int] = {}
        for gram in analyze(doc):
            counts[gram] = counts.get(gram, 0) + 1
        inside = total = 0.0
        for gram, count in counts.items():
            column = vocabulary.get(gram)
            weight = (1.0 + np.log(count)) * (
                idf[column] if column is not None else common if gram in pruned else rare
            )
            total += weight * weight
            if column is not None:
                inside += weight * weight
        factors[k] = np.sqrt(inside / total) if total else 0.0
    return factors


def _bonus(mine: Any, theirs: Any) -> float:
    """What the two share beyond words, weighed as ``claims.match`` weighs it."""
    bonus = BONUS_LEGAL if mine.legal & theirs.legal else 0.0
    bonus += BONUS_NAMES if mine.names & theirs.names else 0.0
    return bonus + (BONUS_FIGURES if mine.values & theirs.values else 0.0)


def carried(
    index: StatementIndex,
    title: str,
    text: str,
    *,
    only: Iterable[str] | None = None,
    threshold: float = PICKUP,
    min_cosine: float = MIN_COSINE,
) -> list[Carried]:
    """The statements of ``index`` (or of ``only`` among them) that the article carries,
    best first."""
    import numpy as np

    if not index.ids:
        return []
    rows = _rows(index, only)
    windows = passages(title, text)
    if not windows or not rows:
        return []
    floor = max(min_cosine, threshold - MAX_BONUS)  # below it no window can carry
    bound = reachable(index, title, text)
    rows = [i for i in rows if bound[i] >= floor]
    if not rows:
        return []
    docs = [with_synonyms(w) for w in windows]
    raw = (index.vectorizer.transform(docs) @ index.matrix.T).toarray()  # windows x statements
    # Each window's cosines scaled by the share of its weight that the statements'
    # vocabulary sees (``in_vocabulary``, at most 1: computed only where it matters).
    cosines = np.zeros_like(raw)
    near = np.flatnonzero(raw[:, rows].max(axis=1) >= floor)
    if len(near):
        cosines[near] = raw[near] * in_vocabulary(index, [docs[w] for w in near])[:, None]
    found: list[Carried] = []
    window_features: dict[int, Any] = {}
    for i in rows:
        column = cosines[:, i]
        # Windows that could reach the threshold with every bonus; most articles have none.
        hopeful = np.flatnonzero((column + MAX_BONUS >= threshold) & (column >= min_cosine))
        if not len(hopeful):
            continue
        theirs = index.features(i)
        carrying: list[tuple[float, int]] = []  # (score, window)
        for w in map(int, hopeful):
            if w not in window_features:
                window_features[w] = features_of(windows[w])
            score = min(1.0, float(column[w]) + _bonus(window_features[w], theirs))
            if score >= threshold and column[w] >= min_cosine:
                carrying.append((score, w))
        if carrying:
            best, window = max(carrying)
            diffs = _figures_differing([window_features[w] for _, w in carrying], theirs)
            found.append(Carried(index.ids[i], best, diffs, float(column[window])))
    found.sort(key=lambda c: (-c.score, c.statement_id))
    return found


def _figures_differing(features: Sequence[Any], theirs: Any) -> tuple[dict[str, str], ...]:
    seen: dict[tuple[str, str, str], dict[str, str]] = {}
    for mine in features:
        for difference in differences(mine, theirs):
            if difference.kind in FIGURE_KINDS:
                key = (difference.kind, difference.claim, difference.statement)
                seen.setdefault(key, {"kind": key[0], "article": key[1], "statement": key[2]})
    return tuple(seen.values())


# -- the pipeline step ---------------------------------------------------------------
def eligible(article: PickupArticle, statement: PickupStatement) -> bool:
    """An article picks a statement up only when published at or after its issue time."""
    return article.published_at is not None and article.published_at >= statement.issued_at


class PickupRecords(Protocol):
    def stamp(self) -> object: ...
    def statements(self) -> list[PickupStatement]: ...
    def articles(self, article_ids: Sequence[int]) -> list[PickupArticle]: ...
    def record(
        self,
        article: PickupArticle,
        found: Sequence[Carried],
        *,
        statement_ids: Sequence[int] | None = None,
    ) -> int: ...


class PickupStore(Protocol):
    """What the pipeline step needs of the store (a protocol: the store is a layer above)."""

    @property
    def pickups(self) -> PickupRecords: ...


def index_of(statements: Sequence[PickupStatement]) -> StatementIndex:
    return build_index([(str(s.id), s.text) for s in statements])


# The pipeline step reads the process's one index of the registry, shared with the
# claims step (``claims.registry``); the name the step's callers know.
PickupIndex = RegistryIndex


def record_pickups(
    store: PickupStore, article_ids: Sequence[int], index: RegistryIndex | None = None
) -> int:
    """The pickup step: newly stored articles against the published and corrected
    statements issued before them; the number of pickups recorded."""
    if not article_ids:
        return 0
    registry = (index or RegistryIndex()).get(store.pickups)
    if not registry.statements:
        return 0
    built = registry.index
    by_id = {str(s.id): s for s in registry.statements}
    recorded = 0
    for article in store.pickups.articles(article_ids):
        only = [sid for sid, s in by_id.items() if eligible(article, s)]
        if only:
            found = carried(built, article.title, article.text, only=only)
            recorded += store.pickups.record(article, found)
    return recorded
