"""Fetching pages politely and safely: the only place that talks to a source over HTTP.

``Fetcher.fetch(url)`` returns a ``FetchedPage`` or raises ``FetchError`` with a short
reason. On the way it checks every URL (redirect hops too) against the SSRF guard, obeys
robots.txt, waits its turn per host, follows redirects by hand, retries transient
failures with backoff, sends conditional headers and caps the body size while reading.

Reasons: ``timeout``, ``connect_error``, ``http_<status>``, ``too_large``,
``content_type``, ``redirect_loop``, ``too_many_redirects``, ``robots_disallowed``,
``private_address``, ``bad_url``, ``decode_error``. Only ``timeout``, ``connect_error``,
``http_429`` and ``http_5xx`` are transient (``permanent=False``).
"""

from __future__ import annotations

import random
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from toancanh.config import Settings
from toancanh.domain.ingest import FetchedPage, Stage, StageError
from toancanh.ingest.netguard import ALLOW_HINT, Resolver, check_url, origin
from toancanh.ingest.politeness import HostGate, SharedTurn
from toancanh.ingest.robots import ROBOTS_MAX_BYTES, RobotsCache, RobotsResponse

Accept = Literal["html", "feed", "sitemap", "any"]

RETRY_AFTER_CAP = 30.0  # longest server-requested wait before a retry, in seconds
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_FEED_TYPES = _XML_TYPES | {"application/rss+xml", "application/atom+xml", "application/rdf+xml"}
_GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})
_ACCEPT_HEADERS: dict[str, str] = {
    "html": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
    "*/*;q=0.5",
    "sitemap": "application/xml,text/xml;q=0.9,application/gzip;q=0.9,*/*;q=0.5",
    "any": "*/*",
}


class FetchError(StageError):
    """A fetch that failed; ``retry_after`` carries a server's Retry-After in seconds."""

    stage = Stage.FETCH

    def __init__(
        self,
        reason: str,
        detail: str = "",
        *,
        permanent: bool | None = None,
        retry_after: float | None = None,
    ) -> None:
        if permanent is None:
            permanent = not is_transient(reason)
        super().__init__(reason, detail, permanent=permanent)
        self.retry_after = retry_after


def is_transient(reason: str) -> bool:
    """Whether a failure with this reason may go away on a later try."""
    return reason in ("timeout", "connect_error", "http_429") or reason.startswith("http_5")


def accepts(accept: Accept, media_type: str) -> bool:
    """Whether a response of ``media_type`` can be what the caller asked for.

    A missing Content-Type passes: the parser of the next stage judges the body.
    """
    if accept == "any" or not media_type:
        return True
    if accept == "html":
        return media_type in ("text/html", "application/xhtml+xml")
    is_xml = media_type in _FEED_TYPES or media_type.endswith("+xml")
    if accept == "feed":
        return is_xml or media_type.startswith("text/")
    return is_xml or media_type in _GZIP_TYPES or media_type == "text/plain"


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def split_content_type(header: str) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    media, *params = header.split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower(), charset


@dataclass(frozen=True)
class _Answer:
    """One HTTP exchange: a page (or a 304), or a redirect to ``location``."""

    status: int
    content_type: str = ""
    charset: str | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None


