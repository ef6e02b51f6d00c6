"""Many plain articles written straight into the store, for benchmarks over a million.

Shared by bench/pickup.py and bench/plans.py: ids 1..n, published over ``days`` before
``now`` in time order, each from one of ``outlets`` outlets ("Báo 00"...), one
executemany per batch (about a minute for a million on SQLite).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from sqlalchemy import insert

from toancanh.store import Store
from toancanh.store.schema import articles


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
