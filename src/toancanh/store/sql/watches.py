"""SQL for watchlists and the articles they matched."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select, text, update

from toancanh.domain.articles import ArticleSummary
from toancanh.domain.watches import MatchCandidate, Watch, WatchSpec
from toancanh.store.schema import (
    article_analysis,
    article_facets,
    articles,
    outlets,
    watch_matches,
    watches,
)
from toancanh.store.sql.fulltext import to_fts5, to_tsquery
from toancanh.store.sql.rows import SUMMARY_COLUMNS, from_row
from toancanh.store.sql.upsert import insert_ignoring_existing
from toancanh.watch.query import Query

VIETNAM_OFFSET = timedelta(hours=7)  # Vietnam has no daylight saving time


def local_day_number(moment: datetime) -> int:
    """The Vietnam-time day of a UTC moment as YYYYMMDD (20261120)."""
    local = moment.astimezone(UTC) + VIETNAM_OFFSET
    return local.year * 10000 + local.month * 100 + local.day


# Ids per statement when reading candidates: far below every engine's parameter limit.
_CHUNK = 500


def _row_to_watch(row: Any, matches: int = 0) -> Watch:
    return from_row(
        Watch,
        row,
        legal_refs=tuple(json.loads(row.legal_refs)),
        agencies=tuple(json.loads(row.agencies)),
        shared=bool(row.shared),
        matches=matches,
    )


def _with_trend_columns(ids: list[int], *columns: Any) -> Select[Any]:
    """The articles ``ids`` with ``columns`` and what a match copies for trends."""
    return (
        select(
            articles.c.id,
            *columns,
            articles.c.outlet,
            articles.c.story_id,
            _published().label("published_at"),
            article_analysis.c.sentiment,
            func.coalesce(outlets.c.official, False).label("official"),
        )
        .select_from(
            articles.outerjoin(
                article_analysis, article_analysis.c.article_id == articles.c.id
            ).outerjoin(outlets, outlets.c.name == articles.c.outlet)
        )
        .where(articles.c.id.in_(ids))
    )


def _values(spec: WatchSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "query": spec.query,
        "legal_refs": json.dumps(list(spec.legal_refs), ensure_ascii=False),
        "agencies": json.dumps(list(spec.agencies), ensure_ascii=False),
        "description": spec.description,
        "unit": spec.unit,
        "shared": spec.shared,
    }


def add_watch(conn: Connection, spec: WatchSpec, now: datetime) -> int:
    values = {**_values(spec), "created_at": now, "updated_at": now}
    return int(conn.execute(insert(watches).values(values).returning(watches.c.id)).scalar_one())


def update_watch(conn: Connection, watch_id: int, spec: WatchSpec, now: datetime) -> None:
    conn.execute(
        update(watches).where(watches.c.id == watch_id).values(**_values(spec), updated_at=now)
    )


def delete_watch(conn: Connection, watch_id: int) -> None:
    conn.execute(delete(watch_matches).where(watch_matches.c.watch_id == watch_id))
    conn.execute(delete(watches).where(watches.c.id == watch_id))


def _counts(conn: Connection, ids: Sequence[int] | None = None) -> dict[int, int]:
    query = select(watch_matches.c.watch_id, func.count()).group_by(watch_matches.c.watch_id)
    if ids is not None:
        query = query.where(watch_matches.c.watch_id.in_(list(ids)))
    return {watch_id: n for watch_id, n in conn.execute(query)}


def get_watch(
    conn: Connection, *, watch_id: int | None = None, name: str | None = None, counted: bool = True
) -> Watch | None:
    """The watch; ``counted=False`` leaves ``matches`` at 0 (counting a busy watch's
    matches takes milliseconds)."""
    query = select(watches)
    if watch_id is not None:
        query = query.where(watches.c.id == watch_id)
    else:
        query = query.where(func.lower(watches.c.name) == (name or "").strip().lower())
    row = conn.execute(query).first()
    if row is None:
        return None
    return _row_to_watch(row, _counts(conn, [row.id]).get(row.id, 0) if counted else 0)


def list_watches(conn: Connection, *, with_counts: bool = True) -> list[Watch]:
    """Every watch by name; ``with_counts`` false skips counting the matches (which reads
    every match row): for visibility checks, where only ids and units matter."""
    counts = _counts(conn) if with_counts else {}
    rows = conn.execute(select(watches).order_by(watches.c.name))
    return [_row_to_watch(row, counts.get(row.id, 0)) for row in rows]


def _published() -> Any:
    """An article's date for trends: published, else first stored."""
    return func.coalesce(articles.c.published_at, articles.c.created_at)


