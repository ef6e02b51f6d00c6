"""The forecast on the watch chart: only over days not yet seen, never over the past."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from toancanh.trends.forecast import forecast_series
from toancanh.trends.outlook import FORECAST_DAYS, daily_forecast
from toancanh.trends.series import TrendPoint
from toancanh.web.charts import day_label, timeline

TODAY = date(2027, 3, 10)


def series(last: date, days: int = 40) -> list[TrendPoint]:
    """``days`` days up to ``last``: 3 to 7 neutral articles a day, a weekly rhythm."""
    return [
        TrendPoint(bucket=(last - timedelta(days=back)).isoformat(), total=n, neutral=n)
        for back in range(days - 1, -1, -1)
        for n in [3 + (last - timedelta(days=back)).weekday() % 5]
    ]


def drawn(option: dict[str, Any]) -> tuple[list[str], int, list[int]]:
    """The axis, the index of the last bar and the indexes the forecast mean is drawn at."""
    axis: list[str] = option["xAxis"]["data"]
    bars: list[Any] = option["series"][0]["data"]
    last_bar = max(i for i, value in enumerate(bars) if value is not None)
    mean = next(s for s in option["series"] if s["name"] == "Forecast")
    ahead = [i for i, value in enumerate(mean["data"]) if value is not None]
    return axis, last_bar, ahead


def test_the_first_forecast_point_is_after_the_last_observed_day() -> None:
    points = series(TODAY)
    forecast = daily_forecast(points, TODAY)
    assert forecast is not None and len(forecast.points) == FORECAST_DAYS
    assert forecast.points[0].date == TODAY + timedelta(days=1)
    axis, last_bar, ahead = drawn(timeline(points, str, forecast=forecast))
    assert axis[last_bar] == day_label(TODAY.isoformat())  # days written 10/03/2027
    assert ahead[0] == last_bar + 1 and len(ahead) == FORECAST_DAYS
    assert axis[ahead[0]] == day_label(forecast.points[0].date.isoformat())


def test_a_forecast_overlapping_the_bars_is_cut_to_the_days_after_them() -> None:
    points = series(TODAY)
    # A forecast made from three days ago: its first points fall on days already shown.
    history = points[:-3]
    made = forecast_series(
        [date.fromisoformat(p.bucket) for p in history], [p.total for p in history], horizon=7
    )
    axis, last_bar, ahead = drawn(timeline(points, str, forecast=made))
    assert ahead[0] == last_bar + 1 and len(ahead) == 4
    assert [axis[i] for i in ahead] == [day_label(p.date.isoformat()) for p in made.points[3:]]


def test_a_period_that_ended_before_today_gets_no_forecast() -> None:
    assert daily_forecast(series(TODAY - timedelta(days=20)), TODAY) is None
    assert daily_forecast(series(TODAY - timedelta(days=1)), TODAY) is None
    option = timeline(series(TODAY - timedelta(days=20)), str, forecast=None)
    assert all(s["name"] != "Forecast" for s in option["series"])
