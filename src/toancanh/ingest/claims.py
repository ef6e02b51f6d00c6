"""The claims step of the pipeline: the check-worthy sentences of newly stored articles,
stored with their offsets, matched against the registry, and marked when they repeat a
claim a reviewer has already given a verdict.

It runs after ``store`` in every path (the embedded runner, the importer, the workers'
``find_claims`` task) and by ``toancanh claims scan``. Its policy is ``LOG``: an article
is stored whatever happens here, and a scan finds what a failure missed.

The registry's index comes from whoever runs the step (``IndexSource``: the runner's or
the worker's ``MatchCache``), never from a module global: it is rebuilt only when a
statement is added or changed, and a process that holds none builds none.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from toancanh.claims.detect import check_worthy
from toancanh.domain.claims import Claim, ClaimSuggestion
from toancanh.store import Store
from toancanh.text.normalize import match_form

if TYPE_CHECKING:
    from toancanh.claims.match import StatementIndex, Suggestion

# A claim repeats a judged one it shares no key with when both are suggested the same
# statement (the one the verdict cites) and their texts' cosine (the matcher's character
# n-gram TF-IDF) reaches this. 0.8: the same sentence with a figure or a few words
# changed scores 0.85-0.97; another claim about the same statement 0.3-0.7
# (tests/ingest/test_claims_step.py holds both kinds). A repeat only raises an alert a
# person reads, so a missed paraphrase costs less than a false one.
REPEAT_COSINE = 0.8


class IndexSource(Protocol):
    """Where the step gets the registry's index (``services.claims.MatchCache``)."""

    def index(self, store: Store) -> tuple[StatementIndex, dict[str, str]]: ...


@dataclass
class ClaimsReport:
    articles: int = 0  # articles scanned
    found: int = 0  # claims added
    suggested: int = 0  # claims (added or matched again) with at least one suggestion
    repeats: int = 0  # claims marked as repeating a judged one
    rematched: int = 0  # unreviewed claims matched again (`claims scan --rematch`)

    def add(self, other: ClaimsReport) -> None:
        self.articles += other.articles
        self.found += other.found
        self.suggested += other.suggested
        self.repeats += other.repeats
        self.rematched += other.rematched


def claim_key(sentence: str) -> str:
    """What groups one claim across articles: the hex SHA-256 of its ``match_form``."""
    form = " ".join(match_form(sentence).split())
    return hashlib.sha256(form.encode("utf-8")).hexdigest()[:64]


def find_claims(store: Store, article_ids: Sequence[int], indexes: IndexSource) -> ClaimsReport:
    """Detect, store, match and mark the claims of these (newly stored) articles.

    Running it again on an article replaces the claims nobody has reviewed and keeps the
    others (``ClaimRepository.add_found``): it never stores a claim twice.
    """
    report = ClaimsReport()
    for article_id, _title, text in store.articles.texts(list(article_ids)):
        report.articles += 1
        found = [
            {
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "reasons": c.reasons,
                "key": claim_key(c.text),
            }
            for c in check_worthy(text or "")
        ]
        if not found:
            continue
        added = set(store.claims.add_found(article_id, found))
        report.found += len(added)
        claims = [c for c in store.claims.of_article(article_id) if c.id in added]
        report.add(match_claims(store, claims, indexes))
    return report


def match_claims(store: Store, claims: Sequence[Claim], indexes: IndexSource) -> ClaimsReport:
    """Suggest statements for ``claims`` (one vectorised call) and mark their repeats."""
    report = ClaimsReport()
    if not claims:
        return report
    from toancanh.claims.match import suggest_many  # sklearn: on first use

    index, _titles = indexes.index(store)
    suggestions = suggest_many([c.text for c in claims], index)
    for claim, suggested in zip(claims, suggestions, strict=True):
        store.claims.set_suggestions(claim.id, [_stored(s) for s in suggested])
        report.suggested += bool(suggested)
    report.repeats = mark_repeats(store, claims, suggestions, index)
    return report


def _stored(found: Suggestion) -> ClaimSuggestion:
    return ClaimSuggestion(
        statement_id=int(found.statement_id),
        score=round(found.score, 4),
        differences=tuple(d.as_dict() for d in found.differences),
    )


def mark_repeats(
    store: Store,
    claims: Sequence[Claim],
    suggestions: Sequence[Sequence[Suggestion]],
    index: StatementIndex,
) -> int:
    """Set ``repeat_of`` on each claim that repeats one already given a verdict: the same
    key, or the same statement suggested as the verdict cites and a text close enough
    (``REPEAT_COSINE``). The earliest such verdict wins. The number marked."""
    cited = {int(s.statement_id) for found in suggestions for s in found}
    judged = [
        j
        for j in store.claims.judged_like({c.key for c in claims}, cited)
        if j.id not in {c.id for c in claims}
    ]
    if not judged:
        return 0
    marked = 0
    for claim, found in zip(claims, suggestions, strict=True):
        statements = {int(s.statement_id) for s in found}
        for verdict in judged:  # oldest first
            same = verdict.key == claim.key or (
                verdict.statement_id in statements
                and _cosine(index, claim.text, verdict.text) >= REPEAT_COSINE
            )
            if same:
                store.claims.set_repeat_of(claim.id, verdict.id)
                marked += 1
                break
    return marked


def _cosine(index: StatementIndex, a: str, b: str) -> float:
    """The cosine of two texts in the matcher's space (its vectors are L2-normalised)."""
    from toancanh.claims.match import with_synonyms

    vectors: Any = index.vectorizer.transform([with_synonyms(a), with_synonyms(b)])
    return float(vectors[0].multiply(vectors[1]).sum())
