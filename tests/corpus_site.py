"""A local news site of N distinct articles (from the shipped demo corpus) and one feed.

For the scale-out tests: what the workers must end up storing is known exactly (every
article once), and the site can be made slow (``delay``) so that tasks are in flight when
a test kills a worker. ``/poison.html`` is an article page that carries ``POISON_MARK``
(``poison="crash"``) or ``DEATH_MARK`` (``poison="death"``): see
tests/workers/poisoned_worker.py.

    with serve_corpus(count=30, delay=0.2) as site:
        site.feed_url, site.article_urls
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources

POISON_MARK = "toancanh-test-poison-page"
DEATH_MARK = "toancanh-test-deadly-page"


def demo_articles(count: int) -> list[dict[str, str]]:
    """``count`` demo articles with distinct texts (no two are duplicates)."""
    path = resources.files("toancanh.data.demo") / "articles.jsonl.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    chosen, seen = [], set()
    for row in rows:
        key = row["text"][:300]
        if key in seen or len(row["text"]) < 400:
            continue
        seen.add(key)
        chosen.append(row)
        if len(chosen) == count:
            return chosen
    raise ValueError(f"the demo corpus has only {len(chosen)} distinct articles")


def article_page(row: dict[str, str], extra: str = "") -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in row["text"].split("\n") if p)
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{html.escape(row['title'])}</title>"
        f"<meta property='article:published_time' content='{row['published_at']}'>"
        f"</head><body><article><h1>{html.escape(row['title'])}</h1>{paragraphs}{extra}"
        "</article></body></html>"
    ).encode()


@dataclass
class CorpusSite:
    count: int
    delay: float = 0.0
    poison: str | None = None  # None, "crash" or "death"
    etag: bool = False  # the feed has an ETag and answers 304 to If-None-Match
    base: str = ""
    rows: list[dict[str, str]] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def feed_url(self) -> str:
        return f"{self.base}/feed.rss"

    @property
    def article_urls(self) -> list[str]:
        return [f"{self.base}/a/{i}.html" for i in range(self.count)]

    @property
    def poison_url(self) -> str:
        return f"{self.base}/poison.html"

    def feed(self) -> bytes:
        items = [(url, row) for url, row in zip(self.article_urls, self.rows, strict=True)]
        if self.poison:
            items.append((self.poison_url, self.rows[0]))
        entries = "".join(
            f"<item><title>{html.escape(row['title'])}</title><link>{url}</link>"
            f"<pubDate>{format_datetime(datetime.fromisoformat(row['published_at']))}"
            "</pubDate></item>"
            for url, row in items
        )
        return (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Tin thử</title><link>{self.base}/</link>{entries}</channel></rss>"
        ).encode()

    def page(self, path: str) -> tuple[int, str, bytes]:
        if path == "/feed.rss":
            return 200, "application/rss+xml", self.feed()
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nAllow: /\n"
        if path == "/poison.html" and self.poison:
            extra = f"<p>{POISON_MARK if self.poison == 'crash' else DEATH_MARK}</p>"
            return 200, "text/html; charset=utf-8", article_page(self.rows[1], extra)
        if path.startswith("/a/") and path.endswith(".html"):
            number = path[3:-5]
            if number.isdigit() and int(number) < self.count:
                return 200, "text/html; charset=utf-8", article_page(self.rows[int(number)])
        return 404, "text/plain", b"not found"


def _handler(site: CorpusSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with site._lock:
                site.requests[path] = site.requests.get(path, 0) + 1
            if path.startswith("/a/") and site.delay:
                time.sleep(site.delay)
            status, kind, body = site.page(path)
            tag = f'"{hashlib.sha1(body).hexdigest()}"' if site.etag and path == "/feed.rss" else ""
            if tag and self.headers.get("If-None-Match") == tag:
                status, body = 304, b""
            self.send_response(status)
            if tag:
                self.send_header("ETag", tag)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve_corpus(
    count: int, *, delay: float = 0.0, poison: str | None = None, etag: bool = False
) -> Iterator[CorpusSite]:
    site = CorpusSite(count, delay, poison, etag, rows=demo_articles(max(count, 2)))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
