"""The home page, "the unit's day": a tile per watchlist the user sees (today against
yesterday, 14 days of volume), the open alerts by severity, the incidents in progress,
what waits for the user, the links to today's press digest; below, the 30-day charts,
outlets and stories for a date range (default: the last 30 days). Those read every
article of the period (seconds on a large store), so the page answers without them and
htmx fetches them from ``/overview/charts`` once the page is shown.

The page only renders: the figures come from ``services.home`` (which applies the access
policy); the tiles' figures and the trend report are cached a minute (``get_cache``),
the alerts and the waiting counts are read fresh (what a user just did shows at once).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from toancanh.access import Actor
from toancanh.domain.accounts import User
from toancanh.errors import Invalid
from toancanh.services import home
from toancanh.store.trends import Subject
from toancanh.text.dates import parse_datetime
from toancanh.trends.series import TrendReport, day_start, local_day, trend_report
from toancanh.web import charts
from toancanh.web.deps import get_cache, get_store, language, page_user
from toancanh.web.i18n import translations
from toancanh.web.templating import render
from toancanh.web.visibility import NOT_A_DATE

router = APIRouter()
ALL = Subject("all", "", "all")
DEFAULT_DAYS = 30
DIGEST_URL = "/api/v1/reports/digest"  # the reports API's today's digest (?format=docx|pdf)
CHARTS_PATH = "/overview/charts"  # the period's charts, loaded after the page


def period(
    since: str | None, until: str | None, days: int = DEFAULT_DAYS
) -> tuple[datetime, datetime]:
    """The [since, until) of a page's date filter, whole Vietnam days; the last ``days``
    days (30) by default."""
    end_day = local_day(datetime.now(UTC))
    if until:
        parsed = parse_datetime(until)
        if parsed is None:
            raise Invalid(NOT_A_DATE, field="until", value=until)
        end_day = local_day(parsed)
    start_day = end_day - timedelta(days=days - 1)
    if since:
        parsed = parse_datetime(since)
        if parsed is None:
            raise Invalid(NOT_A_DATE, field="since", value=since)
        start_day = local_day(parsed)
    if start_day > end_day:
        raise Invalid("the start date is after the end date", field="since")
    return day_start(start_day), day_start(end_day + timedelta(days=1))


@router.get("/", response_class=HTMLResponse)
def overview(
    request: Request,
    since: str | None = None,
    until: str | None = None,
    user: User = Depends(page_user),
) -> HTMLResponse:
    """The unit's day at once; the period's charts come after (``period_charts``)."""
    store = get_store(request)
    start, end = period(since, until)  # checked here: a bad date is the page's 400
    actor = Actor.of(user)  # who sees what: the access policy, applied by the service
    today = home.today_of()
    tiles = get_cache(request).get(
        ("home-tiles", actor.admin, actor.unit, today),
        store.audit.version(),
        lambda: home.watch_tiles(store, actor, today),
    )
    alerts = home.open_alerts(store, actor)
    return render(
        request,
        "overview.html",
        since=start,
        until=end - timedelta(seconds=1),
        charts_url=charts_url(start, end),
        today=today,
        tiles=tiles,
        sparks={t.watch.id: charts.sparkline(t.volumes) for t in tiles},
        alerts=alerts,
        incidents=home.incidents_in_progress(store, actor),
        waiting=home.waiting(store, actor),
        digest_url=DIGEST_URL,
    )


def charts_url(start: datetime, end: datetime) -> str:
    """The address of the period's charts, with the page's whole days spelled out (the
    fragment then shows the page's days even if it is asked for after midnight)."""
    first, last = local_day(start), local_day(end - timedelta(seconds=1))
    return f"{CHARTS_PATH}?{urlencode({'since': first.isoformat(), 'until': last.isoformat()})}"


@router.get(CHARTS_PATH, response_class=HTMLResponse)
def period_charts(
    request: Request,
    since: str | None = None,
    until: str | None = None,
    user: User = Depends(page_user),
) -> HTMLResponse:
    """The period's figures, charts, stories and outlets of all articles (the slow part:
    a trend report over every article of the period, cached a minute). htmx asks for the
    fragment after the home page; without htmx (no JavaScript) it is a page of its own."""
    store = get_store(request)
    start, end = period(since, until)
    report = get_cache(request).get(
        ("overview", start, end),
        store.audit.version(),
        lambda: trend_report(store, ALL, since=start, until=end, with_terms=False),
    )
    partial = bool(request.headers.get("hx-request")) and not request.headers.get(
        "hx-history-restore-request"
    )
    response = render(
        request,
        "_overview_charts.html" if partial else "overview_charts.html",
        report=report,
        since=start,
        until=end - timedelta(seconds=1),
        **report_charts(report, translations(language(request)).gettext),
    )
    response.headers["Vary"] = "HX-Request"
    return response


def report_charts(report: TrendReport, gettext: Callable[[str], str]) -> dict[str, Any]:
    """The ECharts options of the period: volume and tone per day, share of voice, tone."""
    totals = report.totals
    return {
        "timeline": charts.timeline(report.points, gettext),
        "voice": charts.share(
            [
                (gettext("Official sources"), totals.official),
                (gettext("Other sources"), totals.other),
            ],
            ("#0b5cad", "#a9b7c6"),
        ),
        "tones": charts.share(
            [
                (gettext("Positive"), totals.positive),
                (gettext("Neutral"), totals.neutral + totals.unknown),
                (gettext("Negative"), totals.negative),
            ],
            (
                charts.TONE_COLORS["positive"],
                charts.TONE_COLORS["neutral"],
                charts.TONE_COLORS["negative"],
            ),
        ),
    }
