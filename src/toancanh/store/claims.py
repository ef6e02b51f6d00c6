"""The claim desk's store: claims found in articles and the statements suggested for them.

Finding claims is not a user's change and is not audited (the analysis is not either);
a reviewer's changes are (``Database.change``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from toancanh.domain.articles import ArticleSummary
from toancanh.domain.claims import Claim, ClaimSuggestion
from toancanh.errors import NotFound
from toancanh.store.database import Change, Database, utcnow
from toancanh.store.sql import audit as audit_sql
from toancanh.store.sql import claim_review as review_sql
from toancanh.store.sql import claims as claim_sql

# Given another claim of the same key, the review values it takes along (None: it is left
# as it is); the service decides, the store applies them in the named claim's transaction.
SiblingRule = Callable[[Claim], dict[str, Any] | None]


@dataclass
class ClaimRepository:
    db: Database

    def add_found(self, article_id: int, found: Sequence[dict[str, Any]]) -> list[int]:
        """Record the claims found in an article (each ``{start, end, text, reasons, key}``),
        replacing its unreviewed ones; a claim a reviewer has touched stays as it is and is
        not added twice. The ids of the claims added."""
        with self.db.write() as conn:
            now = utcnow()
            claim_sql.delete_unreviewed(conn, article_id)
            kept = claim_sql.starts_of(conn, article_id)
            rows = [f | {"article_id": article_id} for f in found if f["start"] not in kept]
            return claim_sql.insert_claims(conn, rows, now)

    def set_suggestions(self, claim_id: int, suggestions: Sequence[ClaimSuggestion]) -> None:
        with self.db.write() as conn:
            claim_sql.replace_suggestions(conn, claim_id, suggestions, utcnow())

    # -- the claims step and `claims scan` (ingest/claims.py) --------------------------
    def set_suggestions_many(self, by_claim: Mapping[int, Sequence[ClaimSuggestion]]) -> None:
        """``set_suggestions`` for the claims of an article at once (one write a claim
        was a fifth of the claims step's time)."""
        with self.db.write() as conn:
            claim_sql.replace_suggestions_many(conn, by_claim, utcnow())

    def judged_like(self, keys: Collection[str], statement_ids: Collection[int]) -> list[Claim]:
        """Claims given a verdict with one of these keys or citing one of these
        statements, the earliest verdict first (what a new claim may repeat)."""
        with self.db.read() as conn:
            return claim_sql.judged_like(conn, keys, statement_ids)

    def set_repeat_of(self, claim_id: int, repeat_of: int) -> None:
        with self.db.write() as conn:
            claim_sql.set_repeat_of(conn, claim_id, repeat_of)

    def unscanned_articles(
        self, since: datetime | None, after: int = 0, limit: int = 500
    ) -> list[int]:
        """Ids (ascending, above ``after``) of articles published since ``since`` that have
        no claim yet, ``limit`` at a time."""
        with self.db.read() as conn:
            return claim_sql.unscanned_articles(conn, since, after, limit)

    def unreviewed(self, after: int = 0, limit: int = 500) -> list[Claim]:
        """Claims nobody has reviewed (status new), by id above ``after``."""
        with self.db.read() as conn:
            return claim_sql.unreviewed_claims(conn, after, limit)

    def get(self, claim_id: int) -> Claim | None:
        with self.db.read() as conn:
            return claim_sql.get_claim(conn, claim_id)

    def many(self, claim_ids: Sequence[int]) -> list[Claim]:
        """These claims (those that exist), in no order."""
        with self.db.read() as conn:
            return review_sql.claims_by_id(conn, claim_ids)

    def of_article(self, article_id: int) -> list[Claim]:
        with self.db.read() as conn:
            return claim_sql.claims_of_article(conn, article_id)

    def suggestions(self, claim_ids: Sequence[int]) -> dict[int, list[ClaimSuggestion]]:
        with self.db.read() as conn:
            return claim_sql.suggestions_of(conn, claim_ids)

    # -- review (the queue, verdicts, suggestions' decisions, the export) --------------

    def queue_candidates(
        self, *, statuses: Sequence[str], watch_id: int | None, scan: int
    ) -> list[tuple[Claim, dict[str, Any]]]:
        with self.db.read() as conn:
            return review_sql.queue_candidates(
                conn, statuses=statuses, watch_id=watch_id, scan=scan
            )

    def queue_size(self, *, statuses: Sequence[str]) -> int:
        with self.db.read() as conn:
            return review_sql.queue_size(conn, statuses=statuses)

    def spread(
        self, story_ids: Sequence[int], keys: Sequence[str]
    ) -> tuple[list[tuple[int, int, str | None, Any]], list[tuple[str, int, str | None, Any]]]:
        """The articles of these stories, and those carrying claims of these keys."""
        with self.db.read() as conn:
            return review_sql.story_articles(conn, story_ids), review_sql.key_articles(conn, keys)

    def watch_counts(
        self, article_ids: Sequence[int], hidden_watch_ids: Sequence[int]
    ) -> dict[int, int]:
        with self.db.read() as conn:
            return review_sql.watch_counts(conn, article_ids, hidden_watch_ids)

    def review(
        self,
        claim_id: int,
        *,
        actor: str,
        action: str,
        values: dict[str, Any],
        suggestions: dict[str, Sequence[int]] | None = None,
        siblings: SiblingRule | None = None,
    ) -> Claim:
        """Change a claim's review columns (and its suggestions' states, ``{state:
        [statement ids]}``), audited as ``action`` on the claim. With ``siblings``: the
        other claims of its key that the rule gives values to change the same way, in the
        same transaction, each with its own audit entry (``same_sentence_as`` the claim)."""
        with self.db.change(actor, action, "claim", claim_id) as change:
            conn = change.conn
            before = claim_sql.get_claim(conn, claim_id)
            if before is None:
                raise NotFound("no claim #{claim_id}", claim_id=claim_id)
            change.before, after = _apply(conn, claim_id, values, suggestions)
            change.after = after[1]
            if siblings is not None:
                _apply_siblings(change, before, siblings, suggestions)
        return after[0]

    def reviewed(self, since: datetime | None = None) -> list[Claim]:
        with self.db.read() as conn:
            return review_sql.reviewed(conn, since)

    def appearances(self, claim_ids: Sequence[int]) -> dict[int, list[ArticleSummary]]:
        with self.db.read() as conn:
            return review_sql.appearances(conn, claim_ids)


def _apply_siblings(
    change: Change,
    claim: Claim,
    rule: SiblingRule,
    suggestions: dict[str, Sequence[int]] | None,
) -> None:
    """The claim's change carried to the other claims of its key the rule takes."""
    for other in review_sql.same_key(change.conn, claim.key, claim.id):
        values = rule(other)
        if values is None:
            continue
        before, (_, after) = _apply(change.conn, other.id, values, suggestions)
        audit_sql.record(
            change.conn,
            actor=change.actor,
            action=change.action,
            entity="claim",
            entity_id=other.id,
            before=before,
            after=after | {"same_sentence_as": claim.id},
            now=change.now,
        )


def _apply(
    conn: Connection,
    claim_id: int,
    values: dict[str, Any],
    suggestions: dict[str, Sequence[int]] | None,
) -> tuple[dict[str, Any], tuple[Claim, dict[str, Any]]]:
    """Write one claim's review change: its state before, and the claim with its state
    after (as the audit log keeps them)."""
    before = claim_sql.get_claim(conn, claim_id)
    assert before is not None
    old = _review_state(before, review_sql.suggested_for(conn, claim_id))
    if values:
        review_sql.update_review(conn, claim_id, values)
    for state, statement_ids in (suggestions or {}).items():
        review_sql.set_suggestion_state(conn, claim_id, statement_ids, state)
    after = claim_sql.get_claim(conn, claim_id)
    assert after is not None
    return old, (after, _review_state(after, review_sql.suggested_for(conn, claim_id)))


def _review_state(claim: Claim, suggestions: dict[int, str]) -> dict[str, Any]:
    """What the audit log keeps of a claim's review."""
    return {
        "status": claim.status,
        "verdict": claim.verdict,
        "statement_id": claim.statement_id,
        "note": claim.note,
        "reviewer": claim.reviewer,
        "reviewed_at": claim.reviewed_at.isoformat() if claim.reviewed_at else None,
        "suggestions": {str(s): state for s, state in sorted(suggestions.items())},
    }
