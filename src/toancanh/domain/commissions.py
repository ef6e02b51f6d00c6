"""Press commissioning: an order to a press agency and the articles delivered for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

DELIVERABLE_KINDS = ("article", "in_depth", "talk_show", "video", "other")
DECISIONS = ("accepted", "rejected")
STATES = ("proposed", *DECISIONS)


@dataclass(frozen=True)
class Deliverable:
    kind: str
    count: int


@dataclass(frozen=True)
class CommissionSpec:
    """A new order as typed: the outlet and watchlists by name, the amount as text."""

    outlet: str
    watches: tuple[str, ...]
    since: date
    until: date
    value: str | int
    deliverables: tuple[Deliverable, ...]
    plan_id: int | None = None
    contract_number: str | None = None
    contract_date: date | None = None
    criteria: str | None = None


@dataclass(frozen=True)
class Commission:
    id: int
    plan_id: int | None
    unit: str | None
    outlet: str
    contract_number: str | None
    contract_date: date | None
    value: int
    since: date
    until: date
    criteria: str | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    watch_ids: tuple[int, ...] = ()
    watches: tuple[str, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()

    @property
    def ordered(self) -> int:
        return sum(d.count for d in self.deliverables)


@dataclass(frozen=True)
class Delivery:
    """An article found for an order, with the analyst's decision ("proposed": none yet)."""

    article_id: int
    url: str
    title: str
    outlet: str | None
    published_at: datetime | None
    state: str = "proposed"
    decided_by: str | None = None
    decided_at: datetime | None = None
    note: str | None = None
