"""Spikes in daily article series: a sudden rise in volume or in the negative share.

Pure functions over sequences or numpy arrays (one value per calendar day, oldest first;
missing days must be filled with 0 before). Each day is scored against its own trailing
history only (the ``window`` days before it), so a score never uses the future and the
same function scores today's partial count live.

Volume (counts are small, overdispersed, quieter at weekends)::

    w        weekday of each history day relative to the scored day (0 = same weekday)
    M_w      median of the history days of weekday w (only with >= 21 days of history:
             fewer than 3 values a weekday give no profile; then every factor is 1)
    M_w'     M_w shrunk towards their mean by the share of their variance the noise
             explains (empirical Bayes; a raw 4-value median profile of overdispersed
             counts added more false alarms than it removed)
    f_w      = (M_w' + 1) / (mean of M_w' + 1)              weekday factor
    a_j      = count_j / f_{w_j}                           weekday-adjusted history
    level    = median of a over the last RECENT_DAYS days (robust: past spikes do not
               lift it; short: a slow ramp is followed, not flagged)
    baseline = level * f_0                                 expected count today
    noise    = max(1.4826 * median|a_j - a_{j-1}| / sqrt 2,    day-to-day noise (a slow
                   1.4826 * median|a_j - level|)               trend barely moves it), or
                                                               the spread around the level
    spread   = max(f_0 * noise, sqrt(max(baseline, 1)))        Poisson floor
    score    = (observed - baseline) / spread

Both noise terms are medians of absolute deviations, so a past spike does not widen them;
the Poisson floor keeps a series of zeros from turning one or two articles into a large
score. A day is a spike when ``score >= threshold`` and ``observed >= min_count``.

Negative share (negatives / total of the day). The share of 3 negatives in 5 articles is
far in the tail of a normal approximation, so shares are compared on Anscombe's arcsine
scale, where the binomial variance is about 1 / (4 total) whatever the share::

    g(x, n)  = arcsin(sqrt((x + 3/8) / (n + 3/4)))      x negatives of n articles
    level    = median of g over the last RECENT_DAYS days with articles, each day
               weighted by its total (robust to past spikes, follows a slow rise)
    tau^2    = max(0, (1.4826 * median|g_j - g_{j-1}| / sqrt 2)^2 - median 1/(4 n_j + 3))
               day-to-day variation beyond the binomial one, from differences: a slow
               rise does not inflate it, so it cannot hide a sudden jump
    score    = (g(negatives, total) - level) / sqrt(1 / (4 total + 3) + tau^2)
    baseline = the weighted median of the daily shares (reported; 0..1)

A day is a spike when ``score >= threshold``, ``total >= min_count`` and the share rose by
at least ``min_increase`` over the baseline (15 points: a rise from 2% to 6% is not news).
A day whose history has no article gets score 0 (nothing to compare with).

Thresholds were chosen with ``toancanh eval spikes`` (200 synthetic series x 365 days with
known spikes and slow ramps, see ``spike_eval``). Volume: 4.0 / 4.5 / 5.0 gave recall
0.815 / 0.773 / 0.748 at 4.8 / 2.7 / 1.7 false alarms per 1,000 days (the naive mean + 3 sd
rule: recall 0.888 at 12.9). Share: 2.5 / 3.0 / 3.5 gave recall 0.727 / 0.648 / 0.566 at
4.9 / 1.7 / 0.6 (naive: 0.682 at 4.7). The defaults, 4.5 and 3.0, keep both near two
false alarms per 1,000 series-days: with 30 watched topics, about one false alert a
fortnight, while finding 9 in 10 volume spikes of x6 and more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from numpy.typing import ArrayLike, NDArray

# Chosen with `toancanh eval spikes` (module docstring); the alert rules' defaults too.
from toancanh.trends.thresholds import SHARE_THRESHOLD, VOLUME_THRESHOLD

RECENT_DAYS = 14  # days whose median is the level: long enough to shrug off a burst
MIN_SEASONAL_HISTORY = 21  # three values a weekday before a weekly profile is trusted
MAD_TO_SD = 1.4826  # MAD of a normal sample times this is its standard deviation
SHARE_FLOOR = 0.02  # a baseline share of 0 would give a zero spread

Float2D = NDArray[np.float64]
Float1D = NDArray[np.float64]


@dataclass(frozen=True)
class SpikePoint:
    """One unusual day."""

    index: int  # position in the series
    metric: str  # "volume" or "negative_share"
    baseline: float  # expected value (count, or share 0..1)
    observed: float  # the day's value (count, or share)
    score: float  # robust z-like score: (observed - baseline) / spread (module docstring)
    count: int  # articles that day (for shares: the day's total)


def _points(
    metric: str,
    hits: NDArray[np.bool_],
    positions: NDArray,
    baseline: Float1D,
    observed: Float1D,
    score: Float1D,
    counts: Float1D,
) -> list[SpikePoint]:
    """The ``hits`` of one block of days as spikes."""
    return [
        SpikePoint(
            index=int(positions[i]),
            metric=metric,
            baseline=float(baseline[i]),
            observed=float(observed[i]),
            score=float(score[i]),
            count=int(counts[i]),
        )
        for i in np.flatnonzero(hits)
    ]


def _as_counts(values: ArrayLike | Sequence[float], name: str) -> Float1D:
    array = np.asarray(values, dtype=np.float64).reshape(-1)
    if not np.all(np.isfinite(array)) or np.any(array < 0):
        raise ValueError(f"{name} must be finite, non-negative numbers")
    return array


# --- volume -------------------------------------------------------------------------


def _weekday_of_columns(length: int) -> NDArray[np.intp]:
    """Weekday of each history column relative to the scored day (0 = same weekday)."""
    return (length - np.arange(length)) % 7


def _weekday_factors(histories: Float2D, noise_sd: Float1D) -> Float2D:
    """Per row, the factor of each weekday (m, 7); all ones on short histories.

    Each weekday's median is shrunk towards the mean of the seven medians by how much of
    their spread the noise could explain (empirical Bayes): with overdispersed counts,
    four values a weekday give a noisy profile, and a raw one adds more false alarms than
    it removes (measured with ``toancanh eval spikes``)."""
    rows, length = histories.shape
    if length < MIN_SEASONAL_HISTORY:
        return np.ones((rows, 7))
    weekdays = _weekday_of_columns(length)
    medians = np.stack(
        [np.median(histories[:, weekdays == day], axis=1) for day in range(7)], axis=1
    )
    mean = medians.mean(axis=1, keepdims=True)
    noise = np.maximum(noise_sd**2, np.maximum(mean[:, 0], 1.0))  # Poisson floor
    # Variance of the median of n values: about (pi / 2) * sd^2 / n.
    median_noise = (np.pi / 2) * noise / (length / 7)
    spread = medians.var(axis=1)
    weight = np.clip((spread - median_noise) / np.maximum(spread, 1e-12), 0.0, 1.0)
    shrunk = mean + weight[:, np.newaxis] * (medians - mean)
    return (shrunk + 1.0) / (mean + 1.0)


def _robust_sd_of_differences(values: Float2D) -> Float1D:
    """Noise sd from the MAD of first differences: insensitive to slow trends."""
    if values.shape[1] < 2:
        return np.zeros(values.shape[0])
    differences = np.abs(np.diff(values, axis=1))
    return MAD_TO_SD * np.median(differences, axis=1) / np.sqrt(2.0)


def volume_scores(histories: Float2D, observed: Float1D) -> tuple[Float1D, Float1D]:
    """Baselines and scores of many days at once: row i of ``histories`` (all of one
    length, oldest first) is the trailing history of ``observed[i]``."""
    rows, length = histories.shape
    if length == 0:
        return np.zeros(rows), np.zeros(rows)
    factors = _weekday_factors(histories, _robust_sd_of_differences(histories))
    weekdays = _weekday_of_columns(length)
    adjusted = histories / factors[:, weekdays]
    level = np.median(adjusted[:, -RECENT_DAYS:], axis=1)
    today = factors[:, 0]
    baseline = level * today
    # Day-to-day noise, or the spread around the level if larger (a wandering level,
    # a weekly profile the factors missed): both robust to a few past spikes.
    around_level = MAD_TO_SD * np.median(np.abs(adjusted - level[:, np.newaxis]), axis=1)
    noise = np.maximum(_robust_sd_of_differences(adjusted), around_level)
    spread = np.maximum(today * noise, np.sqrt(np.maximum(baseline, 1.0)))
    return baseline, (observed - baseline) / spread


def volume_score(history: ArrayLike | Sequence[float], observed: float) -> tuple[float, float]:
    """(baseline, score) of one day's count against its trailing history (oldest first,
    the day before ``observed`` last). Used live on today's partial count."""
    past = _as_counts(history, "history")
    baseline, score = volume_scores(past[np.newaxis, :], np.array([float(observed)]))
    return float(baseline[0]), float(score[0])


