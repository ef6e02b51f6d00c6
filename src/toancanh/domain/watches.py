"""Watchlists: a watch as the user describes it, as stored, and what matching reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
