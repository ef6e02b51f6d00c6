"""The claims step of the pipeline: the check-worthy sentences of newly stored articles,
stored with their offsets, matched against the registry, and marked when they repeat a
claim a reviewer has already given a verdict.

It runs after ``store`` in every path (the embedded runner, the importer, the workers'
``find_claims`` task) and by ``toancanh claims scan``. Its policy is ``LOG``: an article
is stored whatever happens here, and a scan finds what a failure missed.

The registry's index comes from whoever runs the step (the runner's or the worker's
``claims.registry.RegistryIndex``, which the pickup step of the same process reads too),
never from a module global: it is rebuilt only when a statement is added or changed, and
a process that holds none builds none.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from toancanh.claims.detect import CheckWorthy, check_worthy
from toancanh.claims.registry import RegistryIndex
from toancanh.domain.claims import Claim, ClaimSuggestion
from toancanh.store import Store
from toancanh.text.normalize import match_form

if TYPE_CHECKING:
    from toancanh.claims.match import Suggestion

# A claim repeats a judged one it shares no key with when it is suggested the statement
# the verdict cites, disagrees with it as the judged claim did, and their texts' cosine
# (character 2-4-gram counts, ``cosine``) reaches this. 0.8: the judged sentence with a
# few words added or changed scores 0.82-0.95; another claim about the same statement
# and law 0.5-0.78 (tests/ingest/test_claims_step.py holds both kinds). A repeat raises
# an alert a person reads: a missed paraphrase costs less than a false alarm.
REPEAT_COSINE = 0.8


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


def find_claims(store: Store, article_ids: Sequence[int], indexes: RegistryIndex) -> ClaimsReport:
    """Detect, store, match and mark the claims of these (newly stored) articles.

    Running it again on an article replaces the claims nobody has reviewed and keeps the
    others (``ClaimRepository.add_found``): it never stores a claim twice.
    """
    report = ClaimsReport()
    for article_id, _title, text in store.articles.texts(list(article_ids)):
        report.articles += 1
        detected = check_worthy(text or "")
        found = [
            {
                "start": c.start,
                "end": c.end,
                "text": c.text,
                "reasons": c.reasons,
                "key": claim_key(c.text),
            }
            for c in detected
        ]
        if not found:
            continue
        added = set(store.claims.add_found(article_id, found))
        report.found += len(added)
        claims = [c for c in store.claims.of_article(article_id) if c.id in added]
        report.add(match_claims(store, claims, indexes, detected))
    return report


def match_claims(
    store: Store,
    claims: Sequence[Claim],
    indexes: RegistryIndex,
    detected: Sequence[CheckWorthy] = (),
) -> ClaimsReport:
    """Suggest statements for ``claims`` (one vectorised call) and mark their repeats.
    ``detected``: the sentences just detected, whose figures and legal references
    matching then does not read again."""
    report = ClaimsReport()
    if not claims:
        return report
    from toancanh.claims.match import shared_of, shared_of_found, suggest_many  # sklearn

    index = indexes.of(store).index
    read = {(c.start, c.end, c.text): c for c in detected}
    shared = [
        shared_of_found(d) if (d := read.get((c.start, c.end, c.text))) else shared_of(c.text)
        for c in claims
    ]
    suggestions = suggest_many([c.text for c in claims], index, shared=shared)
    store.claims.set_suggestions_many(
        {c.id: [_stored(s) for s in found] for c, found in zip(claims, suggestions, strict=True)}
    )
    report.suggested = sum(1 for found in suggestions if found)
    report.repeats = mark_repeats(store, claims, suggestions)
    return report


def _stored(found: Suggestion) -> ClaimSuggestion:
    return ClaimSuggestion(
        statement_id=int(found.statement_id),
        score=round(found.score, 4),
        differences=tuple(d.as_dict() for d in found.differences),
    )


def mark_repeats(
    store: Store, claims: Sequence[Claim], suggestions: Sequence[Sequence[Suggestion]]
) -> int:
    """Set ``repeat_of`` on each claim that repeats one already given a verdict; the
    number marked. A repeat has the judged claim's key, or is suggested the statement the
    verdict cites, disagrees with it where the judged claim did (the same figures, dates,
    negations: the statement's own words are not a repeat of a distortion of them) and
    reads close to it (``REPEAT_COSINE``). The earliest verdict wins."""
    cited = {int(s.statement_id) for found in suggestions for s in found}
    ours = {c.id for c in claims}
    judged = [
        j for j in store.claims.judged_like({c.key for c in claims}, cited) if j.id not in ours
    ]
    if not judged:
        return 0
    said = store.claims.suggestions([j.id for j in judged])
    marked = 0
    for claim, found in zip(claims, suggestions, strict=True):
        by_statement = {int(s.statement_id): s for s in found}
        for verdict in judged:  # earliest first
            if verdict.key == claim.key or _repeats(
                claim, by_statement.get(verdict.statement_id or 0), verdict, said[verdict.id]
            ):
                store.claims.set_repeat_of(claim.id, verdict.id)
                marked += 1
                break
    return marked


def _repeats(
    claim: Claim, suggested: Suggestion | None, verdict: Claim, said: Sequence[ClaimSuggestion]
) -> bool:
    """Whether ``claim``, suggested ``verdict``'s statement, says what ``verdict`` said."""
    if suggested is None:
        return False
    theirs = [s.differences for s in said if s.statement_id == verdict.statement_id]
    if theirs and _disagreement([d.as_dict() for d in suggested.differences]) != _disagreement(
        theirs[0]
    ):
        return False
    return cosine(claim.text, verdict.text) >= REPEAT_COSINE


def _disagreement(differences: Sequence[dict[str, str]]) -> frozenset[tuple[str, str]]:
    return frozenset((d["kind"], match_form(d["claim"])) for d in differences)


def _grams(text: str) -> Counter[str]:
    """Character 2-4-grams of each word (the matcher's ``char_wb`` analyser, counted)."""
    from toancanh.claims.match import with_synonyms

    found: Counter[str] = Counter()
    for word in with_synonyms(text).split():
        padded = f" {word} "
        for n in (2, 3, 4):
            found.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return found


def cosine(a: str, b: str) -> float:
    """How alike two claims read: the cosine of their n-gram counts (0-1). Counted on
    the two texts alone: the registry's vocabulary would drop what they add to it."""
    mine, theirs = _grams(a), _grams(b)
    dot = sum(count * theirs[gram] for gram, count in mine.items())
    norm = math.sqrt(sum(c * c for c in mine.values()) * sum(c * c for c in theirs.values()))
    return dot / norm if norm else 0.0
