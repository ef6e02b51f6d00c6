"""``toancanh eval forecast --data FILE``: a rolling-origin backtest of the forecaster.

At each origin (from ``min_train`` days to the last day that leaves a full horizon, every
``step`` days) the forecaster sees only the days before the origin and forecasts the next
``horizon`` days. Reported, for ``forecast_series`` and for a seasonal naive baseline
(same weekday last week, statsforecast's intervals) in the same run:

* MASE: mean absolute error over the horizon divided by the in-sample MAE of the
  seasonal naive (7) forecast on the training days, averaged over origins (origins
  whose training days have a zero seasonal naive MAE are left out of it);
* coverage80 / coverage95: the share of actual values inside the 80% / 95% intervals.

Data: CSV with a header ``date,value`` (or ``date,count``), or JSONL with
``{"t" | "date": ..., "total" | "value": ...}`` a line. Dates are ISO dates or
datetimes (their own calendar date is used); missing days count as 0.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from toancanh.trends.forecast import Forecast, bands_to_points, forecast_series, model_bands


class ForecastDataError(ValueError):
    """A series file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class MethodScore:
    mase: float
    coverage80: float
    coverage95: float
    methods: dict[str, int]  # method used: origins


@dataclass(frozen=True)
class ForecastEvalReport:
    days: int
    horizon: int
    step: int
    origins: int
    ours: MethodScore
    baseline: MethodScore

    def figures(self) -> dict[str, float]:
        return {
            "mase": self.ours.mase,
            "coverage80": self.ours.coverage80,
            "coverage95": self.ours.coverage95,
            "baseline_mase": self.baseline.mase,
            "baseline_coverage80": self.baseline.coverage80,
            "baseline_coverage95": self.baseline.coverage95,
            "origins": float(self.origins),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "horizon": self.horizon,
            "step": self.step,
            **self.figures(),
            "methods": self.ours.methods,
        }

    def format(self) -> str:
        methods = ", ".join(f"{name} {count}" for name, count in self.ours.methods.items())
        rows = [
            f"Rolling-origin backtest: {self.days} days, horizon {self.horizon}, "
            f"{self.origins} origins (every {self.step} day{'s' if self.step > 1 else ''})",
            f"{'forecaster':<20}{'MASE':>8}{'cover 80%':>11}{'cover 95%':>11}",
        ]
        for name, score in (("ours", self.ours), ("seasonal naive", self.baseline)):
            rows.append(
                f"{name:<20}{score.mase:>8.3f}{score.coverage80:>11.3f}{score.coverage95:>11.3f}"
            )
        rows.append(f"methods used: {methods}")
        return "\n".join(rows)


# --- reading ------------------------------------------------------------------------


def _parse_date(text: object, where: str) -> datetime.date:
    if not isinstance(text, str) or not text.strip():
        raise ForecastDataError(f"{where}: missing date")
    value = text.strip()
    try:
        if len(value) == 10:
            return datetime.date.fromisoformat(value)
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError as error:
        raise ForecastDataError(f"{where}: bad date {value!r}") from error


def _parse_value(raw: object, where: str) -> float:
    if not isinstance(raw, str | int | float):  # a list, an object or null in the file
        raise ForecastDataError(f"{where}: bad value {raw!r}")
    try:
        value = float(raw)
    except ValueError as error:
        raise ForecastDataError(f"{where}: bad value {raw!r}") from error
    if not np.isfinite(value) or value < 0:
        raise ForecastDataError(f"{where}: value {raw!r} is not a non-negative number")
    return value


def _read_csv(path: Path) -> list[tuple[datetime.date, float]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader, [])]
        if len(header) < 2 or header[0] != "date" or header[1] not in ("value", "count"):
            raise ForecastDataError(f"{path}:1: expected the header date,value (or date,count)")
        for line, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            where = f"{path}:{line}"
            if len(row) < 2:
                raise ForecastDataError(f"{where}: expected two columns, got {row!r}")
            rows.append((_parse_date(row[0], where), _parse_value(row[1], where)))
    return rows


