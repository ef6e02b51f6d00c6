"""What the tasks of one worker process share: settings, store, fetcher, Redis client."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

import redis

from toancanh.claims.registry import RegistryIndex
from toancanh.config import Settings
from toancanh.domain.sources import Source
from toancanh.ingest.fetch import Fetcher
from toancanh.store import Store
from toancanh.workers.limits import RedisHostTurns

# Seconds a worker reuses a source's record for its articles (outlet, private-address
# permission): saves a query per task; a changed source shows within this time.
SOURCE_CACHE_SECONDS = 30.0

DELIVERIES_KEY = "toancanh:deliveries:"


@dataclass
class WorkerContext:
    """What tasks share inside one worker process, opened on first use.

    Recreated after a fork (Celery's prefork pool): a database pool or an HTTP client
    must not be shared between processes.
    """

    settings: Settings
    _pid: int = 0
    _store: Store | None = None
    _fetcher: Fetcher | None = None
    _redis: redis.Redis | None = None
    _sources: dict[int, tuple[float, Source | None]] = field(default_factory=dict)
    # The registry's index, one for the claims and the pickup steps: rebuilt when a
    # statement changes; holds no connection, so a forked process may keep its parent's.
    statements_index: RegistryIndex = field(default_factory=RegistryIndex)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def source(self, source_id: int) -> Source | None:
        """The source (None: removed), read at most every ``SOURCE_CACHE_SECONDS``."""
        now = time.monotonic()
        cached = self._sources.get(source_id)
        if cached is not None and now - cached[0] < SOURCE_CACHE_SECONDS:
            return cached[1]
        found = self.store.sources.get(source_id)
        self._sources[source_id] = (now, found)
        return found

    def _check_process(self) -> None:
        if self._pid != os.getpid():
            self._pid, self._store, self._fetcher, self._redis = os.getpid(), None, None, None
            self._sources = {}

    def deliveries(self, task_id: str) -> int | None:
        """Count one more delivery of the task (None: no Redis to count in)."""
        with self._lock:
            self._check_process()
            url = self.settings.shared_redis_url()
            if url is None:
                return None
            if self._redis is None:
                self._redis = redis.Redis.from_url(url, socket_timeout=5)
            client = self._redis
        key = DELIVERIES_KEY + task_id
        pipe = client.pipeline()  # one round trip: count, and forget the task after a day
        pipe.incr(key)
        pipe.expire(key, 86_400)
        count, _ = pipe.execute()
        return int(count)

    @property
    def store(self) -> Store:
        with self._lock:
            self._check_process()
            if self._store is None:
                # The schema is the operator's job (`toancanh db upgrade`), not each worker's.
                self._store = Store.open(self.settings.database_url, migrate=False)
            return self._store

    @property
    def fetcher(self) -> Fetcher:
        with self._lock:
            self._check_process()
            if self._fetcher is None:
                redis_url = self.settings.shared_redis_url()
                turns = RedisHostTurns(redis_url) if redis_url else None
                self._fetcher = Fetcher(self.settings, shared_turn=turns)
            return self._fetcher
