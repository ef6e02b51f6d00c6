"""Emerging issues: new stories spreading fast across outlets, and bursting terms.

A story is *emerging* when its first article is recent (``window_hours``) and it has
reached at least ``min_outlets`` outlets; it ranks by the outlets that took it up in the
last day, then by its pace (articles per hour since it started). Bursting terms are the
headline terms of the last ``burst_hours`` against the previous ``reference_days`` (one
vote per story; ``trends.terms`` explains the log-likelihood test).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.terms import RisingTerm, rising_terms

ALL = Subject("all", "", "all articles")
MAX_TITLES = 300_000  # headlines read for the term test: a month of a national deployment


@dataclass(frozen=True)
class EmergingStory:
    story_id: int
    title: str
    articles: int
    outlets: int
    outlets_last_day: int
    official_outlets: int
    first_published: datetime
    last_published: datetime
    per_hour: float  # articles per hour since the first one

    @property
    def score(self) -> float:
        return self.outlets_last_day + 0.5 * self.outlets + self.per_hour


@dataclass(frozen=True)
class Emerging:
    stories: tuple[EmergingStory, ...]
    terms: tuple[RisingTerm, ...]
    since: datetime
    now: datetime


def story_growth(story: dict[str, Any], now: datetime) -> EmergingStory:
    articles: Sequence[tuple[datetime, str | None, bool]] = story["articles"]
    first, last = articles[0][0], articles[-1][0]
    day_ago = now - timedelta(days=1)
    outlets = {outlet for _, outlet, _ in articles}
    hours = max((now - first).total_seconds() / 3600, 1.0)
    return EmergingStory(
        story_id=story["story_id"],
        title=story["title"],
        articles=len(articles),
        outlets=len(outlets),
        outlets_last_day=len({o for when, o, _ in articles if when >= day_ago}),
        official_outlets=len({o for _, o, official in articles if official}),
        first_published=first,
        last_published=last,
        per_hour=round(len(articles) / hours, 3),
    )


def emerging(
    store: Store,
    *,
    now: datetime | None = None,
    window_hours: float = 72,
    min_outlets: int = 3,
    burst_hours: float = 48,
    reference_days: int = 28,
    limit: int = 20,
) -> Emerging:
    now = now or datetime.now(UTC)
    since = now - timedelta(hours=window_hours)
    stories = [
        story_growth(s, now)
        for s in store.trends.recent_stories(since=since, min_outlets=min_outlets)
    ]
    stories.sort(key=lambda s: (s.score, s.last_published), reverse=True)
    cut = now - timedelta(hours=burst_hours)
    recent: dict[int, str] = {}
    before: dict[int, str] = {}
    for when, title, story_id in store.trends.titles(
        ALL,
        since=cut - timedelta(days=reference_days),
        until=now + timedelta(seconds=1),
        limit=MAX_TITLES,
    ):
        (recent if when >= cut else before).setdefault(story_id, title)
    terms = rising_terms(recent.values(), before.values(), limit=limit)
    return Emerging(tuple(stories[:limit]), tuple(terms), since, now)
