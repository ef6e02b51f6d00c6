"""SQL for the reports: a day's tallies of many watchlists at once, the head articles of
stories, and the agencies and legal documents a watchlist's articles name.

Each is one aggregate query over an index range (``watch_matches`` by watch and day), so
that a digest of twenty watchlists over a million articles reads a few thousand rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from toancanh.store.schema import article_analysis, article_facets, articles, watch_matches
from toancanh.store.sql.trends import _day_text
from toancanh.store.sql.watches import local_day_number


def watch_day_tallies(
    conn: Connection, watch_ids: Sequence[int], *, since: datetime, until: datetime
) -> list[tuple[int, str, str | None, bool, int]]:
    """(watch id, local day, tone, official, articles) of the watches in [since, until)."""
    if not watch_ids:
        return []
    m = watch_matches.c
    query = (
        select(m.watch_id, m.day, m.sentiment, m.official, func.count())
        .where(
            m.watch_id.in_(list(watch_ids)),
            m.day >= local_day_number(since),
            m.day <= local_day_number(until),
            m.published_at >= since,
            m.published_at < until,
        )
        .group_by(m.watch_id, m.day, m.sentiment, m.official)
    )
    return [
        (int(w), _day_text(d), tone, bool(official), int(n))
        for w, d, tone, official, n in conn.execute(query)
    ]


def story_heads(conn: Connection, story_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The first article of each story (a story's id is its first article's id): title,
    URL, outlet, time and tone."""
    if not story_ids:
        return {}
    published = func.coalesce(articles.c.published_at, articles.c.created_at)
    query = (
        select(
            articles.c.id,
            articles.c.title,
            articles.c.url,
            articles.c.outlet,
            published.label("published_at"),
            article_analysis.c.sentiment,
        )
        .select_from(
            articles.outerjoin(article_analysis, article_analysis.c.article_id == articles.c.id)
        )
        .where(articles.c.id.in_(sorted(set(story_ids))))
    )
    return {
        int(r.id): {
            "title": r.title,
            "url": r.url,
            "outlet": r.outlet,
            "published_at": r.published_at,
            "sentiment": r.sentiment,
        }
        for r in conn.execute(query)
    }


def watch_facets(
    conn: Connection,
    watch_id: int,
    kinds: Sequence[str],
    *,
    since: datetime,
    until: datetime,
    limit: int = 10,
) -> list[tuple[str, str, int]]:
    """(kind, value, articles) of the facets (agencies, legal documents ...) the watch's
    articles of the period name, most named first, ``limit`` of each kind."""
    m = watch_matches.c
    count = func.count().label("n")
    query = (
        select(article_facets.c.kind, article_facets.c.value, count)
        .select_from(
            watch_matches.join(article_facets, article_facets.c.article_id == m.article_id)
        )
        .where(
            m.watch_id == watch_id,
            m.day >= local_day_number(since),
            m.day <= local_day_number(until),
            m.published_at >= since,
            m.published_at < until,
            article_facets.c.kind.in_(list(kinds)),
        )
        .group_by(article_facets.c.kind, article_facets.c.value)
        .order_by(count.desc(), article_facets.c.value)
    )
    found: list[tuple[str, str, int]] = []
    taken: dict[str, int] = {}
    for kind, value, n in conn.execute(query):
        if taken.get(kind, 0) < limit:
            taken[kind] = taken.get(kind, 0) + 1
            found.append((kind, value, int(n)))
    return found
