"""Spike detectors: injected spikes found at their day; ramps, weekends and lone
articles left alone; never a crash on odd series."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.trends.spikes import (
    negative_share_score,
    negative_share_spikes,
    volume_score,
    volume_spikes,
)


def weekly_counts(days: int, weekday: float = 40.0, seed: int = 1) -> np.ndarray:
    """Poisson counts with quiet weekends (Saturday 60%, Sunday 40% of a weekday)."""
    profile = np.array([1.0, 1.0, 1.0, 1.0, 1.0, 0.6, 0.4]) * weekday
    return np.random.default_rng(seed).poisson(profile[np.arange(days) % 7]).astype(float)


def test_an_injected_volume_spike_is_found_on_its_day() -> None:
    counts = weekly_counts(90)
    counts[60] = 4 * 40
    spikes = volume_spikes(counts)
    assert [spike.index for spike in spikes] == [60]
    spike = spikes[0]
    assert spike.metric == "volume" and spike.count == 160 and spike.observed == 160.0
    assert 30 < spike.baseline < 50 and spike.score > 4.5


def test_past_spikes_do_not_raise_the_baseline() -> None:
    counts = weekly_counts(90)
    for day in (50, 53, 56):
        counts[day] = 200
    counts[63] = 160  # a fourth burst a week later is still a spike
    indices = [spike.index for spike in volume_spikes(counts)]
    assert indices == [50, 53, 56, 63]


def test_weekend_dips_and_slow_ramps_are_not_spikes() -> None:
    assert volume_spikes(weekly_counts(120)) == []
    days = np.arange(120)
    ramp = 10.0 * np.exp(np.clip(days - 40, 0, 40) * np.log(3) / 40)  # x3 over 40 days
    counts = np.random.default_rng(3).poisson(ramp).astype(float)
    assert volume_spikes(counts) == []


def test_a_few_articles_after_silence_are_not_a_crisis() -> None:
    counts = np.zeros(60)
    counts[40] = 2
    counts[50] = 1
    assert volume_spikes(counts) == []
    counts[55] = 12  # twelve articles on a silent topic are
    assert [spike.index for spike in volume_spikes(counts)] == [55]


def test_volume_score_of_todays_partial_count() -> None:
    history = weekly_counts(28)  # the scored day is a Monday (day 28)
    baseline, score = volume_score(history, 150)
    assert 30 < baseline < 50 and score > 10
    assert volume_score(history, baseline)[1] == 0.0
    assert volume_score([], 3) == (0.0, 0.0)


def shares(days: int, share: float, total: int = 40, seed: int = 2) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    totals = np.full(days, float(total))
    return totals, rng.binomial(total, share, days).astype(float)


def test_a_negative_share_jump_is_found() -> None:
    totals, negatives = shares(80, 0.15)
    negatives[60] = 24  # 60% of the day's articles
    spikes = negative_share_spikes(totals, negatives)
    assert [spike.index for spike in spikes] == [60]
    spike = spikes[0]
    assert spike.metric == "negative_share" and spike.count == 40
    assert spike.observed == 0.6 and 0.1 < spike.baseline < 0.2


def test_a_slowly_rising_negative_story_does_not_hide_a_jump() -> None:
    days = 100
    rising = np.clip(0.1 + np.arange(days) * 0.004, 0, 0.5)  # +0.4 over 100 days
    rng = np.random.default_rng(1)  # about 1 seed in 3 has a chance flag somewhere
    totals = np.full(days, 40.0)
    negatives = rng.binomial(40, rising).astype(float)
    assert negative_share_spikes(totals, negatives) == []  # the rise alone is no spike
    negatives[90] = 34  # 85% on a day expected near 46%
    assert [spike.index for spike in negative_share_spikes(totals, negatives)] == [90]


def test_small_days_and_small_rises_are_not_share_spikes() -> None:
    totals, negatives = shares(60, 0.1)
    totals[40], negatives[40] = 3, 3  # 3 of 3 negative: too few articles
    totals[45], negatives[45] = 40, 9  # 22% against 10%: under min_increase
    assert negative_share_spikes(totals, negatives) == []


def test_negative_share_score_edges() -> None:
    assert negative_share_score([0, 0], [0, 0], 10, 9) == (0.9, 0.0)  # nothing to compare
    baseline, score = negative_share_score([20] * 14, [2] * 14, 20, 16)
    assert baseline == 0.1 and score > 5
    assert negative_share_score([5], [9], 5, 9)[0] == 1.0  # negatives capped at the total


counts_strategy = st.lists(
    st.one_of(st.integers(0, 5), st.integers(0, 10**9), st.just(0)), max_size=80
)


@settings(max_examples=60, deadline=None)
@given(counts_strategy)
def test_volume_spikes_never_crash(counts: list[int]) -> None:
    for spike in volume_spikes(counts):
        assert 0 <= spike.index < len(counts)
        assert spike.count == counts[spike.index] >= 5
        assert math.isfinite(spike.score) and spike.score >= 4.5
        assert math.isfinite(spike.baseline) and spike.baseline >= 0
    baseline, score = volume_score(counts, 7)
    assert math.isfinite(baseline) and math.isfinite(score) and baseline >= 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=60))
def test_share_spikes_never_crash(days: list[tuple[int, int]]) -> None:
    totals = [total for total, _ in days]
    negatives = [negative for _, negative in days]
    for spike in negative_share_spikes(totals, negatives):
        assert 0 <= spike.baseline <= 1 and 0 <= spike.observed <= 1
        assert spike.observed - spike.baseline >= 0.15 and spike.count >= 5
        assert math.isfinite(spike.score)
    baseline, score = negative_share_score(totals, negatives, 10, 10)
    assert 0 <= baseline <= 1 and math.isfinite(score)


def test_constant_and_all_zero_series_have_no_spikes() -> None:
    assert volume_spikes([0] * 50) == volume_spikes([7] * 50) == []
    assert negative_share_spikes([10] * 50, [3] * 50) == []
    assert negative_share_spikes([0] * 50, [0] * 50) == []


def test_a_scan_of_the_last_days_finds_what_the_full_run_finds() -> None:
    rng = np.random.default_rng(3)
    counts = rng.poisson(6, size=60).astype(float)
    counts[[20, 52, 58]] = [40, 45, 50]
    negatives = np.minimum(counts, rng.poisson(1, size=60))
    negatives[55] = counts[55]
    for start in (0, 29, 50, 59):
        full = [s for s in volume_spikes(counts) if s.index >= start]
        assert volume_spikes(counts, start=start) == full
        full_share = [s for s in negative_share_spikes(counts, negatives) if s.index >= start]
        assert negative_share_spikes(counts, negatives, start=start) == full_share
