"""SQL of the announced items: what each source listed and was queued, until stored.

An item is done when its URL is stored (``article_urls``) or it failed for good since
``failed_since`` (``failures``): a row is "unfinished" otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, Exists, and_, delete, exists, func, select, update

from toancanh.domain.ingest import FeedItem
from toancanh.domain.work import Unfinished
from toancanh.store.schema import announced_items, article_urls, failures
from toancanh.store.sql.upsert import insert_ignoring_existing

_A = announced_items


def _stored() -> Exists:
    return exists().where(article_urls.c.url == _A.c.url)


def _given_up(failed_since: datetime) -> Exists:
    return exists().where(
        and_(failures.c.url == _A.c.url, failures.c.permanent.is_(True)),
        failures.c.at >= failed_since,
    )


def announce(conn: Connection, source_id: int, items: Sequence[FeedItem], now: datetime) -> None:
    """Record ``items`` as queued now (first listed now, unless already recorded)."""
    if not items:
        return
    urls = [item.url for item in items]
    for start in range(0, len(urls), 500):  # stay under SQLite's bound-parameter limit
        conn.execute(
            update(_A)
            .where(_A.c.source_id == source_id, _A.c.url.in_(urls[start : start + 500]))
            .values(queued_at=now)
        )
    rows = [
        {
            "source_id": source_id,
            "url": item.url,
            "title": item.title,
            "published_at": item.published_at,
            "author": item.author,
            "announced_at": now,
            "queued_at": now,
        }
        for item in items
    ]
    insert_ignoring_existing(conn, _A, rows)


def forget_stored(conn: Connection, source_id: int) -> int:
    """Remove the source's rows whose page is stored; how many."""
    result = conn.execute(delete(_A).where(_A.c.source_id == source_id, _stored()))
    return int(result.rowcount or 0)


def overdue(
    conn: Connection, source_id: int, queued_before: datetime, failed_since: datetime
) -> list[FeedItem]:
    """The source's unfinished items queued before ``queued_before``, oldest first."""
    query = (
        select(_A.c.url, _A.c.title, _A.c.published_at, _A.c.author)
        .where(
            _A.c.source_id == source_id,
            _A.c.queued_at < queued_before,
            ~_stored(),
            ~_given_up(failed_since),
        )
        .order_by(_A.c.announced_at)
    )
    return [FeedItem(r.url, r.title, r.published_at, r.author) for r in conn.execute(query)]


def unfinished(conn: Connection, queued_before: datetime, failed_since: datetime) -> Unfinished:
    """Unfinished items of every source: how many are overdue, the oldest, in flight."""
    pending = (~_stored(), ~_given_up(failed_since))
    overdue_query = select(func.count(), func.min(_A.c.announced_at)).where(
        _A.c.queued_at < queued_before, *pending
    )
    count, oldest = conn.execute(overdue_query).one()
    in_flight = conn.execute(
        select(func.count()).where(_A.c.queued_at >= queued_before, *pending)
    ).scalar_one()
    return Unfinished(int(count), oldest, int(in_flight))
