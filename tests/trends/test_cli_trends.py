"""``toancanh eval spikes`` and ``toancanh eval forecast`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

EVAL = Path(__file__).parents[2] / "eval"
SHIPPED = EVAL / "data" / "forecast_daily_volume.csv"


def test_eval_spikes_small_configuration(cli) -> None:
    result = cli(
        "eval", "spikes", "--series", "10", "--days", "100", "--seed", "2", "--json",
        "--floors", str(EVAL / "floors.toml"),
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert report["series"] == 10 and 0 <= report["volume_recall"] <= 1
    assert report["floor_section"] is None  # floors hold for the default configuration
    text = cli("eval", "spikes", "--series", "5", "--days", "90").output
    assert "naive_volume" in text and "No floors" in text


def test_eval_forecast_on_the_shipped_series(cli, tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[forecast]\ncoverage80 = 0.1\nmax_mase = 5.0\n", encoding="utf-8")
    args = ("eval", "forecast", "--data", str(SHIPPED), "--step", "30", "--floors", str(floors))
    report = json.loads(cli(*args, "--json").stdout)
    assert report["floor_section"] == "forecast" and report["floor_violations"] == []
    assert report["origins"] == 7 and report["mase"] < report["baseline_mase"]
    floors.write_text("[forecast]\nmax_mase = 0.01\n", encoding="utf-8")
    failed = cli(*args, code=1)
    assert "MASE" in failed.stdout and "above the ceiling" in failed.output


def test_eval_forecast_bad_file(cli, tmp_path: Path) -> None:
    bad = tmp_path / "series.csv"
    bad.write_text("date,value\n2025-01-01,x\n", encoding="utf-8")
    assert "series.csv:2" in cli("eval", "forecast", "--data", str(bad), code=2).output
    short = tmp_path / "short.csv"
    short.write_text("date,value\n2025-01-01,3\n", encoding="utf-8")
    result = json.loads(cli("eval", "forecast", "--data", str(short), "--json").stdout)
    assert result["origins"] == 0
