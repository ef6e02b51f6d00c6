"""SQL of the home page's watchlist tiles: every watchlist's daily figures in one query.

One GROUP BY over ``watch_matches`` for all the watchlists asked and a few days: the
index (watch, day, sentiment, official, ...) covers it, so twenty watchlists over a
million articles read only the index entries of those days, never the articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, case, func, select

from toancanh.store.schema import watch_matches


@dataclass(frozen=True)
class WatchDay:
    """One watchlist's articles of one Vietnam day (``day``: YYYYMMDD)."""

    watch_id: int
    day: int
    articles: int
    positive: int
    negative: int
    official: int


def watch_days(
    conn: Connection, watch_ids: Sequence[int], *, first_day: int, last_day: int
) -> list[WatchDay]:
    """The daily figures of these watchlists from ``first_day`` to ``last_day`` (both
    included, YYYYMMDD); days without an article have no row."""
    if not watch_ids:
        return []
    m = watch_matches.c

    def count_of(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.sum(case((condition, 1), else_=0))

    query = (
        select(
            m.watch_id,
            m.day,
            func.count(),
            count_of(m.sentiment == "positive"),
            count_of(m.sentiment == "negative"),
            count_of(m.official.is_(True)),
        )
        .where(
            m.watch_id.in_(sorted(set(watch_ids))),
            m.day >= first_day,
            m.day <= last_day,
        )
        .group_by(m.watch_id, m.day)
    )
    return [
        WatchDay(int(w), int(d), int(n), int(pos or 0), int(neg or 0), int(off or 0))
        for w, d, n, pos, neg, off in conn.execute(query)
    ]
