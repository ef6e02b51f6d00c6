"""SQL for the claim desk: claims found in articles and the statements suggested for them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from toancanh.domain.claims import Claim, ClaimSuggestion
from toancanh.store.schema import claim_suggestions, claims
from toancanh.store.sql.rows import from_row


def claim_from_row(row: Any) -> Claim:
    return from_row(Claim, row, reasons=tuple(json.loads(row._mapping["reasons"])))


def suggestion_from_row(row: Any) -> ClaimSuggestion:
    return from_row(
        ClaimSuggestion, row, differences=tuple(json.loads(row._mapping["differences"]))
    )


def insert_claims(conn: Connection, rows: Sequence[dict[str, Any]], now: datetime) -> list[int]:
    """Insert claims (each ``{article_id, start, end, text, reasons, key}``), new; their ids."""
    ids: list[int] = []
    for row in rows:
        values = row | {
            "reasons": json.dumps(list(row["reasons"])),
            "status": "new",
            "found_at": now,
        }
        ids.append(
            int(conn.execute(insert(claims).values(**values).returning(claims.c.id)).scalar_one())
        )
    return ids


def delete_unreviewed(conn: Connection, article_id: int) -> None:
    """Forget an article's claims nobody has looked at (before it is scanned again)."""
    conn.execute(delete(claims).where(claims.c.article_id == article_id, claims.c.status == "new"))


def starts_of(conn: Connection, article_id: int) -> set[int]:
    return {
        int(start)
        for start in conn.execute(
            select(claims.c.start).where(claims.c.article_id == article_id)
        ).scalars()
    }


def get_claim(conn: Connection, claim_id: int) -> Claim | None:
    row = conn.execute(select(claims).where(claims.c.id == claim_id)).first()
    return None if row is None else claim_from_row(row)


def claims_of_article(conn: Connection, article_id: int) -> list[Claim]:
    rows = conn.execute(
        select(claims).where(claims.c.article_id == article_id).order_by(claims.c.start)
    )
    return [claim_from_row(row) for row in rows]


def suggestions_of(conn: Connection, claim_ids: Sequence[int]) -> dict[int, list[ClaimSuggestion]]:
    """Each claim's suggestions, best first."""
    found: dict[int, list[ClaimSuggestion]] = {claim_id: [] for claim_id in claim_ids}
    if not claim_ids:
        return found
    rows = conn.execute(
        select(claim_suggestions)
        .where(claim_suggestions.c.claim_id.in_(list(claim_ids)))
        .order_by(claim_suggestions.c.claim_id, claim_suggestions.c.score.desc())
    )
    for row in rows:
        found[int(row.claim_id)].append(suggestion_from_row(row))
    return found


def replace_suggestions(
    conn: Connection, claim_id: int, suggestions: Sequence[ClaimSuggestion], now: datetime
) -> None:
    """Set a claim's suggestions; those a reviewer accepted or rejected are kept as they are."""
    decided = {
        int(sid)
        for sid in conn.execute(
            select(claim_suggestions.c.statement_id).where(
                claim_suggestions.c.claim_id == claim_id,
                claim_suggestions.c.state != "suggested",
            )
        ).scalars()
    }
    conn.execute(
        delete(claim_suggestions).where(
            claim_suggestions.c.claim_id == claim_id, claim_suggestions.c.state == "suggested"
        )
    )
    fresh = [s for s in suggestions if s.statement_id not in decided]
    if fresh:
        conn.execute(
            insert(claim_suggestions),
            [
                {
                    "claim_id": claim_id,
                    "statement_id": s.statement_id,
                    "score": s.score,
                    "differences": json.dumps(list(s.differences), ensure_ascii=False),
                    "state": "suggested",
                }
                for s in fresh
            ],
        )
    conn.execute(update(claims).where(claims.c.id == claim_id).values(matched_at=now))