def _trailing(
    values: Float1D, window: int, min_history: int, start: int = 0
) -> list[tuple[Float2D, NDArray]]:
    """(histories, positions) blocks covering every day from ``start`` with >=
    min_history prior days: one row per day, histories of equal length within a block
    (short ones first)."""
    blocks: list[tuple[Float2D, NDArray]] = []
    size = len(values)
    first = max(min_history, 1, start)
    for position in range(first, min(window, size)):
        blocks.append((values[np.newaxis, :position], np.array([position])))
    if size > window:
        skip = max(0, start - window)  # a scan of the last days needs no older rows
        histories = sliding_window_view(values, window)[skip : size - window]
        blocks.append((histories, np.arange(window + skip, size)))
    return blocks


def volume_spikes(
    counts: ArrayLike | Sequence[float],
    *,
    window: int = 28,
    threshold: float = VOLUME_THRESHOLD,
    min_count: int = 5,
    min_history: int = 7,
    start: int = 0,
) -> list[SpikePoint]:
    """Days (from index ``start``) whose article count is unusually high against the
    ``window`` days before."""
    values = _as_counts(counts, "counts")
    spikes: list[SpikePoint] = []
    for histories, positions in _trailing(values, max(window, 1), min_history, start):
        observed = values[positions]
        baseline, score = volume_scores(histories, observed)
        hits = (score >= threshold) & (observed >= min_count)
        spikes.extend(_points("volume", hits, positions, baseline, observed, score, observed))
    return sorted(spikes, key=lambda spike: spike.index)


