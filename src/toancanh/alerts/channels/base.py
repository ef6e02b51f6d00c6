"""What every channel shares: the notification it sends, the settings, how it fails.

A channel kind is a ``ChannelKind``: a function that validates and normalises the
channel's config (``ChannelConfigError`` saying what to fix), and one that sends a
notification with that config or raises ``DeliveryError``. ``toancanh.alerts.channels``
lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from toancanh.alerts.texts import LANGS, one_line
from toancanh.errors import Invalid


class ChannelConfigError(Invalid):
    """A channel's config that cannot be used; the message says what to fix (and never
    repeats a secret)."""


@dataclass(frozen=True)
class Notification:
    """One version of one alert, as every channel receives it."""

    alert_id: int
    version: int  # 1 for a new alert, higher for an update of the same alert
    kind: str  # volume_spike, negative_spike, forecast_breach, official_contradicted, ...
    severity: str  # low, medium, high, critical
    status: str  # active, acknowledged, resolved
    title: str
    watch: str | None  # the watchlist name
    first_at: datetime  # aware UTC
    last_at: datetime
    detail: dict[str, Any]  # baseline, observed, score, stories: [{story_id, title, size, url}]
    link: str | None = None  # a dashboard URL when one is configured


@dataclass(frozen=True)
class Document:
    """A file sent through a channel (a scheduled report), with what to say about it.

    ``key`` identifies the send (``report-3.2026-12-07``): the e-mail's Message-ID and
    the webhook's ``X-Toancanh-Delivery``, so that a receiver recognises a retry.
    ``html`` and ``text`` are the e-mail's bodies (``text`` is the Telegram caption);
    ``meta`` is what the webhook's JSON says about the report besides the file.
    """

    key: str
    title: str
    filename: str
    media_type: str
    content: bytes
    text: str
    html: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    images: dict[str, bytes] = field(default_factory=dict)  # PNGs the html shows as cid:<key>


class DeliveryError(Exception):
    """A delivery that failed; ``permanent`` when retrying cannot help.

    ``reason`` is short and machine-like (``timeout``, ``http_500``, ``bad_config`` ...);
    ``retry_after`` carries a server's requested wait in seconds when it gave one.
    """

    def __init__(
        self,
        reason: str,
        detail: str = "",
        *,
        permanent: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.permanent = permanent
        self.retry_after = retry_after


@dataclass(frozen=True)
class NotifySettings:
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    smtp_from: str = "toancanh@localhost"
    telegram_api_base: str = "https://api.telegram.org"
    telegram_token: str | None = None
    timeout: float = 10.0
    user_agent: str = "ToanCanh/0.1 (+https://github.com/toancanh)"


@dataclass(frozen=True)
class ChannelKind:
    """One kind of channel, registered in ``toancanh.alerts.channels.KINDS``."""

    name: str
    check: Callable[[Mapping[str, Any]], dict[str, Any]]  # the config, validated
    send: Callable[[dict[str, Any], Notification, NotifySettings], None]  # checked config
    # Sends a file (a scheduled report) with the checked config.
    send_document: Callable[[dict[str, Any], Document, NotifySettings], None] | None = None


def check_lang(config: Mapping[str, Any]) -> str:
    lang = config.get("lang", "vi")
    if lang not in LANGS:
        raise ChannelConfigError('"lang" must be one of: {langs}', langs=", ".join(LANGS))
    return str(lang)


def refuse_unknown_keys(kind: str, config: Mapping[str, Any], known: tuple[str, ...]) -> None:
    # A misspelt key ("secert") would otherwise be ignored silently.
    unknown = sorted(str(key) for key in config if key not in known)
    if unknown:
        raise ChannelConfigError(
            "unknown {kind} setting(s) {unknown}; the known ones are {known}",
            kind=kind,
            unknown=", ".join(unknown),
            known=", ".join(known),
        )


def safe_filename(name: str) -> str:
    """A file name fit for a header or a form part: one line, no quotes, no folders."""
    clean = one_line(name, 150).replace('"', "'").replace("/", "-").replace("\\", "-")
    return clean or "report"
