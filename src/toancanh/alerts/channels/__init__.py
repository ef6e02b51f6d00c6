"""Deliver one alert notification to one channel: a signed webhook, an e-mail, a Telegram chat.

One module per kind of channel, each registered in ``KINDS`` the same way (a
``ChannelKind``: how its config is checked, how it sends), so a new kind is one module and
one line here. ``send`` either returns (delivered) or raises ``DeliveryError`` with a
short reason and whether retrying can help; the caller (``toancanh.alerts.delivery``)
records the delivery and schedules retries. Nothing here retries, sleeps or keeps state
between calls.

Titles and story titles are scraped text and therefore hostile: they leave as JSON (the
webhook) or as plain text (e-mail, Telegram without ``parse_mode``), never as HTML. How
a notification reads lives in ``toancanh.alerts.texts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from toancanh.alerts.channels import email, telegram, webhook
from toancanh.alerts.channels.base import (
    ChannelConfigError,
    ChannelKind,
    DeliveryError,
    Document,
    Notification,
    NotifySettings,
)
from toancanh.domain.alerts import Channel
from toancanh.errors import check_choice

KINDS: dict[str, ChannelKind] = {
    kind.name: kind for kind in (webhook.KIND, email.KIND, telegram.KIND)
}
CHANNEL_KINDS = tuple(KINDS)


def check_channel_config(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """The validated, normalised config of a ``kind`` channel, or ``ChannelConfigError``
    saying what to fix. Secrets and tokens are never repeated in the message."""
    check_choice(
        kind, CHANNEL_KINDS, "unknown channel kind “{value}”; use one of: {choices}", field="kind"
    )
    if not isinstance(config, Mapping):
        raise ChannelConfigError(
            "a {kind} channel's config must be an object (a JSON dictionary)", kind=kind
        )
    return KINDS[kind].check(config)


def send(channel: Channel, note: Notification, settings: NotifySettings) -> None:
    """Deliver ``note`` to ``channel`` or raise ``DeliveryError``.

    Whether the channel is enabled is the caller's business (a "send a test" button may
    use a disabled one).
    """
    try:
        config = check_channel_config(channel.kind, channel.config)
    except ValueError as exc:
        raise DeliveryError("bad_config", str(exc), permanent=True) from None
    KINDS[channel.kind].send(config, note, settings)


def send_document(channel: Channel, document: Document, settings: NotifySettings) -> None:
    """Deliver a file (a scheduled report) to ``channel`` or raise ``DeliveryError``;
    the config is checked as for an alert."""
    try:
        config = check_channel_config(channel.kind, channel.config)
    except ValueError as exc:
        raise DeliveryError("bad_config", str(exc), permanent=True) from None
    sender = KINDS[channel.kind].send_document
    if sender is None:
        raise DeliveryError(
            "unsupported", f"a {channel.kind} channel sends no files", permanent=True
        )
    sender(config, document, settings)
