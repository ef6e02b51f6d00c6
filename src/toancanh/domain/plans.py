"""Communication plans (Directive 07/CT-TTg): a unit's plan for a year, from the drafting
of a policy to its implementation, with its activities, budget and KPIs measured from the
monitored press."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

STAGES = ("drafting", "consultation", "adoption", "implementation", "review")
ACTIVITY_KINDS = (
    "press_conference",
    "briefing",
    "statement",
    "article_series",
    "social_media",
    "event",
    "commissioned_content",
)
ACTIVITY_STATUSES = ("planned", "in_progress", "done", "cancelled")
# Measured from a watchlist's matches over the KPI's period, except ``manual`` (typed in
# with its source) and ``deliveries`` (the commissioned items accepted: press
# commissioning fills it).
METRICS = (
    "volume",
    "official_share",
    "net_sentiment",
    "negative_share",
    "statement_pickup",
    "alert_response_hours",
    "deliveries",
    "manual",
)
# What a missing record of each kind answers (one message per kind, for translation).
MISSING = {
    "plan": "no plan #{row_id}",
    "policy": "no policy #{row_id}",
    "activity": "no activity #{row_id}",
    "budget": "no budget line #{row_id}",
    "kpi": "no KPI #{row_id}",
}
WATCH_METRICS = (
    "volume",
    "official_share",
    "net_sentiment",
    "negative_share",
    "statement_pickup",
    "alert_response_hours",
)
# Less is better for these: a target is met at or below it.
LOWER_IS_BETTER = ("negative_share", "alert_response_hours")


@dataclass(frozen=True)
class Plan:
    id: int
    unit_id: int
    unit: str  # the directory unit's name
    year: int
    title: str
    objectives: str
    created_by: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Stage:
    stage: str
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class Policy:
    id: int
    plan_id: int
    name: str
    watch_id: int | None
    watch: str | None  # the watchlist's name
    stages: tuple[Stage, ...] = ()
    legal_refs: tuple[str, ...] = ()  # the watchlist's legal documents


@dataclass(frozen=True)
class Activity:
    id: int
    plan_id: int
    policy_id: int | None
    policy: str | None
    kind: str
    title: str
    on_date: date | None
    channel: str | None
    person_id: int | None
    person: str | None  # the directory person's name
    status: str


@dataclass(frozen=True)
class BudgetLine:
    id: int
    plan_id: int
    activity_id: int | None
    item: str
    planned: int  # whole đồng
    committed: int
    spent: int
    source: str | None


@dataclass(frozen=True)
class Kpi:
    id: int
    plan_id: int
    name: str
    metric: str
    watch_id: int | None
    watch: str | None
    target: float
    since: date
    until: date
    value: float | None  # manual KPIs: the value typed in
    source: str | None


@dataclass(frozen=True)
class DayCounts:
    """A watchlist's matches on one Vietnam day: all, official, positive, negative."""

    day: date
    total: int
    official: int
    positive: int
    negative: int


@dataclass(frozen=True)
class Measure:
    """A KPI's value and its trend by week (Monday → value); ``note`` says why there is
    no value."""

    value: float | None
    trend: list[tuple[date, float | None]] = field(default_factory=list)
    note: str | None = None
