"""Claims: check-worthy sentences found in the press, and the review a person gives them.

A claim is checked, never its author: it belongs to an article, not to a person. It moves
new → in_review → verdict, and only a reviewer gives a verdict; nothing is removed or
reported automatically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CLAIM_STATUSES = ("new", "in_review", "verdict")
# The labels Vietnamese fact-checkers use, by the id the CLI and API take.
VERDICTS = {
    "true": "xác thực",
    "false": "sai sự thật",
    "misleading": "gây hiểu lầm",
    "unproven": "chưa đủ căn cứ",
}
SUGGESTION_STATES = ("suggested", "accepted", "rejected")


@dataclass(frozen=True)
class ClaimSuggestion:
    """A statement a claim was matched to, with where the two disagree."""

    statement_id: int
    score: float
    differences: tuple[dict[str, str], ...]  # {kind, claim, statement}
    state: str = "suggested"


@dataclass(frozen=True)
class Claim:
    id: int
    article_id: int
    start: int  # character offsets in the article's text
    end: int
    text: str
    reasons: tuple[str, ...]
    key: str
    status: str
    verdict: str | None
    statement_id: int | None
    note: str | None
    reviewer: str | None
    reviewed_at: datetime | None
    repeat_of: int | None
    found_at: datetime
    matched_at: datetime | None


@dataclass(frozen=True)
class Pickup:
    """A monitored article that carries a published statement."""

    statement_id: int
    article_id: int
    score: float
    differences: tuple[dict[str, str], ...]
    outlet: str | None
    published_at: datetime | None
