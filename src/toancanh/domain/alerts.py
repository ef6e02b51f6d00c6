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


@dataclass(frozen=True)
class ClaimRepeat:
    """A claim in a watched article that repeats one already given a verdict (the
    ``claim_repeat`` rule): the original's text, verdict and cited statement, and where
    the repeat appeared."""

    original_id: int
    original_text: str
    verdict: str  # domain.claims.VERDICTS
    statement_id: int | None
    statement_title: str | None
    claim_id: int  # the repeat
    article_id: int
    article_title: str
    url: str
    outlet: str | None
    published_at: datetime | None
    found_at: datetime
