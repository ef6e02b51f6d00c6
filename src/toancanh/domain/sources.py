"""Sources and outlets: where articles come from and who publishes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

SourceKind = Literal["feed", "sitemap", "page"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("feed", "sitemap", "page")


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
class OutletArticles:
    """An outlet the stored articles came from: how many, and the newest one's date."""

    name: str
    official: bool
    articles: int
    newest: datetime | None
