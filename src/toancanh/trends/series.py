"""Trends of a subject (a watch, a topic, an agency, an outlet) over a period.

Volume per day (or hour) with its positive/neutral/negative split and net sentiment,
the share of voice of official sources against the others, the top outlets and stories,
and the rising terms of the headlines (the last quarter of the period against the rest).
Buckets are Vietnam-time days or hours; empty ones are filled with zeros so that a chart
or a forecast sees the real rhythm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from toancanh.store import Store
from toancanh.store.trends import BucketCount, Subject
from toancanh.text.dates import isoformat_local
from toancanh.trends.terms import RisingTerm, rising_terms

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
Bucket = Literal["day", "hour"]
MAX_HOUR_BUCKETS = 24 * 31  # an hourly trend covers at most a month
# Top outlets and stories cover the last 30 days of a longer period: what is being said
# now, and a bounded cost on a busy watch's year (bench/trends.py).
TOP_DAYS = 30
REFERENCE_DAYS = 28  # rising terms are measured against at most the 4 weeks before


@dataclass(frozen=True)
class TrendPoint:
    bucket: str  # "2026-11-20" (day) or "2026-11-20 14" (hour), Vietnam time
    total: int = 0
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    unknown: int = 0  # not analysed (yet), or not Vietnamese
    official: int = 0
    other: int = 0
    carried: int = 0  # a watch's articles carrying an official statement (pickup)

    @property
    def carried_share(self) -> float | None:
        """Official information carried: the share of the articles carrying a statement."""
        return round(self.carried / self.total, 4) if self.total else None

    @property
    def net_sentiment(self) -> float | None:
        """(positive - negative) / analysed articles, -1..1; None without any."""
        rated = self.positive + self.neutral + self.negative
        return round((self.positive - self.negative) / rated, 4) if rated else None

    @property
    def negative_share(self) -> float | None:
        rated = self.positive + self.neutral + self.negative
        return round(self.negative / rated, 4) if rated else None

    def as_json(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "net_sentiment": self.net_sentiment,
            "negative_share": self.negative_share,
            "carried_share": self.carried_share,
        }


@dataclass(frozen=True)
class TrendReport:
    subject: Subject
    by: Bucket
    since: datetime
    until: datetime
    points: tuple[TrendPoint, ...]
    totals: TrendPoint
    top_outlets: tuple[dict[str, Any], ...] = ()
    top_stories: tuple[dict[str, Any], ...] = ()
    rising_terms: tuple[RisingTerm, ...] = ()
    notes: tuple[str, ...] = field(default=())
    top_since: datetime | None = None  # start of the top outlets' and stories' window

    @property
    def share_of_voice(self) -> dict[str, float | None]:
        total = self.totals.total
        if not total:
            return {"official": None, "other": None}
        return {
            "official": round(self.totals.official / total, 4),
            "other": round(self.totals.other / total, 4),
        }


def local_day(moment: datetime) -> date:
    return moment.astimezone(VIETNAM).date()


def day_start(day: date) -> datetime:
    """00:00 Vietnam time of a day, in UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=VIETNAM).astimezone(UTC)


