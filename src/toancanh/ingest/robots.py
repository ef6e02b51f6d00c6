"""robots.txt rules, fetched once per site and kept for a while (Protego parses them).

What a robots.txt answer means here:

* 2xx: its rules apply (kept ``ttl`` seconds).
* 4xx other than 429 (404, 410, 401, 403): no rules, everything allowed, as RFC 9309
  and the big crawlers do for "unavailable".
* 429, 5xx or a network error: allowed too, but only remembered for ``error_ttl``
  seconds so the file is asked for again soon. RFC 9309 would have us treat an
  unreachable robots.txt as "disallow all"; we deliberately do not, because public news
  pages stay public while a site's robots.txt is broken, and missing a day of a ministry
  portal's news costs the monitoring more than it saves the site. Per-host delays and
  concurrency limits apply either way.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

ROBOTS_MAX_BYTES = 512_000  # RFC 9309 asks crawlers to read at least 500 KiB
MAX_CRAWL_DELAY = 60.0  # a larger Crawl-delay would stall a source; we cap it


@dataclass(frozen=True)
class RobotsResponse:
    """What loading ``/robots.txt`` gave: a status (None: no answer) and the body."""

    status: int | None
    body: bytes = b""


@dataclass(frozen=True)
class _Entry:
    rules: Protego | None  # None: everything allowed
    expires: float


def origin_of(url: str) -> str:
    """``scheme://host:port``, the unit robots.txt applies to."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against ("ToanCanhBot")."""
    token = user_agent.split("/", 1)[0].split()
    return token[0] if token else user_agent


class RobotsCache:
    """Per-site robots.txt rules; thread-safe, one load per site at a time.

    ``load(robots_url)`` fetches the file (through the fetcher's politeness and SSRF
    checks) and never raises: failures come back as ``RobotsResponse(None)``.
    """

    def __init__(
        self,
        load: Callable[[str], RobotsResponse],
        *,
        user_agent: str,
        ttl: float = 3600.0,
        error_ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self._agent = agent_token(user_agent)
        self._ttl = ttl
        self._error_ttl = error_ttl
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._site_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        rules = self._rules(origin_of(url))
        return rules is None or rules.can_fetch(url, self._agent)

    def crawl_delay(self, url: str) -> float:
        """The site's Crawl-delay for us in seconds (0 when none), capped."""
        rules = self._rules(origin_of(url))
        delay = rules.crawl_delay(self._agent) if rules is not None else None
        return min(float(delay or 0.0), MAX_CRAWL_DELAY)

    def _rules(self, origin: str) -> Protego | None:
        entry = self._entries.get(origin)
        if entry is not None and entry.expires > self._clock():
            return entry.rules
        with self._lock:
            site_lock = self._site_locks.setdefault(origin, threading.Lock())
        with site_lock:  # other threads wait for this load instead of repeating it
            entry = self._entries.get(origin)
            if entry is None or entry.expires <= self._clock():
                entry = self._fetch(origin)
                self._entries[origin] = entry
            return entry.rules

    def _fetch(self, origin: str) -> _Entry:
        response = self._load(origin + "/robots.txt")
        now = self._clock()
        status = response.status
        if status is not None and 200 <= status < 300:
            return _Entry(parse_robots(response.body), now + self._ttl)
        if status is not None and 400 <= status < 500 and status != 429:
            return _Entry(None, now + self._ttl)
        return _Entry(None, now + self._error_ttl)


def parse_robots(body: bytes) -> Protego | None:
    """Rules from a robots.txt body; None (allow all) when nothing can be read."""
    text = body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
    try:
        return Protego.parse(text)
    except Exception:  # a third-party parser on hostile input: no rules beats a crash
        return None
