"""The webhook channel: a signed JSON POST to an address the unit runs.

The body is ``toancanh.alerts.texts.payload`` (documented in docs/alerts-channels.md);
``X-Toancanh-Signature`` is an HMAC over the timestamp and the body (``sign``). Redirects
are not followed, and the address passes the ingest SSRF guard at each delivery.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from toancanh.alerts.channels.base import (
    ChannelConfigError,
    ChannelKind,
    DeliveryError,
    Document,
    Notification,
    NotifySettings,
    refuse_unknown_keys,
)
from toancanh.alerts.channels.http import json_bytes, post, retry_after, status_is_transient
from toancanh.alerts.texts import event_name, one_line, payload
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import ALLOW_HINT, check_url

MIN_SECRET_LENGTH = 16
MAX_FILE_BYTES = 10 * 1024 * 1024  # a report file in a webhook body (about 13.4 MB as base64)
REPORT_EVENT = "report.sent"
WEBHOOK_PRIVATE_HINT = 'set "allow_private": true in the channel if this address is intended'


def check_config(config: Mapping[str, Any]) -> dict[str, Any]:
    refuse_unknown_keys("webhook", config, ("url", "secret", "allow_private"))
    url = config.get("url")
    if not isinstance(url, str) or not url.strip():
        raise ChannelConfigError(
            'a webhook needs "url": the http(s) address that receives the POST', field="url"
        )
    try:  # only the syntax here: addresses are checked at each delivery (DNS changes)
        check_url(url, allow_private=True)
    except FetchError as exc:
        raise ChannelConfigError(
            'the webhook "url" is not usable: {detail}', field="url", detail=exc.detail or ""
        ) from None
    secret = config.get("secret")
    if not isinstance(secret, str) or len(secret) < MIN_SECRET_LENGTH:
        raise ChannelConfigError(
            'a webhook needs "secret": a string of at least {length} characters that the '
            "receiver uses to verify the signature",
            field="secret",
            length=MIN_SECRET_LENGTH,
        )
    allow_private = config.get("allow_private", False)
    if not isinstance(allow_private, bool):
        raise ChannelConfigError('"allow_private" must be true or false', field="allow_private")
    return {"url": url.strip(), "secret": secret, "allow_private": allow_private}


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The ``X-Toancanh-Signature`` of a webhook body: HMAC-SHA256 over "timestamp." + body.

    The timestamp is signed too so that a captured request cannot be replayed later.
    """
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def send(config: dict[str, Any], note: Notification, settings: NotifySettings) -> None:
    body = json_bytes(payload(note))
    _post_signed(config, body, event_name(note), f"{note.alert_id}.{note.version}", settings)


def send_document(config: dict[str, Any], document: Document, settings: NotifySettings) -> None:
    """A ``report.sent`` event: the report's metadata and the file, base64-encoded, in
    one signed JSON body (files over ``MAX_FILE_BYTES`` are refused, permanently)."""
    if len(document.content) > MAX_FILE_BYTES:
        raise DeliveryError(
            "too_large",
            f"{len(document.content)} bytes; a webhook carries files up to {MAX_FILE_BYTES}",
            permanent=True,
        )
    body = json_bytes(
        {
            "event": REPORT_EVENT,
            "report": {
                **document.meta,
                "title": document.title,
                "file_name": document.filename,
                "media_type": document.media_type,
                "size": len(document.content),
                "content_base64": base64.b64encode(document.content).decode("ascii"),
            },
        }
    )
    # A bigger body takes longer to upload: a few seconds per megabyte at worst.
    timeout = settings.timeout + len(body) / 250_000
    _post_signed(config, body, REPORT_EVENT, document.key, replace(settings, timeout=timeout))


def _post_signed(
    config: dict[str, Any], body: bytes, event: str, delivery: str, settings: NotifySettings
) -> None:
    url = config["url"]
    _guard_address(url, allow_private=config["allow_private"])
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": settings.user_agent,
        "X-Toancanh-Event": event,
        "X-Toancanh-Delivery": delivery,
        "X-Toancanh-Timestamp": timestamp,
        "X-Toancanh-Signature": sign(config["secret"], timestamp, body),
    }
    status, answer_headers, _ = post(url, body, headers, settings.timeout)
    if 200 <= status < 300:
        return
    wait = retry_after(answer_headers.get("retry-after"))
    if 300 <= status < 400:
        where = one_line(answer_headers.get("location", "?"), 300)
        raise DeliveryError(
            f"http_{status}",
            f"the webhook redirects to {where}; redirects are not followed, use the final URL",
            permanent=True,
        )
    raise DeliveryError(
        f"http_{status}",
        f"the webhook answered {status}",
        permanent=not status_is_transient(status),
        retry_after=wait,
    )


def _guard_address(url: str, *, allow_private: bool) -> None:
    """The ingest SSRF guard, its ``FetchError`` turned into a ``DeliveryError``."""
    try:
        check_url(url, allow_private=allow_private)
    except FetchError as exc:
        if exc.reason == "private_address":
            detail = exc.detail.replace(ALLOW_HINT, WEBHOOK_PRIVATE_HINT)
            raise DeliveryError("private_address", detail, permanent=True) from None
        if exc.reason == "bad_url":
            raise DeliveryError("bad_config", exc.detail, permanent=True) from None
        raise DeliveryError(exc.reason, exc.detail, permanent=exc.permanent) from None


KIND = ChannelKind("webhook", check_config, send, send_document)
