"""Per-host turns shared in Redis: two fetchers (two workers) never crowd one host."""

from __future__ import annotations

import itertools
import threading
import time

import redis

from toancanh.ingest.politeness import HostGate
from toancanh.workers.limits import KEY_PREFIX, RedisHostTurns


def test_turns_are_spaced_across_independent_clients(redis_url: str) -> None:
    workers = [RedisHostTurns(redis_url) for _ in range(2)]
    starts: list[float] = []
    lock = threading.Lock()

    def fetch_three(turns: RedisHostTurns) -> None:
        gate = HostGate(per_host=2, total=4, shared_turn=turns)
        for _ in range(3):
            with gate.slot("bao.example", 0.15), lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=fetch_three, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert len(starts) == 6
    assert min(gaps) >= 0.13, gaps  # Redis reserved each turn once (small clock slack)
    assert starts[-1] - starts[0] >= 5 * 0.14


def test_hosts_do_not_wait_for_each_other_and_keys_expire(redis_url: str) -> None:
    turns = RedisHostTurns(redis_url)
    assert turns("a.example", 10.0) == 0.0
    assert turns("b.example", 10.0) == 0.0  # another host: its own turn
    assert 9.0 < turns("A.example", 10.0) <= 10.0  # same host, any case: waits
    assert turns("c.example", 0) == 0.0
    ttl = redis.Redis.from_url(redis_url).pttl(KEY_PREFIX + "a.example")
    assert 0 < ttl <= 21_000, "a quiet host's key does not stay forever"
    turns.close()
