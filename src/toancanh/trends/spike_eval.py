"""``toancanh eval spikes``: the spike detectors measured on generated series.

Real daily series with labelled crises are rare, so the detectors are measured on
synthetic ones whose spikes are known. Each series (seeded, reproducible) has:

* a level between 0.5 and 200 articles a day (log-uniform), a weekly profile (quieter
  weekends, depth 0-60%), a slow trend over the period (x0.5 to x2) and a slow random
  wander of the level (AR(1) on the log scale);
* negative-binomial counts (size 4 to 40: variance mu + mu^2/size);
* volume spikes: 3 a series, magnitude x2.5 to x8 on the onset day (halving each
  following day, 1 to 3 days); on topics quieter than 2 articles a day a spike of
  magnitude m brings (m - 1) * 2 extra articles;
* negative-share jumps: 2 a series, +0.2 to +0.5 on a base share of 5-30% (beta-binomial
  daily noise), 1 or 2 days; in series with a slow negative ramp one jump falls just
  after the ramp (a rising story must not hide a sudden jump);
* slow ramps that are not spikes: half the series double or triple their volume over 3-6 weeks,
  half raise their negative share by 0.2-0.35 over 3-6 weeks.

Recall: an injected spike is found when the detector flags one of its days. For shares
only jumps whose onset day has at least ``min_count`` articles count (a share of 2
articles says nothing). False alarms: flags on any other day, per 1,000 scored days
(days with at least ``min_history`` days before them). The naive baseline, run on the
same series: trailing mean + 3 standard deviations over the same window, with the same
``min_count`` (and for shares ``min_increase``) gates, so that only the statistic differs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import NDArray

from toancanh.trends.spikes import negative_share_spikes, volume_spikes

WINDOW = 28
MIN_HISTORY = 7
MIN_COUNT = 5
MIN_INCREASE = 0.15
VOLUME_BANDS = ((2.5, 4.0), (4.0, 6.0), (6.0, 8.01))
SHARE_BANDS = ((0.2, 0.3), (0.3, 0.4), (0.4, 0.51))

IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class InjectedSpike:
    onset: int
    days: int
    magnitude: float  # volume: multiplier; share: added share
    observable: bool = True  # shares: the onset day has >= MIN_COUNT articles


@dataclass
class SyntheticSeries:
    totals: IntArray
    negatives: IntArray
    volume_spikes: list[InjectedSpike]
    share_spikes: list[InjectedSpike]
    volume_ramp: range | None
    share_ramp: range | None


@dataclass
class DetectorScore:
    """Recall and false alarms of one detector on one metric."""

    found: int = 0
    injected: int = 0
    found_by_band: dict[str, list[int]] = field(default_factory=dict)  # band: [found, all]
    false_alarms: int = 0
    quiet_days: int = 0  # scored days outside any injected spike
    ramp_false_alarms: int = 0
    ramp_days: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.injected if self.injected else 0.0

    @property
    def false_alarms_per_1000(self) -> float:
        return 1000.0 * self.false_alarms / self.quiet_days if self.quiet_days else 0.0


@dataclass
class SpikeEvalReport:
    seed: int
    series: int
    days: int
    volume: DetectorScore
    share: DetectorScore
    naive_volume: DetectorScore
    naive_share: DetectorScore

    def figures(self) -> dict[str, float]:
        return {
            "volume_recall": self.volume.recall,
            "volume_false_alarms_per_1000": self.volume.false_alarms_per_1000,
            "share_recall": self.share.recall,
            "share_false_alarms_per_1000": self.share.false_alarms_per_1000,
            "naive_volume_recall": self.naive_volume.recall,
            "naive_volume_false_alarms_per_1000": self.naive_volume.false_alarms_per_1000,
            "naive_share_recall": self.naive_share.recall,
            "naive_share_false_alarms_per_1000": self.naive_share.false_alarms_per_1000,
        }

    def as_json(self) -> dict[str, Any]:
        detectors = {
            name: {
                **asdict(score),
                "recall": score.recall,
                "fa_per_1000": score.false_alarms_per_1000,
            }
            for name, score in self._detectors()
        }
        return {
            "seed": self.seed,
            "series": self.series,
            "days": self.days,
            **self.figures(),
            "detectors": detectors,
        }

    def _detectors(self) -> list[tuple[str, DetectorScore]]:
        return [
            ("volume", self.volume),
            ("naive_volume", self.naive_volume),
            ("negative_share", self.share),
            ("naive_negative_share", self.naive_share),
        ]

    def format(self) -> str:
        lines = [
            f"Spike detection on {self.series} synthetic series x {self.days} days "
            f"(seed {self.seed})",
            f"{'detector':<22}{'recall':>14}{'false alarms/1000':>19}{'ramp FA/1000':>14}",
        ]
        for name, score in self._detectors():
            ramp = 1000.0 * score.ramp_false_alarms / score.ramp_days if score.ramp_days else 0.0
            lines.append(
                f"{name:<22}{score.recall:>7.3f} ({score.found:>3}/{score.injected:<3})"
                f"{score.false_alarms_per_1000:>19.2f}{ramp:>14.2f}"
            )
        lines.append("recall by magnitude band:")
        for name, score in self._detectors():
            bands = "  ".join(
                f"{band} {found}/{total}"
                for band, (found, total) in sorted(score.found_by_band.items())
            )
            lines.append(f"  {name:<22}{bands}")
        return "\n".join(lines)


# --- generation ---------------------------------------------------------------------


def _pick_onsets(rng: np.random.Generator, days: int, count: int, taken: set[int]) -> list[int]:
    """``count`` onset days, at least 14 days apart from each other and from ``taken``."""
    onsets: list[int] = []
    for _ in range(200):
        if len(onsets) == count:
            break
        day = int(rng.integers(WINDOW + 7, days - 3))
        if all(abs(day - other) >= 14 for other in [*onsets, *taken]):
            onsets.append(day)
    return sorted(onsets)


def _ramp(rng: np.random.Generator, days: int, shortest: int, longest: int) -> range | None:
    length = int(rng.integers(shortest, longest + 1))
    if days < WINDOW + length + 10:
        return None
    start = int(rng.integers(WINDOW, days - length - 5))
    return range(start, start + length)


def _ramp_profile(days: int, ramp: range | None) -> NDArray[np.float64]:
    """0 before the ramp, rising linearly to 1 at its end, 1 after."""
    if ramp is None:
        return np.zeros(days)
    return np.clip((np.arange(days) - ramp.start + 1) / len(ramp), 0.0, 1.0)


def _expected_volume(rng: np.random.Generator, days: int) -> NDArray[np.float64]:
    level = np.exp(rng.uniform(np.log(0.5), np.log(200.0)))
    depth = rng.uniform(0.0, 0.6)
    week = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 1.0 - 0.7 * depth, 1.0 - depth])
    week = week * rng.uniform(0.9, 1.1, 7)
    week /= week.mean()
    weekday = (np.arange(days) + int(rng.integers(7))) % 7
    trend = np.exp(np.linspace(0.0, rng.uniform(np.log(0.5), np.log(2.0)), days))
    wander = np.zeros(days)
    steps = rng.normal(0.0, 0.04, days)
    for day in range(1, days):
        wander[day] = 0.97 * wander[day - 1] + steps[day]
    return level * week[weekday] * trend * np.exp(wander)


def make_series(rng: np.random.Generator, days: int) -> SyntheticSeries:
    """One synthetic topic: counts, negative counts and what was injected where."""
    expected = _expected_volume(rng, days)
    volume_ramp = _ramp(rng, days, 21, 42) if rng.random() < 0.5 else None
    expected *= 1.0 + rng.uniform(1.0, 2.0) * _ramp_profile(days, volume_ramp)
    taken = set(volume_ramp or [])
    injected = []
    for onset in _pick_onsets(rng, days, 3, taken):
        magnitude = float(rng.uniform(2.5, 8.0))
        length = min(int(rng.integers(1, 4)), days - onset)
        for offset in range(length):
            base = max(expected[onset + offset], 2.0)
            expected[onset + offset] += (magnitude - 1.0) * base * 0.5**offset
        injected.append(InjectedSpike(onset, length, magnitude))
    size = np.exp(rng.uniform(np.log(4.0), np.log(40.0)))
    totals = rng.negative_binomial(size, size / (size + expected)).astype(np.int64)

    share = rng.uniform(0.05, 0.3) + np.cumsum(rng.normal(0.0, 0.003, days))
    share_ramp = _ramp(rng, days, 21, 42) if rng.random() < 0.5 else None
    share = np.clip(share + rng.uniform(0.2, 0.35) * _ramp_profile(days, share_ramp), 0.01, 0.9)
    jumps: list[InjectedSpike] = []
    taken_share = set(share_ramp or [])
    onsets = _pick_onsets(rng, days, 2, taken_share)
    if share_ramp is not None and share_ramp.stop + 11 < days and onsets:
        onsets[0] = share_ramp.stop + int(rng.integers(0, 11))  # right after the rise
    for onset in sorted(set(onsets)):
        jump = float(rng.uniform(0.2, 0.5))
        length = min(int(rng.integers(1, 3)), days - onset)
        share[onset : onset + length] = np.minimum(share[onset : onset + length] + jump, 0.95)
        jumps.append(InjectedSpike(onset, length, jump, bool(totals[onset] >= MIN_COUNT)))
    concentration = rng.uniform(50.0, 400.0)
    daily_share = rng.beta(share * concentration, (1.0 - share) * concentration)
    negatives = rng.binomial(totals, daily_share).astype(np.int64)
    return SyntheticSeries(totals, negatives, injected, jumps, volume_ramp, share_ramp)


# --- the naive baseline -------------------------------------------------------------


def _mean_sd_flags(values: NDArray[np.float64], weights_ok: NDArray[np.bool_]) -> set[int]:
    """Days above trailing mean + 3 sd (over days where ``weights_ok``), >= MIN_HISTORY
    days of history, windows of up to WINDOW days."""
    flagged: set[int] = set()
    size = len(values)
    masked = np.where(weights_ok, values, np.nan)
    for day in range(MIN_HISTORY, min(WINDOW, size)):
        history = masked[:day]
        if np.any(~np.isnan(history)) and values[day] > np.nanmean(history) + 3 * np.nanstd(
            history
        ):
            flagged.add(day)
    if size > WINDOW:
        windows = sliding_window_view(masked, WINDOW)[: size - WINDOW]
        usable = ~np.all(np.isnan(windows), axis=1)
        with np.errstate(invalid="ignore"):
            mean = np.nanmean(np.where(usable[:, None], windows, 0.0), axis=1)
            sd = np.nanstd(np.where(usable[:, None], windows, 0.0), axis=1)
        above = usable & (values[WINDOW:] > mean + 3 * sd)
        flagged.update(int(day) + WINDOW for day in np.flatnonzero(above))
    return flagged


def naive_volume_flags(counts: IntArray) -> set[int]:
    values = counts.astype(np.float64)
    flagged = _mean_sd_flags(values, np.ones(len(values), dtype=bool))
    return {day for day in flagged if counts[day] >= MIN_COUNT}


def naive_share_flags(totals: IntArray, negatives: IntArray) -> set[int]:
    shares = np.divide(negatives, totals, out=np.zeros(len(totals)), where=totals > 0)
    flagged = _mean_sd_flags(shares, totals > 0)
    result = set()
    for day in flagged:
        history = slice(max(0, day - WINDOW), day)
        kept = totals[history] > 0
        mean = float(shares[history][kept].mean()) if kept.any() else shares[day]
        if totals[day] >= MIN_COUNT and shares[day] - mean >= MIN_INCREASE:
            result.add(day)
    return result


# --- scoring ------------------------------------------------------------------------


def _band(value: float, bands: tuple[tuple[float, float], ...], unit: str) -> str:
    for low, high in bands:
        if low <= value < high:
            return f"{unit}{low:g}-{min(high, round(high, 1)):g}"
    return f"{unit}{value:.2f}"


def _score(
    score: DetectorScore,
    flags: set[int],
    spikes: list[InjectedSpike],
    ramp: range | None,
    days: int,
    bands: tuple[tuple[float, float], ...],
    unit: str,
    excluded: set[int],
) -> None:
    spike_days = {s.onset + k for s in spikes for k in range(s.days)} | excluded
    for spike in spikes:
        if not spike.observable:
            continue
        hit = any(spike.onset + k in flags for k in range(spike.days))
        band = score.found_by_band.setdefault(_band(spike.magnitude, bands, unit), [0, 0])
        band[0] += hit
        band[1] += 1
        score.found += hit
        score.injected += 1
    scored = [day for day in range(MIN_HISTORY, days) if day not in spike_days]
    score.quiet_days += len(scored)
    score.false_alarms += sum(day in flags for day in scored)
    if ramp is not None:
        # The ramp and the two weeks after it, while the trailing window still lags.
        ramp_days = [d for d in range(ramp.start, min(ramp.stop + 14, days)) if d not in spike_days]
        score.ramp_days += len(ramp_days)
        score.ramp_false_alarms += sum(day in flags for day in ramp_days)


def evaluate_spikes(
    seed: int = 7,
    series: int = 200,
    days: int = 365,
    progress: Callable[[int], None] | None = None,
) -> SpikeEvalReport:
    """Recall and false alarms of the detectors and of the naive baseline on
    ``series`` generated series of ``days`` days (``progress`` is told each series)."""
    rng = np.random.default_rng(seed)
    report = SpikeEvalReport(
        seed, series, days, DetectorScore(), DetectorScore(), DetectorScore(), DetectorScore()
    )
    for number in range(series):
        data = make_series(rng, days)
        volume_flags = {spike.index for spike in volume_spikes(data.totals)}
        share_flags = {s.index for s in negative_share_spikes(data.totals, data.negatives)}
        unobservable = {
            s.onset + k for s in data.share_spikes if not s.observable for k in range(s.days)
        }
        for score, flags in (
            (report.volume, volume_flags),
            (report.naive_volume, naive_volume_flags(data.totals)),
        ):
            _score(
                score, flags, data.volume_spikes, data.volume_ramp, days, VOLUME_BANDS, "x", set()
            )
        for score, flags in (
            (report.share, share_flags),
            (report.naive_share, naive_share_flags(data.totals, data.negatives)),
        ):
            _score(
                score,
                flags,
                data.share_spikes,
                data.share_ramp,
                days,
                SHARE_BANDS,
                "+",
                unobservable,
            )
        if progress is not None:
            progress(number + 1)
    return report


def report_json(report: SpikeEvalReport) -> str:
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2)
