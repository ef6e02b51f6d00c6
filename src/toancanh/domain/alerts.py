"""Alerts and their channels: rules, the alerts they raise, deliveries to channels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Channel:
    id: int
    name: str
    kind: str  # webhook, email, telegram
    config: dict[str, Any]
    enabled: bool
    created_at: datetime


@dataclass(frozen=True)
class AlertRule:
    id: int
    watch_id: int
    kind: str  # alerts.rules.RULE_KINDS
    severity: str  # low, medium, high, critical
    params: dict[str, Any]
    cooldown_minutes: int
    channels: tuple[str, ...]
    enabled: bool
    created_at: datetime


@dataclass(frozen=True)
class Alert:
    id: int
    rule_id: int | None
    watch_id: int | None
    kind: str
    dedup_key: str
    severity: str
    status: str  # active, acknowledged, resolved
    title: str
    detail: dict[str, Any]
    first_at: datetime
    last_at: datetime
    updates: int
    version: int


@dataclass(frozen=True)
class Delivery:
    id: int
    alert_id: int
    channel_id: int
    channel: str
    alert_version: int
    status: str  # pending, sent, failed
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
