"""A local HTTP server that records each POST and answers what the test asks.

Stands in for webhook receivers and the Telegram Bot API; ``hooks`` is a fresh view of
one server per test module.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Received:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class PostServer:
    """Records each POST and answers with ``self.answer`` (set by the test)."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.answer = Answer()
        self._server = _QuietServer(("127.0.0.1", 0), _PostHandler)
        self._server.owner = self  # type: ignore[attr-defined]
        self.port = int(self._server.server_address[1])
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def reply(self, status: int, body: Any = None, **kwargs: Any) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body or {}).encode()
        self.answer = Answer(status, raw, **kwargs)

    def reset(self) -> None:
        self.received.clear()
        self.answer = Answer()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (the timeout test) is expected


class _PostHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        owner: PostServer = self.server.owner  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        headers = {name.lower(): value for name, value in self.headers.items()}
        owner.received.append(Received(self.path, headers, body))
        answer = owner.answer
        time.sleep(answer.delay)
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)


@pytest.fixture(scope="module")
def _post_server() -> Iterator[PostServer]:
    server = PostServer()
    yield server
    server.close()


@pytest.fixture
def hooks(_post_server: PostServer) -> PostServer:
    _post_server.reset()
    return _post_server