def match_candidates(conn: Connection, article_ids: Sequence[int]) -> list[MatchCandidate]:
    """The stored articles with what matching needs: text, date, tone, official, facets."""
    found: list[MatchCandidate] = []
    for first in range(0, len(article_ids), _CHUNK):
        ids = list(article_ids[first : first + _CHUNK])
        facets: dict[int, dict[str, set[str]]] = {}
        facet_rows = conn.execute(
            select(article_facets.c.article_id, article_facets.c.kind, article_facets.c.value)
            .where(article_facets.c.article_id.in_(ids))
            .where(article_facets.c.kind.in_(("legal_ref", "agency")))
        )
        for article_id, kind, value in facet_rows:
            facets.setdefault(article_id, {}).setdefault(kind, set()).add(value)
        rows = conn.execute(
            _with_trend_columns(ids, articles.c.title, articles.c.text).order_by(articles.c.id)
        )
        for row in rows:
            kinds = facets.get(row.id, {})
            found.append(
                MatchCandidate(
                    article_id=row.id,
                    title=row.title,
                    text=row.text,
                    published_at=row.published_at,
                    sentiment=row.sentiment,
                    official=bool(row.official),
                    outlet=row.outlet,
                    story_id=row.story_id,
                    legal_refs=frozenset(kinds.get("legal_ref", ())),
                    agencies=frozenset(kinds.get("agency", ())),
                )
            )
    return found


def add_matches(
    conn: Connection, pairs: Sequence[tuple[int, MatchCandidate]], now: datetime
) -> None:
    """Record (watch id, article) matches; a match already recorded is left as it is."""
    rows = [
        {
            "watch_id": watch_id,
            "article_id": c.article_id,
            "published_at": c.published_at,
            "day": local_day_number(c.published_at),
            "sentiment": c.sentiment,
            "official": c.official,
            "outlet": c.outlet,
            "story_id": c.story_id,
            "matched_at": now,
        }
        for watch_id, c in pairs
    ]
    for first in range(0, len(rows), _CHUNK):
        insert_ignoring_existing(conn, watch_matches, rows[first : first + _CHUNK])


def add_matches_for_ids(
    conn: Connection, watch_id: int, article_ids: Sequence[int], now: datetime
) -> int:
    """Record matches of stored articles by id (a backfill): INSERT ... SELECT, no text read."""
    added = 0
    for first in range(0, len(article_ids), _CHUNK):
        ids = list(article_ids[first : first + _CHUNK])
        rows = conn.execute(_with_trend_columns(ids))
        batch = [
            {
                "watch_id": watch_id,
                "article_id": r.id,
                "published_at": r.published_at,
                "day": local_day_number(r.published_at),
                "sentiment": r.sentiment,
                "official": bool(r.official),
                "outlet": r.outlet,
                "story_id": r.story_id,
                "matched_at": now,
            }
            for r in rows
        ]
        insert_ignoring_existing(conn, watch_matches, batch)
        added += len(batch)
    return added


def clear_matches(conn: Connection, watch_id: int) -> None:
    conn.execute(delete(watch_matches).where(watch_matches.c.watch_id == watch_id))


def set_match_sentiment(conn: Connection, article_id: int, sentiment: str | None) -> None:
    """Keep the copied tone of an article's matches in step with its analysis."""
    conn.execute(
        update(watch_matches)
        .where(watch_matches.c.article_id == article_id)
        .values(sentiment=sentiment)
    )


def fulltext_ids(conn: Connection, query: Query) -> Iterator[int]:
    """Every article id the query matches (no ranking), oldest first."""
    if conn.dialect.name == "sqlite":
        statement = text("SELECT rowid FROM article_fts WHERE article_fts MATCH :q ORDER BY rowid")
        params = {"q": to_fts5(query)}
    else:
        statement = text(
            "SELECT article_id FROM article_search "
            "WHERE document @@ CAST(:q AS tsquery) ORDER BY article_id"
        )
        params = {"q": to_tsquery(query)}
    for (article_id,) in conn.execute(statement, params):
        yield int(article_id)


def facet_ids(conn: Connection, kind: str, values: Sequence[str]) -> list[int]:
    """Articles with one of these facet values (e.g. citing one of these documents)."""
    if not values:
        return []
    query = (
        select(article_facets.c.article_id)
        .where(article_facets.c.kind == kind, article_facets.c.value.in_(list(values)))
        .distinct()
    )
    return list(conn.execute(query).scalars())


def all_article_ids_since(conn: Connection, after_id: int) -> list[int]:
    return list(
        conn.execute(
            select(articles.c.id).where(articles.c.id > after_id).order_by(articles.c.id)
        ).scalars()
    )


def matched_article_ids(conn: Connection, watch_id: int) -> set[int]:
    return set(
        conn.execute(
            select(watch_matches.c.article_id).where(watch_matches.c.watch_id == watch_id)
        ).scalars()
    )


def watch_articles(
    conn: Connection,
    watch_id: int,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[ArticleSummary]:
    """The articles a watch matched (in [since, until) when given), newest first."""
    m = watch_matches.c
    period = []
    if since is not None:
        period += [m.day >= local_day_number(since), m.published_at >= since]
    if until is not None:
        period += [m.day <= local_day_number(until), m.published_at < until]
    query = (
        select(*SUMMARY_COLUMNS)
        .select_from(watch_matches.join(articles, articles.c.id == m.article_id))
        .where(m.watch_id == watch_id, *period)
        # The day first: the index (watch, day, ...) gives that order, so the newest page
        # is read without sorting every match of the period.
        .order_by(m.day.desc(), m.published_at.desc(), m.article_id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [ArticleSummary(**dict(r)) for r in conn.execute(query).mappings()]
