"""The claim desk's review queue: how far a claim has spread, and what a reviewer sees of
it in the queue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from toancanh.domain.claims import Claim, ClaimSuggestion

# A verdict's place on the ClaimReview scale (schema.org ``Rating``): 1 is the worst
# (false), 4 the best (true); "unproven" sits below true because nothing confirms it.
RATING = {"false": 1, "misleading": 2, "unproven": 3, "true": 4}
WORST_RATING, BEST_RATING = 1, 4
REVIEW_ACTIONS = ("start", "verdict", "reopen", "accept", "reject")


@dataclass(frozen=True)
class Reach:
    """The articles and outlets carrying a claim (its story's and those repeating the same
    sentence), and its growth: articles of the last 24 h minus those of the 24 h before."""

    articles: int = 1
    outlets: int = 1
    last_day: int = 0
    day_before: int = 0
    watchlists: int = 0  # the viewer's watchlists that matched the claim's article

    @property
    def growth(self) -> int:
        return self.last_day - self.day_before


@dataclass(frozen=True)
class QueueItem:
    claim: Claim
    article_title: str
    article_url: str
    outlet: str | None
    published_at: datetime | None
    story_id: int
    reach: Reach
    suggestions: tuple[ClaimSuggestion, ...] = field(default=())
