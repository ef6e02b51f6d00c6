"""How often and how many at once: per-host spacing and concurrency, a global cap.

A news site is asked for at most ``per_host`` pages at a time, and two requests to it
start at least ``min_interval`` seconds apart; at most ``total`` requests are in flight
overall. The gate is thread-safe: the ingest runner fetches from a thread pool.

Workers on many machines share the spacing through ``shared_turn`` (see
``workers.limits``): it reserves the host's next turn for all of them at once and says how
long to wait for it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# (host, min_interval) -> seconds to wait for the turn it reserved.
SharedTurn = Callable[[str, float], float]


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    next_start: float = 0.0  # monotonic time before which no request may start
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostGate:
    """Hands out request slots; ``with gate.slot(host, delay): send the request``."""

    def __init__(
        self,
        *,
        per_host: int,
        total: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        shared_turn: SharedTurn | None = None,
    ) -> None:
        if per_host < 1 or total < 1:
            raise ValueError("host and global concurrency must be at least 1")
        self._per_host = per_host
        self._total = threading.BoundedSemaphore(total)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._shared_turn = shared_turn

    def _host(self, host: str) -> _Host:
        with self._lock:
            state = self._hosts.get(host)
            if state is None:
                state = _Host(threading.BoundedSemaphore(self._per_host))
                self._hosts[host] = state
            return state

    @contextmanager
    def slot(self, host: str, min_interval: float) -> Iterator[None]:
        """Wait for a free slot on ``host`` and its turn, then for a global slot.

        The host's turn is reserved before waiting for the global slot so that a busy
        pool does not hold a global slot while merely sleeping out a host's delay.
        """
        state = self._host(host)
        if self._shared_turn is not None:
            with state.slots:
                wait = self._shared_turn(host, min_interval)
                if wait > 0:
                    self._sleep(wait)
                with self._total:
                    yield
            return
        with state.slots:
            with state.lock:
                start = max(self._clock(), state.next_start)
                state.next_start = start + min_interval
            wait = start - self._clock()
            if wait > 0:
                self._sleep(wait)
            with self._total:
                if min_interval > 0:
                    # A wait for the global slot delays the real start: space from it.
                    with state.lock:
                        state.next_start = max(state.next_start, self._clock() + min_interval)
                yield
