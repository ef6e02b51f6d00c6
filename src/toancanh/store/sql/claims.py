"""SQL for the claim desk: claims found in articles and the statements suggested for them."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, exists, func, insert, or_, select, update

from toancanh.domain.claims import Claim, ClaimSuggestion
from toancanh.store.schema import articles, claim_suggestions, claims
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


# -- the claims step and `claims scan` ------------------------------------------------
def judged_like(
    conn: Connection, keys: Collection[str], statement_ids: Collection[int]
) -> list[Claim]:
    """Claims with a verdict sharing a key or citing a statement, earliest verdict first."""
    wanted = []
    if keys:
        wanted.append(claims.c.key.in_(sorted(keys)))
    if statement_ids:
        wanted.append(claims.c.statement_id.in_(sorted(statement_ids)))
    if not wanted:
        return []
    rows = conn.execute(
        select(claims)
        .where(claims.c.status == "verdict", or_(*wanted))
        .order_by(claims.c.reviewed_at, claims.c.id)
    )
    return [claim_from_row(row) for row in rows]


def set_repeat_of(conn: Connection, claim_id: int, repeat_of: int) -> None:
    conn.execute(update(claims).where(claims.c.id == claim_id).values(repeat_of=repeat_of))


def unscanned_articles(
    conn: Connection, since: datetime | None, after: int, limit: int
) -> list[int]:
    """Articles (published since ``since``; undated ones count as published when stored)
    with no claim, by id above ``after``."""
    query = (
        select(articles.c.id)
        .where(
            articles.c.id > after,
            ~exists().where(claims.c.article_id == articles.c.id),
        )
        .order_by(articles.c.id)
        .limit(limit)
    )
    if since is not None:
        query = query.where(func.coalesce(articles.c.published_at, articles.c.created_at) >= since)
    return [int(i) for i in conn.execute(query).scalars()]


def unreviewed_claims(conn: Connection, after: int, limit: int) -> list[Claim]:
    rows = conn.execute(
        select(claims)
        .where(claims.c.status == "new", claims.c.id > after)
        .order_by(claims.c.id)
        .limit(limit)
    )
    return [claim_from_row(row) for row in rows]


def replace_suggestions_many(
    conn: Connection, by_claim: Mapping[int, Sequence[ClaimSuggestion]], now: datetime
) -> None:
    """``replace_suggestions`` for many claims in four statements, not four a claim."""
    ids = list(by_claim)
    if not ids:
        return
    decided = {
        (int(claim_id), int(statement_id))
        for claim_id, statement_id in conn.execute(
            select(claim_suggestions.c.claim_id, claim_suggestions.c.statement_id).where(
                claim_suggestions.c.claim_id.in_(ids), claim_suggestions.c.state != "suggested"
            )
        )
    }
    conn.execute(
        delete(claim_suggestions).where(
            claim_suggestions.c.claim_id.in_(ids), claim_suggestions.c.state == "suggested"
        )
    )
    fresh = [
        {
            "claim_id": claim_id,
            "statement_id": s.statement_id,
            "score": s.score,
            "differences": json.dumps(list(s.differences), ensure_ascii=False),
            "state": "suggested",
        }
        for claim_id, suggestions in by_claim.items()
        for s in suggestions
        if (claim_id, s.statement_id) not in decided
    ]
    if fresh:
        conn.execute(insert(claim_suggestions), fresh)
    conn.execute(update(claims).where(claims.c.id.in_(ids)).values(matched_at=now))
