"""Full-text search SQL: SQLite FTS5 (embedded) and PostgreSQL tsvector (scale-out).

Relevance is computed among the newest ``RANK_WINDOW`` matches (after filters), which
bounds the cost of a search whatever the size of the store.

The query language is parsed once (``toancanh.watch.query``) and compiled per engine by
``store.fulltext``; both engines index the same folded tokens, so they agree on what
matches. Scores differ in scale (bm25 vs ts_rank) but order results the same way: best first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, TextClause, bindparam, text

from toancanh.store.fulltext import to_fts5, to_tsquery
from toancanh.watch.query import Query

# Matches in the title count this much more than matches in the body.
TITLE_WEIGHT = 4.0
# Relevance is ranked among this many newest matches: ranking every match of a common
# word in 200,000 articles takes ~100 ms; this keeps a search under ~20 ms, and news
# readers want recent results; --until moves the window back in time.
RANK_WINDOW = 5000


@dataclass(frozen=True)
class RankedId:
    article_id: int
    score: float


def _filters(
    since: datetime | None, until: datetime | None, outlets: Sequence[str] | None
) -> tuple[str, dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    if since is not None:
        clauses.append("a.published_at >= :since")
        # Raw SQL bypasses the UTCDateTime column type: bind naive UTC like it stores.
        params["since"] = since.astimezone(UTC).replace(tzinfo=None)
    if until is not None:
        clauses.append("a.published_at < :until")
        params["until"] = until.astimezone(UTC).replace(tzinfo=None)
    if outlets is not None:
        clauses.append("a.outlet IN :outlets")
        params["outlets"] = list(outlets) or [""]
    return "".join(f" AND {c}" for c in clauses), params


def search_ids(
    conn: Connection,
    query: Query,
    *,
    limit: int = 20,
    offset: int = 0,
    since: datetime | None = None,
    until: datetime | None = None,
    outlets: Sequence[str] | None = None,
    window: int = RANK_WINDOW,
) -> list[RankedId]:
    """Article ids matching ``query``, best first among the newest ``window`` matches."""
    where, params = _filters(since, until, outlets)
    params.update({"limit": limit, "offset": offset, "skip": window - 1})
    if conn.dialect.name == "sqlite":
        params.update({"q": to_fts5(query), "title_weight": TITLE_WEIGHT})
        params["floor"] = _sqlite_floor(conn, where, params)
        # MATERIALIZED: computed once per row; a flattened subquery would call bm25()
        # again for the ORDER BY, doubling the main cost of a search.
        join = " JOIN articles a ON a.id = r.id" if where else ""
        sql = (
            "WITH r AS MATERIALIZED (SELECT rowid AS id, "
            "bm25(article_fts, :title_weight, 1.0) AS bm25 FROM article_fts "
            "WHERE article_fts MATCH :q AND rowid >= :floor) "
            f"SELECT r.id AS id, -r.bm25 AS score FROM r{join} WHERE 1 = 1{where} "
            "ORDER BY r.bm25 LIMIT :limit OFFSET :offset"
        )
    else:
        params["q"] = to_tsquery(query)
        sql = (
            "WITH recent AS (SELECT s.article_id FROM article_search s "
            "JOIN articles a ON a.id = s.article_id "
            f"WHERE s.document @@ CAST(:q AS tsquery){where} "
            "ORDER BY s.article_id DESC LIMIT :skip + 1) "
            "SELECT s.article_id AS id, ts_rank(s.document, CAST(:q AS tsquery)) AS score "
            "FROM article_search s JOIN recent r ON r.article_id = s.article_id "
            "ORDER BY score DESC, id DESC LIMIT :limit OFFSET :offset"
        )
    return [RankedId(r.id, float(r.score)) for r in conn.execute(_bind(sql, outlets), params)]


def _sqlite_floor(conn: Connection, where: str, params: dict[str, object]) -> int:
    """The id of the ``window``-th newest match (passing the filters), else 0.

    FTS5 walks its matches newest first cheaply; ranking then covers ids from there on.
    """
    if where:
        sql = (
            "SELECT article_fts.rowid FROM article_fts JOIN articles a "
            "ON a.id = article_fts.rowid WHERE article_fts MATCH :q"
            f"{where} ORDER BY article_fts.rowid DESC LIMIT 1 OFFSET :skip"
        )
    else:
        sql = (
            "SELECT rowid FROM article_fts WHERE article_fts MATCH :q "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :skip"
        )
    found = conn.execute(_bind(sql, params.get("outlets")), params).scalar()
    return int(found) if found is not None else 0


def _bind(sql: str, outlets: object) -> TextClause:
    statement = text(sql)
    if outlets is not None:
        statement = statement.bindparams(bindparam("outlets", expanding=True))
    return statement
