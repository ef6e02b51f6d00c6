"""What the incident report is made of: plain records gathered by
``services.report_incident`` (or built by hand in tests), composed by
``reports.incident``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # opened, status, assign, note, action, article, task_force, closed
    text: str
    author: str


@dataclass(frozen=True)
class DayVolume:
    day: date
    total: int
    negative: int = 0


@dataclass(frozen=True)
class Tone:
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    unknown: int = 0

    @property
    def negative_share(self) -> float | None:
        rated = self.positive + self.neutral + self.negative
        return self.negative / rated if rated else None


@dataclass(frozen=True)
class OutletCount:
    outlet: str
    articles: int
    negative: int = 0


@dataclass(frozen=True)
class StoryRow:
    title: str
    articles: int
    outlets: int
    negative: int = 0
    first: datetime | None = None
    link: str | None = None


@dataclass(frozen=True)
class TrendPeriod:
    """One period of the trend recorded at closing (``before``, ``during``, ``after``)."""

    period: str
    articles: int
    per_day: float | None
    negative_share: float | None


@dataclass(frozen=True)
class Coverage:
    """The press over the incident's period: its watchlist's, or its linked articles'."""

    basis: Literal["watch", "linked", "none"]
    since: date
    until: date
    watch: str | None = None
    days: tuple[DayVolume, ...] = ()
    tone: Tone = Tone()
    outlets: tuple[OutletCount, ...] = ()
    stories: tuple[StoryRow, ...] = ()
    trend: tuple[TrendPeriod, ...] = ()

    @property
    def total(self) -> int:
        return sum(d.total for d in self.days)


@dataclass(frozen=True)
class StatementRow:
    id: int
    title: str
    issuer: str
    issued_at: datetime
    articles: int
    outlets: int
    time_to_first: timedelta | None
    differing: int = 0
    link: str | None = None


@dataclass(frozen=True)
class MemberRow:
    name: str
    unit: str | None
    role: str | None
    official_role: str | None = None


@dataclass(frozen=True)
class NoticeRow:
    member: str
    channel: str
    status: str  # sent, failed
    at: datetime
    error: str | None = None


@dataclass(frozen=True)
class ReviewText:
    what_happened: str
    to_change: str
    saved: bool
    updated_by: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class IncidentData:
    id: int
    title: str
    status: str
    severity: str
    unit: str | None
    lead: str | None
    lead_unit: str | None
    opened_at: datetime
    closed_at: datetime | None
    alert_id: int | None = None
    watch: str | None = None
    summary: str | None = None  # written when closing
    timeline: tuple[TimelineEntry, ...] = ()
    coverage: Coverage | None = None
    statements: tuple[StatementRow, ...] = ()
    members: tuple[MemberRow, ...] = ()
    notices: tuple[NoticeRow, ...] = ()
    review: ReviewText | None = None  # None: not closed