# --- negative share -----------------------------------------------------------------


def _weighted_median(values: Float2D, weights: Float2D) -> Float1D:
    """Row-wise weighted median (weights >= 0; a row of zero weights gives NaN)."""
    order = np.argsort(values, axis=1)
    sorted_values = np.take_along_axis(values, order, axis=1)
    cumulative = np.cumsum(np.take_along_axis(weights, order, axis=1), axis=1)
    half = cumulative[:, -1:] / 2.0
    first = np.argmax(cumulative >= half, axis=1)
    result = sorted_values[np.arange(len(values)), first]
    return np.where(cumulative[:, -1] > 0, result, np.nan)


def _stabilised_share(negatives: NDArray[np.float64], totals: NDArray[np.float64]) -> NDArray:
    """Anscombe's arcsine transform of a share: its variance is about 1 / (4 total)
    whatever the share, and its tails are near normal even for 5 articles (the plain
    share of 3 negatives in 5 articles is far in the tail of a normal approximation)."""
    return np.arcsin(np.sqrt((negatives + 0.375) / (totals + 0.75)))


def share_scores(
    totals: Float2D, negatives: Float2D, total: Float1D, negative: Float1D
) -> tuple[Float1D, Float1D]:
    """Baselines and scores of many days' negative shares at once (rows as in
    :func:`volume_scores`). A day with no history articles gets its own share and 0."""
    rows = totals.shape[0]
    observed = np.divide(negative, total, out=np.zeros(rows), where=total > 0)
    if totals.shape[1] == 0:
        return observed, np.zeros(rows)
    has_articles = totals > 0
    shares = np.divide(negatives, totals, out=np.zeros_like(totals), where=has_articles)
    recent = slice(-RECENT_DAYS, None)
    baseline = _weighted_median(shares[:, recent], totals[:, recent])
    missing = np.isnan(baseline)
    baseline = np.where(missing, observed, baseline)

    stabilised = _stabilised_share(negatives, totals)
    level = _weighted_median(stabilised[:, recent], totals[:, recent])
    binomial = np.where(has_articles, 0.25 / np.where(has_articles, totals + 0.75, 1.0), np.nan)
    typical_binomial = np.zeros(rows)
    some = has_articles.any(axis=1)
    if some.any():
        typical_binomial[some] = np.nanmedian(binomial[some], axis=1)
    extra = np.maximum(0.0, _share_noise(stabilised, totals) ** 2 - typical_binomial)
    spread = np.sqrt(0.25 / (np.maximum(total, 1.0) + 0.75) + extra)
    today = _stabilised_share(negative, total)
    score = np.where(missing | (total <= 0), 0.0, (today - np.nan_to_num(level)) / spread)
    return baseline, score


