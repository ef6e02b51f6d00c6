"""A small cache for the dashboard's heavy figures (trend reports, forecasts).

Twenty people opening the overview at 9:00 should cost one trend report, not twenty. An
entry lives ``ttl`` seconds (new articles show within that time) and is dropped at once
when its ``version`` changes (an analyst's correction, an edited watchlist: what a user
just did shows on the next page). Concurrent requests for a missing entry wait for the
one computing it (single flight). Owned by the app (``app.state.cache``): one per
process, nothing module-global.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class _Entry:
    expires: float
    version: Hashable
    value: Any


class ComputeCache:
    def __init__(self, ttl: float = 60.0, size: int = 256) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, version: Hashable, compute: Callable[[], T]) -> T:
        """The cached value of ``key`` at ``version``, computed once when missing."""
        found = self._fresh(key, version)
        if found is not None:
            return found.value
        with self._lock:
            gate = self._computing.setdefault(key, threading.Lock())
        with gate:  # one computation per key; the others wait and then read it
            found = self._fresh(key, version)
            if found is not None:
                return found.value
            value = compute()
            with self._lock:
                self._entries[key] = _Entry(time.monotonic() + self.ttl, version, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
            return value

    def _fresh(self, key: Hashable, version: Hashable) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.version != version or entry.expires < time.monotonic():
                return None
            return entry
