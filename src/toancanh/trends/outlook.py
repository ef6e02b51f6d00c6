"""The forecast of one subject (a watch, a topic, an agency ...): its expected articles a
day and negative share for the next days, and the early warning of a threshold.

Shared by ``toancanh forecast`` and the HTTP API; ``outlook_json`` is their JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.forecast import Forecast, ForecastPoint, first_breach, forecast_series
from toancanh.trends.series import bucket_keys, build_points, day_start


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
