"""What `toancanh status` shows: queues, workers, throughput, failing sources, dead letters,
and work announced but never done (items sources listed that were queued and not stored).

Each part is read on its own, so a broker that is down still leaves the database's figures
(and the other way round), with the reason of the part that could not be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from celery import Celery

from toancanh.config import Settings
from toancanh.domain.sources import Source
from toancanh.domain.work import DeadLetter, Unfinished
from toancanh.ingest.unfinished import unfinished_work
from toancanh.store import Store
from toancanh.workers.celery_app import work_queue
from toancanh.workers.routes import QUEUES

# Throughput windows, in minutes.
WINDOWS = (1, 5, 15)


@dataclass
class ClusterStatus:
    queues: dict[str, int] = field(default_factory=dict)  # waiting tasks per queue
    workers: list[str] = field(default_factory=list)  # answering worker names
    broker_error: str | None = None
    per_minute: dict[int, float] = field(default_factory=dict)  # window -> articles/min
    failing_sources: list[Source] = field(default_factory=list)
    dead_letters: int = 0
    recent_dead: list[DeadLetter] = field(default_factory=list)
    unfinished: Unfinished = field(default_factory=lambda: Unfinished(0, None))
    database_error: str | None = None


def queue_depths(app: Celery) -> dict[str, int]:
    """Tasks waiting in each queue (declared as Celery declares them if missing)."""
    depths = {}
    with app.connection_for_read() as connection:
        connection.ensure_connection(max_retries=1)
        channel = connection.default_channel
        for name in QUEUES:
            declared = work_queue(name)(channel).queue_declare()
            depths[name] = int(declared.message_count) if declared else 0
    return depths


def read_broker(app: Celery, status: ClusterStatus, timeout: float) -> None:
    try:
        status.queues = queue_depths(app)
        # A connection of its own, closed here: a pooled one would keep waiting for replies,
        # and a process forked later (a process pool) would block closing it.
        with app.connection_for_write() as connection:
            replies = app.control.ping(timeout=timeout, connection=connection) or []
        status.workers = sorted(name for reply in replies for name in reply)
    except Exception as error:  # any broker failure: shown, the rest still reported
        status.broker_error = f"{type(error).__name__}: {error}"


def read_store(store: Store, status: ClusterStatus, now: datetime, settings: Settings) -> None:
    try:
        current, head = store.schema_revision()
        if current != head:
            status.database_error = (
                f"the schema is at {current or 'none'}, the code needs {head}: "
                "run `toancanh db upgrade`"
            )
            return
        for minutes in WINDOWS:
            stored = store.work.stored_since(now - timedelta(minutes=minutes))
            status.per_minute[minutes] = stored / minutes
        status.failing_sources = [s for s in store.sources.list() if s.error_streak > 0]
        status.dead_letters = store.work.count_dead_letters()
        status.recent_dead = store.work.dead_letters(limit=10)
        status.unfinished = unfinished_work(store, settings, now)
    except Exception as error:  # the database is down: say so, show the broker's part
        status.database_error = f"{type(error).__name__}: {error}"


def cluster_status(
    app: Celery,
    store: Store,
    settings: Settings,
    *,
    timeout: float = 1.0,
    now: datetime | None = None,
) -> ClusterStatus:
    status = ClusterStatus()
    read_broker(app, status, timeout)
    read_store(store, status, now or datetime.now(UTC), settings)
    return status
