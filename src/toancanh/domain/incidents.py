"""Incidents: a communication crisis, its task force and its timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class IncidentMember:
    name: str
    unit: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class IncidentEvent:
    at: datetime
    kind: str
    text: str
    author: str
    article_id: int | None = None


@dataclass(frozen=True)
class Incident:
    id: int
    title: str
    alert_id: int | None
    watch_id: int | None
    severity: str
    status: str  # open, responding, monitoring, closed
    lead: str | None
    lead_unit: str | None
    unit: str | None
    opened_at: datetime
    closed_at: datetime | None
    summary: str | None
    closing_trend: dict[str, Any] | None
    created_by: str
    members: tuple[IncidentMember, ...] = ()
    events: tuple[IncidentEvent, ...] = ()
    article_ids: tuple[int, ...] = ()
