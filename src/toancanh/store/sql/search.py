"""Full-text search SQL: SQLite FTS5 (embedded) and PostgreSQL tsvector (scale-out).

Relevance is computed among the newest ``RANK_WINDOW`` matches (after filters), which
bounds the cost of a search whatever the size of the store.

The query language is parsed once (``toancanh.watch.query``) and compiled per engine by
``sql.fulltext``; both engines index the same folded tokens, so they agree on what
matches. Scores differ in scale (bm25 vs ts_rank) but order results the same way: best first.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnClause,
    Connection,
    Select,
    bindparam,
    cast,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.exc import OperationalError

from toancanh.domain.articles import ArticleFilters
from toancanh.errors import Invalid
from toancanh.store.schema import articles
from toancanh.store.sql.articles import article_conditions
from toancanh.store.sql.fulltext import to_fts5, to_tsquery
from toancanh.watch.query import Query

# Matches in the title count this much more than matches in the body.
TITLE_WEIGHT = 4.0
# Relevance is ranked among this many newest matches: ranking every match of a common
# word in 200,000 articles takes ~100 ms; this keeps a search under ~20 ms, and news
# readers want recent results; --until moves the window back in time.
RANK_WINDOW = 5000
# A search's total is counted up to this many matches ("more than 10,000" beyond): a
# count walks every match, and a common word matches most of a big store.
COUNT_CAP = 10_000
# A search is stopped after this many seconds. The query language bounds the cost of a
# query (prefix length and count, words); this bounds what is left (a store far larger than
# the limits were measured on, many common words ORed), so that one visitor's query cannot
# hold a web worker and a database connection for long. Searches take tens of milliseconds.
SEARCH_TIME_LIMIT = 3.0
# SQLite calls the progress handler every this many virtual-machine steps; an FTS5 step
# can take milliseconds (it merges a prefix's postings), so the check is cheap.
_SQLITE_STEPS = 100
_PG_QUERY_CANCELED = "57014"
TOO_SLOW = (
    "the search took more than {seconds} seconds and was stopped: use fewer words joined "
    "by OR, longer beginnings before *, or a shorter period (since, until)"
)


@dataclass(frozen=True)
class RankedId:
    article_id: int
    score: float


# The engine-specific search tables, as far as SQLAlchemy needs to know them.
_FTS = table("article_fts")
_TSV = table("article_search")
_FTS_ROWID: ColumnClause[int] = literal_column("article_fts.rowid")
_FTS_MATCH = text("article_fts MATCH :q")
_TSV_ID: ColumnClause[int] = literal_column("article_search.article_id")
_TSV_MATCH = text("article_search.document @@ CAST(:q AS tsquery)")


def search_ids(
    conn: Connection,
    query: Query,
    filters: ArticleFilters | None = None,
    *,
    limit: int = 20,
    offset: int = 0,
    window: int = RANK_WINDOW,
    time_limit: float | None = None,
    by_date: bool = False,
) -> list[RankedId]:
    """Article ids matching ``query`` and ``filters``, best first among the newest
    ``window`` matches (``by_date``: the same matches, newest published first);
    ``Invalid`` past ``time_limit`` seconds (``SEARCH_TIME_LIMIT``)."""
    with time_limited(conn, SEARCH_TIME_LIMIT if time_limit is None else time_limit):
        return _search_ids(
            conn, query, filters, limit=limit, offset=offset, window=window, by_date=by_date
        )


@contextmanager
def time_limited(conn: Connection, seconds: float) -> Iterator[None]:
    """Statements run on ``conn`` inside the block are stopped after ``seconds`` in all,
    and the block raises ``Invalid`` saying what to change in the query.

    PostgreSQL: ``SET LOCAL statement_timeout`` (per statement, in the read transaction);
    SQLite: a progress handler that interrupts the statement past the deadline.
    """
    shown = f"{seconds:g}"
    try:
        if conn.dialect.name == "sqlite":
            raw = cast_sqlite(conn.connection.driver_connection)
            deadline = time.monotonic() + seconds
            raw.set_progress_handler(lambda: int(time.monotonic() > deadline), _SQLITE_STEPS)
            try:
                yield
            finally:
                raw.set_progress_handler(None, 0)
        else:
            milliseconds = max(1, round(seconds * 1000))  # 0 would mean no limit
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds}")
            yield
            conn.exec_driver_sql("SET LOCAL statement_timeout TO DEFAULT")
    except OperationalError as error:
        if not _stopped(error):
            raise
        conn.rollback()  # PostgreSQL: the transaction is aborted; SQLite: nothing to undo
        raise Invalid(TOO_SLOW, field="q", seconds=shown) from None


def cast_sqlite(raw: object) -> sqlite3.Connection:
    assert isinstance(raw, sqlite3.Connection)  # the sqlite dialect's driver connection
    return raw


def _stopped(error: OperationalError) -> bool:
    """Whether the statement was stopped by ``time_limited`` (not a lock or a lost
    connection)."""
    if getattr(error.orig, "sqlstate", None) == _PG_QUERY_CANCELED:
        return True
    return str(error.orig) == "interrupted"


def _search_ids(
    conn: Connection,
    query: Query,
    filters: ArticleFilters | None,
    *,
    limit: int,
    offset: int,
    window: int,
    by_date: bool = False,
) -> list[RankedId]:
    conditions = article_conditions(filters or ArticleFilters())
    if conn.dialect.name == "sqlite":
        params: dict[str, object] = {"q": to_fts5(query)}
        floor = _sqlite_floor(conn, conditions, window, params)
        bm25: ColumnClause[float] = literal_column(f"bm25(article_fts, {TITLE_WEIGHT}, 1.0)")
        # MATERIALIZED: bm25() is computed once per row; a flattened subquery would call
        # it again for the ORDER BY, doubling the main cost of a search.
        ranked = (
            select(_FTS_ROWID.label("id"), bm25.label("bm25"))
            .select_from(_FTS)
            .where(_FTS_MATCH, _FTS_ROWID >= bindparam("floor", floor))  # noqa: SIM300 (a column)
            .cte("ranked")
            .prefix_with("MATERIALIZED")
        )
        statement = select(ranked.c.id, (-ranked.c.bm25).label("score"))
        best_first: list[Any] = [ranked.c.bm25]
    else:
        from sqlalchemy.dialects.postgresql import TSQUERY  # not loaded for SQLite

        params = {"q": to_tsquery(query)}
        recent = (
            select(_TSV_ID.label("id"))
            .select_from(_TSV.join(articles, articles.c.id == _TSV_ID))
            .where(_TSV_MATCH, *conditions)
            .order_by(_TSV_ID.desc())
            .limit(window)
            .cte("recent")
        )
        rank = func.ts_rank(
            literal_column("article_search.document"), cast(bindparam("q"), TSQUERY)
        )
        ranked = (
            select(_TSV_ID.label("id"), rank.label("score"))
            .select_from(_TSV.join(recent, recent.c.id == _TSV_ID))
            .cte("ranked")
        )
        statement = select(ranked.c.id, ranked.c.score)
        best_first = [ranked.c.score.desc(), ranked.c.id.desc()]
    if conditions or by_date:
        statement = statement.join(articles, articles.c.id == ranked.c.id).where(*conditions)
    if by_date:
        published = func.coalesce(articles.c.published_at, articles.c.created_at)
        statement = statement.order_by(published.desc(), ranked.c.id.desc())
    else:
        statement = statement.order_by(*best_first)
    rows = conn.execute(statement.limit(limit).offset(offset), params)
    return [RankedId(r.id, float(r.score)) for r in rows]


def _sqlite_floor(
    conn: Connection, conditions: list, window: int, params: dict[str, object]
) -> int:
    """The id of the ``window``-th newest match (passing the filters), else 0.

    FTS5 walks its matches newest first cheaply; ranking then covers ids from there on.
    """
    source = _FTS.join(articles, articles.c.id == _FTS_ROWID) if conditions else _FTS
    floor: Select = (
        select(_FTS_ROWID)
        .select_from(source)
        .where(_FTS_MATCH, *conditions)
        .order_by(_FTS_ROWID.desc())
        .limit(1)
        .offset(window - 1)
    )
    found = conn.execute(floor, params).scalar()
    return int(found) if found is not None else 0


def count_matches(
    conn: Connection, query: Query, filters: ArticleFilters | None = None, *, cap: int = COUNT_CAP
) -> int:
    """The number of articles matching ``query`` and ``filters``, up to ``cap + 1``."""
    conditions = article_conditions(filters or ArticleFilters())
    if conn.dialect.name == "sqlite":
        params = {"q": to_fts5(query)}
        source = _FTS.join(articles, articles.c.id == _FTS_ROWID) if conditions else _FTS
        ids = select(_FTS_ROWID).select_from(source).where(_FTS_MATCH, *conditions)
    else:
        params = {"q": to_tsquery(query)}
        source = _TSV.join(articles, articles.c.id == _TSV_ID)
        ids = select(_TSV_ID).select_from(source).where(_TSV_MATCH, *conditions)
    matched = ids.limit(cap + 1).subquery()
    with time_limited(conn, SEARCH_TIME_LIMIT):  # as costly as the search itself
        return int(conn.execute(select(func.count()).select_from(matched), params).scalar_one())
