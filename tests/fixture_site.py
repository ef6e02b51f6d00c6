"""A local web site for tests: static fixture files plus a few misbehaving routes.

Every test of the project that needs HTTP talks to this server on 127.0.0.1, never to the
real web. Use the ``site`` pytest fixture (tests/conftest.py) or ``start_site(root)``.

Static files come from ``root`` (tests/fixtures/site). In text files (.html .htm .xml
.rss .atom .txt .json) the literal ``{{BASE}}`` becomes the server's base URL; the
substitution works on bytes, so a windows-1258 page is served byte-exact otherwise.
Per-path header overrides live in ``root/_headers.json`` ({"/p": {"Header": "value"}},
``null`` removes a header) and, for one test, in ``site.override(...)``.

Dynamic routes, all under ``/_/``:

=========================  ==============================================================
``/_/slow/<seconds>``      sleeps (at most 10 s), then a small HTML page
``/_/status/<code>``       that status; ``?retry_after=N`` adds a Retry-After header
``/_/redirect/<n>``        a chain of n relative 302 redirects ending at an HTML page
``/_/redirect-to?url=U``   one redirect to U (``&code=301`` to pick the status)
``/_/redirect-loop``       redirects to ``/_/redirect-loop/b``, which redirects back
``/_/huge``                ~20 MB of HTML, chunked and slowly (``?declare=1``: with a
                           Content-Length instead of chunks)
``/_/wrong-type``          PNG bytes as image/png
``/_/flaky/<key>/<n>``     503 with Retry-After (``?retry_after=``, default 0) for the first
                           n requests of that key, then 200
``/_/gzip``                a gzip-encoded HTML page
``/_/gzip-bomb``           16 MB of spaces gzip-encoded into ~16 KB
``/_/track``               counts requests in flight (``site.max_in_flight``); holds each
                           for ``?sleep=`` seconds (default 0.05)
=========================  ==============================================================
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

FIXTURE_ROOT = Path(__file__).parent / "fixtures" / "site"

TEXT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}
BINARY_TYPES = {
    ".gz": "application/gzip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".pdf": "application/pdf",
}
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
HUGE_SIZE = 20_000_000
HUGE_CHUNK = 64 * 1024
BOMB_SIZE = 16_000_000


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str  # with the query string, as the client sent it
    headers: dict[str, str]  # lower-case names
    time: float  # time.monotonic() on arrival


@dataclass
class Reply:
    status: int
    headers: dict[str, str | None] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""  # an iterable is sent chunked


def _html(text: str) -> bytes:
    page = f"<!doctype html><html><head><title>{text}</title></head><body><p>{text}</p></body>"
    return (page + "</html>").encode()


def _html_reply(status: int, text: str) -> Reply:
    return Reply(status, {"Content-Type": "text/html; charset=utf-8"}, _html(text))


class FixtureSite:
    """One server on 127.0.0.1 and a free port, run in a daemon thread."""

    def __init__(self, root: Path = FIXTURE_ROOT, host: str = "127.0.0.1") -> None:
        self.root = root.resolve()
        self._server = _Server((host, 0), _Handler)
        self._server.site = self
        self.host = host
        self.port: int = self._server.server_address[1]
        self.base = f"http://{host}:{self.port}"
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._flaky: dict[str, int] = {}
        self._overrides: dict[str, tuple[int | None, dict[str, str | None]]] = {}
        self._in_flight = 0
        self.max_in_flight = 0
        self._file_cache: dict[Path, tuple[int, bytes, str]] = {}
        self._bomb: bytes | None = None
        self._headers_cache: tuple[int, dict[str, dict[str, str | None]]] | None = None
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    # -- what tests use -------------------------------------------------------------
    def url(self, path: str = "/", *, host: str | None = None) -> str:
        """Absolute URL of ``path``; ``host="localhost"`` names the same server differently
        (a different host as far as politeness and robots.txt are concerned)."""
        if not path.startswith("/"):
            path = "/" + path
        return f"http://{host or self.host}:{self.port}{path}"

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    def reset(self) -> None:
        """Forget requests, flaky counters, overrides and the in-flight maximum."""
        with self._lock:
            self._requests.clear()
            self._flaky.clear()
            self._overrides.clear()
            self.max_in_flight = 0

    def override(
        self, path: str, *, status: int | None = None, headers: dict[str, str | None] | None = None
    ) -> None:
        """Until the next reset, answer ``path`` with this status and/or these headers."""
        with self._lock:
            self._overrides[path] = (status, dict(headers or {}))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FixtureSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- used by the handler ------------------------------------------------------------
    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _flaky_hit(self, key: str) -> int:
        with self._lock:
            self._flaky[key] = self._flaky.get(key, 0) + 1
            return self._flaky[key]

    @contextmanager
    def _tracking(self) -> Iterator[None]:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1

    def _header_overrides(self, path: str) -> tuple[int | None, dict[str, str | None]]:
        merged: dict[str, str | None] = dict(self._headers_file().get(path, {}))
        with self._lock:
            status, headers = self._overrides.get(path, (None, {}))
        merged.update(headers)
        return status, merged

    def _headers_file(self) -> dict[str, dict[str, str | None]]:
        """The per-path header overrides of ``_headers.json``, reread when it changes."""
        file = self.root / "_headers.json"
        try:
            mtime = file.stat().st_mtime_ns
        except OSError:
            return {}
        if self._headers_cache is None or self._headers_cache[0] != mtime:
            self._headers_cache = (mtime, json.loads(file.read_text(encoding="utf-8")))
        return self._headers_cache[1]

    def _static(self, path: str) -> tuple[bytes, str, float, str] | None:
        """(body, etag, mtime, suffix) of a fixture file, cached until the file changes."""
        try:
            file = (self.root / path.lstrip("/")).resolve()
            if file.is_dir():
                file = file / "index.html"
            stat = file.stat()
        except (OSError, ValueError):  # missing, or a path no file can have
            return None
        if not file.is_relative_to(self.root) or file.name.startswith("_"):
            return None
        cached = self._file_cache.get(file)
        if cached is None or cached[0] != stat.st_mtime_ns:
            body = file.read_bytes()
            if file.suffix in TEXT_TYPES:
                body = body.replace(b"{{BASE}}", self.base.encode())
            etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
            cached = (stat.st_mtime_ns, body, etag)
            self._file_cache[file] = cached
        return cached[1], cached[2], stat.st_mtime, file.suffix.lower()

    def _gzip_bomb(self) -> bytes:
        if self._bomb is None:
            self._bomb = gzip.compress(b" " * BOMB_SIZE, compresslevel=9)
        return self._bomb


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    site: FixtureSite

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up mid-response (size caps, timeouts) are expected here.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real sites do
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, *, send_body: bool) -> None:
        site = self.server.site
        headers = {k.lower(): v for k, v in self.headers.items()}
        site._record(RecordedRequest(self.command, self.path, headers, time.monotonic()))
        split = urlsplit(self.path)
        path = unquote(split.path)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        status, overrides = site._header_overrides(path)
        if status is not None:
            reply = _html_reply(status, f"status {status}")
        elif path.startswith("/_/"):
            reply = _dynamic(site, path, query)
        else:
            reply = self._static_reply(site, path)
        for name, value in overrides.items():  # header names match case-insensitively
            for existing in [k for k in reply.headers if k.lower() == name.lower()]:
                del reply.headers[existing]
            reply.headers[name] = value
        self._send(reply, send_body=send_body)

    def _static_reply(self, site: FixtureSite, path: str) -> Reply:
        found = site._static(path)
        if found is None:
            return _html_reply(404, "not found")
        body, etag, mtime, suffix = found
        ctype = TEXT_TYPES.get(suffix) or BINARY_TYPES.get(suffix, "application/octet-stream")
        validators: dict[str, str | None] = {
            "ETag": etag,
            "Last-Modified": formatdate(mtime, usegmt=True),
        }
        if _not_modified(
            self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"), etag, mtime
        ):
            return Reply(304, validators)
        return Reply(200, {"Content-Type": ctype, **validators}, body)

    def _send(self, reply: Reply, *, send_body: bool) -> None:
        self.send_response(reply.status)
        chunked = not isinstance(reply.body, bytes)
        for name, value in reply.headers.items():
            if value is not None:
                self.send_header(name, value)
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif reply.status != 304 and "content-length" not in map(str.lower, reply.headers):
            self.send_header("Content-Length", str(len(reply.body)))  # type: ignore[arg-type]
        self.end_headers()
        if not send_body or reply.status == 304:
            return
        try:
            if isinstance(reply.body, bytes):
                self.wfile.write(reply.body)
                return
            for chunk in reply.body:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True


def _not_modified(inm: str | None, ims: str | None, etag: str, mtime: float) -> bool:
    if inm is not None:  # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or etag in tags
    if ims is None:
        return False
    try:
        return int(mtime) <= parsedate_to_datetime(ims).timestamp()
    except (TypeError, ValueError):
        return False


def _dynamic(site: FixtureSite, path: str, query: dict[str, str]) -> Reply:
    parts = path.removeprefix("/_/").split("/")
    name, args = parts[0], parts[1:]
    try:
        return _ROUTES[name](site, args, query)
    except (KeyError, IndexError, ValueError):
        return _html_reply(404, f"no route {path}")


def _slow(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    time.sleep(min(float(args[0]), 10.0))
    return _html_reply(200, "slow page")


def _status(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    reply = _html_reply(int(args[0]), f"status {args[0]}")
    if "retry_after" in query:
        reply.headers["Retry-After"] = query["retry_after"]
    return reply


def _redirect(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    left = int(args[0])
    if left <= 0:
        return _html_reply(200, "end of the redirect chain")
    return Reply(302, {"Location": f"/_/redirect/{left - 1}"})


def _redirect_to(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    return Reply(int(query.get("code", "302")), {"Location": query["url"]})


def _redirect_loop(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    target = "/_/redirect-loop" if args else "/_/redirect-loop/b"
    return Reply(302, {"Location": target})


def _huge(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    chunk = (b"<p>" + b"x" * (HUGE_CHUNK - 8) + b"</p>\n\n\n")[:HUGE_CHUNK]

    def stream() -> Iterator[bytes]:
        yield b"<!doctype html><html><body>"
        for _ in range(HUGE_SIZE // HUGE_CHUNK):
            time.sleep(0.001)  # slow enough that a client cap ends it early
            yield chunk

    headers: dict[str, str | None] = {"Content-Type": "text/html; charset=utf-8"}
    if query.get("declare"):
        # Announce the size and close: a client must refuse it without reading a byte.
        headers.update({"Content-Length": str(HUGE_SIZE), "Connection": "close"})
        return Reply(200, headers, b"<!doctype html>")
    return Reply(200, headers, stream())


def _wrong_type(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    return Reply(200, {"Content-Type": "image/png"}, PNG_BYTES)


def _flaky(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    key, failures = args[0], int(args[1])
    if site._flaky_hit(key) <= failures:
        reply = _html_reply(503, "try again")
        reply.headers["Retry-After"] = query.get("retry_after", "0")
        return reply
    return _html_reply(200, f"flaky {key} recovered")


def _gzip(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    body = gzip.compress(_html("gzip encoded page"))
    return Reply(
        200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}, body
    )


def _gzip_bomb(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
    return Reply(200, dict(headers), site._gzip_bomb())


def _track(site: FixtureSite, args: list[str], query: dict[str, str]) -> Reply:
    # Count only while the handler works, before the answer is written: the server's
    # in-flight window then lies inside the client's, so the maximum never over-counts.
    with site._tracking():
        time.sleep(min(float(query.get("sleep", "0.05")), 5.0))
    return _html_reply(200, "tracked")


_ROUTES = {
    "slow": _slow,
    "status": _status,
    "redirect": _redirect,
    "redirect-to": _redirect_to,
    "redirect-loop": _redirect_loop,
    "huge": _huge,
    "wrong-type": _wrong_type,
    "flaky": _flaky,
    "gzip": _gzip,
    "gzip-bomb": _gzip_bomb,
    "track": _track,
}


@contextmanager
def start_site(root: Path = FIXTURE_ROOT, host: str = "127.0.0.1") -> Iterator[FixtureSite]:
    """An independent server (its own port, log and counters), closed on exit."""
    site = FixtureSite(root, host)
    try:
        yield site
    finally:
        site.close()
