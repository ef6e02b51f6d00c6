"""The home page's "unit's day": a tile per watchlist the reader sees, the open alerts,
the incidents in progress and what waits for the reader.

Every figure follows the access policy: the tiles and the alerts only of the watchlists
the reader sees (another unit's private watchlist is absent, not hidden behind a lock),
the incidents of the reader's unit and of none. The tiles' figures come from one query
over all the visible watchlists (``store.trends.watch_days``), never one per watchlist
and day: twenty watchlists over a million articles stay one indexed scan. "Today" is the
Vietnam day (it starts at 17:00 UTC), so far: a morning's today is compared with a whole
yesterday, as a reader of the morning figures expects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.alerts import Alert
from toancanh.domain.incidents import Incident
from toancanh.domain.watches import Watch
from toancanh.services import watchlists
from toancanh.store import Store
from toancanh.store.database import utcnow
from toancanh.trends.series import local_day

SPARK_DAYS = 14  # the sparkline's days, today last
WEEK = 7  # the days before today whose mean today is compared with
OPEN_ALERTS = ("active", "acknowledged")  # not resolved: someone still has to act
IN_PROGRESS = ("open", "responding", "monitoring")
SEVERITY_ORDER = ("critical", "high", "medium", "low")
CLAIMS_WAITING = ("new", "in_review")  # the claim queue's default statuses


@dataclass(frozen=True)
class DayFigures:
    """A watchlist's articles of one day, by tone and source."""

    articles: int = 0
    positive: int = 0
    negative: int = 0
    official: int = 0

    def share(self, part: int) -> float | None:
        """``part`` as a share of the day's articles (None: no article that day)."""
        return part / self.articles if self.articles else None

    @property
    def positive_share(self) -> float | None:
        return self.share(self.positive)

    @property
    def negative_share(self) -> float | None:
        return self.share(self.negative)

    @property
    def official_share(self) -> float | None:
        return self.share(self.official)


@dataclass(frozen=True)
class Tile:
    """One watchlist's day: today against yesterday and the week before, 14 days of
    volume (oldest first, today last) for the sparkline."""

    watch: Watch
    own: bool  # the reader's unit's watchlist
    today: DayFigures
    yesterday: DayFigures
    week_mean: float  # articles a day over the 7 days before today
    days: tuple[date, ...]
    volumes: tuple[int, ...]

    @property
    def change(self) -> int:
        return self.today.articles - self.yesterday.articles

    @property
    def official_change(self) -> float | None:
        """Today's official share minus yesterday's, in points of share (None: a day
        without articles, nothing to compare)."""
        now, before = self.today.official_share, self.yesterday.official_share
        return None if now is None or before is None else now - before


@dataclass(frozen=True)
class AlertCount:
    count: int = 0
    top_severity: str | None = None


@dataclass(frozen=True)
class OpenAlerts:
    """The open alerts the reader sees, most severe then last seen first, each with its
    watchlist (None: of no watchlist); and per watchlist id, how many and the worst."""

    alerts: list[tuple[Alert, Watch | None]]
    by_watch: dict[int, AlertCount] = field(default_factory=dict)


@dataclass(frozen=True)
class Waiting:
    """What waits for the reader; None: an area the reader does not act on (a viewer
    reviews no claim, accepts no delivery, publishes no statement)."""

    claims: int | None = None
    deliveries: int | None = None
    statements: int | None = None

    @property
    def any_area(self) -> bool:
        return any(v is not None for v in (self.claims, self.deliveries, self.statements))


def today_of(now: datetime | None = None) -> date:
    """The Vietnam day of ``now`` (default: this moment)."""
    return local_day(now or utcnow())


def visible_watches(store: Store, actor: Actor) -> list[Watch]:
    """The watchlists the actor sees: the actor's unit's first, then the others (shared
    ones; an admin's: every unit's), each group by name."""
    found = watchlists.list_watches(store, actor, counted=False)
    return sorted(found, key=lambda w: (not _own(actor, w), w.name.casefold(), w.id))


