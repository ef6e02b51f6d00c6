"""Pickup of official statements: which monitored articles carry them, and how faithfully.

New articles are matched by the pipeline's pickup step (``claims.pickup.record_pickups``);
a statement published or corrected later is matched here against the articles already
stored since its issue time (``scan_statement``), and ``scan`` does the same for every
published statement (``toancanh statements pickup --scan``). The summary of a statement
(articles, outlets, time to first pickup, the articles that state a figure otherwise) is
read from ``statement_pickups`` alone, and is shown to whoever sees the statement.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.claims import Pickup
from toancanh.store import Store
from toancanh.text.dates import isoformat_local

log = logging.getLogger(__name__)
BATCH = 500  # articles read and matched at a time
MAX_SCAN_ARTICLES = 100_000  # a scan's bound: the most recent story is what matters
# The scan after a publication reads the articles of the week after the issue time, at
# most PUBLISH_SCAN_ARTICLES of them (6-16 ms each, bench/pickup.py): a statement is
# picked up within days, and publishing an old statement must not read a month of a busy
# store while the user waits. ``statements pickup ID --scan`` reads them all.
PUBLISH_SCAN_DAYS = 7
PUBLISH_SCAN_ARTICLES = 1_000
TOP_OUTLETS = 20
MAX_LISTED = 50


@dataclass(frozen=True)
class PickupRow:
    """An article that carries the statement, as the summary lists it."""

    pickup: Pickup
    title: str
    url: str

    def as_json(self) -> dict[str, Any]:
        return {
            "article_id": self.pickup.article_id,
            "title": self.title,
            "url": self.url,
            "outlet": self.pickup.outlet,
            "published_at": _iso(self.pickup.published_at),
            "score": self.pickup.score,
            "differences": list(self.pickup.differences),
        }


@dataclass(frozen=True)
class PickupSummary:
    statement_id: int
    issued_at: datetime
    articles: int
    outlets: int
    first_pickup_at: datetime | None
    top_outlets: tuple[tuple[str, int], ...]
    differing: tuple[PickupRow, ...]  # the articles stating a figure otherwise
    recent: tuple[PickupRow, ...]  # the first pickups, earliest first

    @property
    def time_to_first(self) -> timedelta | None:
        """From the statement's issue to its first pickup."""
        if self.first_pickup_at is None:
            return None
        return max(timedelta(0), self.first_pickup_at - self.issued_at)

    def as_json(self) -> dict[str, Any]:
        first = self.time_to_first
        return {
            "statement_id": self.statement_id,
            "articles": self.articles,
            "outlets": self.outlets,
            "first_pickup_at": _iso(self.first_pickup_at),
            "time_to_first_pickup_seconds": None if first is None else int(first.total_seconds()),
            "top_outlets": [{"outlet": o, "articles": n} for o, n in self.top_outlets],
            "differing": [row.as_json() for row in self.differing],
            "pickups": [row.as_json() for row in self.recent],
        }


def _iso(moment: datetime | None) -> str | None:
    return isoformat_local(moment) if moment is not None else None


def summary(store: Store, actor: Actor, statement_id: int) -> PickupSummary:
    """A statement's pickup, for whoever sees the statement."""
    statement = access.visible_statement(actor, store.statements.get(statement_id), statement_id)
    count, outlets, first = store.pickups.figures(statement.id)
    rows = (
        store.pickups.differing(statement.id, MAX_LISTED),
        store.pickups.of_statement(statement.id, MAX_LISTED),
    )
    differing, recent = (tuple(PickupRow(*row) for row in found) for found in rows)
    return PickupSummary(
        statement_id=statement.id,
        issued_at=statement.issued_at,
        articles=count,
        outlets=outlets,
        first_pickup_at=first,
        top_outlets=tuple(store.pickups.outlets(statement.id, TOP_OUTLETS)),
        differing=differing,
        recent=recent,
    )


@dataclass
class ScanReport:
    articles: int = 0  # articles read
    pickups: int = 0  # (statement, article) pairs recorded
    capped: bool = False  # stopped at MAX_SCAN_ARTICLES

    def as_json(self) -> dict[str, Any]:
        return {"articles": self.articles, "pickups": self.pickups, "capped": self.capped}


def scan_statements(store: Store, statement_ids: Sequence[int]) -> ScanReport:
    """Match the articles published in the ``PUBLISH_SCAN_DAYS`` after the statements'
    issue times (the first ``PUBLISH_SCAN_ARTICLES`` stored) against them, after they are
    published or corrected, replacing what was recorded for them."""
    return _scan(
        store,
        since=None,
        statement_ids=statement_ids,
        days=timedelta(days=PUBLISH_SCAN_DAYS),
        most=PUBLISH_SCAN_ARTICLES,
    )


def scan(
    store: Store, actor: Actor, *, since: datetime | None = None, statement_id: int | None = None
) -> ScanReport:
    """Match stored articles against the published statements (or one of them), from
    ``since`` (default: each statement's issue time)."""
    access.require_role(actor, "analyst")
    ids = None
    if statement_id is not None:
        access.visible_statement(actor, store.statements.get(statement_id), statement_id)
        ids = [statement_id]
    return _scan(store, since=since, statement_ids=ids)


def _scan(
    store: Store,
    *,
    since: datetime | None,
    statement_ids: Sequence[int] | None,
    days: timedelta | None = None,
    most: int = MAX_SCAN_ARTICLES,
) -> ScanReport:
    from toancanh.claims.pickup import carried, eligible, index_of  # sklearn: on first use

    report = ScanReport()
    statements = store.pickups.statements()
    wanted = [s for s in statements if statement_ids is None or s.id in statement_ids]
    if not wanted:
        return report
    index = index_of(statements)  # the whole registry: scores on one scale
    start = min(s.issued_at for s in wanted)
    if since is not None:
        start = max(start, since)
    until = max(s.issued_at for s in wanted) + days if days is not None else None
    after = 0
    while report.articles < most:
        limit = min(BATCH, most - report.articles)
        batch = store.pickups.articles_since(start, until=until, after_id=after, limit=limit)
        if not batch:
            break
        for article in batch:
            only = [str(s.id) for s in wanted if eligible(article, s)]
            found = carried(index, article.title, article.text, only=only) if only else []
            report.pickups += store.pickups.record(article, found, statement_ids=statement_ids)
        report.articles += len(batch)
        after = batch[-1].id
    report.capped = report.articles >= most
    return report


def after_publish(store: Store, statement_ids: Sequence[int]) -> ScanReport:
    """The scan that follows a publication or a correction: a failure is logged, never
    undoes the publication (the next ``statements pickup --scan`` catches up)."""
    try:
        found = scan_statements(store, statement_ids)
    except Exception:
        log.exception("pickup scan of statements %s failed", list(statement_ids)[:20])
        return ScanReport()
    log.info("statements %s: %s pickups", list(statement_ids)[:20], found.pickups)
    return found
