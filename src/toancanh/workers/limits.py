"""Per-host politeness shared by every worker: each host's next turn lives in Redis.

One Lua script reserves the turn atomically and measures time with the Redis server's
clock, so workers on machines whose clocks disagree still space their requests.
"""

from __future__ import annotations

import redis

# KEYS[1]: the host's key; ARGV[1]: seconds between two requests to the host.
# Returns the seconds to wait (as a string: Lua numbers become integers in replies).
_RESERVE_TURN = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local interval = tonumber(ARGV[1])
local start = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local keep_ms = math.ceil((start - now + interval) * 1000) + 1000
redis.call('SET', KEYS[1], string.format('%.6f', start + interval), 'PX', keep_ms)
return string.format('%.6f', start - now)
"""

KEY_PREFIX = "toancanh:host-turn:"


class RedisHostTurns:
    """``shared_turn`` for ``Fetcher``: ``turns(host, interval)`` -> seconds to wait."""

    def __init__(self, url: str) -> None:
        self._redis = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        self._reserve = self._redis.register_script(_RESERVE_TURN)

    def __call__(self, host: str, interval: float) -> float:
        if interval <= 0:
            return 0.0
        return float(self._reserve(keys=[KEY_PREFIX + host.lower()], args=[interval]))

    def close(self) -> None:
        self._redis.close()
