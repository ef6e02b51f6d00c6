"""SQL for the failure log: every item that could not be fetched, extracted or stored."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Connection, insert, select

from toancanh.domain.ingest import Failure
from toancanh.store.schema import failures


def record_failure(conn: Connection, failure: Failure) -> None:
    """Log a failure. A rejected import row is logged once, however often it is imported."""
    if failure.file is not None and _logged_before(conn, failure):
        return
    values = {
        "at": failure.at,
        "stage": failure.stage,
        "reason": failure.reason[:64],
        "detail": (failure.detail or "")[:2000] or None,
        "permanent": failure.permanent,
        "url": failure.url,
        "source_id": failure.source_id,
        "file": failure.file,
        "line": failure.line,
    }
    conn.execute(insert(failures).values(values))


def _logged_before(conn: Connection, failure: Failure) -> bool:
    query = select(failures.c.id).where(
        failures.c.file == failure.file,
        failures.c.line == failure.line,
        failures.c.reason == failure.reason[:64],
    )
    return conn.execute(query.limit(1)).first() is not None


def list_failures(
    conn: Connection,
    *,
    since: datetime | None = None,
    stage: str | None = None,
    limit: int = 100,
) -> list[Failure]:
    query = select(
        failures.c.stage,
        failures.c.reason,
        failures.c.at,
        failures.c.url,
        failures.c.source_id,
        failures.c.line,
        failures.c.file,
        failures.c.detail,
        failures.c.permanent,
    )
    if since is not None:
        query = query.where(failures.c.at >= since)
    if stage:
        query = query.where(failures.c.stage == stage)
    query = query.order_by(failures.c.at.desc(), failures.c.id.desc()).limit(limit)
    return [Failure(**dict(r)) for r in conn.execute(query).mappings()]


def permanently_failed(conn: Connection, urls: Sequence[str], since: datetime) -> set[str]:
    """The subset of ``urls`` that failed permanently at or after ``since``."""
    found: set[str] = set()
    for start in range(0, len(urls), 500):  # stay under SQLite's bound-parameter limit
        query = select(failures.c.url).where(
            failures.c.url.in_(list(urls[start : start + 500])),
            failures.c.permanent.is_(True),
            failures.c.at >= since,
        )
        found.update(conn.execute(query).scalars())
    return found
