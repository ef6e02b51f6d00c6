"""Write ``forecast_daily_volume.csv``: 240 days of one policy topic's article counts.

Seeded and reproducible (``python eval/data/make_forecast_series.py``). The series mimics a
policy topic followed by the national press: about 20 articles a weekday, quieter weekends
(Saturday -35%, Sunday -50%), a slow rise (+60% over the period, as a draft policy nears
adoption), a wandering level, negative-binomial noise (size 12) and two bursts: a
controversy on day 96 (x3.5 on the first day, fading over a week) and the adoption on day
181 (x5, fading over ten days).
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import numpy as np

SEED = 2024
DAYS = 240
START = datetime.date(2024, 9, 2)  # a Monday
OUT = Path(__file__).with_name("forecast_daily_volume.csv")


def expected_counts(rng: np.random.Generator) -> np.ndarray:
    day = np.arange(DAYS)
    weekday = np.array([1.0, 1.05, 1.05, 1.0, 0.95, 0.65, 0.5])[(day + START.weekday()) % 7]
    trend = np.linspace(1.0, 1.6, DAYS)
    wander = np.zeros(DAYS)
    for step, shock in enumerate(rng.normal(0.0, 0.05, DAYS)[1:], start=1):
        wander[step] = 0.9 * wander[step - 1] + shock
    level = 20.0 * weekday * trend * np.exp(wander)
    for onset, size, fade in ((96, 3.5, 7), (181, 5.0, 10)):
        after = np.arange(fade)
        level[onset : onset + fade] *= 1.0 + (size - 1.0) * np.exp(-after / (fade / 3))
    return level


def main() -> None:
    rng = np.random.default_rng(SEED)
    expected = expected_counts(rng)
    size = 12.0
    counts = rng.negative_binomial(size, size / (size + expected))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["date", "value"])
        for offset, count in enumerate(counts):
            writer.writerow([(START + datetime.timedelta(days=offset)).isoformat(), int(count)])


if __name__ == "__main__":
    main()
