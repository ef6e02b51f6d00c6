"""The daily press digest of a unit with 20 watchlists over a million articles in SQLite.

    python bench/reports.py --articles 1000000

Builds (once; cached under bench/out/) a store of N articles over 90 days, written with
``executemany`` in batches (bench/bulk_articles.py), and 20 watchlists of one unit matching
between 6% and 0.5% of them (about 400,000 ``watch_matches`` rows for a million articles,
each with its tone and whether its outlet is official). Measured in one run, for the last
day:

* the digest's data alone, the baseline: ``services.report_digest.gather_digest`` (the
  day's tallies of every watchlist, their stories, the stories' first articles, the open
  alerts, the claim queue, the statements of the day);
* the whole report in each format (``services.reports.render_report``: gather, compose,
  render), p50 and p95 of several runs (after one warm-up render of each).

Target: under 5 s as DOCX and as PDF. ``ratio`` = the slower of DOCX and PDF p50 / the
data's p50. The last line holds the figures as key=value pairs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import func, select

from bulk_articles import insert_articles, insert_matches
from toancanh.access import Actor
from toancanh.domain.watches import WatchSpec
from toancanh.services import watchlists
from toancanh.services.report_digest import gather_digest
from toancanh.services.reports import ReportRequest, render_report
from toancanh.store import Store
from toancanh.store.schema import watch_matches

OUT = Path(__file__).parent / "out"
NOW = datetime(2026, 12, 7, 16, tzinfo=UTC)  # 23:00 in Vietnam: the digest's day is full
DAY = date(2026, 12, 7)
DAYS = 90
OUTLETS = 60
OFFICIAL_OUTLETS = 12
BATCH = 10_000
WATCHLISTS = 20
UNIT = "Vụ Truyền thông"


def shares() -> list[float]:
    """Each watchlist's share of the articles: 6% down to 0.5%."""
    return [round(0.06 - k * (0.055 / (WATCHLISTS - 1)), 4) for k in range(WATCHLISTS)]


def _matches(
    store: Store, rng: np.random.Generator, watch_ids: list[int], offsets: np.ndarray,
    outlet_of: np.ndarray,
) -> None:  # fmt: skip
    for watch_id, share in zip(watch_ids, shares(), strict=True):
        insert_matches(
            store, rng, watch_id, share, offsets, outlet_of,
            now=NOW, days=DAYS, official_outlets=OFFICIAL_OUTLETS, batch=BATCH,
        )  # fmt: skip


def build(path: Path, n_articles: int, seed: int) -> None:
    """Articles and the unit's watchlists with their matches: a minute or two, once."""
    rng = np.random.default_rng(seed)
    store = Store.open(f"sqlite:///{path}")
    operator = Actor.operator("bench")
    offsets, outlet_of = insert_articles(
        store, rng, n_articles, now=NOW, days=DAYS, outlets=OUTLETS, batch=BATCH
    )
    watch_ids = [
        watchlists.add_watch(
            store, operator,
            WatchSpec(f"Chính sách {k}", query=f"chinh sach {k}", unit=UNIT, shared=False),
            match_history=False,
        ).id
        for k in range(WATCHLISTS)
    ]  # fmt: skip
    _matches(store, rng, watch_ids, offsets, outlet_of)
    store.close()


def timed(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    OUT.mkdir(exist_ok=True)
    path = OUT / f"reports-{args.articles}-{args.seed}.db"
    if args.rebuild or not path.exists():
        partial = path.with_suffix(".partial.db")  # renamed when complete: never half a cache
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial, args.articles, args.seed)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store = Store.open(f"sqlite:///{path}", migrate=False)
    actor = Actor("bench@bo.gov.vn", "viewer", UNIT)
    data = gather_digest(store, actor, UNIT, DAY)  # warm the caches and code paths
    data_s = sorted(timed(gather_digest, store, actor, UNIT, DAY) for _ in range(args.runs))
    formats: dict[str, list[float]] = {}
    for fmt in ("docx", "pdf", "html"):
        request = ReportRequest("digest", format=fmt, unit=UNIT, day=DAY)  # type: ignore[arg-type]
        render_report(store, actor, request)  # warm: fonts and templates loaded once
        formats[fmt] = sorted(timed(render_report, store, actor, request) for _ in range(args.runs))
    with store.read() as conn:
        matches = int(conn.execute(select(func.count()).select_from(watch_matches)).scalar_one())
    store.close()

    data_p50 = statistics.median(data_s)
    day_articles = sum(w.total for w in data.watches)
    print(
        f"{args.articles:,} articles, {matches:,} watchlist matches; digest of "
        f"{len(data.watches)} watchlists, {day_articles:,} matched articles on {DAY}"
    )
    print(f"digest data alone: p50 {data_p50 * 1000:.0f} ms")
    figures = [
        f"articles={args.articles}",
        f"matches={matches}",
        f"data_p50_ms={data_p50 * 1000:.1f}",
    ]
    for fmt, runs in formats.items():
        p50, p95 = statistics.median(runs), float(np.percentile(runs, 95))
        print(f"{fmt}: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (target < 5 s)")
        figures += [f"{fmt}_p50_ms={p50 * 1000:.1f}", f"{fmt}_p95_ms={p95 * 1000:.1f}"]
    slowest = max((statistics.median(formats[f]) for f in ("docx", "pdf") if f in formats),
                  default=data_p50)  # fmt: skip
    ratio = slowest / data_p50 if data_p50 else float("inf")
    print(" ".join([*figures, f"ratio={ratio:.2f}"]))
    worst = max((float(np.percentile(formats[f], 95)) for f in formats), default=data_p50)
    return 0 if worst < 5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
