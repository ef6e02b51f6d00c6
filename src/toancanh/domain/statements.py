"""Statements: what an agency said officially (a press release, a briefing), as registered.

A statement is a draft until published; a correction keeps the earlier wording as a
version with a note saying what changed; a withdrawal keeps the record with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

STATEMENT_KINDS = ("press_release", "briefing", "press_answer", "correction_request", "explainer")
STATEMENT_STATUSES = ("draft", "published", "corrected", "withdrawn")
# The statuses the public sees (past their embargo): a correction is still published.
PUBLIC_STATUSES = ("published", "corrected")


@dataclass(frozen=True)
class StatementSpec:
    """A statement as a user writes it; ``services.statements`` validates and resolves it."""

    title: str
    text: str
    issuer: str  # as typed: any alias or abbreviation of a body in the gazetteer
    issued_at: datetime
    kind: str = "press_release"
    spokesperson: str | None = None
    url: str | None = None
    watch_ids: tuple[int, ...] = ()
    embargo_until: datetime | None = None
    unit: str | None = None


@dataclass(frozen=True)
class StatementVersion:
    """An earlier wording, kept when the statement was corrected."""

    version: int
    title: str
    text: str
    note: str  # what the correction changed
    changed_at: datetime
    changed_by: str


@dataclass(frozen=True)
class Statement:
    id: int
    title: str
    text: str
    issuer: str  # today's body (the successor after the 2025 reorganisation)
    issuer_written: str  # as the user typed it
    spokesperson: str | None
    kind: str
    issued_at: datetime
    url: str | None
    legal_refs: tuple[str, ...]  # canonical numbers or law titles found in the text
    status: str
    embargo_until: datetime | None
    withdrawn_reason: str | None
    unit: str | None
    version: int  # 1, then one more per correction
    created_by: str
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    watch_ids: tuple[int, ...] = ()
    versions: tuple[StatementVersion, ...] = ()  # earlier wordings, oldest first

    def embargoed(self, now: datetime) -> bool:
        return self.embargo_until is not None and self.embargo_until > now

    def public(self, now: datetime) -> bool:
        """Whether the feeds show it as published (a withdrawn one shows as withdrawn)."""
        if self.published_at is None or self.embargoed(now):
            return False
        return self.status in PUBLIC_STATUSES or self.status == "withdrawn"
