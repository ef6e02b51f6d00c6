"""The spike scan: anomalies in volume and negative share of every watch, topic and agency.

Daily counts of all subjects come from two grouped queries (one over the watch matches,
one over the facets), so the scan costs the same whether there are 5 or 500 subjects;
the detectors (``trends.spikes``) then run on each subject's series in memory. A subject
whose busiest day stays under the detector's ``min_count`` is skipped at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.series import day_start, local_day
from toancanh.trends.spikes import negative_share_spikes, volume_spikes

SCAN_KINDS = ("topic", "agency")
HISTORY_DAYS = 28  # the detectors' trailing window
MIN_COUNT = 5


@dataclass(frozen=True)
class Spike:
    subject: Subject
    metric: str  # volume or negative_share
    day: date
    baseline: float
    observed: float
    score: float
    count: int
    stories: tuple[dict[str, Any], ...] = ()


def _series(
    rows: dict[str, tuple[int, int]], first: date, days: int
) -> tuple[list[int], list[int]]:
    totals, negatives = [], []
    for i in range(days):
        total, negative = rows.get((first + timedelta(days=i)).isoformat(), (0, 0))
        totals.append(total)
        negatives.append(negative)
    return totals, negatives


def scan_spikes(
    store: Store,
    *,
    since: date,
    now: datetime | None = None,
    kinds: Sequence[str] = SCAN_KINDS,
    with_stories: bool = True,
) -> list[Spike]:
    """Spikes of every watch and of every ``kinds`` facet value on the days from ``since``
    to today, newest and strongest first."""
    now = now or datetime.now(UTC)
    today = local_day(now)
    first = since - timedelta(days=HISTORY_DAYS)
    days = (today - first).days + 1
    start, until = day_start(first), now + timedelta(seconds=1)
    by_subject: dict[Subject, dict[str, tuple[int, int]]] = defaultdict(dict)
    names = {w.id: w.name for w in store.watches.list(with_counts=False)}
    for watch_id, day, total, negative in store.trends.watch_daily_counts(since=start, until=until):
        if watch_id in names:
            by_subject[Subject("watch", str(watch_id), names[watch_id])][day] = (total, negative)
    if kinds:
        for kind, value, day, total, negative in store.trends.facet_daily_counts(
            kinds, since=start, until=until
        ):
            # ``kind`` is one of ``kinds`` (the SQL keeps only those): a SubjectKind.
            by_subject[Subject(kind, value, value)][day] = (total, negative)  # type: ignore[arg-type]
    found: list[Spike] = []
    skip = (since - first).days  # only report days from `since`; earlier ones are history
    for subject, rows in by_subject.items():
        if max(total for total, _ in rows.values()) < MIN_COUNT:
            continue
        totals, negatives = _series(rows, first, days)
        points = [
            *volume_spikes(totals, window=HISTORY_DAYS, min_count=MIN_COUNT, start=skip),
            *negative_share_spikes(
                totals, negatives, window=HISTORY_DAYS, min_count=MIN_COUNT, start=skip
            ),
        ]
        for point in points:
            if point.index < skip:
                continue
            spike_day = first + timedelta(days=point.index)
            found.append(
                Spike(
                    subject=subject,
                    metric=point.metric,
                    day=spike_day,
                    baseline=round(point.baseline, 4),
                    observed=round(point.observed, 4),
                    score=round(point.score, 2),
                    count=point.count,
                )
            )
    found.sort(key=lambda s: (s.day, s.score), reverse=True)
    if with_stories:
        found = [
            Spike(
                **{
                    **s.__dict__,
                    "stories": tuple(
                        store.trends.top_stories(
                            s.subject,
                            since=day_start(s.day),
                            until=day_start(s.day + timedelta(days=1)),
                            limit=3,
                        )
                    ),
                }
            )
            for s in found
        ]
    return found
