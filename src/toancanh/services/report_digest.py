"""The daily press digest: gather what the actor may see of a day, then compose it.

The watchlists are those the actor sees (another unit's private watchlist never appears,
not even by name); ``unit`` narrows them to that unit's watchlists and the shared ones
(and those of no unit). The day's figures of every watchlist come from one aggregate query
on ``watch_matches``, the stories from one bounded query a watchlist, the stories' first
articles from one more: the cost follows the watchlists, not the articles
(bench/reports.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Literal

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.alerts import Alert
from toancanh.domain.watches import Watch
from toancanh.errors import Forbidden
from toancanh.reports.digest import (
    AlertItem,
    ClaimItem,
    DigestData,
    StatementItem,
    StoryItem,
    WatchDay,
    digest_title,
)
from toancanh.reports.digest import compose_digest as write_digest
from toancanh.reports.model import Report
from toancanh.services import alerts as alert_service
from toancanh.services import claim_review, statements, watchlists
from toancanh.services.directory import today_in_vietnam
from toancanh.services.reports import ReportRequest, heading_for
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.series import day_start

STORIES_A_WATCH = 15  # a watchlist's stories read: its main ones, then the new or growing
CLAIMS = 5
SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}
OPEN_ALERTS = ("active", "acknowledged")


def report_lang(request: ReportRequest) -> Literal["vi", "en"]:
    return "en" if request.lang == "en" else "vi"


def digest_watches(store: Store, actor: Actor, unit: str | None) -> list[Watch]:
    """The watchlists of the digest: those the actor sees; with ``unit``, that unit's and
    the shared ones."""
    seen = watchlists.list_watches(store, actor, counted=False)
    if unit is None:
        return seen
    wanted = unit.strip().casefold()
    return [w for w in seen if w.shared or w.unit is None or w.unit.casefold() == wanted]


def watch_days(store: Store, watches: Sequence[Watch], day: date) -> list[WatchDay]:
    """Each watchlist's figures of ``day`` and of the day before, and its stories of the day."""
    start, end = day_start(day), day_start(day + timedelta(days=1))
    tallies: dict[int, dict[str, int]] = {w.id: {} for w in watches}
    rows = store.trends.watch_day_tallies(
        [w.id for w in watches], since=day_start(day - timedelta(days=1)), until=end
    )
    today = day.isoformat()
    for watch_id, bucket, tone, official, n in rows:
        tally = tallies[watch_id]
        if bucket != today:
            tally["previous"] = tally.get("previous", 0) + n
            continue
        names = ["total", "official"] if official else ["total"]
        if tone in ("positive", "neutral", "negative"):
            names.append(tone)
        for name in names:
            tally[name] = tally.get(name, 0) + n
    found = {
        w.id: store.trends.top_stories(
            Subject("watch", str(w.id), w.name), since=start, until=end, limit=STORIES_A_WATCH
        )
        for w in watches
        if tallies[w.id].get("total")
    }
    heads = store.trends.story_heads(sorted({s["story_id"] for v in found.values() for s in v}))
    days = []
    for w in watches:
        stories = tuple(
            story_item(s, heads.get(s["story_id"], {}), start) for s in found.get(w.id, [])
        )
        days.append(WatchDay(name=w.name, stories=stories, **tallies[w.id]))
    return days


def story_item(story: dict[str, Any], head: dict[str, Any], start: datetime) -> StoryItem:
    """A story of the day, shown by its first article; negative when most of its articles
    that day are, else its first article's tone."""
    size, negative = int(story["size"]), int(story["negative"])
    published = head.get("published_at")
    return StoryItem(
        title=head.get("title") or story["title"],
        url=head.get("url"),
        outlet=head.get("outlet"),
        published_at=published,
        tone="negative" if size and negative * 2 > size else head.get("sentiment"),
        articles=size,
        outlets=int(story["outlets"]),
        negative=negative,
        new=published is not None and published >= start,
    )


def open_alerts(store: Store, actor: Actor, watches: Sequence[Watch], day: date) -> list[AlertItem]:
    """The alerts still open, raised by the day's end, of the digest's watchlists (and
    those of no watchlist), most severe first."""
    end = day_start(day + timedelta(days=1))
    names = {w.id: w.name for w in watches}
    found: list[Alert] = []
    for status in OPEN_ALERTS:
        found += alert_service.list_alerts(store, actor, status=status, limit=100)
    kept = [a for a in found if (a.watch_id is None or a.watch_id in names) and a.first_at < end]
    kept.sort(key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), -a.last_at.timestamp()))
    return [
        AlertItem(
            title=a.title,
            severity=a.severity,
            since=a.first_at,
            watch=names.get(a.watch_id) if a.watch_id is not None else None,
        )
        for a in kept
    ]


def waiting_claims(store: Store, actor: Actor) -> list[ClaimItem]:
    """The top of the claim desk's queue, as the actor reads it."""
    try:
        queue = claim_review.review_queue(store, actor, limit=CLAIMS)
    except Forbidden:
        return []
    return [
        ClaimItem(
            text=item.claim.text,
            article_title=item.article_title,
            url=item.article_url,
            outlet=item.outlet,
            appearances=item.appearances,
            outlets=item.reach.outlets,
        )
        for item in queue
    ]


def published_statements(
    store: Store, actor: Actor, day: date, unit: str | None, watch_ids: set[int]
) -> list[StatementItem]:
    """The statements published that day (with ``unit``: that unit's, those of no unit
    and those tied to the digest's watchlists), with their pickup."""
    start, end = day_start(day), day_start(day + timedelta(days=1))
    try:
        found = [
            s
            for status in ("published", "corrected")
            for s in statements.list_statements(store, actor, status=status, limit=200)
        ]
    except Forbidden:
        return []
    items = []
    for s in sorted(found, key=lambda s: s.published_at or s.issued_at):
        if s.published_at is None or not start <= s.published_at < end:
            continue
        mine = unit is None or s.unit is None or s.unit == unit or set(s.watch_ids) & watch_ids
        if not mine:
            continue
        articles, outlets, _ = store.pickups.figures(s.id)
        items.append(StatementItem(s.title, s.url, s.issuer, s.published_at, articles, outlets))
    return items


def gather_digest(store: Store, actor: Actor, unit: str | None, day: date) -> DigestData:
    watches = digest_watches(store, actor, unit)
    return DigestData(
        day=day,
        watches=tuple(watch_days(store, watches, day)),
        alerts=tuple(open_alerts(store, actor, watches, day)),
        claims=tuple(waiting_claims(store, actor)),
        statements=tuple(published_statements(store, actor, day, unit, {w.id for w in watches})),
    )


def compose_digest(
    store: Store, actor: Actor, request: ReportRequest, settings: Settings
) -> Report:
    """The digest of ``request.day`` (default: today in Vietnam) for ``request.unit``
    (default: every watchlist the actor sees), issued under that unit (default: the
    actor's)."""
    day = request.day or today_in_vietnam()
    lang = report_lang(request)
    data = gather_digest(store, actor, request.unit, day)
    heading, signature = heading_for(
        store, actor, request.unit, title=digest_title(day, lang), issued=day
    )
    return write_digest(data, heading, signature, lang)
