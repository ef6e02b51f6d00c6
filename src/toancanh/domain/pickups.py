"""Pickup records: what the pickup step reads of articles and statements, and what an
article was found to carry (``toancanh.claims.pickup``). Plain records, so the store can
use them without loading the matching code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Carried:
    """A statement an article carries: its best passage's score and the figures of the
    carrying passages that the statement states otherwise (``{kind, article, statement}``)."""

    statement_id: str
    score: float
    differences: tuple[dict[str, str], ...]
    cosine: float = 0.0  # the best carrying passage's, before the bonuses


@dataclass(frozen=True)
class PickupArticle:
    """What pickup reads of a stored article."""

    id: int
    title: str
    text: str
    outlet: str | None
    published_at: datetime | None  # its publication time, or when it was stored


@dataclass(frozen=True)
class PickupStatement:
    """A published or corrected statement: what an article can carry and a claim be
    matched to (``claims.registry``)."""

    id: int
    text: str
    issued_at: datetime
    title: str = ""
