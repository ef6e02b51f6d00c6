"""Sending queued alert deliveries, with retries and backoff; nothing is dropped silently.

Each (alert version, channel) is one delivery row. A transient failure (timeout, 5xx,
429) is retried after 30 s, 1, 2, 4 ... minutes, up to ``MAX_ATTEMPTS``; a permanent one
(a bad address, a 4xx) and the last attempt end as ``failed``, listed by
``toancanh alerts --failed`` with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta

from toancanh.alerts.channels import send
from toancanh.alerts.channels.base import DeliveryError, Notification, NotifySettings
from toancanh.config import Settings
from toancanh.domain.alerts import Alert, Channel, Delivery
from toancanh.domain.watches import Watch
from toancanh.store import Store

MAX_ATTEMPTS = 8
FIRST_RETRY_SECONDS = 30.0
MAX_RETRY_SECONDS = 3600.0


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def notify_settings(settings: Settings) -> NotifySettings:
    """What the channels need: the SMTP and Telegram settings as they are, and the timeout."""
    copied = {
        f.name: getattr(settings, f.name)
        for f in fields(NotifySettings)
        if f.name.startswith(("smtp_", "telegram_"))
    }
    return NotifySettings(**copied, timeout=settings.notify_timeout)


def retry_delay(attempts: int) -> timedelta:
    """Wait before the next try, after ``attempts`` failed ones (1, 2, ...)."""
    return timedelta(seconds=min(FIRST_RETRY_SECONDS * 2 ** (attempts - 1), MAX_RETRY_SECONDS))


def notification(alert: Alert, watch: Watch | None, public_url: str | None) -> Notification:
    detail = {k: v for k, v in alert.detail.items() if not k.startswith("_")}
    link = f"{public_url.rstrip('/')}/alerts/{alert.id}" if public_url else None
    same = ("version", "kind", "severity", "status", "title", "first_at", "last_at")
    return Notification(
        alert_id=alert.id,
        watch=watch.name if watch else None,
        detail=detail,
        link=link,
        **{name: getattr(alert, name) for name in same},
    )


def deliver_due(store: Store, settings: Settings, *, now: datetime | None = None) -> DeliveryReport:
    """Try every delivery that is due; record each attempt."""
    now = now or datetime.now(UTC)
    due = store.alerts.due_deliveries(now)
    if not due:
        return DeliveryReport()
    channels = {c.id: c for c in store.channels.list()}
    config = notify_settings(settings)
    sent = retrying = failed = 0
    for delivery in due:
        outcome = _attempt(store, delivery, channels, config, settings.public_url, now)
        sent += outcome == "sent"
        retrying += outcome == "pending"
        failed += outcome == "failed"
    return DeliveryReport(sent, retrying, failed)


def _attempt(
    store: Store,
    delivery: Delivery,
    channels: dict[int, Channel],
    config: NotifySettings,
    public_url: str | None,
    now: datetime,
) -> str:
    channel = channels.get(delivery.channel_id)
    alert = store.alerts.get(delivery.alert_id)
    try:
        if channel is None or alert is None:
            raise DeliveryError("gone", "the channel or the alert was removed", permanent=True)
        if not channel.enabled:
            raise DeliveryError("channel_disabled", channel.name, permanent=True)
        watch = store.watches.get(alert.watch_id) if alert.watch_id else None
        send(channel, notification(alert, watch, public_url), config)
    except DeliveryError as error:
        attempts = delivery.attempts + 1
        final = error.permanent or attempts >= MAX_ATTEMPTS
        status = "failed" if final else "pending"
        reason = f"{error.reason}: {error.detail}" if error.detail else error.reason
        store.alerts.record_delivery_attempt(
            delivery.id,
            status=status,
            error=reason[:500],
            next_attempt_at=None if final else now + retry_delay(attempts),
        )
        return status
    store.alerts.record_delivery_attempt(
        delivery.id, status="sent", error=None, next_attempt_at=None
    )
    return "sent"


def pending_count(deliveries: Sequence[Delivery]) -> int:
    return sum(1 for d in deliveries if d.status == "pending")
