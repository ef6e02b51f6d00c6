"""SQL of the scale-out mode: the scheduler's claims, dead letters, throughput.

A claim is one conditional UPDATE: of two schedulers started by mistake, only one sees
its row changed, so each source is queued once per interval.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, text, update

from toancanh.domain.work import DeadLetter
from toancanh.store.schema import articles, dead_letters, sources


def claim_source(conn: Connection, source_id: int, now: datetime, interval: int) -> bool:
    """Mark the source as queued now, unless someone queued it less than ``interval``
    seconds ago (then False: leave it)."""
    result = conn.execute(
        update(sources)
        .where(
            sources.c.id == source_id,
            or_(
                sources.c.last_enqueued_at.is_(None),
                sources.c.last_enqueued_at <= now - timedelta(seconds=interval),
            ),
        )
        .values(last_enqueued_at=now)
    )
    return result.rowcount == 1


def add_dead_letter(
    conn: Connection,
    *,
    task: str,
    arguments: dict[str, Any],
    url: str | None,
    reason: str,
    detail: str | None,
    attempts: int,
    now: datetime,
) -> int:
    """A new dead letter, or, when the same task on the same URL already has an open one
    (two polls queued the page before it failed), that one updated: one letter a page."""
    values = {
        "arguments": json.dumps(arguments, ensure_ascii=False, sort_keys=True),
        "reason": reason[:100],
        "detail": (detail or "")[:2000] or None,
        "failed_at": now,
    }
    if url is not None:
        same = select(dead_letters.c.id, dead_letters.c.attempts).where(
            dead_letters.c.task == task, dead_letters.c.url == url, *_open()
        )
        found = conn.execute(same.order_by(dead_letters.c.id).limit(1)).first()
        if found is not None:
            conn.execute(
                update(dead_letters)
                .where(dead_letters.c.id == found.id)
                .values(attempts=found.attempts + attempts, **values)
            )
            return int(found.id)
    insert_letter = insert(dead_letters).values(task=task, url=url, attempts=attempts, **values)
    return int(conn.execute(insert_letter.returning(dead_letters.c.id)).scalar_one())


def _dead_letter(row: Any) -> DeadLetter:
    data = dict(row)
    data["arguments"] = json.loads(data["arguments"])
    return DeadLetter(**data)


def list_dead_letters(
    conn: Connection, *, include_replayed: bool = False, limit: int = 50
) -> list[DeadLetter]:
    query = select(dead_letters).order_by(dead_letters.c.id.desc()).limit(limit)
    if not include_replayed:
        query = query.where(*_open())
    return [_dead_letter(row) for row in conn.execute(query).mappings()]


def get_dead_letters(conn: Connection, ids: list[int]) -> list[DeadLetter]:
    query = select(dead_letters).where(dead_letters.c.id.in_(ids)).order_by(dead_letters.c.id)
    return [_dead_letter(row) for row in conn.execute(query).mappings()]


def _open() -> list[Any]:
    """Dead letters neither replayed nor discarded."""
    return [dead_letters.c.replayed_at.is_(None), dead_letters.c.discarded_at.is_(None)]


def count_dead_letters(conn: Connection) -> int:
    query = select(func.count()).select_from(dead_letters).where(*_open())
    return int(conn.execute(query).scalar_one())


def mark_replayed(conn: Connection, letter_id: int, now: datetime) -> None:
    conn.execute(update(dead_letters).where(dead_letters.c.id == letter_id).values(replayed_at=now))


def mark_discarded(conn: Connection, letter_id: int, now: datetime) -> None:
    query = update(dead_letters).where(dead_letters.c.id == letter_id)
    conn.execute(query.values(discarded_at=now))


def stored_since(conn: Connection, since: datetime) -> int:
    """Articles stored from ``since`` on (throughput)."""
    query = select(func.count()).select_from(articles).where(articles.c.created_at >= since)
    return int(conn.execute(query).scalar_one())


def lock_exclusive(conn: Connection, name: str) -> None:
    """Wait for the PostgreSQL advisory lock ``name`` (held until ``unlock_exclusive`` or
    the connection ends, so a killed worker cannot keep it)."""
    conn.execute(text("SELECT pg_advisory_lock(hashtextextended(:name, 0))"), {"name": name})


def unlock_exclusive(conn: Connection, name: str) -> None:
    conn.execute(text("SELECT pg_advisory_unlock(hashtextextended(:name, 0))"), {"name": name})
