"""bench/registry.py on a small registry, so that it cannot rot: one build shared by both
steps, two with ``--separate``, the same claims and pickups either way."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _figures(out: str) -> dict[str, str]:
    last = out.strip().splitlines()[-1]
    return dict(pair.split("=", 1) for pair in last.split(" "))


def test_the_steps_share_one_build_unless_separate(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(BENCH))  # it imports claims.py and pickup.py
    spec = importlib.util.spec_from_file_location("bench_registry", BENCH / "registry.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)
    spec.loader.exec_module(bench)
    runs = []
    for extra in ([], ["--separate"]):
        assert bench.main(["--statements", "40", "--articles", "10", *extra]) == 0
        runs.append(_figures(capsys.readouterr().out))
    shared, separate = runs
    assert (shared["builds"], separate["builds"]) == ("1", "2")
    assert shared["claims"] == separate["claims"] and int(shared["claims"]) > 0
    assert shared["pickups"] == separate["pickups"] == "1"  # the one carrier of ten
    assert list(shared)[-1] == "ratio" and float(shared["peak_rss_mb"]) > 0
