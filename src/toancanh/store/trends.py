"""The counting queries of trends: a subject's articles by bucket, outlet, story and tone.

``Subject`` (what a trend is about) and ``BucketCount`` are defined with their SQL in
``sql/trends.py`` and exported from here for the trend code above the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from toancanh.store.database import Database
from toancanh.store.sql import report_data as report_sql
from toancanh.store.sql import trends as trend_sql
from toancanh.store.sql import watch_days as watch_day_sql
from toancanh.store.sql.trends import Bucket, BucketCount, Subject
from toancanh.store.sql.watch_days import WatchDay

__all__ = ["BucketCount", "Subject", "TrendRepository", "WatchDay"]


@dataclass
class TrendRepository:
    db: Database

    def counts(
        self, subject: Subject, *, since: datetime, until: datetime, by: Bucket = "day"
    ) -> list[BucketCount]:
        with self.db.read() as conn:
            return trend_sql.counts(conn, subject, since=since, until=until, by=by)

    def top_outlets(
        self, subject: Subject, *, since: datetime, until: datetime, limit: int = 10
    ) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            return trend_sql.top_outlets(conn, subject, since=since, until=until, limit=limit)

    def top_stories(
        self, subject: Subject, *, since: datetime, until: datetime, limit: int = 10
    ) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            return trend_sql.top_stories(conn, subject, since=since, until=until, limit=limit)

    def titles(
        self,
        subject: Subject,
        *,
        since: datetime,
        until: datetime,
        limit: int = 20000,
        every: int = 1,
    ) -> list[tuple[datetime, str, int]]:
        """(date, title, story id) of the subject's articles, newest first (emerging phrases)."""
        with self.db.read() as conn:
            return trend_sql.titles(
                conn, subject, since=since, until=until, limit=limit, every=every
            )

    def story_tones(
        self, subject: Subject, *, since: datetime, until: datetime
    ) -> list[tuple[int, bool, str | None, int, int]]:
        with self.db.read() as conn:
            return trend_sql.story_tones(conn, subject, since=since, until=until)

    def story_outlet_counts(
        self, subject: Subject, *, since: datetime, until: datetime
    ) -> list[tuple[int, int, int]]:
        with self.db.read() as conn:
            return trend_sql.story_outlet_counts(conn, subject, since=since, until=until)

    def story_titles(self, story_ids: Sequence[int]) -> dict[int, str]:
        with self.db.read() as conn:
            return trend_sql.story_titles(conn, story_ids)

    def watch_daily_counts(
        self, *, since: datetime, until: datetime
    ) -> list[tuple[int, str, int, int]]:
        with self.db.read() as conn:
            return trend_sql.watch_daily_counts(conn, since=since, until=until)

    def watch_days(self, watch_ids: Sequence[int], *, first: date, last: date) -> list[WatchDay]:
        """Articles, positive, negative and official per watchlist and Vietnam day, from
        ``first`` to ``last`` (both included), for all these watchlists in one query."""
        with self.db.read() as conn:
            return watch_day_sql.watch_days(
                conn, watch_ids, first_day=_day_number(first), last_day=_day_number(last)
            )

    def facet_daily_counts(
        self, kinds: Sequence[str], *, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int, int]]:
        with self.db.read() as conn:
            return trend_sql.facet_daily_counts(conn, kinds, since=since, until=until)

    def recent_stories(
        self, *, since: datetime, min_outlets: int = 2, limit: int = 200
    ) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            return trend_sql.recent_stories(conn, since=since, min_outlets=min_outlets, limit=limit)

    # -- the reports (store/sql/report_data.py) ----------------------------------------

    def watch_day_tallies(
        self, watch_ids: Sequence[int], *, since: datetime, until: datetime
    ) -> list[tuple[int, str, str | None, bool, int]]:
        with self.db.read() as conn:
            return report_sql.watch_day_tallies(conn, watch_ids, since=since, until=until)

    def story_heads(self, story_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        with self.db.read() as conn:
            return report_sql.story_heads(conn, story_ids)

    def watch_facets(
        self,
        watch_id: int,
        kinds: Sequence[str],
        *,
        since: datetime,
        until: datetime,
        limit: int = 10,
    ) -> list[tuple[str, str, int]]:
        with self.db.read() as conn:
            return report_sql.watch_facets(
                conn, watch_id, kinds, since=since, until=until, limit=limit
            )


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day
