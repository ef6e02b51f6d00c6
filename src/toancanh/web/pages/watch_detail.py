"""One watchlist: its definition, volume and tone per day with the forecast of the next
week and the spike days, net sentiment, share of voice, top outlets and stories, rising
terms, and the matched articles (newest first, the watch's terms highlighted).

The list of watches and the forms that change them are another page (``/watches``).
A unit's private watch is "not found" for the other units.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from toancanh.domain.accounts import User
from toancanh.domain.watches import Watch
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.forecast import Forecast, forecast_series
from toancanh.trends.series import TrendPoint, TrendReport, local_day, trend_report
from toancanh.trends.spikes import volume_spikes
from toancanh.web import charts
from toancanh.web.deps import can_see_unit, get_cache, get_store, language, page_user
from toancanh.web.i18n import translations
from toancanh.web.marks import marked_snippet, marked_title, phrases_of
from toancanh.web.pages.overview import period
from toancanh.web.templating import render

router = APIRouter()
DEFAULT_DAYS = 90
PAGE_SIZE = 20
FORECAST_DAYS = 7
MIN_HISTORY_DAYS = 3


def visible_watch(store: Store, user: User, watch_id: int) -> Watch:
    """The watch (its match count not read), or 404 when it does not exist or belongs to
    another unit."""
    watch = store.watches.get(watch_id, counted=False)
    if watch is None or not can_see_unit(user, watch.unit, watch.shared):
        raise HTTPException(404, f"no watchlist #{watch_id}")
    return watch


def daily_forecast(points: Sequence[TrendPoint], today: date) -> Forecast | None:
    """The volume of the days after today, from the complete days of the series (today's
    partial count is left out), from the watch's first article on.

    None with under 3 days of history, and for a period that ends before today: its "next
    days" are past, and a forecast band must never be drawn over days already seen.
    """
    days = [(date.fromisoformat(p.bucket[:10]), p) for p in points]
    if not days or days[-1][0] < today:
        return None
    days = [(d, p) for d, p in days if d < today]
    first = next((i for i, (_, p) in enumerate(days) if p.total), len(days))
    days = days[first:]
    if len(days) < MIN_HISTORY_DAYS:
        return None
    # The model's first step is today, which the chart shows as observed: one more step,
    # and only the days after today are kept.
    found = forecast_series(
        [d for d, _ in days], [float(p.total) for _, p in days], horizon=FORECAST_DAYS + 1
    )
    ahead = tuple(p for p in found.points if p.date > today)
    return replace(found, points=ahead) if ahead else None


def spike_days(points: Sequence[TrendPoint]) -> list[tuple[str, float]]:
    """(day, articles) of each volume spike of the series."""
    found = volume_spikes([p.total for p in points])
    return [(points[s.index].bucket, float(points[s.index].total)) for s in found]


def article_rows(
    store: Store, watch: Watch, start: datetime, end: datetime, page: int
) -> tuple[list[dict[str, Any]], bool]:
    """One page of the watch's articles, newest first, with the watch's terms marked."""
    found = store.watches.articles(
        watch.id, since=start, until=end, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE
    )
    more = len(found) > PAGE_SIZE
    found = found[:PAGE_SIZE]
    texts = {i: text for i, _, text in store.articles.texts([a.id for a in found])}
    phrases = phrases_of(watch.query)
    rows = [
        {
            "article": a,
            "title": marked_title(a.title, phrases),
            "snippet": marked_snippet(texts.get(a.id, ""), phrases),
        }
        for a in found
    ]
    return rows, more


def _bounds(since: str | None, until: str | None) -> tuple[datetime, datetime]:
    return period(since, until, days=DEFAULT_DAYS)


def _page(value: int) -> int:
    return max(1, min(value, 10_000))


@router.get("/watches/{watch_id:int}", response_class=HTMLResponse)
def watch_page(
    request: Request,
    watch_id: int,
    since: str | None = None,
    until: str | None = None,
    page: int = 1,
    user: User = Depends(page_user),
) -> HTMLResponse:
    store = get_store(request)
    watch = visible_watch(store, user, watch_id)
    start, end = _bounds(since, until)
    lang = language(request)
    gettext: Callable[[str], str] = translations(lang).gettext

    def figures() -> tuple[TrendReport, Forecast | None, list[tuple[str, float]], int]:
        report = trend_report(
            store, Subject("watch", str(watch.id), watch.name), since=start, until=end
        )
        today = local_day(datetime.now(UTC))
        counted = store.watches.get(watch.id)
        matched = counted.matches if counted else 0
        return report, daily_forecast(report.points, today), spike_days(report.points), matched

    report, forecast, spikes, matched = get_cache(request).get(
        ("watch", watch.id, start, end), store.audit.version(), figures
    )
    watch = replace(watch, matches=matched)
    rows, more = article_rows(store, watch, start, end, _page(page))
    totals = report.totals
    return render(
        request,
        "watch.html",
        watch=watch,
        report=report,
        since=start,
        until=end - timedelta(seconds=1),
        period_params=_period_params(since, until),
        timeline=charts.timeline(report.points, gettext, forecast=forecast, spikes=spikes),
        voice=charts.share(
            [
                (gettext("Official sources"), totals.official),
                (gettext("Other sources"), totals.other),
            ],
            ("#0b5cad", "#a9b7c6"),
        ),
        forecast=forecast,
        forecast_past=local_day(end - timedelta(seconds=1)) < local_day(datetime.now(UTC)),
        forecast_note=(forecast.note_vi if lang == "vi" else forecast.note) if forecast else None,
        spikes=spikes,
        rows=rows,
        more=more,
        page=_page(page),
        page_size=PAGE_SIZE,
    )


@router.get("/watches/{watch_id:int}/articles", response_class=HTMLResponse)
def watch_articles(
    request: Request,
    watch_id: int,
    since: str | None = None,
    until: str | None = None,
    page: int = 2,
    user: User = Depends(page_user),
) -> HTMLResponse:
    """The next page of matched articles, as list items (htmx "more")."""
    store = get_store(request)
    watch = visible_watch(store, user, watch_id)
    start, end = _bounds(since, until)
    rows, more = article_rows(store, watch, start, end, _page(page))
    return render(
        request,
        "watch_articles.html",
        watch=watch,
        rows=rows,
        more=more,
        page=_page(page),
        period_params=_period_params(since, until),
    )


def _period_params(since: str | None, until: str | None) -> str:
    return urlencode({k: v for k, v in (("since", since), ("until", until)) if v})
