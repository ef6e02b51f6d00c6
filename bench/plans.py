"""A plan's status over a year with 50 KPIs on many articles in SQLite.

    python bench/plans.py --articles 1000000

Builds (once; cached under bench/out/) a store of N articles over a year, written with
``executemany`` in batches, ten watchlists matching between 10% and 0.5% of them (about
375,000 ``watch_matches`` rows for a million articles, each with its tone and whether its
outlet is official), two statements of the busiest watchlist picked up by 1% of its
articles, and one plan of a unit for the year with 50 KPIs: the five measured metrics
over the ten watchlists, on the whole year, its quarters and months. Measured in one run:

* ``plans status`` (``services.plan_status.status``: every KPI's value and weekly trend,
  budget, activities, commissions), the page's data too: p50 and p95 of several runs;
* the plan's page (``/plans/ID``, signed in, in-process through FastAPI's test client: the
  status, the template, the HTTP stack without a socket): p50 and p95;
* the baseline: a plain indexed ``COUNT(*)`` of the busiest watchlist's matches over the
  year; ``ratio`` = status p50 / baseline p50.

Target: p95 < 500 ms. The last line holds the figures as key=value pairs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, insert, select

from bulk_articles import insert_articles, insert_matches
from toancanh.access import Actor
from toancanh.domain.directory import UnitSpec
from toancanh.domain.plans import WATCH_METRICS
from toancanh.domain.watches import WatchSpec
from toancanh.services import directory, plan_status, plans, watchlists
from toancanh.store import Store
from toancanh.store.schema import statement_pickups, statement_watches, watch_matches

OUT = Path(__file__).parent / "out"
NOW = datetime(2026, 12, 31, 16, tzinfo=UTC)  # fixed: the cached store stays valid
DAYS = 365
OUTLETS = 60
OFFICIAL_OUTLETS = 12
BATCH = 10_000
SHARES = (0.10, 0.08, 0.05, 0.05, 0.03, 0.02, 0.02, 0.01, 0.01, 0.005)  # per watchlist
YEAR = 2026
KPIS = 50


def periods() -> list[tuple[date, date]]:
    """The year, its quarters and its months."""
    found = [(date(YEAR, 1, 1), date(YEAR, 12, 31))]
    for q in range(4):
        end = date(YEAR + (q == 3), 1 if q == 3 else 3 * q + 4, 1) - timedelta(days=1)
        found.append((date(YEAR, 3 * q + 1, 1), end))
    for m in range(1, 13):
        end = date(YEAR + (m == 12), 1 if m == 12 else m + 1, 1) - timedelta(days=1)
        found.append((date(YEAR, m, 1), end))
    return found


def _articles(store: Store, rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    return insert_articles(store, rng, n, now=NOW, days=DAYS, outlets=OUTLETS, batch=BATCH)


def _matches(
    store: Store, rng: np.random.Generator, watch_ids: list[int], offsets: np.ndarray,
    outlet_of: np.ndarray,
) -> list[int]:  # fmt: skip
    """Each watchlist's matches; the busiest one's article ids."""
    busiest: list[int] = []
    for watch_id, share in zip(watch_ids, SHARES, strict=True):
        chosen = insert_matches(
            store, rng, watch_id, share, offsets, outlet_of,
            now=NOW, days=DAYS, official_outlets=OFFICIAL_OUTLETS, batch=BATCH,
        )  # fmt: skip
        if not busiest:
            busiest = [int(i) + 1 for i in chosen]
    return busiest


def build(path: Path, n_articles: int, seed: int) -> None:
    """Articles, matches, statements, pickups and the plan: a minute or two, once."""
    rng = np.random.default_rng(seed)
    store = Store.open(f"sqlite:///{path}")
    operator = Actor.operator("bench")
    offsets, outlet_of = _articles(store, rng, n_articles)
    watch_ids = [
        watchlists.add_watch(
            store, operator, WatchSpec(f"Chính sách {k}", query=f"chinh sach {k}"),
            match_history=False,
        ).id
        for k in range(len(SHARES))
    ]  # fmt: skip
    busiest = _matches(store, rng, watch_ids, offsets, outlet_of)
    start = NOW - timedelta(days=DAYS)
    for k in range(2):
        statement = store.statements.add(
            {
                "title": f"Thông cáo {k + 1}",
                "text": "Nội dung thông cáo.",
                "issuer": "Bộ Y tế",
                "issuer_written": "Bộ Y tế",
                "kind": "press_release",
                "issued_at": start,
                "legal_refs": (),
                "status": "published",
                "unit": None,
            },
            watch_ids=[],
            actor="bench",
        )
        picked = rng.choice(busiest, max(1, len(busiest) // 100), replace=False)
        rows = [
            {
                "statement_id": statement.id,
                "article_id": int(a),
                "score": 0.8,
                "differences": "[]",
                "outlet": "Báo 00",
                "published_at": start + timedelta(seconds=int(offsets[int(a) - 1])),
            }
            for a in picked
        ]
        with store.write() as conn:
            conn.execute(insert(statement_watches), [{"statement_id": statement.id,
                                                      "watch_id": watch_ids[0]}])  # fmt: skip
            conn.execute(insert(statement_pickups), rows)
    directory.add_unit(store, operator, UnitSpec("Bộ Y tế", "ministry"))
    plan = plans.add_plan(store, operator, "Bộ Y tế", YEAR, "Kế hoạch truyền thông 2026")
    spans = periods()
    for k in range(KPIS):
        since, until = spans[k % len(spans)]
        metric = WATCH_METRICS[k % len(WATCH_METRICS)]
        spec = plans.KpiSpec(f"KPI {k}", metric, f"Chính sách {k % len(SHARES)}", 1, since, until)
        plans.add_kpi(store, operator, plan.id, spec)
    for k in range(40):
        spec_a = plans.ActivitySpec("briefing", f"Hoạt động {k}", date(YEAR, k % 12 + 1, 10))
        activity = plans.add_activity(store, operator, plan.id, spec_a)
        line = plans.BudgetSpec(f"Mục {k}", 10_000_000, activity=activity.id)
        plans.add_budget(store, operator, plan.id, line)
    store.close()


def plain_count(store: Store) -> int:
    """The baseline: one indexed count of the busiest watchlist's matches over the year."""
    with store.read() as conn:
        query = select(func.count()).where(
            watch_matches.c.watch_id == 1,
            watch_matches.c.day >= YEAR * 10000 + 101,
            watch_matches.c.day <= YEAR * 10000 + 1231,
        )
        return int(conn.execute(query).scalar_one())


