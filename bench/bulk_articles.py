"""Many plain articles and their watchlist matches written straight into the store.

``insert_articles`` is shared by bench/pickup.py, bench/plans.py, bench/reports.py and
bench/home.py: ids 1..n, published over ``days`` before ``now`` in time order, each from
one of ``outlets`` outlets ("Báo 00"...), one executemany per batch (about a minute for a
million on SQLite). ``insert_matches`` (plans, reports, home) writes one watchlist's
``watch_matches`` rows over a share of those articles, with a random tone and whether the
outlet is official, so the three benches build the same rows for the same seed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import insert

from toancanh.store import Store
from toancanh.store.schema import articles, watch_matches
from toancanh.store.sql.watches import local_day_number

SENTIMENTS = ("positive", "neutral", "negative")
TONE_SHARES = (0.3, 0.5, 0.2)  # of SENTIMENTS, in that order


def insert_articles(
    store: Store,
    rng: np.random.Generator,
    n: int,
    *,
    now: datetime,
    days: int,
    outlets: int,
    batch: int = 10_000,
) -> tuple[np.ndarray, np.ndarray]:
    """Write ``n`` articles; their publication offsets (seconds after ``now - days``,
    sorted) and outlet numbers, for the caller to place its own rows among them."""
    start = now - timedelta(days=days)
    offsets = np.sort(rng.integers(0, days * 86400, size=n))
    outlet_of = rng.integers(0, outlets, size=n)
    for first in range(0, n, batch):
        rows = [
            {
                "id": i + 1,
                "url": f"https://bench.example/{i + 1}",
                "title": f"Tin số {i + 1}",
                "outlet": f"Báo {int(outlet_of[i]):02d}",
                "published_at": start + timedelta(seconds=int(offsets[i])),
                "created_at": start + timedelta(seconds=int(offsets[i])),
                "origin": "import",
                "content_hash": f"{i + 1:064x}",
                "story_id": i + 1,
                "text": f"Tin số {i + 1}",
            }
            for i in range(first, min(first + batch, n))
        ]
        with store.write() as conn:
            conn.execute(insert(articles), rows)  # one executemany per batch
    return offsets, outlet_of


def insert_matches(
    store: Store,
    rng: np.random.Generator,
    watch_id: int,
    share: float,
    offsets: np.ndarray,
    outlet_of: np.ndarray,
    *,
    now: datetime,
    days: int,
    official_outlets: int,
    batch: int = 10_000,
) -> np.ndarray:
    """Match ``share`` of the articles of ``insert_articles`` (at least one) to the
    watchlist, each with a random tone, official when its outlet number is below
    ``official_outlets``; the chosen article indexes (id - 1), sorted."""
    start, n = now - timedelta(days=days), len(offsets)
    chosen = np.sort(rng.choice(n, max(1, int(n * share)), replace=False))
    tones = rng.choice(len(SENTIMENTS), len(chosen), p=TONE_SHARES)
    for first in range(0, len(chosen), batch):
        rows = []
        for j in range(first, min(first + batch, len(chosen))):
            i = int(chosen[j])
            published = start + timedelta(seconds=int(offsets[i]))
            rows.append(
                {
                    "watch_id": watch_id,
                    "article_id": i + 1,
                    "published_at": published,
                    "day": local_day_number(published),
                    "sentiment": SENTIMENTS[int(tones[j])],
                    "official": int(outlet_of[i]) < official_outlets,
                    "outlet": f"Báo {int(outlet_of[i]):02d}",
                    "story_id": i + 1,
                    "matched_at": now,
                }
            )
        with store.write() as conn:
            conn.execute(insert(watch_matches), rows)  # one executemany per batch
    return chosen
