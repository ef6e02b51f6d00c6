"""SQL for statement pickup: the articles that carry a published statement.

A statement's pickup is read from ``statement_pickups`` alone (its outlet and the
article's publication time are copied there), through the index (statement,
published_at): counting a statement's articles and outlets over a million stored
articles reads only that statement's rows (bench/pickup.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, distinct, exists, func, insert, select

from toancanh.domain.claims import Pickup
from toancanh.domain.pickups import Carried, PickupArticle, PickupStatement
from toancanh.store.schema import articles, statement_pickups, statements, watch_matches
from toancanh.store.sql.rows import from_row
from toancanh.store.sql.statements import MATCHED_STATUSES
from toancanh.store.sql.trends import Bucket, _bucket

p = statement_pickups


def carried_statements(conn: Connection) -> list[PickupStatement]:
    """The published and corrected statements, by id: what an article can pick up and a
    claim be matched to."""
    query = (
        select(statements.c.id, statements.c.text, statements.c.issued_at, statements.c.title)
        .where(statements.c.status.in_(MATCHED_STATUSES))
        .order_by(statements.c.id)
    )
    return [
        PickupStatement(int(r.id), str(r.text), r.issued_at, str(r.title))
        for r in conn.execute(query)
    ]


def _article_columns() -> list[Any]:
    return [
        articles.c.id,
        articles.c.title,
        articles.c.text,
        articles.c.outlet,
        func.coalesce(articles.c.published_at, articles.c.created_at).label("published_at"),
    ]


def _article(row: Any) -> PickupArticle:
    return PickupArticle(int(row.id), row.title, row.text, row.outlet, row.published_at)


def pickup_articles(conn: Connection, article_ids: Sequence[int]) -> list[PickupArticle]:
    query = select(*_article_columns()).where(articles.c.id.in_(list(article_ids)))
    return [_article(r) for r in conn.execute(query.order_by(articles.c.id))]


def articles_since(
    conn: Connection,
    since: datetime,
    *,
    until: datetime | None = None,
    after_id: int = 0,
    limit: int = 500,
) -> list[PickupArticle]:
    """A batch of the articles published at or after ``since`` (and before ``until``), by
    id (a scan's page)."""
    published = func.coalesce(articles.c.published_at, articles.c.created_at)
    query = select(*_article_columns()).where(published >= since, articles.c.id > after_id)
    if until is not None:
        query = query.where(published < until)
    return [_article(r) for r in conn.execute(query.order_by(articles.c.id).limit(limit))]


def replace_pickups(
    conn: Connection,
    article: PickupArticle,
    found: Sequence[Carried],
    *,
    statement_ids: Sequence[int] | None = None,
) -> int:
    """Record what ``article`` carries, replacing what was recorded for it (for
    ``statement_ids`` only, when given); the rows written."""
    where = p.c.article_id == article.id
    if statement_ids is not None:
        where = and_(where, p.c.statement_id.in_(list(statement_ids)))
    conn.execute(delete(p).where(where))
    rows = [
        {
            "statement_id": int(c.statement_id),
            "article_id": article.id,
            "score": round(c.score, 4),
            "differences": json.dumps(list(c.differences), ensure_ascii=False),
            "outlet": article.outlet,
            "published_at": article.published_at,
        }
        for c in found
        if statement_ids is None or int(c.statement_id) in statement_ids
    ]
    if rows:
        conn.execute(insert(p), rows)
    return len(rows)


def pickup_figures(conn: Connection, statement_id: int) -> tuple[int, int, datetime | None]:
    """(articles, outlets, first publication) of a statement's pickups: one index range."""
    row = conn.execute(
        select(func.count(), func.count(distinct(p.c.outlet)), func.min(p.c.published_at)).where(
            p.c.statement_id == statement_id
        )
    ).one()
    return int(row[0]), int(row[1]), row[2]


def outlet_counts(conn: Connection, statement_id: int, limit: int) -> list[tuple[str, int]]:
    """The outlets that carried a statement, most articles first."""
    count = func.count().label("n")
    query = (
        select(p.c.outlet, count)
        .where(p.c.statement_id == statement_id, p.c.outlet.is_not(None))
        .group_by(p.c.outlet)
        .order_by(count.desc(), p.c.outlet)
        .limit(limit)
    )
    return [(str(r.outlet), int(r.n)) for r in conn.execute(query)]


def differing(conn: Connection, statement_id: int, limit: int) -> list[tuple[Pickup, str, str]]:
    """The pickups that state a figure differently, earliest first, with the article's
    title and URL."""
    query = (
        select(p, articles.c.title, articles.c.url)
        .join(articles, articles.c.id == p.c.article_id)
        .where(p.c.statement_id == statement_id, p.c.differences != "[]")
        .order_by(p.c.published_at, p.c.article_id)
        .limit(limit)
    )
    return [(_pickup(r), str(r.title), str(r.url)) for r in conn.execute(query)]


def pickups_of(conn: Connection, statement_id: int, limit: int) -> list[tuple[Pickup, str, str]]:
    """A statement's pickups, earliest first, with the article's title and URL."""
    query = (
        select(p, articles.c.title, articles.c.url)
        .join(articles, articles.c.id == p.c.article_id)
        .where(p.c.statement_id == statement_id)
        .order_by(p.c.published_at, p.c.article_id)
        .limit(limit)
    )
    return [(_pickup(r), str(r.title), str(r.url)) for r in conn.execute(query)]


def _pickup(row: Any) -> Pickup:
    return from_row(Pickup, row, differences=tuple(json.loads(row._mapping["differences"])))


def carried_by_bucket(
    conn: Connection, watch_id: int, *, since: datetime, until: datetime, by: Bucket
) -> dict[str, int]:
    """Per local day (or hour): the watch's articles that carry a statement."""
    m = watch_matches
    bucket = _bucket(m.c.published_at, conn, by).label("bucket")
    carries = exists().where(p.c.article_id == m.c.article_id)
    query = (
        select(bucket, func.count())
        .where(m.c.watch_id == watch_id, m.c.published_at >= since, m.c.published_at < until)
        .where(carries)
        .group_by(bucket)
    )
    return {str(r[0]): int(r[1]) for r in conn.execute(query)}
