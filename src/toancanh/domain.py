"""The core records that flow between the stages.

Each stage reads the records it needs and returns its own: fetch gives a ``FetchedPage``,
extract an ``Extracted``, normalize an ``ArticleDraft``, dedupe a ``Fingerprint``, and the
store hands back ``Article``, ``Story``, ``Source`` and ``Failure`` records to readers.
All datetimes are timezone-aware; the store keeps them in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

SourceKind = Literal["feed", "sitemap", "page"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("feed", "sitemap", "page")


class Stage(StrEnum):
    """Where an item failed; shown by ``toancanh failures``."""

    FETCH = "fetch"
    PARSE = "parse"  # a feed or sitemap could not be read
    EXTRACT = "extract"
    NORMALIZE = "normalize"
    STORE = "store"
    IMPORT = "import"
    ANALYZE = "analyze"  # the article is stored; `toancanh reanalyze --missing` retries


class StageError(Exception):
    """A failure of one item in one stage, with a short machine reason and a human detail.

    ``permanent`` failures (a 404, a page without article text) are not worth retrying;
    transient ones (a timeout, a 503) are.
    """

    stage: Stage = Stage.STORE

    def __init__(
        self,
        reason: str,
        detail: str = "",
        *,
        permanent: bool = True,
        stage: Stage | None = None,
    ) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.permanent = permanent
        if stage is not None:
            self.stage = stage


@dataclass(frozen=True)
class NewSource:
    """A source as the user adds it."""

    url: str
    kind: SourceKind = "feed"
    name: str | None = None
    outlet: str | None = None
    official: bool = False
    allow_private: bool = False
    interval_seconds: int | None = None


@dataclass(frozen=True)
class Source:
    id: int
    url: str
    kind: SourceKind
    name: str | None
    outlet: str | None
    official: bool
    allow_private: bool
    interval_seconds: int | None
    created_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    last_checked: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    error_streak: int = 0
    last_enqueued_at: datetime | None = None  # scale-out: when a scheduler last queued it


@dataclass(frozen=True)
class Outlet:
    """A publisher: the unit reports count by (not a private person)."""

    name: str
    domain: str | None = None
    official: bool = False


@dataclass(frozen=True)
class FetchedPage:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None  # declared in the Content-Type header
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # a 304 answer to a conditional GET


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed or sitemap: a page worth following."""

    url: str
    title: str | None = None
    published_at: datetime | None = None
    author: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    author: str | None = None
    published_at: datetime | None = None
    canonical_url: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ArticleDraft:
    """An article ready to store: display text in NFC, before deduplication."""

    url: str
    title: str
    text: str
    canonical_url: str | None = None
    author: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None
    fetched_at: datetime | None = None
    source_id: int | None = None
    origin: Literal["fetch", "import"] = "fetch"


@dataclass(frozen=True)
class Fingerprint:
    """What deduplication needs: an exact-content hash and a MinHash signature."""

    content_hash: str
    signature: bytes  # MinHash hash values, uint32 little-endian
    band_keys: tuple[int, ...]  # one LSH bucket key per band


@dataclass(frozen=True)
class Article:
    id: int
    url: str
    canonical_url: str | None
    title: str
    text: str
    author: str | None
    outlet: str | None
    published_at: datetime | None
    fetched_at: datetime | None
    source_id: int | None
    story_id: int
    urls: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    url: str
    title: str
    outlet: str | None
    published_at: datetime | None
    story_id: int


@dataclass(frozen=True)
class ArticleFilters:
    """What ``articles list`` and ``search`` narrow down by. Names are canonical (the CLI
    resolves what the user typed); an agency or place matches its name or its successor."""

    since: datetime | None = None
    until: datetime | None = None
    outlets: tuple[str, ...] | None = None
    topic: str | None = None
    sentiment: str | None = None
    agencies: tuple[str, ...] | None = None
    places: tuple[str, ...] | None = None
    legal_refs: tuple[str, ...] | None = None

    def facets(self) -> list[tuple[str, tuple[str, ...]]]:
        """(kind, accepted values) for each facet filter that is set."""
        wanted = {
            "topic": (self.topic,) if self.topic else None,
            "agency": self.agencies,
            "place": self.places,
            "legal_ref": self.legal_refs,
        }
        return [(kind, values) for kind, values in wanted.items() if values is not None]


