"""Full-text search SQL: SQLite FTS5 (embedded) and PostgreSQL tsvector (scale-out).

The query language is parsed once (``toancanh.watch.query``) and compiled per engine by
``store.fulltext``; both engines index the same folded tokens, so they agree on what
matches. Scores differ in scale (bm25 vs ts_rank) but order results the same way: best first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, text

from toancanh.store.fulltext import to_fts5, to_tsquery
from toancanh.watch.query import Query

# Matches in the title count this much more than matches in the body.
TITLE_WEIGHT = 4.0


@dataclass(frozen=True)
class RankedId:
    article_id: int
    score: float


def _filters(
    since: datetime | None, outlets: Sequence[str] | None
) -> tuple[str, dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    if since is not None:
        clauses.append("a.published_at >= :since")
        # Raw SQL bypasses the UTCDateTime column type: bind naive UTC like it stores.
        params["since"] = since.astimezone(UTC).replace(tzinfo=None)
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
    outlets: Sequence[str] | None = None,
) -> list[RankedId]:
    """Article ids matching ``query``, best first."""
    where, params = _filters(since, outlets)
    params.update({"limit": limit, "offset": offset})
    if conn.dialect.name == "sqlite":
        sql = (
            "SELECT a.id AS id, -bm25(article_fts, :title_weight, 1.0) AS score "
            "FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
            f"WHERE article_fts MATCH :q{where} "
            "ORDER BY bm25(article_fts, :title_weight, 1.0), a.id DESC "
            "LIMIT :limit OFFSET :offset"
        )
        params.update({"q": to_fts5(query), "title_weight": TITLE_WEIGHT})
    else:
        sql = (
            "SELECT a.id AS id, ts_rank(s.document, CAST(:q AS tsquery)) AS score "
            "FROM article_search s JOIN articles a ON a.id = s.article_id "
            f"WHERE s.document @@ CAST(:q AS tsquery){where} "
            "ORDER BY score DESC, a.id DESC LIMIT :limit OFFSET :offset"
        )
        params["q"] = to_tsquery(query)
    statement = text(sql)
    if outlets is not None:
        statement = statement.bindparams(bindparam("outlets", expanding=True))
    return [RankedId(r.id, float(r.score)) for r in conn.execute(statement, params)]
