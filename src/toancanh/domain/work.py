"""Work left over by the scale-out workers: tasks kept to be replayed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


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
class Unfinished:
    """Items sources listed that were queued but never stored nor given up on."""

    count: int  # queued more than the grace period ago (``requeue_after``)
    oldest: datetime | None  # when the longest-waiting of them was first listed
    in_flight: int = 0  # queued more recently: probably still on their way