class Fetcher:
    """A thread-safe HTTP client for sources; use as a context manager or ``close()`` it.

        Per instance: one connection pool, one robots.txt cache, one politeness gate. For
        tests: ``transport`` replaces the network, ``resolve`` the DNS lookups of the SSRF
        guard (see ``netguard.check_url``) and ``sleep`` the wait between retries. Workers
    pass ``shared_turn`` to space requests to a host across processes (``workers.limits``).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        resolve: Resolver | None = None,
        sleep: Callable[[float], None] = time.sleep,
        shared_turn: SharedTurn | None = None,
    ) -> None:
        self._settings = settings
        self._resolve = resolve
        self._sleep = sleep
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=False,  # each hop goes through the SSRF guard and robots
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(
                max_connections=None,  # the gate below limits requests in flight
                max_keepalive_connections=max(20, 2 * settings.fetch_concurrency),
            ),
        )
        self._gate = HostGate(
            per_host=settings.host_concurrency,
            total=settings.fetch_concurrency,
            shared_turn=shared_turn,
        )
        self._robots = RobotsCache(self._load_robots, user_agent=settings.user_agent)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        allow_private: bool = False,
        found_on: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: Accept = "html",
    ) -> FetchedPage:
        """GET ``url``; a 304 to the conditional headers gives ``not_modified=True``.

        ``allow_private`` lets one origin (host and port) be a private address: that of
        ``found_on`` (the URL of the source that listed ``url``), else that of ``url``. A
        feed on an intranet may link to its own pages, never to another private host
        (localhost, a metadata service at 169.254.169.254).
        """
        private_origin = origin(found_on or url) if allow_private else None
        headers = {"Accept": _ACCEPT_HEADERS[accept]}
        for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)):
            if value and value.isascii() and value.isprintable():  # drop a garbled one
                headers[name] = value
        attempt = 0
        while True:
            try:
                return self._follow(url, private_origin, headers, accept, robots=True)
            except FetchError as exc:
                if exc.permanent or attempt >= self._settings.fetch_retries:
                    raise
                self._sleep(self._retry_delay(exc, attempt))
                attempt += 1

    def _retry_delay(self, exc: FetchError, attempt: int) -> float:
        if exc.retry_after is not None:
            return min(exc.retry_after, RETRY_AFTER_CAP)
        # Jitter keeps many workers that failed together from retrying together.
        return self._settings.fetch_backoff * 2**attempt * random.uniform(1.0, 1.5)

    def _follow(
        self,
        url: str,
        private_origin: tuple[str, int] | None,
        headers: dict[str, str],
        accept: Accept,
        *,
        robots: bool,
        max_bytes: int | None = None,
    ) -> FetchedPage:
        """Request ``url`` and follow its redirects, each hop checked first.

        Only ``private_origin`` (host, port) may be a private address: an intranet source
        may not send us to another private host, by a link or a redirect.
        """
        current = url
        seen = {urldefrag(url).url}
        for _ in range(self._settings.fetch_max_redirects + 1):
            check_url(
                current,
                allow_private=private_origin is not None and origin(current) == private_origin,
                resolve=self._resolve,
                hint=_private_hint(private_origin),
            )
            delay = self._settings.host_delay
            if robots and self._settings.respect_robots:
                if not self._robots.allowed(current):
                    raise FetchError("robots_disallowed", f"robots.txt disallows {current}")
                delay = max(delay, self._robots.crawl_delay(current))
            answer = self._exchange(
                current, headers, accept, delay, max_bytes or self._settings.fetch_max_bytes
            )
            if answer.location is None:
                return _page(url, current, answer)
            current = _redirect_target(current, answer.location)
            if current in seen:
                raise FetchError("redirect_loop", f"{current} was already visited")
            seen.add(current)
        raise FetchError(
            "too_many_redirects", f"more than {self._settings.fetch_max_redirects} from {url}"
        )

    def _exchange(
        self, url: str, headers: dict[str, str], accept: Accept, delay: float, max_bytes: int
    ) -> _Answer:
        """One GET within the politeness limits, transport errors turned into reasons."""
        with self._gate.slot(_hostname(url), delay):
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    return self._answer(response, accept, max_bytes)
            except httpx.TimeoutException as exc:
                raise FetchError("timeout", f"{type(exc).__name__} for {url}") from None
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                raise FetchError("bad_url", str(exc)) from None
            except httpx.TransportError as exc:
                raise FetchError("connect_error", f"{type(exc).__name__}: {exc}") from None

    def _answer(self, response: httpx.Response, accept: Accept, max_bytes: int) -> _Answer:
        status = response.status_code
        get = response.headers.get
        if status in _REDIRECTS and get("location"):
            return _Answer(status, location=get("location"))
        if status == 304:
            return _Answer(304, etag=get("etag"), last_modified=get("last-modified"))
        if not 200 <= status < 300:
            raise FetchError(
                f"http_{status}",
                str(response.url),
                retry_after=parse_retry_after(get("retry-after")),
            )
        media_type, charset = split_content_type(get("content-type", ""))
        if not accepts(accept, media_type):
            raise FetchError("content_type", f"{media_type} is not {accept}")
        declared = get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError("too_large", f"{declared} bytes declared, limit {max_bytes}")
        deadline = time.monotonic() + 3 * self._settings.fetch_timeout
        if response.is_stream_consumed:  # a body given up front (httpx.MockTransport)
            chunks, encoding = iter([response.content]), ""  # ... that httpx decoded
        else:
            chunks, encoding = response.iter_raw(), get("content-encoding", "")
        body = read_capped(chunks, encoding, max_bytes, deadline)
        return _Answer(status, media_type, charset, body, get("etag"), get("last-modified"))

    def _load_robots(self, robots_url: str) -> RobotsResponse:
        # The page URL of this origin already passed the SSRF check with the caller's
        # allow_private, so the same origin is allowed here; other origins are checked.
        try:
            page = self._follow(
                robots_url, origin(robots_url), {}, "any", robots=False, max_bytes=ROBOTS_MAX_BYTES
            )
        except FetchError as exc:
            status = exc.reason.removeprefix("http_")
            return RobotsResponse(int(status) if status.isdigit() else None)
        return RobotsResponse(page.status, page.body)


def _private_hint(private_origin: tuple[str, int] | None) -> str:
    if private_origin is None:
        return ALLOW_HINT
    host, port = private_origin
    return f"only the source's own host {host}:{port} may be private, not the pages it links to"


def _hostname(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:  # check_url reports the malformed URL itself
        return ""


def _redirect_target(url: str, location: str) -> str:
    try:
        return urldefrag(urljoin(url, location.strip())).url
    except ValueError:
        raise FetchError("bad_url", f"unusable redirect to {location!r}") from None


def _page(url: str, final_url: str, answer: _Answer) -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=final_url,
        status=answer.status,
        content_type=answer.content_type,
        charset=answer.charset,
        body=answer.body,
        fetched_at=datetime.now(UTC),
        etag=answer.etag,
        last_modified=answer.last_modified,
        not_modified=answer.status == 304,
    )


def read_capped(chunks: Iterator[bytes], encoding: str, limit: int, deadline: float) -> bytes:
    """The decoded body, refused once it passes ``limit`` bytes or ``deadline``.

    Decompression is ours (not httpx's) so that it stops at the limit: a 16 KB gzip
    bomb never grows into gigabytes in memory.
    """
    inflate = _inflater(encoding.strip().lower())
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        data = inflate(chunk, limit - size + 1) if inflate else chunk
        size += len(data)
        if size > limit:
            raise FetchError("too_large", f"body over {limit} bytes")
        if time.monotonic() > deadline:
            raise FetchError("timeout", "the body took too long to arrive")
        parts.append(data)
    return b"".join(parts)


def _inflater(encoding: str) -> Callable[[bytes, int], bytes] | None:
    """A decoder ``(chunk, max_output) -> bytes`` for a Content-Encoding."""
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return _Inflate(zlib.MAX_WBITS | 16)
    if encoding == "deflate":
        return _Inflate(zlib.MAX_WBITS, fallback_raw=True)
    raise FetchError("decode_error", f"unsupported Content-Encoding {encoding!r}")


class _Inflate:
    def __init__(self, wbits: int, *, fallback_raw: bool = False) -> None:
        self._inflater = zlib.decompressobj(wbits)
        self._fallback_raw = fallback_raw  # some servers send raw deflate without zlib header
        self._started = False

    def __call__(self, chunk: bytes, max_output: int) -> bytes:
        if self._inflater.eof:
            return b""  # ignore trailing bytes after the end of the stream
        try:
            data = self._inflater.decompress(chunk, max_output)
        except zlib.error as exc:
            if self._fallback_raw and not self._started:
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                self._fallback_raw = False
                return self(chunk, max_output)
            raise FetchError("decode_error", f"bad compressed body: {exc}") from None
        self._started = True
        return data
