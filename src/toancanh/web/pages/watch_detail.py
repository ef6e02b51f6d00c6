"""One watchlist: its definition, volume and tone per day with the forecast of the next
week and the spike days, net sentiment, share of voice, top outlets and stories, rising
terms, and the matched articles (newest first, the watch's terms highlighted).

The list of watches and the forms that change them are another page (``/watches``).
A unit's private watch is "not found" for the other units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from toancanh.access import Actor
from toancanh.domain.accounts import User
from toancanh.domain.watches import Watch
from toancanh.services import rules, watchlists
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.forecast import Forecast
from toancanh.trends.outlook import daily_forecast, spike_days
from toancanh.trends.series import TrendReport, local_day, trend_report
from toancanh.web import charts
from toancanh.web.deps import get_cache, get_store, language, page_user
from toancanh.web.i18n import translations
from toancanh.web.marks import marked_snippet, marked_title, phrases_of
from toancanh.web.pages.overview import period
from toancanh.web.templating import render

router = APIRouter()
DEFAULT_DAYS = 90
PAGE_SIZE = 20


def visible_watch(store: Store, user: User, watch_id: int) -> Watch:
    """The watch (its match count not read), or ``NotFound`` when it does not exist or
    belongs to another unit (the access policy's rule, as on every front-end)."""
    return watchlists.get_watch(store, Actor.of(user), watch_id, counted=False)


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
    actor = Actor.of(user)
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
        rules=rules.list_rules(store, actor, watch.id),
        can_edit=watchlists.can_change(actor, watch),
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