def _share_noise(values: Float2D, totals: Float2D) -> Float1D:
    """Robust sd of day-to-day changes, over consecutive days that both had articles."""
    rows = values.shape[0]
    if values.shape[1] < 2:
        return np.zeros(rows)
    both = (totals[:, 1:] > 0) & (totals[:, :-1] > 0)
    differences = np.where(both, np.abs(np.diff(values, axis=1)), np.nan)
    usable = both.any(axis=1)
    median = np.zeros(rows)
    if usable.any():
        median[usable] = np.nanmedian(differences[usable], axis=1)
    return MAD_TO_SD * median / np.sqrt(2.0)


def _as_share_inputs(
    totals: ArrayLike | Sequence[float], negatives: ArrayLike | Sequence[float]
) -> tuple[Float1D, Float1D]:
    total_values = _as_counts(totals, "totals")
    negative_values = _as_counts(negatives, "negatives")
    if total_values.shape != negative_values.shape:
        raise ValueError("totals and negatives must have the same length")
    # A negative count above the day's total is a data error; cap it rather than fail.
    return total_values, np.minimum(negative_values, total_values)


def negative_share_score(
    history_totals: ArrayLike | Sequence[float],
    history_negatives: ArrayLike | Sequence[float],
    total: float,
    negative: float,
) -> tuple[float, float]:
    """(baseline share, score) of one day's negative share against its trailing history."""
    totals, negatives = _as_share_inputs(history_totals, history_negatives)
    day_total, day_negative = _as_share_inputs([total], [negative])
    baseline, score = share_scores(
        totals[np.newaxis, :], negatives[np.newaxis, :], day_total, day_negative
    )
    return float(baseline[0]), float(score[0])


def negative_share_spikes(
    totals: ArrayLike | Sequence[float],
    negatives: ArrayLike | Sequence[float],
    *,
    window: int = 28,
    threshold: float = SHARE_THRESHOLD,
    min_count: int = 5,
    min_increase: float = 0.15,
    min_history: int = 7,
    start: int = 0,
) -> list[SpikePoint]:
    """Days (from index ``start``) whose share of negative articles jumps against the
    ``window`` days before."""
    total_values, negative_values = _as_share_inputs(totals, negatives)
    spikes: list[SpikePoint] = []
    total_blocks = _trailing(total_values, max(window, 1), min_history, start)
    negative_blocks = _trailing(negative_values, max(window, 1), min_history, start)
    for (history_totals, positions), (history_negatives, _) in zip(
        total_blocks, negative_blocks, strict=True
    ):
        day_totals = total_values[positions]
        baseline, score = share_scores(
            history_totals, history_negatives, day_totals, negative_values[positions]
        )
        observed = np.divide(
            negative_values[positions],
            day_totals,
            out=np.zeros(len(positions)),
            where=day_totals > 0,
        )
        hits = (
            (score >= threshold) & (day_totals >= min_count) & (observed - baseline >= min_increase)
        )
        spikes.extend(
            _points("negative_share", hits, positions, baseline, observed, score, day_totals)
        )
    return sorted(spikes, key=lambda spike: spike.index)