def _own(actor: Actor, watch: Watch) -> bool:
    return actor.unit is not None and watch.unit == actor.unit


def watch_tiles(store: Store, actor: Actor, today: date) -> list[Tile]:
    """A tile for every watchlist the actor sees, from one query over all of them."""
    access.require_role(actor, "viewer")
    watches = visible_watches(store, actor)
    first = today - timedelta(days=SPARK_DAYS - 1)
    figures: dict[tuple[int, date], DayFigures] = {}
    for row in store.trends.watch_days([w.id for w in watches], first=first, last=today):
        day = date(row.day // 10000, row.day // 100 % 100, row.day % 100)
        figures[(row.watch_id, day)] = DayFigures(
            row.articles, row.positive, row.negative, row.official
        )
    days = tuple(first + timedelta(days=i) for i in range(SPARK_DAYS))
    return [_tile(actor, w, days, figures) for w in watches]


def _tile(
    actor: Actor, watch: Watch, days: Sequence[date], figures: dict[tuple[int, date], DayFigures]
) -> Tile:
    empty = DayFigures()
    volumes = tuple(figures.get((watch.id, d), empty).articles for d in days)
    today = figures.get((watch.id, days[-1]), empty)
    yesterday = figures.get((watch.id, days[-2]), empty)
    week = volumes[-1 - WEEK : -1]
    return Tile(watch, _own(actor, watch), today, yesterday, sum(week) / WEEK, tuple(days), volumes)


def _rank(severity: str) -> int:
    return SEVERITY_ORDER.index(severity) if severity in SEVERITY_ORDER else len(SEVERITY_ORDER)


def open_alerts(store: Store, actor: Actor, *, limit: int = 20) -> OpenAlerts:
    """The open (active or acknowledged) alerts the actor sees: the first ``limit`` by
    severity then time, and the counts of all of them per watchlist."""
    access.require_role(actor, "viewer")
    seen = watchlists.visible_ids(store, actor)
    hidden = watchlists.hidden_ids(store, actor)
    found = store.alerts.open_alerts(statuses=OPEN_ALERTS, hidden_watch_ids=hidden, limit=limit)
    listed = [
        (a, seen.get(a.watch_id) if a.watch_id is not None else None)
        for a in found
        if access.can_see_alert(actor, a, seen.get(a.watch_id) if a.watch_id else None)
    ]
    by_watch: dict[int, AlertCount] = {}
    for watch_id, severity, count in store.alerts.open_counts(
        statuses=OPEN_ALERTS, hidden_watch_ids=hidden
    ):
        if watch_id is None or watch_id not in seen:
            continue
        was = by_watch.get(watch_id, AlertCount())
        worst = min((s for s in (was.top_severity, severity) if s), key=_rank)
        by_watch[watch_id] = AlertCount(was.count + count, worst)
    return OpenAlerts(listed, by_watch)


def incidents_in_progress(store: Store, actor: Actor, *, limit: int = 20) -> list[Incident]:
    """The incidents the actor sees that are open, being responded to or monitored,
    newest first."""
    access.require_role(actor, "viewer")
    units = None if actor.admin else ([actor.unit] if actor.unit else [])
    found = [
        i
        for status in IN_PROGRESS
        for i in store.incidents.list(status=status, limit=limit, units=units)
        if access.can_see_incident(actor, i)
    ]
    return sorted(found, key=lambda i: (i.opened_at, i.id), reverse=True)[:limit]


def waiting(store: Store, actor: Actor) -> Waiting:
    """Claims to review (the queue every analyst works on), deliveries of the actor's
    unit's press orders to accept or reject, the unit's draft statements to publish;
    each only for a reader who may do it."""
    access.require_role(actor, "viewer")
    if not actor.at_least("analyst"):
        return Waiting()
    claims = store.claims.queue_size(statuses=CLAIMS_WAITING)
    if actor.unit is None:
        return Waiting(claims=claims)
    return Waiting(
        claims=claims,
        deliveries=store.commissions.waiting_count(actor.unit),
        statements=store.statements.count(status="draft", unit=actor.unit),
    )
