"""Alert channels: where the alerts go (a signed webhook, e-mail, a Telegram chat).

Channels are the admins': they hold secrets and page people. Any signed-in user may read
their names, which the alert rules refer to. A channel in use by a rule is not removed,
else that rule's alerts would silently go nowhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.alerts.channels import check_channel_config, send
from toancanh.alerts.channels.base import DeliveryError
from toancanh.alerts.delivery import notification, notify_settings
from toancanh.config import Settings
from toancanh.domain.alerts import Alert, Channel
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import ALLOW_HINT, check_url
from toancanh.services.report_schedules import refuse_channel_removal
from toancanh.store import Store

MAX_NAME = 100
TEST_TITLE = "Thử kênh cảnh báo Toàn Cảnh / Toàn Cảnh alert channel test"


@dataclass(frozen=True)
class AddedChannel:
    channel: Channel
    warning: str | None = None  # the address could not be checked now (offline, DNS down)


def channel_names(store: Store, actor: Actor) -> list[str]:
    """The channels' names, for choosing where a rule's alerts go."""
    access.require_role(actor, "viewer")
    return [c.name for c in store.channels.list()]


def list_channels(store: Store, actor: Actor) -> list[Channel]:
    """The channels with their config (secrets included: shapes redact them)."""
    access.require_role(actor, "admin")
    return store.channels.list()


def rules_by_channel(store: Store, actor: Actor) -> dict[str, list[int]]:
    """The ids of the rules that send to each channel."""
    access.require_role(actor, "admin")
    used: dict[str, list[int]] = {}
    for rule in store.rules.list():
        for name in rule.channels:
            used.setdefault(name, []).append(rule.id)
    return used


def add_channel(
    store: Store, actor: Actor, name: str, kind: str, config: Mapping[str, Any]
) -> AddedChannel:
    """A new channel; the config is checked as every delivery will check it, and a
    webhook's address passes the SSRF guard now (a private one needs ``allow_private``)."""
    access.require_role(actor, "admin")
    clean = name.strip()
    if not clean or len(clean) > MAX_NAME:
        raise Invalid(
            "give the channel a name of up to {limit} characters", field="name", limit=MAX_NAME
        )
    checked = check_channel_config(kind, {k: v for k, v in config.items() if v is not None})
    warning = None
    if kind == "webhook":
        warning = _check_address(checked["url"], checked["allow_private"])
    if store.channels.get(clean) is not None:
        raise Conflict("a channel called “{name}” exists already", field="name", name=clean)
    return AddedChannel(store.channels.add(clean, kind, checked, actor.name), warning)


def _check_address(url: str, allow_private: bool) -> str | None:
    """Refuse now what every delivery would refuse; a host that does not resolve now
    gives a warning instead (each delivery checks again)."""
    try:
        check_url(url, allow_private=allow_private)
    except FetchError as error:
        detail = (error.detail or error.reason).replace(f"; {ALLOW_HINT}", "")
        if error.reason == "connect_error":
            return detail
        raise Invalid(
            "the webhook address is refused: {detail}; if this intranet address is "
            "intended, allow a private address (--allow-private)",
            field="url",
            detail=detail,
        ) from error
    return None


def _channel(store: Store, name: str) -> Channel:
    found = store.channels.get(name)
    if found is None:
        raise NotFound("no channel “{name}”", name=name)
    return found


def remove_channel(store: Store, actor: Actor, name: str) -> Channel:
    """Remove a channel no rule sends to."""
    access.require_role(actor, "admin")
    channel = _channel(store, name)
    users = [r.id for r in store.rules.list() if channel.name in r.channels]
    if users:
        raise Conflict(
            "channel “{name}” is used by rules {rules}: remove them first (`toancanh alerts "
            "rule remove ID`), or their alerts would go nowhere",
            name=channel.name,
            rules=", ".join(f"#{i}" for i in users),
        )
    refuse_channel_removal(store, channel.id, channel.name)
    store.channels.remove(channel.name, actor.name)
    return channel


def send_test(store: Store, actor: Actor, name: str, settings: Settings) -> DeliveryError | None:
    """Send a test notification through a channel now (enabled or not); the failure, or
    None when it was delivered."""
    access.require_role(actor, "admin")
    channel = _channel(store, name)
    now = datetime.now(UTC)
    probe = Alert(
        id=0,
        rule_id=None,
        watch_id=None,
        kind="test",
        dedup_key="test",
        severity="low",
        status="active",
        title=TEST_TITLE,
        detail={},
        first_at=now,
        last_at=now,
        updates=0,
        version=1,
    )
    try:
        send(channel, notification(probe, None, settings.public_url), notify_settings(settings))
    except DeliveryError as error:
        return error
    return None
