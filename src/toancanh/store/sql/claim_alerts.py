"""SQL for the repeat alert: claims in a watchlist's articles that repeat a claim already
given a verdict (``claims.repeat_of``), with what the alert names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, select

from toancanh.domain.alerts import ClaimRepeat
from toancanh.store.schema import articles, claims, statements, watch_matches


def repeated_claims(
    conn: Connection,
    watch_id: int,
    *,
    since: datetime,
    until: datetime,
    verdicts: Sequence[str],
) -> list[ClaimRepeat]:
    """The repeats found in ``[since, until)`` in the watch's articles whose original has
    one of ``verdicts``, by original then article time."""
    if not verdicts:
        return []
    original = claims.alias("original")
    repeat = claims.alias("repeat")
    query = (
        select(
            original.c.id.label("original_id"),
            original.c.text.label("original_text"),
            original.c.verdict,
            original.c.statement_id,
            statements.c.title.label("statement_title"),
            repeat.c.id.label("claim_id"),
            repeat.c.article_id,
            articles.c.title.label("article_title"),
            articles.c.url,
            articles.c.outlet,
            articles.c.published_at,
            repeat.c.found_at,
        )
        .select_from(repeat)
        .join(original, original.c.id == repeat.c.repeat_of)
        .join(
            watch_matches,
            (watch_matches.c.article_id == repeat.c.article_id)
            & (watch_matches.c.watch_id == watch_id),
        )
        .join(articles, articles.c.id == repeat.c.article_id)
        .outerjoin(statements, statements.c.id == original.c.statement_id)
        .where(
            original.c.verdict.in_(list(verdicts)),
            repeat.c.found_at >= since,
            repeat.c.found_at < until,
        )
        .order_by(original.c.id, articles.c.published_at, repeat.c.id)
    )
    return [ClaimRepeat(**dict(row._mapping)) for row in conn.execute(query)]
