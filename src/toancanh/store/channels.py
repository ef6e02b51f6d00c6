"""Notification channels: where alerts are sent (e-mail, webhook, chat...)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from toancanh.domain.alerts import Channel
from toancanh.store.database import Database
from toancanh.store.sql import alerts as alert_sql

SECRET_KEYS = ("secret", "token", "password")


@dataclass
class ChannelRepository:
    db: Database

    def add(self, name: str, kind: str, config: dict[str, Any], actor: str) -> Channel:
        with self.db.change(actor, "create", "channel") as change:
            alert_sql.add_channel(change.conn, name, kind, config, change.now)
            channel = alert_sql.get_channel(change.conn, name)
            assert channel is not None
            change.entity_id, change.after = channel.id, _redacted(channel)
        return channel

    def get(self, name: str) -> Channel | None:
        with self.db.read() as conn:
            return alert_sql.get_channel(conn, name)

    def remove(self, name: str, actor: str) -> bool:
        with self.db.change(actor, "delete", "channel") as change:
            channel = alert_sql.get_channel(change.conn, name)
            if channel is None:
                change.skip()
                return False
            change.entity_id, change.before = channel.id, _redacted(channel)
            alert_sql.remove_channel(change.conn, channel.id)
        return True

    def list(self) -> list[Channel]:
        with self.db.read() as conn:
            return alert_sql.list_channels(conn)


def _redacted(channel: Channel) -> dict[str, Any]:
    """A channel for the audit log, without its secrets."""
    data = asdict(channel)
    data["config"] = {
        key: ("***" if key in SECRET_KEYS else value) for key, value in channel.config.items()
    }
    return data
