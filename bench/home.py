"""The home page's tiles for 20 watchlists over many articles in SQLite.

    python bench/home.py --articles 200000

Builds a throwaway store (under bench/out/, rebuilt each run: "today" is the real day)
of N articles over the last 60 days (``bulk_articles``), 20 watchlists of a unit matching
between 12% and 0.5% of them (``watch_matches`` rows with tone and official flag),
ten open alerts; then measures, in one run:

* the tiles (``services.home.watch_tiles``: one query over all 20 watchlists, 14 days),
  uncached, p50 and p95 of several runs;
* the rest of the page's reads (open alerts, incidents, waiting counts): p50;
* the whole page (``/``, signed in, in-process through FastAPI's test client): the first
  request (nothing cached: the tiles computed) and the next ones (cached a minute, as
  twenty people opening it at 9:00 see it): p50;
* the 30-day charts htmx fetches after the page (``/overview/charts``, as htmx asks):
  the first request (the trend report of all articles computed) and the next (cached);
* the 30-day trend report of all articles itself (uncached: what the charts' first
  request pays);
* the baseline: a plain indexed ``COUNT(*)`` of the busiest watchlist's 14 days;
  ``ratio`` = tiles p50 / baseline p50.

The last line holds the figures as key=value pairs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, select

from bulk_articles import insert_articles, insert_matches
from toancanh.access import Actor
from toancanh.domain.watches import WatchSpec
from toancanh.services import home, watchlists
from toancanh.store import Store
from toancanh.store.schema import watch_matches
from toancanh.store.sql.watches import local_day_number
from toancanh.trends.series import trend_report
from toancanh.web.pages.overview import ALL, period

OUT = Path(__file__).parent / "out"
DAYS = 60
OUTLETS = 60
OFFICIAL_OUTLETS = 12
BATCH = 10_000
WATCHES = 20
UNIT = "Vụ Truyền thông"
PASSWORD = "mật khẩu bench 2026"


def shares() -> list[float]:
    """From 12% of the articles down to 0.5%."""
    return [float(s) for s in np.geomspace(0.12, 0.005, WATCHES)]


def build(store: Store, n: int, seed: int, now: datetime) -> int:
    """Articles, the 20 watchlists' matches and ten alerts; the busiest watchlist's id."""
    rng = np.random.default_rng(seed)
    offsets, outlet_of = insert_articles(
        store, rng, n, now=now, days=DAYS, outlets=OUTLETS, batch=BATCH
    )
    operator = Actor.operator("bench")
    ids = []
    for k, share in enumerate(shares()):
        spec = WatchSpec(
            f"Chính sách {k:02d}", query=f"chinh sach {k}", unit=UNIT, shared=k % 2 == 0
        )
        watch = watchlists.add_watch(store, operator, spec, match_history=False)
        ids.append(watch.id)
        insert_matches(
            store, rng, watch.id, share, offsets, outlet_of,
            now=now, days=DAYS, official_outlets=OFFICIAL_OUTLETS, batch=BATCH,
        )  # fmt: skip
    _alerts(store, ids[:10])
    return ids[0]


def _alerts(store: Store, watch_ids: list[int]) -> None:
    from toancanh.alerts.rules import check_rule

    for k, watch_id in enumerate(watch_ids):
        severity = ("low", "medium", "high", "critical")[k % 4]
        rule = store.rules.add(
            watch_id=watch_id, kind="volume_spike", severity=severity,
            params=check_rule("volume_spike", severity, {}), cooldown_minutes=60,
            channel_names=[], actor="bench",
        )  # fmt: skip
        store.alerts.raise_alert(
            rule, dedup_key=f"bench-{k}", severity=severity, title=f"Cảnh báo {k}",
            detail={"observed": 9, "baseline": 2.0}, cooldown_since=datetime.now(UTC),
            is_material=lambda _: True, channel_ids=[],
        )  # fmt: skip


def plain_count(store: Store, watch_id: int, first: int, last: int) -> int:
    m = watch_matches.c
    query = select(func.count()).where(m.watch_id == watch_id, m.day >= first, m.day <= last)
    with store.read() as conn:
        return int(conn.execute(query).scalar_one())


def page_client(store: Store, path: Path) -> Any:
    """A signed-in analyst of the unit."""
    from fastapi.testclient import TestClient

    from toancanh.config import Settings
    from toancanh.services.passwords import hash_password
    from toancanh.web.app import create_app

    email = "bench@bo.gov.vn"
    store.accounts.add_user(
        email=email, password_hash=hash_password(PASSWORD), role="analyst", unit=UNIT,
        actor="bench",
    )  # fmt: skip
    app = create_app(Settings(database_url=f"sqlite:///{path}"), store)
    client = TestClient(app, base_url="http://testserver")
    token = re.search(r'name="login_token" value="([^"]+)"', client.get("/login").text)
    assert token, "the sign-in form carries its token"
    form = {"email": email, "password": PASSWORD, "next": "/login", "login_token": token.group(1)}
    assert client.post("/login", data=form).status_code == 200
    return client


def timed(function: Any, *args: Any) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    OUT.mkdir(exist_ok=True)
    path = OUT / f"home-{args.articles}-{args.seed}.db"
    path.unlink(missing_ok=True)
    now = datetime.now(UTC).replace(microsecond=0)
    store = Store.open(f"sqlite:///{path}")
    started = time.perf_counter()
    busiest = build(store, args.articles, args.seed, now)
    built_s = time.perf_counter() - started
    actor = Actor("bench@bo.gov.vn", "analyst", UNIT)
    today = home.today_of(now)
    tiles = home.watch_tiles(store, actor, today)
    first = local_day_number(now - timedelta(days=13))
    plain_count(store, busiest, first, local_day_number(now))
    tiles_s = sorted(timed(home.watch_tiles, store, actor, today) for _ in range(args.runs))
    plain_s = [
        timed(plain_count, store, busiest, first, local_day_number(now)) for _ in range(args.runs)
    ]

    def rest() -> None:
        home.open_alerts(store, actor)
        home.incidents_in_progress(store, actor)
        home.waiting(store, actor)

    rest_s = sorted(timed(rest) for _ in range(args.runs))
    since, until = period(None, None)  # the page's 30 days below the tiles, uncached
    report_s = timed(lambda: trend_report(store, ALL, since=since, until=until, with_terms=False))
    client = page_client(store, path)
    cold_s = timed(client.get, "/")
    page = client.get("/")
    assert page.status_code == 200 and page.text.count('class="spark"') == WATCHES
    page_s = sorted(timed(client.get, "/") for _ in range(args.runs))
    url = re.search(r'hx-get="([^"]+)"', page.text)
    assert url, "the page asks for its charts after it is shown"
    charts_url = url.group(1).replace("&amp;", "&")

    def fragment() -> None:
        answer = client.get(charts_url, headers={"HX-Request": "true"})
        assert answer.status_code == 200 and "data-chart=" in answer.text

    charts_cold_s = timed(fragment)
    charts_s = sorted(timed(fragment) for _ in range(args.runs))
    client.close()
    with store.read() as conn:
        matches = int(conn.execute(select(func.count()).select_from(watch_matches)).scalar_one())
    store.close()
    path.unlink(missing_ok=True)

    p50, p95 = statistics.median(tiles_s), float(np.percentile(tiles_s, 95))
    plain_p50, rest_p50 = statistics.median(plain_s), statistics.median(rest_s)
    page_p50, charts_p50 = statistics.median(page_s), statistics.median(charts_s)
    ratio = p50 / plain_p50 if plain_p50 else float("inf")
    print(
        f"{args.articles:,} articles, {matches:,} matches of {len(tiles)} watchlists "
        f"(built in {built_s:.0f} s); today {sum(t.today.articles for t in tiles):,} articles"
    )
    print(
        f"tiles (one query, {WATCHES} watchlists, 14 days): "
        f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"
    )
    print(f"alerts, incidents, waiting: p50 {rest_p50 * 1000:.1f} ms")
    print(f"page: first {cold_s * 1000:.0f} ms (nothing cached), then p50 {page_p50 * 1000:.0f} ms")
    print(
        f"30-day charts after the page: first {charts_cold_s * 1000:.0f} ms, "
        f"then p50 {charts_p50 * 1000:.0f} ms"
    )
    print(f"the 30-day trend report of all articles (uncached): {report_s * 1000:.0f} ms")
    print(
        f"plain indexed COUNT(*) of the busiest watchlist's 14 days: p50 {plain_p50 * 1000:.2f} ms"
    )
    print(
        f"articles={args.articles} matches={matches} watchlists={len(tiles)} "
        f"tiles_p50_ms={p50 * 1000:.1f} tiles_p95_ms={p95 * 1000:.1f} "
        f"rest_p50_ms={rest_p50 * 1000:.1f} page_first_ms={cold_s * 1000:.0f} "
        f"page_p50_ms={page_p50 * 1000:.0f} charts_first_ms={charts_cold_s * 1000:.0f} "
        f"charts_p50_ms={charts_p50 * 1000:.0f} report_ms={report_s * 1000:.0f} "
        f"baseline_ms={plain_p50 * 1000:.2f} ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