def bucket_keys(since: datetime, until: datetime, by: Bucket) -> list[str]:
    """Every bucket of [since, until) in Vietnam time, oldest first."""
    if by == "day":
        first, last = local_day(since), local_day(until - timedelta(microseconds=1))
        return [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    start = since.astimezone(VIETNAM).replace(minute=0, second=0, microsecond=0)
    keys: list[str] = []
    moment = start
    while moment < until and len(keys) < MAX_HOUR_BUCKETS:
        keys.append(moment.strftime("%Y-%m-%d %H"))
        moment += timedelta(hours=1)
    return keys


def build_points(
    counts: Sequence[BucketCount], keys: Sequence[str]
) -> tuple[list[TrendPoint], TrendPoint]:
    """One point per bucket key (zeros where nothing was published), and the totals."""
    tallies: dict[str, dict[str, int]] = {key: {} for key in keys}
    for row in counts:
        tally = tallies.setdefault(row.bucket, {})
        tone = row.sentiment if row.sentiment in ("positive", "neutral", "negative") else "unknown"
        for name in ("total", tone, "official" if row.official else "other"):
            tally[name] = tally.get(name, 0) + row.count
    points = [TrendPoint(bucket=key, **tallies[key]) for key in sorted(tallies)]
    totals: dict[str, int] = {}
    for point in points:
        for name, value in asdict(point).items():
            if name != "bucket":
                totals[name] = totals.get(name, 0) + value
    return points, TrendPoint(bucket="total", **totals)


def trend_report(
    store: Store,
    subject: Subject,
    *,
    since: datetime,
    until: datetime,
    by: Bucket = "day",
    with_terms: bool = True,
) -> TrendReport:
    """The whole trend of a subject over [since, until)."""
    notes: list[str] = []
    if by == "hour" and until - since > timedelta(hours=MAX_HOUR_BUCKETS):
        since = until - timedelta(hours=MAX_HOUR_BUCKETS)
        notes.append("hourly trends cover the last 31 days at most")
    counts = store.trends.counts(subject, since=since, until=until, by=by)
    points, totals = build_points(counts, bucket_keys(since, until, by))
    if subject.kind == "watch":
        points, totals = with_carried(store, int(subject.value), points, since, until, by)
    terms: list[RisingTerm] = []
    if with_terms and totals.total:
        terms = subject_rising_terms(store, subject, since=since, until=until, total=totals.total)
    top_since = max(since, until - timedelta(days=TOP_DAYS))
    return TrendReport(
        subject=subject,
        by=by,
        since=since,
        until=until,
        points=tuple(points),
        totals=totals,
        top_outlets=tuple(store.trends.top_outlets(subject, since=top_since, until=until)),
        top_stories=tuple(store.trends.top_stories(subject, since=top_since, until=until)),
        rising_terms=tuple(terms),
        notes=tuple(notes),
        top_since=top_since,
    )


def with_carried(
    store: Store,
    watch_id: int,
    points: Sequence[TrendPoint],
    since: datetime,
    until: datetime,
    by: Bucket,
) -> tuple[list[TrendPoint], TrendPoint]:
    """The points and totals with the watch's articles that carry a statement ("official
    information carried", from ``statement_pickups``)."""
    carried = store.pickups.carried_by_bucket(watch_id, since=since, until=until, by=by)
    found = [replace(p, carried=carried.get(p.bucket, 0)) for p in points]
    total = TrendPoint(bucket="total")
    for point in found:
        total = TrendPoint(
            "total", **{k: v + getattr(point, k) for k, v in asdict(total).items() if k != "bucket"}
        )
    return found, total


MAX_TERM_TITLES = 1500  # titles read on each side of the term test: bounded cost


def subject_rising_terms(
    store: Store,
    subject: Subject,
    *,
    since: datetime,
    until: datetime,
    total: int | None = None,
) -> list[RisingTerm]:
    """Headline terms of the last quarter of the period (at least a day, at most a week)
    that rise against the rest of it (at most the 4 weeks before). Each story counts
    once: ten syndicated copies of one headline are one voice, not a trend. A busy
    subject's reference weeks are read as an even sample (every k-th article), so the
    cost stays bounded."""
    recent_span = min(max((until - since) / 4, timedelta(days=1)), timedelta(days=7))
    cut = until - recent_span
    reference_since = max(since, cut - timedelta(days=REFERENCE_DAYS))
    share = (cut - reference_since) / (until - since) if until > since else 0.0
    recent_rows = store.trends.titles(subject, since=cut, until=until, limit=MAX_TERM_TITLES)
    expected = int((total or 0) * share)  # articles in the reference weeks, about
    every = max(1, -(-expected // MAX_TERM_TITLES))
    before_rows = store.trends.titles(
        subject, since=reference_since, until=cut, limit=MAX_TERM_TITLES, every=every
    )
    recent = {story_id: title for _, title, story_id in reversed(recent_rows)}
    before = {story_id: title for _, title, story_id in reversed(before_rows)}
    return rising_terms(recent.values(), before.values())


def report_json(report: TrendReport) -> dict[str, Any]:
    def stories(items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {
                **s,
                "first_published": isoformat_local(s["first_published"]),
                "last_published": isoformat_local(s["last_published"]),
            }
            for s in items
        ]

    return {
        "subject": asdict(report.subject),
        "by": report.by,
        "since": isoformat_local(report.since),
        "until": isoformat_local(report.until),
        "totals": {k: v for k, v in report.totals.as_json().items() if k != "bucket"},
        "share_of_voice": report.share_of_voice,
        "points": [p.as_json() for p in report.points],
        "top_since": isoformat_local(report.top_since) if report.top_since else None,
        "top_outlets": list(report.top_outlets),
        "top_stories": stories(report.top_stories),
        "rising_terms": [asdict(t) for t in report.rising_terms],
        "notes": list(report.notes),
    }
