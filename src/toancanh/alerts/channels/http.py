"""The HTTP POST that webhooks and the Telegram API share.

It goes straight through an ``httpx.HTTPTransport`` rather than an ``httpx.Client``: the
client logs every request URL at INFO level, and a Telegram URL carries the bot token
(webhook URLs often carry a secret too). No proxy from the environment is used, so the
SSRF guard's verdict on a webhook host is the address actually connected to.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from toancanh.alerts.channels.base import DeliveryError

MAX_ANSWER_BYTES = 64 * 1024  # of a webhook or Telegram answer: only a status or short JSON


def status_is_transient(status: int) -> bool:
    return status in (408, 429) or status >= 500


def retry_after(value: str | None) -> float | None:
    try:
        seconds = float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: rare enough to let the caller's backoff decide
    return seconds if seconds is not None and 0 <= seconds < 86_400 else None


def json_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")


def post(
    url: str, body: bytes, headers: dict[str, str], timeout: float
) -> tuple[int, httpx.Headers, bytes]:
    """POST without following redirects or logging the URL; (status, headers, answer).

    Only the first ``MAX_ANSWER_BYTES`` of the answer are read. Errors carry no URL.
    """
    request = httpx.Request(
        "POST",
        url,
        content=body,
        headers=headers,
        extensions={"timeout": httpx.Timeout(timeout).as_dict()},
    )
    try:
        # Loading the CA bundle takes ~0.1 s; a plain http URL never uses TLS at all.
        verify = url.lower().startswith("https:")
        with httpx.HTTPTransport(retries=0, verify=verify) as transport:
            response = transport.handle_request(request)
            try:
                answer = read_at_most(response, MAX_ANSWER_BYTES)
            finally:
                response.close()
    except httpx.TimeoutException as exc:
        detail = f"no answer within {timeout:g} s ({type(exc).__name__})"
        raise DeliveryError("timeout", detail) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise DeliveryError("bad_config", type(exc).__name__, permanent=True) from None
    except httpx.TransportError as exc:
        raise DeliveryError("connect_error", type(exc).__name__) from None
    return response.status_code, response.headers, answer


def read_at_most(response: httpx.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.stream:  # type: ignore[union-attr]  # a sync transport's stream
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]
