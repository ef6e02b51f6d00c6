"""Forecasts of a daily series (article volume or negative share) with intervals.

The method follows the length of the history, because a weekly model needs weeks:

* >= 28 days: ``AutoETS(season_length=7, model="ZNA")`` (additive weekly season, no
  trend, additive or multiplicative error by AICc), on at most the last ``MAX_FIT_DAYS``;
* 14-27 days: ``SeasonalNaive(7)`` (same weekday last week), with a note;
* 3-13 days: ``HistoricAverage`` (the mean level, intervals from the spread), with a note;
* fewer than 3 days: no forecast (method ``"none"``), with a note.

When a model fails or returns non-finite numbers the next simpler one is used, and the
note says so. Missing calendar days are filled before fitting: with 0 for volume (no
article that day), with the previous day's share for negative shares (no article says
nothing about the share). Volume intervals are at least as wide as Poisson noise around
the mean (ETS on a flat series would otherwise claim certainty) and never below 0; shares
are clipped to [0, 1]. Points always satisfy lo95 <= lo80 <= mean <= hi80 <= hi95.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:  # statsforecast takes a second to import: only where a forecast is made
    from statsforecast.models import AutoETS, HistoricAverage, SeasonalNaive

METRICS = ("volume", "negative_share")
MAX_FIT_DAYS = 182  # half a year: older news says little about next week, and fits stay fast
SEASON = 7
Z = {80: 1.2816, 95: 1.96}  # two-sided normal quantiles of the interval levels


@dataclass(frozen=True)
class ForecastPoint:
    date: datetime.date
    mean: float
    lo80: float
    hi80: float
    lo95: float
    hi95: float


@dataclass(frozen=True)
class Forecast:
    metric: str  # "volume" or "negative_share"
    method: str  # "AutoETS", "SeasonalNaive", "HistoricAverage", "none"
    note: str | None  # why the forecast is weaker than usual (English)
    note_vi: str | None  # the same in Vietnamese
    points: tuple[ForecastPoint, ...]
    history_days: int


Bands = dict[str, NDArray[np.float64]]


def _model(method: str) -> AutoETS | SeasonalNaive | HistoricAverage:
    # Imported here: statsforecast takes a second to import, most commands never need it.
    from statsforecast.models import AutoETS, HistoricAverage, SeasonalNaive

    if method == "AutoETS":
        # No trend term ("N"): a burst would otherwise be extrapolated as a trend for the
        # week ahead. On the shipped backtest series it was also more accurate (MASE 1.03
        # against 1.07 for the full "ZZZ" search) and eight times faster.
        return AutoETS(season_length=SEASON, model="ZNA")
    if method == "SeasonalNaive":
        return SeasonalNaive(season_length=SEASON)
    return HistoricAverage()


def model_bands(method: str, history: NDArray[np.float64], horizon: int) -> Bands:
    model = _model(method)
    raw = model.forecast(y=history, h=horizon, level=[80, 95])
    bands = {key: np.asarray(raw[key], dtype=np.float64) for key in _KEYS}
    if not all(np.all(np.isfinite(values)) for values in bands.values()):
        raise ArithmeticError("non-finite forecast")
    return bands


_KEYS = ("mean", "lo-80", "hi-80", "lo-95", "hi-95")


def _fill_calendar(
    dates: Sequence[datetime.date], values: Sequence[float], metric: str
) -> tuple[datetime.date, NDArray[np.float64]]:
    """First date and one value per calendar day (duplicates summed for volume,
    averaged for shares; gaps filled as the module docstring says)."""
    by_day: dict[datetime.date, list[float]] = {}
    for day, value in zip(dates, values, strict=True):
        number = float(value)
        if not math.isfinite(number) or number < 0:
            raise ValueError(f"value {value!r} on {day} is not a non-negative number")
        if metric == "negative_share" and number > 1:
            raise ValueError(f"share {value!r} on {day} is above 1")
        by_day.setdefault(_as_date(day), []).append(number)
    first, last = min(by_day), max(by_day)
    filled = np.zeros((last - first).days + 1)
    previous = 0.0
    for offset in range(len(filled)):
        seen = by_day.get(first + datetime.timedelta(days=offset))
        if metric == "volume":
            filled[offset] = sum(seen) if seen else 0.0
        else:
            previous = sum(seen) / len(seen) if seen else previous
            filled[offset] = previous
    return first, filled


def _as_date(day: datetime.date) -> datetime.date:
    return day.date() if isinstance(day, datetime.datetime) else day


_FALLBACKS = {
    "AutoETS": ("AutoETS", "SeasonalNaive", "HistoricAverage"),
    "SeasonalNaive": ("SeasonalNaive", "HistoricAverage"),
    "HistoricAverage": ("HistoricAverage",),
}

_NOTES: dict[str, Callable[[int], tuple[str, str]]] = {
    "none": lambda n: (
        f"only {n} day{'s' if n != 1 else ''} of history: no forecast (needs at least 3 days)",
        f"chỉ có {n} ngày dữ liệu: chưa đủ để dự báo (cần ít nhất 3 ngày)",
    ),
    "HistoricAverage": lambda n: (
        f"only {n} days of history: forecast of the average level, wide intervals",
        f"chỉ có {n} ngày dữ liệu: dự báo theo mức trung bình, khoảng dự báo rộng",
    ),
    "SeasonalNaive": lambda n: (
        f"only {n} days of history: seasonal naive forecast (same weekday last week), "
        "wide intervals",
        f"chỉ có {n} ngày dữ liệu: dự báo lặp lại cùng thứ của tuần trước, khoảng dự báo rộng",
    ),
}


def _preferred_method(history_days: int) -> str:
    if history_days >= 4 * SEASON:
        return "AutoETS"
    if history_days >= 2 * SEASON:
        return "SeasonalNaive"
    if history_days >= 3:
        return "HistoricAverage"
    return "none"


def _fallback_note(failed: str, used: str) -> tuple[str, str]:
    return (
        f"{failed} could not fit this series: {used} forecast instead",
        f"mô hình {failed} không khớp được chuỗi này: dùng dự báo {used} thay thế",
    )


def _widen_for_counts(bands: Bands) -> Bands:
    """Volume: intervals at least as wide as Poisson noise around the mean."""
    mean = np.maximum(bands["mean"], 0.0)
    widened = dict(bands)
    for level, z in Z.items():
        noise = z * np.sqrt(mean)
        widened[f"lo-{level}"] = np.minimum(bands[f"lo-{level}"], mean - noise)
        widened[f"hi-{level}"] = np.maximum(bands[f"hi-{level}"], mean + noise)
    return widened


def bands_to_points(bands: Bands, start: datetime.date, metric: str) -> tuple[ForecastPoint, ...]:
    upper = 1.0 if metric == "negative_share" else math.inf
    points = []
    for step in range(len(bands["mean"])):
        mean = min(max(float(bands["mean"][step]), 0.0), upper)
        # Sorted outwards from the mean, so that the order holds after clipping.
        lo80 = min(max(float(bands["lo-80"][step]), 0.0), mean)
        lo95 = min(max(float(bands["lo-95"][step]), 0.0), lo80)
        hi80 = max(min(float(bands["hi-80"][step]), upper), mean)
        hi95 = max(min(float(bands["hi-95"][step]), upper), hi80)
        day = start + datetime.timedelta(days=step)
        points.append(ForecastPoint(day, mean, lo80, hi80, lo95, hi95))
    return tuple(points)


def forecast_series(
    dates: Sequence[datetime.date],
    values: Sequence[float],
    *,
    horizon: int = 7,
    metric: str = "volume",
) -> Forecast:
    """Forecast the ``horizon`` days after the last date, with 80% and 95% intervals."""
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r} (known: {', '.join(METRICS)})")
    if horizon < 1:
        raise ValueError("horizon must be at least 1 day")
    if len(dates) != len(values):
        raise ValueError("dates and values must have the same length")
    if not dates:
        return Forecast(metric, "none", *_NOTES["none"](0), (), 0)
    first, history = _fill_calendar(dates, values, metric)
    history_days = len(history)
    preferred = _preferred_method(history_days)
    notes = _NOTES.get(preferred)
    note, note_vi = notes(history_days) if notes else (None, None)
    if preferred == "none":
        return Forecast(metric, "none", note, note_vi, (), history_days)
    start = first + datetime.timedelta(days=history_days)
    fit_on = history[-MAX_FIT_DAYS:]
    for method in _FALLBACKS[preferred]:
        try:
            bands = model_bands(method, fit_on, horizon)
        except Exception:  # statsforecast raises many kinds (numba, linalg): fall back
            continue
        if method != preferred:
            note, note_vi = _fallback_note(preferred, method)
        if metric == "volume":
            bands = _widen_for_counts(bands)
        return Forecast(
            metric, method, note, note_vi, bands_to_points(bands, start, metric), history_days
        )
    note, note_vi = _fallback_note(preferred, "no")
    return Forecast(metric, "none", note, note_vi, (), history_days)


def first_breach(forecast: Forecast, threshold: float, level: int = 95) -> ForecastPoint | None:
    """The first forecast day whose upper bound at ``level`` (80 or 95) reaches
    ``threshold``: the earliest day the threshold is plausibly crossed."""
    if level not in Z:
        raise ValueError(f"level must be 80 or 95, not {level}")
    for point in forecast.points:
        upper = point.hi95 if level == 95 else point.hi80
        if upper >= threshold:
            return point
    return None
