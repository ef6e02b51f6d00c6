"""Items a source listed but that were never stored: found again at the next poll.

A poll records the items it queues (scale-out) or follows (embedded) as announced. When
the work is lost on the way (a broker restarted without persistence, a worker killed, a
process stopped) the feed does not list them as new again: it answers 304 Not Modified,
or lists them among items that are known as announced. So every poll first asks which of
the source's announced items are still neither stored nor given up on
``requeue_after`` seconds after they were queued; if there are any, it fetches the
source without its cache headers and queues them again with whatever the source lists.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from toancanh.config import Settings
from toancanh.domain.ingest import FeedItem
from toancanh.domain.sources import Source
from toancanh.domain.work import Unfinished
from toancanh.store import Store


def overdue_items(
    store: Store, settings: Settings, source: Source, now: datetime
) -> list[FeedItem]:
    """The source's items queued more than ``requeue_after`` seconds ago and still neither
    stored nor failed for good (within ``retry_failed_after``)."""
    queued_before, failed_since = _bounds(settings, now)
    return store.work.overdue_items(source.id, queued_before, failed_since)


def cache_headers(source: Source, overdue: list[FeedItem]) -> tuple[str | None, str | None]:
    """The conditional headers of a poll: none while the source has overdue items, so
    that a 304 cannot hide them."""
    return (None, None) if overdue else (source.etag, source.last_modified)


def unfinished_work(store: Store, settings: Settings, now: datetime) -> Unfinished:
    """Work announced but never done, every source together."""
    return store.work.unfinished(*_bounds(settings, now))


def _bounds(settings: Settings, now: datetime) -> tuple[datetime, datetime]:
    return (
        now - timedelta(seconds=settings.requeue_after),
        now - timedelta(hours=settings.retry_failed_after),
    )
