"""The scale-out side: scheduler claims, exclusive locks, dead letters and throughput."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from toancanh.domain.ingest import FeedItem
from toancanh.domain.sources import Source
from toancanh.domain.work import DeadLetter, Unfinished
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import announced as announced_sql
from toancanh.store.sql import sources as source_sql
from toancanh.store.sql import work as work_sql


@dataclass
class WorkRepository:
    """What workers, the scheduler and ``toancanh status`` need of the store."""

    db: Database

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """One holder of ``name`` at a time across every process on this database.

        PostgreSQL: an advisory lock on a connection of its own. SQLite: nothing to do,
        its one writer already serialises the work (and it is not shared by workers).
        """
        if self.db.dialect != "postgresql":
            yield
            return
        with self.db.engine.connect() as conn:
            work_sql.lock_exclusive(conn, name)
            conn.commit()
            try:
                yield
            finally:
                work_sql.unlock_exclusive(conn, name)
                conn.commit()

    def claim_due_sources(
        self,
        default_interval: int,
        send: Callable[[Source], object],
        now: datetime | None = None,
    ) -> list[Source]:
        """Queue (with ``send``) each source whose interval has passed, once per interval
        whatever the number of schedulers. A claim commits only after its ``send``
        succeeded: with the broker down, nothing is claimed and the next pass retries."""
        now = now or utcnow()
        queued = []
        with self.db.read() as conn:
            candidates = source_sql.list_sources(conn)
        for source in candidates:
            interval = source.interval_seconds or default_interval
            due_from = now - timedelta(seconds=interval)
            if source.last_enqueued_at is not None and source.last_enqueued_at > due_from:
                continue
            with self.db.write() as conn:
                if work_sql.claim_source(conn, source.id, now, interval):
                    send(source)  # raises: the transaction rolls back, the claim with it
                    queued.append(source)
        return queued

    def add_dead_letter(
        self,
        *,
        task: str,
        arguments: dict[str, Any],
        url: str | None,
        reason: str,
        detail: str | None,
        attempts: int,
    ) -> int:
        with self.db.write() as conn:
            return work_sql.add_dead_letter(
                conn,
                task=task,
                arguments=arguments,
                url=url,
                reason=reason,
                detail=detail,
                attempts=attempts,
                now=utcnow(),
            )

    def dead_letters(self, *, include_replayed: bool = False, limit: int = 50) -> list[DeadLetter]:
        with self.db.read() as conn:
            return work_sql.list_dead_letters(conn, include_replayed=include_replayed, limit=limit)

    def get_dead_letters(self, ids: list[int]) -> list[DeadLetter]:
        with self.db.read() as conn:
            return work_sql.get_dead_letters(conn, ids)

    def count_dead_letters(self) -> int:
        with self.db.read() as conn:
            return work_sql.count_dead_letters(conn)

    def mark_replayed(self, letter_id: int) -> None:
        with self.db.write() as conn:
            work_sql.mark_replayed(conn, letter_id, utcnow())

    def mark_discarded(self, letter_id: int) -> None:
        """Handled without resending (the page is gone, the source removed...)."""
        with self.db.write() as conn:
            work_sql.mark_discarded(conn, letter_id, utcnow())

    def stored_since(self, since: datetime) -> int:
        """Articles stored since ``since`` (throughput, for ``toancanh status``)."""
        with self.db.read() as conn:
            return work_sql.stored_since(conn, since)

    # -- announced items: listed by a source and queued, until stored --------------------
    def announce(self, source_id: int, items: Sequence[FeedItem], now: datetime) -> None:
        """Record the items a poll queued (or followed); queued again: ``queued_at`` moves.
        The source's items stored since are forgotten on the way."""
        with self.db.write() as conn:
            announced_sql.forget_stored(conn, source_id)
            announced_sql.announce(conn, source_id, items, now)

    def overdue_items(
        self, source_id: int, queued_before: datetime, failed_since: datetime
    ) -> list[FeedItem]:
        """The source's items queued before ``queued_before`` and still neither stored nor
        failed for good since ``failed_since`` (a read: a locked SQLite does not stop it)."""
        with self.db.read() as conn:
            return announced_sql.overdue(conn, source_id, queued_before, failed_since)

    def unfinished(self, queued_before: datetime, failed_since: datetime) -> Unfinished:
        """Work announced but never done, for ``toancanh status`` and ``/healthz``."""
        with self.db.read() as conn:
            return announced_sql.unfinished(conn, queued_before, failed_since)
