"""The policy briefing of one watchlist: gather what its page shows, then compose it.

The figures are the watchlist page's own (``trends.series.trend_report``, the forecast
and spike days of ``trends.outlook``); the agencies and legal documents named come from
one aggregate query; the alerts and incidents are those the actor may see. A watchlist
the actor may not see is "not found", as everywhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.watches import Watch
from toancanh.errors import Invalid
from toancanh.reports.briefing import (
    BriefingData,
    DayFigure,
    ForecastDay,
    IncidentItem,
    OutletRow,
    Spike,
    Term,
    briefing_title,
)
from toancanh.reports.briefing import compose_briefing as write_briefing
from toancanh.reports.digest import AlertItem
from toancanh.reports.model import Report
from toancanh.services import alerts as alert_service
from toancanh.services import incidents as incident_service
from toancanh.services import watchlists
from toancanh.services.directory import today_in_vietnam
from toancanh.services.report_digest import report_lang, story_item
from toancanh.services.reports import ReportRequest, heading_for
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.outlook import daily_forecast, spike_days
from toancanh.trends.series import TrendReport, day_start, local_day, trend_report

DEFAULT_DAYS = 30
MAX_DAYS = 366
TERMS = 10
NAMED = 10


def briefing_period(request: ReportRequest) -> tuple[date, date]:
    """[since, until] in whole Vietnam days: the last 30 days up to today by default."""
    until = request.until or today_in_vietnam()
    since = request.since or until - timedelta(days=DEFAULT_DAYS - 1)
    if since > until:
        raise Invalid("the start date is after the end date", field="since")
    if (until - since).days + 1 > MAX_DAYS:
        raise Invalid("a briefing covers at most {days} days", field="since", days=MAX_DAYS)
    return since, until


def _alerts(
    store: Store, actor: Actor, watch: Watch, start: datetime, end: datetime
) -> list[AlertItem]:
    """The watchlist's alerts raised in the period, with the stories that drove them."""
    found = alert_service.list_alerts(store, actor, watch_id=watch.id, since=start, limit=100)
    kept = sorted((a for a in found if a.first_at < end), key=lambda a: a.first_at)
    return [
        AlertItem(
            title=a.title,
            severity=a.severity,
            since=a.first_at,
            watch=watch.name,
            stories=tuple(
                str(s.get("title")) for s in a.detail.get("stories", []) if s.get("title")
            )[:3],
        )
        for a in kept
    ]


def _incidents(
    store: Store, actor: Actor, watch: Watch, start: datetime, end: datetime
) -> list[IncidentItem]:
    """The watchlist's incidents open at some time in the period."""
    found = incident_service.list_incidents(store, actor, limit=500)
    return [
        IncidentItem(i.id, i.title, i.severity, i.status, i.opened_at)
        for i in sorted(found, key=lambda i: i.opened_at)
        if i.watch_id == watch.id
        and i.opened_at < end
        and (i.closed_at is None or i.closed_at >= start)
    ]


def _stories(store: Store, trend: TrendReport, start: datetime) -> list[Any]:
    heads = store.trends.story_heads([s["story_id"] for s in trend.top_stories])
    # "new" has no meaning over a period: every story is shown by its first article.
    return [story_item(s, heads.get(s["story_id"], {}), start) for s in trend.top_stories]


def gather_briefing(
    store: Store, actor: Actor, watch: Watch, since: date, until: date, today: date
) -> BriefingData:
    start, end = day_start(since), day_start(until + timedelta(days=1))
    trend = trend_report(store, Subject("watch", str(watch.id), watch.name), since=start, until=end)
    forecast = daily_forecast(trend.points, today) if until >= today else None
    named = store.trends.watch_facets(
        watch.id, ("agency", "legal_ref"), since=start, until=end, limit=NAMED
    )
    totals = trend.totals
    return BriefingData(
        watch=watch.name,
        since=since,
        until=until,
        days=tuple(
            DayFigure(date.fromisoformat(p.bucket), p.total, p.negative_share) for p in trend.points
        ),
        total=totals.total,
        positive=totals.positive,
        neutral=totals.neutral,
        negative=totals.negative,
        official=totals.official,
        forecast=tuple(
            ForecastDay(p.date, p.mean, p.lo80, p.hi80)
            for p in (forecast.points if forecast else ())
        ),
        outlets=tuple(
            OutletRow(o["outlet"] or "–", o["count"], o["negative"], o["official"])
            for o in trend.top_outlets
        ),
        stories=tuple(_stories(store, trend, start)),
        terms=tuple(Term(t.term, t.recent, t.before) for t in trend.rising_terms[:TERMS]),
        agencies=tuple((v, n) for k, v, n in named if k == "agency"),
        legal_refs=tuple((v, n) for k, v, n in named if k == "legal_ref"),
        spikes=tuple(
            Spike(date.fromisoformat(day[:10]), int(n)) for day, n in spike_days(trend.points)
        ),
        alerts=tuple(_alerts(store, actor, watch, start, end)),
        incidents=tuple(_incidents(store, actor, watch, start, end)),
    )


def compose_briefing(
    store: Store, actor: Actor, request: ReportRequest, settings: Settings
) -> Report:
    """The briefing of ``request.watch`` over ``request.since``..``request.until``, issued
    under ``request.unit`` (default: the actor's unit)."""
    if not request.watch:
        raise Invalid("name the watchlist of the briefing", field="watch")
    watch = watchlists.find_watch(store, actor, request.watch)
    since, until = briefing_period(request)
    lang = report_lang(request)
    data = gather_briefing(store, actor, watch, since, until, local_day(datetime.now(UTC)))
    heading, signature = heading_for(
        store,
        actor,
        request.unit or actor.unit or watch.unit,
        title=briefing_title(watch.name, since, until, lang),
        issued=until,
    )
    return write_briefing(data, heading, signature, lang)