def _read_jsonl(path: Path) -> list[tuple[datetime.date, float]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            where = f"{path}:{line}"
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                raise ForecastDataError(f"{where}: not JSON ({error.msg})") from error
            if not isinstance(record, dict):
                raise ForecastDataError(f"{where}: expected a JSON object")
            day = record.get("t", record.get("date"))
            value = record.get("total", record.get("value"))
            if value is None:
                raise ForecastDataError(f'{where}: missing "total" (or "value")')
            rows.append((_parse_date(day, where), _parse_value(value, where)))
    return rows


def read_series(path: Path) -> tuple[list[datetime.date], list[float]]:
    """Dates and values of a CSV or JSONL series file (see the module docstring)."""
    try:
        is_csv = path.suffix.lower() == ".csv"
        rows = _read_csv(path) if is_csv else _read_jsonl(path)
    except OSError as error:
        raise ForecastDataError(f"{path}: cannot read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise ForecastDataError(f"{path}: not UTF-8 text") from error
    if not rows:
        raise ForecastDataError(f"{path}: no data rows")
    return [day for day, _ in rows], [value for _, value in rows]


# --- backtest -----------------------------------------------------------------------


def _daily(dates: Sequence[datetime.date], values: Sequence[float]) -> tuple[list, np.ndarray]:
    """Calendar days from the first to the last date, missing ones 0, duplicates summed."""
    totals: dict[datetime.date, float] = {}
    for day, value in zip(dates, values, strict=True):
        totals[day] = totals.get(day, 0.0) + float(value)
    first, last = min(totals), max(totals)
    days = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    return days, np.array([totals.get(day, 0.0) for day in days])


def _seasonal_naive(history: np.ndarray, horizon: int) -> Forecast:
    """The baseline: statsforecast's SeasonalNaive(7) and its intervals, clipped at 0."""
    start = datetime.date(2000, 1, 1)  # dates are not scored
    points = bands_to_points(model_bands("SeasonalNaive", history, horizon), start, "volume")
    return Forecast("volume", "SeasonalNaive", None, None, points, len(history))


@dataclass
class _Tally:
    scaled_errors: list[float]
    inside80: int = 0
    inside95: int = 0
    scored: int = 0

    def add(self, forecast: Forecast, actual: np.ndarray, scale: float) -> None:
        means = np.array([point.mean for point in forecast.points])
        if scale > 0:
            self.scaled_errors.append(float(np.mean(np.abs(actual - means))) / scale)
        for point, value in zip(forecast.points, actual.tolist(), strict=True):
            self.inside80 += int(point.lo80 <= value <= point.hi80)
            self.inside95 += int(point.lo95 <= value <= point.hi95)
            self.scored += 1

    def score(self, methods: dict[str, int]) -> MethodScore:
        return MethodScore(
            mase=float(np.mean(self.scaled_errors)) if self.scaled_errors else float("nan"),
            coverage80=self.inside80 / self.scored if self.scored else 0.0,
            coverage95=self.inside95 / self.scored if self.scored else 0.0,
            methods=methods,
        )


def backtest(
    dates: Sequence[datetime.date],
    values: Sequence[float],
    horizon: int = 7,
    min_train: int = 28,
    step: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> ForecastEvalReport:
    """Rolling-origin backtest of ``forecast_series`` and of a seasonal naive baseline
    (``progress(done, total)`` is told after each origin)."""
    if horizon < 1 or step < 1 or min_train < 2 * 7:
        raise ValueError("horizon and step must be >= 1 and min_train >= 14")
    if not dates:
        raise ValueError("no data")
    days, series = _daily(dates, values)
    origins = list(range(min_train, len(series) - horizon + 1, step))
    ours, baseline = _Tally([]), _Tally([])
    methods: dict[str, int] = {}
    for done, origin in enumerate(origins, start=1):
        train, actual = series[:origin], series[origin : origin + horizon]
        scale = float(np.mean(np.abs(train[7:] - train[:-7])))
        forecast = forecast_series(days[:origin], train.tolist(), horizon=horizon)
        methods[forecast.method] = methods.get(forecast.method, 0) + 1
        ours.add(forecast, actual, scale)
        baseline.add(_seasonal_naive(train, horizon), actual, scale)
        if progress is not None:
            progress(done, len(origins))
    return ForecastEvalReport(
        days=len(series),
        horizon=horizon,
        step=step,
        origins=len(origins),
        ours=ours.score(methods),
        baseline=baseline.score({"SeasonalNaive": len(origins)}),
    )
