"""The claim desk's store: claims found in articles and the statements suggested for them.

Finding claims is not a user's change and is not audited (the analysis is not either);
a reviewer's changes are (``Database.change``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from toancanh.domain.claims import Claim, ClaimSuggestion
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import claims as claim_sql


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

    def of_article(self, article_id: int) -> list[Claim]:
        with self.db.read() as conn:
            return claim_sql.claims_of_article(conn, article_id)

    def suggestions(self, claim_ids: Sequence[int]) -> dict[int, list[ClaimSuggestion]]:
        with self.db.read() as conn:
            return claim_sql.suggestions_of(conn, claim_ids)