@dataclass(frozen=True)
class SearchHit:
    id: int
    url: str
    title: str
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()  # character spans of matches in snippet
    outlet: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True)
class Story:
    story_id: int
    size: int
    title: str
    article_ids: tuple[int, ...]
    outlets: tuple[str, ...] = ()
    first_published: datetime | None = None
    last_published: datetime | None = None


@dataclass(frozen=True)
class Failure:
    stage: str
    reason: str
    at: datetime
    url: str | None = None
    source_id: int | None = None
    line: int | None = None  # import line number
    file: str | None = None  # import file
    detail: str | None = None
    permanent: bool = False  # not worth retrying soon (a 404, a page without article text)


StoreOutcome = Literal["new", "duplicate", "unchanged"]


@dataclass(frozen=True)
class StoreResult:
    """What storing one draft did: a new article, a new URL of a known one, or nothing."""

    outcome: StoreOutcome
    article_id: int
    story_id: int


@dataclass
class RunSummary:
    """Counts for the end-of-run report of ingest and import."""

    new: int = 0
    duplicates: int = 0
    unchanged: int = 0
    skipped: int = 0  # items that failed permanently before and are not retried yet
    failed: dict[str, int] = field(default_factory=dict)

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    def add_failure(self, reason: str) -> None:
        self.failed[reason] = self.failed.get(reason, 0) + 1

    def add(self, outcome: StoreOutcome) -> None:
        if outcome == "new":
            self.new += 1
        elif outcome == "duplicate":
            self.duplicates += 1
        else:
            self.unchanged += 1


# -- watchlists, alerts, incidents ---------------------------------------------------------


@dataclass(frozen=True)
class WatchSpec:
    """A watch as the user describes it; ``watch.watchlists.check_spec`` validates it.

    An article matches when the query matches it, or it cites one of ``legal_refs``
    (canonical numbers or law titles), or it names one of ``agencies`` (full names; a
    predecessor body counts).
    """

    name: str
    query: str | None = None
    legal_refs: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    description: str | None = None
    unit: str | None = None
    shared: bool = True


@dataclass(frozen=True)
class Watch:
    id: int
    name: str
    query: str | None
    legal_refs: tuple[str, ...]
    agencies: tuple[str, ...]
    description: str | None
    unit: str | None
    shared: bool
    created_at: datetime
    updated_at: datetime
    matches: int = 0  # articles matched so far

    def spec(self) -> WatchSpec:
        return WatchSpec(
            self.name,
            self.query,
            self.legal_refs,
            self.agencies,
            self.description,
            self.unit,
            self.shared,
        )


@dataclass(frozen=True)
class MatchCandidate:
    """What live matching needs of a stored article."""

    article_id: int
    title: str
    text: str
    published_at: datetime
    sentiment: str | None
    official: bool
    outlet: str | None = None
    story_id: int = 0
    legal_refs: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()  # names and current names


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
    kind: str  # trends.alerts.RULE_KINDS
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


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


# -- accounts ------------------------------------------------------------------------------

ROLES = ("viewer", "analyst", "admin")  # each can do what the one before can, and more


@dataclass(frozen=True)
class DeadLetter:
    """A task that could not complete (scale-out mode), kept to be replayed."""

    id: int
    task: str
    arguments: dict[str, Any]
    url: str | None
    reason: str
    detail: str | None
    attempts: int
    failed_at: datetime
    replayed_at: datetime | None = None
    discarded_at: datetime | None = None


@dataclass(frozen=True)
class User:
    id: int
    email: str
    role: str
    unit: str | None
    disabled: bool
    created_at: datetime
    last_login_at: datetime | None = None
    locked_until: datetime | None = None
    failed_logins: int = 0
    has_password: bool = True

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)
