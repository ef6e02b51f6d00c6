"""The spike evaluation: reproducible, fast on a small configuration, readable."""

from __future__ import annotations

import json

from toancanh.trends.spike_eval import evaluate_spikes

KEYS = {
    "volume_recall",
    "volume_false_alarms_per_1000",
    "share_recall",
    "share_false_alarms_per_1000",
    "naive_volume_recall",
    "naive_volume_false_alarms_per_1000",
}


def test_small_evaluation_is_reproducible_and_beats_the_naive_rule() -> None:
    report = evaluate_spikes(seed=3, series=20, days=120)
    figures = report.figures()
    assert set(figures) >= KEYS
    assert all(0 <= figures[key] <= 1 for key in KEYS if key.endswith("recall"))
    assert figures == evaluate_spikes(seed=3, series=20, days=120).figures()
    assert figures["volume_recall"] > 0.5 and figures["share_recall"] > 0.3
    assert figures["volume_false_alarms_per_1000"] < figures["naive_volume_false_alarms_per_1000"]
    assert report.volume.injected > 20  # 3 a series (fewer when onsets collide)
    text = report.format()
    assert "naive_volume" in text and "recall by magnitude band" in text
    data = json.loads(json.dumps(report.as_json()))
    assert data["series"] == 20 and "volume" in data["detectors"]