PASSWORD = "mật khẩu đo hiệu năng 2026"


def page_client(store: Store, path: Path) -> Any:
    """A signed-in client of the dashboard (a viewer added to the store once)."""
    from fastapi.testclient import TestClient

    from toancanh.config import Settings
    from toancanh.services.passwords import hash_password
    from toancanh.web.app import create_app

    email = "bench@bo.gov.vn"
    if store.accounts.find_user(email) is None:
        store.accounts.add_user(
            email=email, password_hash=hash_password(PASSWORD), role="viewer", unit=None,
            actor="bench",
        )  # fmt: skip
    client = TestClient(create_app(Settings(database_url=f"sqlite:///{path}"), store))
    token = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
    assert token, "the sign-in form carries its token"
    form = {"email": email, "password": PASSWORD, "next": "/", "login_token": token.group(1)}
    assert client.post("/login", data=form).status_code == 200
    return client


def timed(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    OUT.mkdir(exist_ok=True)
    path = OUT / f"plans-{args.articles}-{args.seed}.db"
    if args.rebuild or not path.exists():
        partial = path.with_suffix(".partial.db")  # renamed when complete: never half a cache
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial, args.articles, args.seed)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store = Store.open(f"sqlite:///{path}", migrate=False)
    actor = Actor.operator("bench")
    plan_id = store.plans.list_plans()[0].id
    found = plan_status.status(store, actor, plan_id)  # warm the page cache and code paths
    plain_count(store)
    status_s = sorted(timed(plan_status.status, store, actor, plan_id) for _ in range(args.runs))
    plain_s = [timed(plain_count, store) for _ in range(args.runs)]
    client = page_client(store, path)
    page = client.get(f"/plans/{plan_id}")
    assert page.status_code == 200, page.text[:500]
    page_s = sorted(timed(client.get, f"/plans/{plan_id}") for _ in range(args.runs))
    client.close()
    with store.read() as conn:
        matches = int(conn.execute(select(func.count()).select_from(watch_matches)).scalar_one())
    store.close()

    p50, p95 = statistics.median(status_s), float(np.percentile(status_s, 95))
    plain_p50 = statistics.median(plain_s)
    page_p50, page_p95 = statistics.median(page_s), float(np.percentile(page_s, 95))
    ratio = p50 / plain_p50 if plain_p50 else float("inf")
    busiest = found["kpis"][0]
    print(
        f"{args.articles:,} articles, {matches:,} watchlist matches; plan of {len(found['kpis'])} "
        f"KPIs ({busiest['name']}: {busiest['value']:,.0f} articles in {YEAR})"
    )
    print(f"plans status: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (target < 500 ms)")
    print(
        f"plan page: p50 {page_p50 * 1000:.0f} ms, p95 {page_p95 * 1000:.0f} ms (target < 500 ms)"
    )
    print(f"plain indexed COUNT(*) of the busiest watchlist's year: p50 {plain_p50 * 1000:.1f} ms")
    print(
        f"articles={args.articles} matches={matches} kpis={len(found['kpis'])} "
        f"status_p50_ms={p50 * 1000:.1f} status_p95_ms={p95 * 1000:.1f} "
        f"page_p50_ms={page_p50 * 1000:.1f} page_p95_ms={page_p95 * 1000:.1f} "
        f"baseline_ms={plain_p50 * 1000:.2f} ratio={ratio:.2f}"
    )
    return 0 if max(p95, page_p95) < 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
