"""Backtest and series files: figures for both forecasters, errors that name the line."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import numpy as np
import pytest

from toancanh.floors import check_floors
from toancanh.trends.forecast_eval import ForecastDataError, backtest, read_series

START = datetime.date(2025, 1, 6)


def generated(count: int) -> tuple[list[datetime.date], list[float]]:
    profile = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 0.6, 0.4]) * 15
    values = np.random.default_rng(8).poisson(profile[np.arange(count) % 7]).astype(float)
    return [START + datetime.timedelta(days=n) for n in range(count)], values.tolist()


def test_backtest_on_a_small_series() -> None:
    dates, values = generated(56)
    report = backtest(dates, values, horizon=7, step=7)
    figures = report.figures()
    assert figures["origins"] == 4 == report.origins  # origins 28, 35, 42, 49
    for key in ("coverage80", "coverage95", "baseline_coverage80", "baseline_coverage95"):
        assert 0 <= figures[key] <= 1
    assert figures["coverage95"] >= figures["coverage80"]
    assert 0 < figures["mase"] < 2 and 0 < figures["baseline_mase"] < 3
    assert "seasonal naive" in report.format()
    assert json.loads(json.dumps(report.as_json()))["methods"] == {"AutoETS": 4}


def test_series_files(tmp_path: Path) -> None:
    csv_file = tmp_path / "s.csv"
    csv_file.write_text("date,count\n2025-01-01,3\n2025-01-03,5\n\n", encoding="utf-8")
    assert read_series(csv_file) == ([START.replace(day=1), START.replace(day=3)], [3.0, 5.0])
    jsonl = tmp_path / "s.jsonl"
    jsonl.write_text(
        '{"t": "2025-01-01T23:30:00+07:00", "total": 4}\n{"date": "2025-01-02", "value": 1}\n',
        encoding="utf-8",
    )
    assert read_series(jsonl) == ([START.replace(day=1), START.replace(day=2)], [4.0, 1.0])


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("a.csv", "day,value\n2025-01-01,3\n", "a.csv:1: expected the header"),
        ("b.csv", "date,value\n2025-01-01,3\n2025-13-01,4\n", "b.csv:3: bad date"),
        ("c.csv", "date,value\n2025-01-01,-3\n", "c.csv:2: value '-3' is not"),
        ("d.csv", "date,value\n2025-01-01,many\n", "d.csv:2: bad value 'many'"),
        ("e.jsonl", '{"t": "2025-01-01", "total": 1}\n{oops\n', "e.jsonl:2: not JSON"),
        ("f.jsonl", '{"t": "2025-01-01"}\n', 'f.jsonl:1: missing "total"'),
        ("g.jsonl", '{"total": 2}\n', "g.jsonl:1: missing date"),
        ("h.csv", "date,value\n", "h.csv: no data rows"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ForecastDataError, match=message.replace("(", r"\(")) as caught:
        read_series(path)
    assert str(path) in str(caught.value)


def test_ceilings_in_floors_files(tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[s]\nrecall = 0.5\nmax_false_alarms = 2.0\n", encoding="utf-8")
    assert check_floors({"recall": 0.6, "false_alarms": 1.5}, "s", floors) == []
    assert check_floors({"recall": 0.4, "false_alarms": 2.5}, "s", floors) == [
        "recall 0.4000 is below the floor 0.5",
        "false_alarms 2.5000 is above the ceiling 2.0",
    ]
    floors.write_text("[s]\nmax_other = 1\n", encoding="utf-8")
    assert "unknown floor 'max_other'" in check_floors({"recall": 1.0}, "s", floors)[0]
