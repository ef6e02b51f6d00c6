"""SQL for sources (what is polled) and outlets (who publishes)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, or_, select, update
from sqlalchemy.engine import RowMapping

from toancanh.domain.sources import NewSource, Outlet, OutletArticles, Source
from toancanh.errors import Conflict
from toancanh.store.schema import articles, outlets, sources
from toancanh.store.sql.upsert import insert_ignoring_existing
from toancanh.text.normalize import search_tokens


class SourceExistsError(Conflict):
    """A source with this URL is stored already (``source`` is the stored one)."""

    def __init__(self, source: Source) -> None:
        super().__init__("source already added as #{id}: {url}", id=source.id, url=source.url)
        self.source = source


def _source(row: RowMapping) -> Source:
    return Source(**dict(row))


def get_source(conn: Connection, source_id: int) -> Source | None:
    row = conn.execute(select(sources).where(sources.c.id == source_id)).mappings().first()
    return _source(row) if row else None


def get_source_by_url(conn: Connection, url: str) -> Source | None:
    row = conn.execute(select(sources).where(sources.c.url == url)).mappings().first()
    return _source(row) if row else None


def add_source(conn: Connection, new: NewSource, now: datetime) -> Source:
    existing = get_source_by_url(conn, new.url)
    if existing:
        raise SourceExistsError(existing)
    values = {
        "url": new.url,
        "kind": new.kind,
        "name": new.name,
        "outlet": new.outlet,
        "official": new.official,
        "allow_private": new.allow_private,
        "interval_seconds": new.interval_seconds,
        "created_at": now,
        "error_streak": 0,
    }
    source_id = conn.execute(insert(sources).values(values).returning(sources.c.id)).scalar_one()
    if new.outlet:
        ensure_outlet(conn, Outlet(name=new.outlet, official=new.official), now)
    source = get_source(conn, source_id)
    assert source is not None
    return source


def list_sources(conn: Connection) -> list[Source]:
    rows = conn.execute(select(sources).order_by(sources.c.id)).mappings()
    return [_source(r) for r in rows]


def remove_source(conn: Connection, source_id: int) -> bool:
    """Forget a source; its articles stay (their source_id becomes empty)."""
    return conn.execute(delete(sources).where(sources.c.id == source_id)).rowcount > 0


def due_sources(conn: Connection, now: datetime, default_interval: int) -> list[Source]:
    """Sources never checked, or whose interval has passed since the last check."""
    due: list[Source] = []
    for source in list_sources(conn):
        interval = timedelta(seconds=source.interval_seconds or default_interval)
        if source.last_checked is None or source.last_checked + interval <= now:
            due.append(source)
    return due


def record_success(
    conn: Connection,
    source_id: int,
    now: datetime,
    etag: str | None,
    last_modified: str | None,
) -> None:
    conn.execute(
        update(sources)
        .where(sources.c.id == source_id)
        .values(
            last_checked=now,
            last_success=now,
            etag=etag,
            last_modified=last_modified,
            error_streak=0,
        )
    )


def record_error(conn: Connection, source_id: int, now: datetime, reason: str) -> None:
    conn.execute(
        update(sources)
        .where(sources.c.id == source_id)
        .values(
            last_checked=now,
            last_error=reason,
            last_error_at=now,
            error_streak=sources.c.error_streak + 1,
        )
    )


def add_outlet_name(conn: Connection, name: str, now: datetime) -> None:
    """Make an outlet known by name (one cheap statement; nothing if it is known)."""
    row = {"name": name, "domain": None, "official": False, "created_at": now}
    insert_ignoring_existing(conn, outlets, [row])


def ensure_outlet(conn: Connection, outlet: Outlet, now: datetime) -> None:
    """Add an outlet once; a later ``official`` flag or domain fills what was unknown."""
    row = conn.execute(select(outlets).where(outlets.c.name == outlet.name)).mappings().first()
    if row is None:
        conn.execute(
            insert(outlets).values(
                name=outlet.name, domain=outlet.domain, official=outlet.official, created_at=now
            )
        )
        return
    changes: dict[str, object] = {}
    if outlet.official and not row["official"]:
        changes["official"] = True
    if outlet.domain and not row["domain"]:
        changes["domain"] = outlet.domain
    if changes:
        conn.execute(update(outlets).where(outlets.c.id == row["id"]).values(changes))


def list_outlets(conn: Connection, names: Sequence[str] | None = None) -> list[Outlet]:
    query = select(outlets.c.name, outlets.c.domain, outlets.c.official).order_by(outlets.c.name)
    if names is not None:
        query = query.where(or_(outlets.c.name.in_(list(names))))
    return [Outlet(**dict(r)) for r in conn.execute(query).mappings()]


def outlet_articles(conn: Connection) -> list[OutletArticles]:
    """Every outlet that stored articles came from, most articles first."""
    published = func.coalesce(articles.c.published_at, articles.c.created_at)
    count = func.count(articles.c.id).label("articles")
    query = (
        select(articles.c.outlet, count, func.max(published).label("newest"), outlets.c.official)
        .select_from(articles.outerjoin(outlets, outlets.c.name == articles.c.outlet))
        .where(articles.c.outlet.is_not(None))
        .group_by(articles.c.outlet, outlets.c.official)
        .order_by(count.desc(), articles.c.outlet)
    )
    return [
        OutletArticles(r.outlet, bool(r.official), int(r.articles), _utc(r.newest))
        for r in conn.execute(query)
    ]


def _utc(value: datetime | None) -> datetime | None:
    """A moment read back from SQLite's aggregate (naive, or text) as UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def outlet_names_matching(conn: Connection, wanted: str) -> list[str]:
    """Outlet names that ``wanted`` names, ignoring case and diacritics.

    The exact (folded) name wins; otherwise every outlet whose name contains the words
    of ``wanted`` ("dau tu" finds "Đầu Tư & Thị Trường").
    """
    key = " ".join(search_tokens(wanted))
    if not key:
        return []
    names = list(conn.execute(select(outlets.c.name)).scalars())
    names += [n for n in conn.execute(select(sources.c.outlet).distinct()).scalars() if n]
    folded = {name: " ".join(search_tokens(name)) for name in dict.fromkeys(names)}
    exact = [name for name, f in folded.items() if f == key]
    return exact or [name for name, f in folded.items() if f" {key} " in f" {f} "]
