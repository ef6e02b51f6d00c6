"""Stored articles as readers get them: articles, summaries, search hits, stories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
    sentiment: str | None = None  # positive, neutral, negative; None before analysis
    topic: str | None = None


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
class Correction:
    """An analyst's label of an article (sentiment or topic), and the label it replaced."""

    article_id: int
    task: str  # sentiment, topic
    value: str
    previous: str | None
    author: str
    at: datetime | None = None
