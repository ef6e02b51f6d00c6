"""Report schedules: which report goes to which channel, when; and each send of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SCHEDULE_KINDS = ("digest", "briefing")
CADENCES = ("daily", "weekly", "critical_alert")
SEND_STATUSES = ("pending", "sent", "failed", "skipped_empty")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Schedule:
    id: int
    kind: str  # digest, briefing
    unit: str | None  # the digest's unit
    watch_id: int | None  # the briefing's watchlist
    format: str  # docx, pdf, html
    cadence: str  # daily, weekly, critical_alert
    at: str  # "HH:MM", Vietnam time
    weekday: int | None  # weekly: 0 Monday ... 6 Sunday
    channel_id: int
    lang: str
    send_when_empty: bool
    enabled: bool
    created_by: str
    created_at: datetime
    updated_at: datetime
    last_sent_for: str | None  # the slot last claimed
    channel: str = ""  # the channel's name
    watch: str | None = None  # the watchlist's name


@dataclass(frozen=True)
class ScheduleSpec:
    """A new schedule as a front-end gives it (names, not ids)."""

    kind: str
    channel: str
    at: str = "07:30"
    cadence: str = "daily"
    unit: str | None = None
    watch: str | None = None
    weekday: str | int | None = None
    format: str = "docx"
    lang: str = "vi"
    send_when_empty: bool = False


@dataclass(frozen=True)
class Send:
    """One due slot of one schedule, and how its sending went."""

    id: int
    schedule_id: int
    due_for: str  # "2026-12-07" (the Vietnam day of the slot) or "alert:42"
    status: str  # pending, sent, failed, skipped_empty
    attempts: int
    next_attempt_at: datetime | None
    error: str | None
    file_name: str | None
    size: int | None
    created_at: datetime
    sent_at: datetime | None
