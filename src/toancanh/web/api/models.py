"""Pydantic models of the API's answers: they document the JSON in the OpenAPI document
and keep it to the shapes of the CLI's ``--json`` (``toancanh.shapes``), which build the
dictionaries the routes return.

Every list answers with the same envelope, ``Page``: ``items``, the ``limit`` and
``offset`` asked for, and ``next_offset`` (the offset of the next page; null on the last).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
Time = str | None  # ISO 8601 with the Vietnam offset: 2026-11-20T08:30:00+07:00


class Page(BaseModel, Generic[T]):
    """One page of a list: ask for the next with ``offset=next_offset``."""

    items: list[T]
    limit: int = Field(description="The most items a page holds (as asked, 1-200).")
    offset: int = Field(description="Items skipped before this page.")
    next_offset: int | None = Field(
        description="The offset of the next page; null when this is the last one."
    )


class Error(BaseModel):
    """A refusal, as a problem JSON (RFC 9457)."""

    type: str = Field(default="about:blank", description="Always about:blank.")
    title: str | None = Field(default=None, description="The HTTP status's phrase.")
    status: int | None = Field(default=None, description="The HTTP status.")
    detail: str = Field(description="What went wrong and what to change.")
    field: str | None = Field(default=None, description="The input at fault, if one is.")


class SyntaxErrorAnswer(Error):
    """A 400 answer; for a query that cannot be parsed, also the mistake and its place."""

    message: str | None = Field(default=None, description="The mistake in the query.")
    position: int | None = Field(
        default=None, description="Where it is (0-based character offset in the query)."
    )


class ArticleSummary(BaseModel):
    id: int
    url: str
    title: str
    outlet: str | None
    published_at: Time
    story_id: int


class ArticleDetail(ArticleSummary):
    text: str
    author: str | None
    urls: list[str]
    canonical_url: str | None
    fetched_at: Time
    source_id: int | None
    analysis: dict[str, Any] | None = Field(
        description="Topics, sentiment, entities, legal references, stage; analysts' "
        "corrections under `corrected`. Null if not analysed yet."
    )


class Label(BaseModel):
    article_id: int
    task: str = Field(description="sentiment or topic")
    value: str
    previous: str | None = Field(description="The label it replaces.")
    author: str


class Hit(BaseModel):
    id: int
    url: str
    title: str
    score: float
    snippet: str
    highlights: list[list[int]] = Field(description="[start, end) of each match in the snippet.")
    outlet: str | None
    published_at: Time
    sentiment: str | None = Field(
        description="The article's tone: positive, neutral or negative (null before analysis)."
    )
    topic: str | None = Field(description="The article's topic label (null before analysis).")


class Story(BaseModel):
    story_id: int
    size: int
    title: str
    article_ids: list[int]
    outlets: list[str]
    first_published: Time
    last_published: Time


class Rule(BaseModel):
    id: int
    watch_id: int
    kind: str
    severity: str
    params: dict[str, Any]
    cooldown_minutes: int
    channels: list[str]
    enabled: bool
    created_at: Time


class Watch(BaseModel):
    id: int
    name: str
    query: str | None
    legal_refs: list[str]
    agencies: list[str]
    description: str | None
    unit: str | None
    shared: bool
    matches: int = Field(description="Articles matched so far.")
    created_at: Time
    updated_at: Time


class WatchDetail(Watch):
    rules: list[Rule]


class Alert(BaseModel):
    id: int
    rule_id: int | None
    watch_id: int | None
    kind: str
    severity: str
    status: str = Field(description="active, acknowledged or resolved")
    title: str
    detail: dict[str, Any] = Field(description="Baseline, observed value, score, stories ...")
    first_at: Time
    last_at: Time
    updates: int
    version: int


class Delivery(BaseModel):
    id: int
    alert_id: int
    channel: str
    alert_version: int
    status: str
    attempts: int
    next_attempt_at: Time
    last_error: str | None
    created_at: Time
    sent_at: Time


class AlertDetail(Alert):
    deliveries: list[Delivery]


class Member(BaseModel):
    name: str
    unit: str | None = None
    role: str | None = None


class Event(BaseModel):
    at: Time
    kind: str
    text: str
    author: str
    article_id: int | None


class Incident(BaseModel):
    id: int
    title: str
    alert_id: int | None
    watch_id: int | None
    severity: str
    status: str = Field(description="open, responding, monitoring or closed")
    lead: str | None
    lead_unit: str | None
    unit: str | None
    opened_at: Time
    closed_at: Time
    summary: str | None
    closing_trend: dict[str, Any] | None
    created_by: str
    members: list[Member]
    events: list[Event]
    article_ids: list[int]


class Source(BaseModel):
    id: int
    url: str
    kind: str
    name: str | None
    outlet: str | None
    official: bool
    allow_private: bool
    interval_seconds: int | None
    last_checked: Time
    last_success: Time
    last_error: str | None
    last_error_at: Time
    error_streak: int


class AuditEntry(BaseModel):
    id: int
    at: Time
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


# -- trends, spikes, forecasts, emerging stories: the top level spelled out, the rows of
# figures as objects (their keys are those of the CLI's --json, docs/api.md).


class Subject(BaseModel):
    kind: str = Field(description="watch, topic, agency, place, outlet or legal_ref")
    value: str = Field(description="A watchlist's id (as text), or the name followed.")
    label: str = Field(description="What to show: the watchlist's name, the value.")


class TrendReport(BaseModel):
    subject: Subject
    by: str = Field(description="day or hour")
    since: str
    until: str
    totals: dict[str, Any] = Field(
        description="total, positive, neutral, negative ...; for a watchlist, carried: its "
        "articles that carry a published statement (official information carried)"
    )
    share_of_voice: dict[str, float | None] = Field(description="Official and other sources.")
    points: list[dict[str, Any]] = Field(description="One per day or hour, as `totals`.")
    top_since: Time
    top_outlets: list[dict[str, Any]]
    top_stories: list[dict[str, Any]]
    rising_terms: list[dict[str, Any]]
    notes: list[str]


class Spike(BaseModel):
    subject: Subject
    metric: str = Field(description="volume or negative_share")
    day: str
    baseline: float
    observed: float
    score: float
    count: int
    stories: list[dict[str, Any]]


class ForecastSeries(BaseModel):
    metric: str = Field(description="volume or negative_share")
    method: str = Field(description="AutoETS, SeasonalNaive, HistoricAverage or none")
    note: str | None = Field(description="Why the forecast is weaker than usual.")
    note_vi: str | None
    history_days: int
    points: list[dict[str, Any]] = Field(description="date, mean, lo80, hi80, lo95, hi95")


class ForecastWarning(BaseModel):
    date: str
    hi95: float
    mean: float


class Outlook(BaseModel):
    subject: Subject
    volume: ForecastSeries
    negative_share: ForecastSeries
    threshold: float | None
    warning: ForecastWarning | None = Field(description="The first day the 95% bound reaches it.")


class Emerging(BaseModel):
    since: str
    stories: list[dict[str, Any]]
    terms: list[dict[str, Any]]


class Me(BaseModel):
    id: int
    email: str
    role: str = Field(description="viewer, analyst or admin")
    unit: str | None
