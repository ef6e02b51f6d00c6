"""Forecasts: the method follows the history, bounds are ordered and clipped, dates follow."""

from __future__ import annotations

import datetime
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.trends.forecast import Forecast, ForecastPoint, first_breach, forecast_series

START = datetime.date(2025, 3, 3)


def days(count: int, start: datetime.date = START) -> list[datetime.date]:
    return [start + datetime.timedelta(days=n) for n in range(count)]


def weekly(count: int, level: float = 20.0) -> list[float]:
    profile = np.array([1.0, 1.1, 1.0, 1.0, 0.9, 0.6, 0.4]) * level
    rng = np.random.default_rng(4)
    return rng.poisson(profile[np.arange(count) % 7]).astype(float).tolist()


def assert_sane(forecast: Forecast, last: datetime.date, horizon: int) -> None:
    assert len(forecast.points) == horizon
    for step, point in enumerate(forecast.points, start=1):
        assert point.date == last + datetime.timedelta(days=step)
        bounds = (point.lo95, point.lo80, point.mean, point.hi80, point.hi95)
        assert all(math.isfinite(value) for value in bounds)
        assert list(bounds) == sorted(bounds) and point.lo95 >= 0
        if forecast.metric == "negative_share":
            assert point.hi95 <= 1


@pytest.mark.parametrize(
    ("history", "method", "note_part", "note_vi_part"),
    [
        (0, "none", "only 0 days of history", "chưa đủ để dự báo"),
        (2, "none", "only 2 days of history: no forecast", "chưa đủ để dự báo"),
        (3, "HistoricAverage", "only 3 days of history", "mức trung bình"),
        (13, "HistoricAverage", "average level", "mức trung bình"),
        (14, "SeasonalNaive", "only 14 days of history: seasonal naive", "tuần trước"),
        (27, "SeasonalNaive", "wide intervals", "khoảng dự báo rộng"),
        (28, "AutoETS", None, None),
        (120, "AutoETS", None, None),
    ],
)
def test_method_follows_the_length_of_history(
    history: int, method: str, note_part: str | None, note_vi_part: str | None
) -> None:
    forecast = forecast_series(days(history), weekly(history), horizon=5)
    assert forecast.method == method and forecast.history_days == history
    if note_part is None:
        assert forecast.note is None and forecast.note_vi is None
    else:
        assert note_part in (forecast.note or "") and note_vi_part in (forecast.note_vi or "")
    if method == "none":
        assert forecast.points == ()
    else:
        assert_sane(forecast, START + datetime.timedelta(days=history - 1), 5)


def test_weekly_pattern_is_forecast_and_missing_days_count_as_zero() -> None:
    history = weekly(84)
    forecast = forecast_series(days(84), history, horizon=7)
    by_weekday = {point.date.weekday(): point.mean for point in forecast.points}
    assert by_weekday[6] < by_weekday[1]  # Sunday quieter than Tuesday
    kept = [(day, value) for day, value in zip(days(84), history, strict=True) if value > 12]
    gappy = forecast_series([d for d, _ in kept], [v for _, v in kept], horizon=3)
    assert gappy.history_days == (kept[-1][0] - kept[0][0]).days + 1
    assert_sane(gappy, kept[-1][0], 3)


def test_shares_stay_within_zero_and_one() -> None:
    rng = np.random.default_rng(1)
    values = np.clip(0.9 + rng.normal(0, 0.08, 60), 0, 1).tolist()
    forecast = forecast_series(days(60), values, metric="negative_share")
    assert forecast.metric == "negative_share"
    assert_sane(forecast, START + datetime.timedelta(days=59), 7)
    assert any(point.hi95 == 1.0 for point in forecast.points)


def test_all_zero_and_constant_histories() -> None:
    zero = forecast_series(days(40), [0.0] * 40)
    assert zero.method == "AutoETS" and all(p.hi95 == 0 for p in zero.points)
    flat = forecast_series(days(40), [9.0] * 40)
    assert all(p.mean == pytest.approx(9.0) for p in flat.points)
    assert all(p.hi95 > 9.0 for p in flat.points)  # Poisson noise, not certainty


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="metric"):
        forecast_series(days(3), [1, 2, 3], metric="mood")
    with pytest.raises(ValueError, match="non-negative"):
        forecast_series(days(3), [1, -2, 3])
    with pytest.raises(ValueError, match="above 1"):
        forecast_series(days(3), [0.1, 2, 0.3], metric="negative_share")
    with pytest.raises(ValueError, match="same length"):
        forecast_series(days(3), [1, 2])


def test_first_breach_is_the_first_day_the_upper_bound_reaches_the_threshold() -> None:
    points = tuple(
        ForecastPoint(START + datetime.timedelta(days=n), 10 + n, 8 + n, 12 + 2 * n, 6, 14 + 3 * n)
        for n in range(5)
    )
    forecast = Forecast("volume", "AutoETS", None, None, points, 60)
    assert first_breach(forecast, 20) == points[2]  # hi95 = 20
    assert first_breach(forecast, 20, level=80) == points[4]  # hi80 = 20
    assert first_breach(forecast, 100) is None
    with pytest.raises(ValueError, match="80 or 95"):
        first_breach(forecast, 20, level=90)


values_strategy = st.lists(
    st.one_of(st.integers(0, 3), st.integers(0, 10**9), st.just(0)), max_size=45
).map(lambda values: [float(v) for v in values])


@settings(max_examples=25, deadline=None)
@given(values_strategy, st.integers(1, 10))
def test_forecast_never_crashes_on_counts(values: list[float], horizon: int) -> None:
    forecast = forecast_series(days(len(values)), values, horizon=horizon)
    if forecast.method == "none":
        assert forecast.points == () and forecast.note
    else:
        assert_sane(forecast, START + datetime.timedelta(days=len(values) - 1), horizon)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.floats(0, 1), max_size=40))
def test_forecast_never_crashes_on_shares(values: list[float]) -> None:
    forecast = forecast_series(days(len(values)), values, horizon=4, metric="negative_share")
    if forecast.method != "none":
        assert_sane(forecast, START + datetime.timedelta(days=len(values) - 1), 4)
