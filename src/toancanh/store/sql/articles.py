"""SQL for articles: storing a draft with its dedup keys, and reading articles back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, bindparam, func, insert, select, text, update
from sqlalchemy.engine import RowMapping

from toancanh.domain.articles import Article, ArticleFilters, ArticleSummary, Story
from toancanh.domain.ingest import ArticleDraft, Candidate, Fingerprint, StoreResult
from toancanh.store.schema import (
    article_analysis,
    article_facets,
    article_signatures,
    article_urls,
    articles,
    lsh_keys,
)
from toancanh.store.sql.analysis import filter_conditions
from toancanh.store.sql.fulltext import build_tsvector
from toancanh.store.sql.rows import SUMMARY_COLUMNS
from toancanh.store.sql.upsert import insert_ignoring_existing
from toancanh.text.normalize import search_form

# Statements on the path of every stored article are built once: building and hashing a
# statement costs about as much as SQLite running it.
_ID_FOR_URLS = (
    select(article_urls.c.article_id)
    .where(article_urls.c.url.in_(bindparam("urls", expanding=True)))
    .limit(1)
)
_BY_HASH = select(articles.c.id, articles.c.story_id).where(
    articles.c.content_hash == bindparam("content_hash")
)
_CANDIDATES = (
    select(articles.c.id, articles.c.story_id, article_signatures.c.signature)
    .join(article_signatures, article_signatures.c.article_id == articles.c.id)
    .where(
        articles.c.id.in_(
            select(lsh_keys.c.article_id)
            .where(lsh_keys.c.key.in_(bindparam("keys", expanding=True)))
            .distinct()
        )
    )
)
_INSERT_ARTICLE = insert(articles).returning(articles.c.id)
_SET_STORY = (
    update(articles)
    .where(articles.c.id == bindparam("article_id"))
    .values(story_id=bindparam("story"))
)
_INSERT_SIGNATURE = insert(article_signatures)
_INSERT_KEYS = insert(lsh_keys)
_INSERT_FTS = text("INSERT INTO article_fts(rowid, title, body) VALUES (:id, :title, :body)")
_INSERT_TSVECTOR = text(
    "INSERT INTO article_search(article_id, document) VALUES (:id, CAST(:document AS tsvector))"
)


def article_id_for_urls(conn: Connection, urls: Iterable[str]) -> int | None:
    wanted = [u for u in dict.fromkeys(urls) if u]
    if not wanted:
        return None
    return conn.execute(_ID_FOR_URLS, {"urls": wanted}).scalar()


def _known(conn: Connection, column: ColumnElement[str], values: Sequence[str]) -> set[str]:
    """The subset of ``values`` found in ``column``."""
    found: set[str] = set()
    for start in range(0, len(values), 500):  # stay under SQLite's bound-parameter limit
        chunk = list(values[start : start + 500])
        found.update(conn.execute(select(column).where(column.in_(chunk))).scalars())
    return found


def known_urls(conn: Connection, urls: Sequence[str]) -> set[str]:
    """The subset of ``urls`` some stored article was already seen at."""
    return _known(conn, article_urls.c.url, urls)


def known_hashes(conn: Connection, hashes: Sequence[str]) -> set[str]:
    return _known(conn, articles.c.content_hash, hashes)


def add_urls(conn: Connection, article_id: int, urls: Iterable[str], now: datetime) -> None:
    """Remember more URLs of an article; URLs already known (to any article) are kept."""
    rows = [{"url": u, "article_id": article_id, "first_seen": now} for u in dict.fromkeys(urls)]
    insert_ignoring_existing(conn, article_urls, [r for r in rows if r["url"]])


def article_by_hash(conn: Connection, content_hash: str) -> tuple[int, int] | None:
    row = conn.execute(_BY_HASH, {"content_hash": content_hash}).first()
    return (row.id, row.story_id) if row else None


def story_of(conn: Connection, article_id: int) -> int:
    query = select(articles.c.story_id).where(articles.c.id == article_id)
    return conn.execute(query).scalar_one()


def candidates(conn: Connection, band_keys: Sequence[int]) -> list[Candidate]:
    """Stored articles sharing at least one LSH band key: possible near-duplicates."""
    if not band_keys:
        return []
    rows = conn.execute(_CANDIDATES, {"keys": list(band_keys)})
    return [Candidate(r.id, r.story_id, r.signature) for r in rows]


def insert_article(
    conn: Connection,
    draft: ArticleDraft,
    fp: Fingerprint,
    story_id: int | None,
    now: datetime,
) -> StoreResult:
    """Insert a new article with its URLs, signature, LSH keys and search entry."""
    values = {
        "url": draft.url,
        "canonical_url": draft.canonical_url,
        "title": draft.title,
        "text": draft.text,
        "author": draft.author,
        "outlet": draft.outlet,
        "source_id": draft.source_id,
        "published_at": draft.published_at,
        "fetched_at": draft.fetched_at,
        "created_at": now,
        "origin": draft.origin,
        "content_hash": fp.content_hash,
        "story_id": story_id or 0,
    }
    article_id = conn.execute(_INSERT_ARTICLE, values).scalar_one()
    if story_id is None:
        story_id = article_id
        conn.execute(_SET_STORY, {"article_id": article_id, "story": story_id})
    add_urls(conn, article_id, [draft.url, draft.canonical_url or ""], now)
    conn.execute(_INSERT_SIGNATURE, {"article_id": article_id, "signature": fp.signature})
    if fp.band_keys:
        rows = [{"key": k, "article_id": article_id} for k in dict.fromkeys(fp.band_keys)]
        conn.execute(_INSERT_KEYS, rows)
    index_for_search(conn, article_id, draft.title, draft.text)
    return StoreResult("new", article_id, story_id)


def index_for_search(conn: Connection, article_id: int, title: str, body: str) -> None:
    if conn.dialect.name == "sqlite":
        values = {"id": article_id, "title": search_form(title), "body": search_form(body)}
        conn.execute(_INSERT_FTS, values)
    else:
        conn.execute(_INSERT_TSVECTOR, {"id": article_id, "document": build_tsvector(title, body)})


def _summary(row: RowMapping) -> ArticleSummary:
    return ArticleSummary(**dict(row))


def article_conditions(filters: ArticleFilters) -> list[ColumnElement[bool]]:
    """SQL conditions on ``articles`` for every filter that is set."""
    conditions: list[ColumnElement[bool]] = []
    if filters.since is not None:
        conditions.append(articles.c.published_at >= filters.since)
    if filters.until is not None:
        conditions.append(articles.c.published_at < filters.until)
    if filters.outlets is not None:
        conditions.append(articles.c.outlet.in_(list(filters.outlets)))
    return conditions + filter_conditions(filters)


def list_articles(
    conn: Connection,
    filters: ArticleFilters | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
) -> list[ArticleSummary]:
    """Newest first."""
    query = (
        select(*SUMMARY_COLUMNS)
        .where(*article_conditions(filters or ArticleFilters()))
        .order_by(articles.c.published_at.desc().nulls_last(), articles.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [_summary(r) for r in conn.execute(query).mappings()]


def get_article(conn: Connection, article_id: int) -> Article | None:
    row = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
    if row is None:
        return None
    urls = conn.execute(
        select(article_urls.c.url)
        .where(article_urls.c.article_id == article_id)
        .order_by(article_urls.c.first_seen, article_urls.c.url)
    ).scalars()
    fields = {k: row[k] for k in Article.__dataclass_fields__ if k != "urls"}
    return Article(**fields, urls=tuple(urls))


def story_articles(conn: Connection, story_id: int, *, limit: int = 100) -> list[ArticleSummary]:
    """The articles of one story cluster, oldest first."""
    query = (
        select(*SUMMARY_COLUMNS)
        .where(articles.c.story_id == story_id)
        .order_by(articles.c.published_at.nulls_last(), articles.c.id)
        .limit(limit)
    )
    return [_summary(r) for r in conn.execute(query).mappings()]


def articles_by_ids(conn: Connection, ids: Sequence[int]) -> dict[int, RowMapping]:
    if not ids:
        return {}
    query = select(articles).where(articles.c.id.in_(list(ids)))
    return {r["id"]: r for r in conn.execute(query).mappings()}


def facets_of(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    """Agencies, places and legal documents of the articles (by id, then kind), by name."""
    found: dict[int, dict[str, list[str]]] = {}
    wanted = list(ids)
    for first in range(0, len(wanted), 500):
        rows = conn.execute(
            select(article_facets.c.article_id, article_facets.c.kind, article_facets.c.value)
            .where(article_facets.c.article_id.in_(wanted[first : first + 500]))
            .where(article_facets.c.kind.in_(("agency", "place", "legal_ref")))
            .order_by(article_facets.c.article_id, article_facets.c.kind, article_facets.c.value)
        )
        for article_id, kind, value in rows:
            found.setdefault(article_id, {}).setdefault(kind, []).append(value)
    return found


def labels_of(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
    """(topic, sentiment) of the analysed articles among ``ids`` (corrections included)."""
    if not ids:
        return {}
    rows = conn.execute(
        select(
            article_analysis.c.article_id, article_analysis.c.topic, article_analysis.c.sentiment
        ).where(article_analysis.c.article_id.in_(list(ids)))
    )
    return {r.article_id: (r.topic, r.sentiment) for r in rows}


def count_articles(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(articles)).scalar_one()


def list_stories(
    conn: Connection,
    *,
    min_size: int = 2,
    since: datetime | None = None,
    limit: int = 20,
    offset: int = 0,
) -> list[Story]:
    """Story clusters, biggest first, then most recent."""
    size = func.count(articles.c.id).label("size")
    last = func.max(articles.c.published_at).label("last_published")
    query = select(articles.c.story_id, size, last).group_by(articles.c.story_id)
    if since is not None:
        query = query.where(articles.c.published_at >= since)
    query = (
        query.having(func.count(articles.c.id) >= min_size)
        .order_by(size.desc(), last.desc().nulls_last(), articles.c.story_id.desc())
        .limit(limit)
        .offset(offset)
    )
    groups = conn.execute(query).all()
    if not groups:
        return []
    members_query = (
        select(
            articles.c.id,
            articles.c.story_id,
            articles.c.title,
            articles.c.outlet,
            articles.c.published_at,
        )
        .where(articles.c.story_id.in_([g.story_id for g in groups]))
        .order_by(articles.c.id)
    )
    members: dict[int, list[RowMapping]] = {}
    for row in conn.execute(members_query).mappings():
        members.setdefault(row["story_id"], []).append(row)
    return [_story(g.story_id, members[g.story_id]) for g in groups]


def _story(story_id: int, rows: list[RowMapping]) -> Story:
    dates = [r["published_at"] for r in rows if r["published_at"] is not None]
    # Named after its earliest publication (the original, usually), else its first article.
    dated = [r for r in rows if r["published_at"] is not None]
    founder = min(dated, key=lambda r: (r["published_at"], r["id"])) if dated else rows[0]
    return Story(
        story_id=story_id,
        size=len(rows),
        title=founder["title"],
        article_ids=tuple(r["id"] for r in rows),
        outlets=tuple(dict.fromkeys(r["outlet"] for r in rows if r["outlet"])),
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
    )
