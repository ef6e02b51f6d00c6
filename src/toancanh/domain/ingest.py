"""The records that flow between the ingest stages, and how a stage fails.

Each stage reads the records it needs and returns its own: fetch gives a ``FetchedPage``,
extract an ``Extracted``, normalize an ``ArticleDraft``, dedupe a ``Fingerprint``, store a
``StoreResult``. A failed item is a ``StageError`` while it happens and a ``Failure`` in
the log. All datetimes are timezone-aware; the store keeps them in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal


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
class Candidate:
    """A stored article that shares an LSH band with a new one: maybe the same story."""

    article_id: int
    story_id: int
    signature: bytes


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
