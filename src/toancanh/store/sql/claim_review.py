"""SQL of the claim desk's review: the queue, its reach figures, reviews and suggestions'
decisions, and the reviewed claims for the export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, exists, func, or_, select, update

from toancanh.domain.articles import ArticleSummary
from toancanh.domain.claims import Claim
from toancanh.store.schema import articles, claim_suggestions, claims, watch_matches
from toancanh.store.sql.claims import claim_from_row
from toancanh.store.sql.rows import SUMMARY_COLUMNS, from_row

# The article columns a queue row carries, labelled apart from the claim's own.
_ARTICLE = (
    articles.c.url.label("article_url"),
    articles.c.title.label("article_title"),
    articles.c.outlet.label("article_outlet"),
    articles.c.published_at.label("article_published_at"),
    articles.c.story_id.label("article_story_id"),
)


def queue_candidates(
    conn: Connection, *, statuses: Sequence[str], watch_id: int | None, scan: int
) -> list[tuple[Claim, dict[str, Any]]]:
    """The claims waiting for (or given) a review, newest first, at most ``scan``: those
    with suggestions, and any a reviewer has touched. With ``watch_id``: only those in
    the articles that watchlist matched."""
    suggested = exists().where(claim_suggestions.c.claim_id == claims.c.id)
    query = (
        select(claims, *_ARTICLE)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.status.in_(list(statuses)), or_(claims.c.status != "new", suggested))
    )
    if watch_id is not None:
        query = query.where(
            exists().where(
                watch_matches.c.watch_id == watch_id,
                watch_matches.c.article_id == claims.c.article_id,
            )
        )
    rows = conn.execute(query.order_by(claims.c.found_at.desc(), claims.c.id.desc()).limit(scan))
    return [(claim_from_row(row), _article_of(row)) for row in rows]


def queue_size(conn: Connection, *, statuses: Sequence[str]) -> int:
    """How many claims the queue holds in these statuses, one a key (the same sentence in
    several articles is one claim to review), counted as ``queue_candidates`` picks them."""
    suggested = exists().where(claim_suggestions.c.claim_id == claims.c.id)
    query = select(func.count(func.distinct(claims.c.key))).where(
        claims.c.status.in_(list(statuses)), or_(claims.c.status != "new", suggested)
    )
    return int(conn.execute(query).scalar_one())


def _article_of(row: Any) -> dict[str, Any]:
    m = row._mapping
    return {
        "url": m["article_url"],
        "title": m["article_title"],
        "outlet": m["article_outlet"],
        "published_at": m["article_published_at"],
        "story_id": m["article_story_id"],
    }


def story_articles(
    conn: Connection, story_ids: Sequence[int]
) -> list[tuple[int, int, str | None, datetime | None]]:
    """(story_id, article_id, outlet, published_at) of every article of these stories."""
    if not story_ids:
        return []
    rows = conn.execute(
        select(
            articles.c.story_id, articles.c.id, articles.c.outlet, articles.c.published_at
        ).where(articles.c.story_id.in_(list(story_ids)))
    )
    return [(int(r[0]), int(r[1]), r[2], r[3]) for r in rows]


def key_articles(
    conn: Connection, keys: Sequence[str]
) -> list[tuple[str, int, str | None, datetime | None]]:
    """(key, article_id, outlet, published_at) of every article carrying a claim of these
    keys (the same sentence, written the same way, in several articles)."""
    if not keys:
        return []
    rows = conn.execute(
        select(claims.c.key, articles.c.id, articles.c.outlet, articles.c.published_at)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.key.in_(list(keys)))
    )
    return [(str(r[0]), int(r[1]), r[2], r[3]) for r in rows]


def watch_counts(
    conn: Connection, article_ids: Sequence[int], hidden_watch_ids: Sequence[int]
) -> dict[int, int]:
    """How many watchlists (not the hidden ones) matched each article."""
    if not article_ids:
        return {}
    query = (
        select(watch_matches.c.article_id, func.count())
        .where(watch_matches.c.article_id.in_(list(article_ids)))
        .group_by(watch_matches.c.article_id)
    )
    if hidden_watch_ids:
        query = query.where(watch_matches.c.watch_id.not_in(list(hidden_watch_ids)))
    return {int(a): int(n) for a, n in conn.execute(query)}


def update_review(conn: Connection, claim_id: int, values: dict[str, Any]) -> None:
    conn.execute(update(claims).where(claims.c.id == claim_id).values(**values))


def same_key(conn: Connection, key: str, claim_id: int) -> list[Claim]:
    """The other claims of a key (the same sentence in other articles), by id."""
    rows = conn.execute(
        select(claims).where(claims.c.key == key, claims.c.id != claim_id).order_by(claims.c.id)
    )
    return [claim_from_row(row) for row in rows]


def claims_by_id(conn: Connection, claim_ids: Sequence[int]) -> list[Claim]:
    if not claim_ids:
        return []
    rows = conn.execute(select(claims).where(claims.c.id.in_(list(claim_ids))))
    return [claim_from_row(row) for row in rows]


def set_suggestion_state(
    conn: Connection, claim_id: int, statement_ids: Sequence[int], state: str
) -> int:
    """Set the state of a claim's suggestions of these statements; how many rows."""
    if not statement_ids:
        return 0
    done = conn.execute(
        update(claim_suggestions)
        .where(
            claim_suggestions.c.claim_id == claim_id,
            claim_suggestions.c.statement_id.in_(list(statement_ids)),
        )
        .values(state=state)
    )
    return int(done.rowcount or 0)


def reviewed(conn: Connection, since: datetime | None) -> list[Claim]:
    """The claims given a verdict (since a time), oldest verdict first."""
    query = select(claims).where(claims.c.status == "verdict")
    if since is not None:
        query = query.where(claims.c.reviewed_at >= since)
    rows = conn.execute(query.order_by(claims.c.reviewed_at, claims.c.id))
    return [claim_from_row(row) for row in rows]


def appearances(conn: Connection, claim_ids: Sequence[int]) -> dict[int, list[ArticleSummary]]:
    """For each claim, the articles carrying it (its own and those with a claim of the same
    key), earliest published first."""
    found: dict[int, list[ArticleSummary]] = {claim_id: [] for claim_id in claim_ids}
    if not claim_ids:
        return found
    same = claims.alias("same")
    rows = conn.execute(
        select(claims.c.id.label("claim_id"), *SUMMARY_COLUMNS)
        .select_from(claims)
        .join(same, or_(same.c.key == claims.c.key, same.c.id == claims.c.id))
        .join(articles, articles.c.id == same.c.article_id)
        .where(claims.c.id.in_(list(claim_ids)))
        .distinct()
        .order_by(claims.c.id, articles.c.published_at, articles.c.id)
    )
    for row in rows:
        found[int(row.claim_id)].append(from_row(ArticleSummary, row))
    return found


def suggested_for(conn: Connection, claim_id: int) -> dict[int, str]:
    """A claim's suggested statements → their state."""
    rows = conn.execute(
        select(claim_suggestions.c.statement_id, claim_suggestions.c.state).where(
            claim_suggestions.c.claim_id == claim_id
        )
    )
    return {int(s): str(state) for s, state in rows}
