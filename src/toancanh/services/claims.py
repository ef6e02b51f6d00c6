"""Claims against the registry: which official statements a claim in the press is about,
and where the two disagree (an amount, a date, a negation).

A claim is matched against the statements the registry stands by today, published or
corrected: never a draft (not said yet) nor a withdrawn one (no longer said). Every
signed-in user sees those, so every signed-in user may match. The index of statements
(``toancanh.claims.match``) costs a TF-IDF fit over the registry; ``MatchCache`` (the
``claims.registry.RegistryIndex`` the pickup step reads too) keeps it until a statement
is added or changed, and belongs to whoever serves the requests (the web app, a
command), so nothing is cached in a module.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.claims.registry import RegistryIndex
from toancanh.errors import Invalid
from toancanh.ingest.claims import ClaimsReport, find_claims, match_claims
from toancanh.store import Store

MAX_CLAIM = 10_000  # a claim is a sentence or a paragraph, not an article
MAX_LIMIT = 50


# The registry's index, the one the pickup step reads too (``claims.registry``); the name
# its users (the web app, the commands, the runners) know.
MatchCache = RegistryIndex


def check_claim(text: str) -> str:
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        raise Invalid("give the text of a claim to match", field="text")
    if len(cleaned) > MAX_CLAIM:
        raise Invalid("a claim is longer than {limit} characters", field="text", limit=MAX_CLAIM)
    return cleaned


def match_text(
    store: Store, actor: Actor, text: str, limit: int = 5, cache: MatchCache | None = None
) -> list[dict[str, Any]]:
    """The statements a claim is about, best first, those at or above the threshold
    (``claims.match.SUGGEST``) only, each with its differences; ``[]`` when none is."""
    from toancanh.claims.match import suggest

    access.require_role(actor, "viewer")
    claim = check_claim(text)
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid("limit: between 1 and {most}, please", field="limit", most=MAX_LIMIT)
    registry = (cache or RegistryIndex()).of(store)
    return [
        {
            "statement_id": int(found.statement_id),
            "title": registry.titles[found.statement_id],
            "score": round(found.score, 4),
            "differences": [d.as_dict() for d in found.differences],
        }
        for found in suggest(claim, registry.index, limit=limit)
    ]


SCAN_BATCH = 200  # articles (or claims to match again) read and written at a time


def scan(
    store: Store,
    actor: Actor,
    *,
    since: datetime | None = None,
    rematch: bool = False,
    cache: MatchCache | None = None,
) -> ClaimsReport:
    """Find the claims of stored articles that have none yet (published since ``since``;
    all by default), as the pipeline's claims step would have; with ``rematch``, first
    match the unreviewed claims again (statements were added since they were found).

    An analyst's work, not a viewer's: it writes claims and suggestions. It is not
    audited, as the claims step is not: nothing a person decided changes (reviewed claims
    and decided suggestions are kept as they are). Articles without a check-worthy
    sentence have no claim, so a later scan reads them again: harmless, only time.
    """
    access.require_role(actor, "analyst")
    if since is not None and since > datetime.now(UTC):
        raise Invalid("--since {since} is in the future", field="since", since=since.date())
    cache = cache or MatchCache()
    report = ClaimsReport()
    if rematch:
        after = 0
        while batch := store.claims.unreviewed(after, SCAN_BATCH):
            report.add(match_claims(store, batch, cache))
            report.rematched += len(batch)
            after = batch[-1].id
    after = 0
    while ids := store.claims.unscanned_articles(since, after, SCAN_BATCH):
        report.add(find_claims(store, ids, cache))
        after = ids[-1]
    return report
