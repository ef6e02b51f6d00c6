"""The forecast of one subject (a watch, a topic, an agency ...): its expected articles a
day and negative share for the next days, and the early warning of a threshold.

Shared by ``toancanh forecast`` and the HTTP API; ``outlook_json`` is their JSON.
``daily_forecast`` and ``spike_days`` draw a watchlist's chart on its page and in its
briefing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from typing import Any

from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.forecast import Forecast, ForecastPoint, first_breach, forecast_series
from toancanh.trends.series import TrendPoint, bucket_keys, build_points, day_start
from toancanh.trends.spikes import volume_spikes

# A watchlist's chart (its page, its briefing): the forecast of the days after today.
FORECAST_DAYS = 7
MIN_HISTORY_DAYS = 3


@dataclass(frozen=True)
class Outlook:
    subject: Subject
    volume: Forecast
    negative_share: Forecast
    threshold: float | None
    warning: ForecastPoint | None  # the first day whose 95% bound reaches the threshold


def outlook(
    store: Store,
    subject: Subject,
    *,
    today: date,
    days: int = 7,
    history: int = 120,
    threshold: float | None = None,
) -> Outlook:
    start, end = day_start(today - timedelta(days=history)), day_start(today)
    points, _ = build_points(
        store.trends.counts(subject, since=start, until=end, by="day"),
        bucket_keys(start, end, "day"),
    )
    dates = [date.fromisoformat(p.bucket) for p in points]
    # Leading days before the subject's first article are not history: they are silence.
    first = next((i for i, p in enumerate(points) if p.total), len(points))
    dates, points = dates[first:], points[first:]
    volume = forecast_series(dates, [float(p.total) for p in points], horizon=days)
    # A day without articles has no share: it keeps the last one seen.
    shares: list[float] = []
    for point in points:
        share_of_day = point.negative_share
        shares.append(share_of_day if share_of_day is not None else (shares[-1] if shares else 0.0))
    share = forecast_series(dates, shares, horizon=days, metric="negative_share")
    warning = first_breach(volume, threshold) if threshold is not None else None
    return Outlook(subject, volume, share, threshold, warning)


def forecast_json(forecast: Forecast) -> dict[str, Any]:
    return {
        "metric": forecast.metric,
        "method": forecast.method,
        "note": forecast.note,
        "note_vi": forecast.note_vi,
        "history_days": forecast.history_days,
        "points": [{**asdict(p), "date": p.date.isoformat()} for p in forecast.points],
    }


def outlook_json(found: Outlook) -> dict[str, Any]:
    warning = found.warning
    return {
        "subject": asdict(found.subject),
        "volume": forecast_json(found.volume),
        "negative_share": forecast_json(found.negative_share),
        "threshold": found.threshold,
        "warning": None
        if warning is None
        else {"date": warning.date.isoformat(), "hi95": warning.hi95, "mean": warning.mean},
    }


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
