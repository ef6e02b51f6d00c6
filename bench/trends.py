"""Trends, spike scan and live alerting with many articles in SQLite.

    python bench/trends.py --articles 1000000 --watches 50

Builds (once; cached under bench/out/) a store of N articles over a year with their
analyses (tone, topic, two agencies), and W watches whose matches are written directly
(each article matches none to three watches; busy and quiet watches; a weekly rhythm and
some bursts). Measured in one run:

* ``trend_report`` of each watch over the year (volume per day by tone and source, share
  of voice, top outlets, top stories, rising terms): p50, p95, max;
* the baseline: a plain ``GROUP BY`` of the same day/tone counts that joins the articles
  and their analyses (what one would write without the copied columns of
  ``watch_matches``); ``ratio`` = trend report p95 / plain GROUP BY p95;
* the full spike scan (every watch, every topic and agency, the last 7 days against
  their 28-day history), with the driving stories;
* live alerting: a batch of 50 new articles stored, matched against the watches, the
  rules of the watches that matched evaluated and the alert POSTed to a local webhook;
  the time from the batch committed to the webhook received;
* peak RSS.

Targets: a watch's year of trends < 300 ms, the spike scan < 10 s, memory < 1 GB, article
stored to alert sent < 5 s. The last line holds the figures as key=value pairs.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np
from sqlalchemy import insert, text

from toancanh.alerts.live import after_store
from toancanh.alerts.rules import check_rule
from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import Analysis, Sentiment, TopicScore
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.watches import WatchSpec
from toancanh.store import Store
from toancanh.store.schema import (
    article_analysis,
    article_facets,
    articles,
    outlets,
    watch_matches,
)
from toancanh.store.sql.watches import local_day_number
from toancanh.store.trends import Subject
from toancanh.trends.scan import scan_spikes
from toancanh.trends.series import local_day, trend_report
from toancanh.watch.watchlists import check_spec

OUT = Path(__file__).parent / "out"
NOW = datetime(2026, 11, 30, 4, tzinfo=UTC)  # fixed: the cached store stays valid
DAYS = 365
OUTLETS = 60
TOPICS = 29
AGENCIES = 300
TONES = ("positive", "neutral", "negative")
TITLE_WORDS = (
    "chính sách người dân doanh nghiệp dự án thủ tục giá điện nước học sinh bệnh viện "
    "giao thông cao tốc nhà máy xuất khẩu nông sản thuế ngân sách đất đai quy hoạch công "
    "nhân lương hưu bảo hiểm thuốc trường học sân bay cảng biển du lịch lễ hội"
)
WORDS = tuple(TITLE_WORDS.split())
BATCH = 5000


def keyword(watch: int) -> str:
    return f"chủ đề {watch:02d}"


def build(path: Path, n_articles: int, n_watches: int, seed: int) -> None:
    """Write the store directly (no extraction, no full-text index): minutes, once."""
    rng = np.random.default_rng(seed)
    store = Store.open(f"sqlite:///{path}")
    start = NOW - timedelta(days=DAYS)
    day_weight = np.array(
        [0.7 if (start + timedelta(days=d)).weekday() >= 5 else 1.0 for d in range(DAYS)]
    )
    days = np.sort(rng.choice(DAYS, size=n_articles, p=day_weight / day_weight.sum()))
    seconds = rng.integers(0, 86400, size=n_articles)
    popularity = rng.zipf(1.6, size=n_watches).astype(float)
    watch_share = np.clip(popularity / popularity.sum() * 1.5, 0.002, 0.2)
    with store.write() as conn:
        conn.execute(
            insert(outlets),
            [
                {"name": f"Báo {o:02d}", "domain": None, "official": o < 6, "created_at": start}
                for o in range(OUTLETS)
            ],
        )
    for w in range(n_watches):
        spec = check_spec(WatchSpec(f"Watch {w + 1:02d}", query=f'"{keyword(w + 1)}"'))
        watch = store.watches.add(spec, "bench")
        assert watch.id == w + 1
        store.rules.add(
            watch_id=watch.id,
            kind="volume_spike",
            severity="high",
            params=check_rule("volume_spike", "high", {}),
            cooldown_minutes=360,
            channel_names=[],
            actor="bench",
        )
    created = 0
    for first in range(0, n_articles, BATCH):
        rows, analyses, facets, matches = [], [], [], []
        for i in range(first, min(first + BATCH, n_articles)):
            article_id = i + 1
            when = start + timedelta(days=int(days[i]), seconds=int(seconds[i]))
            matched = [w for w in range(n_watches) if rng.random() < watch_share[w]][:3]
            title = " ".join(rng.choice(WORDS, size=7)) + "".join(
                f" {keyword(w + 1)}" for w in matched
            )
            story = (
                article_id if rng.random() < 0.8 else max(1, article_id - int(rng.integers(1, 50)))
            )
            tone = TONES[int(rng.choice(3, p=[0.3, 0.45, 0.25]))]
            outlet = f"Báo {int(rng.integers(0, OUTLETS)):02d}"
            rows.append(
                {
                    "id": article_id,
                    "url": f"https://bench.example/{article_id}",
                    "title": title,
                    "outlet": outlet,
                    "published_at": when,
                    "created_at": when,
                    "origin": "import",
                    "content_hash": f"{article_id:064x}",
                    "story_id": story,
                    "text": title,
                }
            )
            analyses.append(
                {
                    "article_id": article_id,
                    "language": "vi",
                    "topic": f"topic {int(rng.integers(0, TOPICS))}",
                    "topic_score": 0.8,
                    "sentiment": tone,
                    "sentiment_score": 0.8,
                    "stage": None,
                    "model_version": "bench",
                    "analyzed_at": when,
                    "data": "{}",
                }
            )
            facets.append(
                {"kind": "topic", "value": analyses[-1]["topic"], "article_id": article_id}
            )
            for agency in {int(a) for a in rng.zipf(1.3, size=2) % AGENCIES}:
                facets.append(
                    {"kind": "agency", "value": f"Cơ quan {agency}", "article_id": article_id}
                )
            matches += [
                {
                    "watch_id": w + 1,
                    "article_id": article_id,
                    "published_at": when,
                    "day": local_day_number(when),
                    "sentiment": tone,
                    "official": int(outlet[-2:]) < 6,
                    "outlet": outlet,
                    "story_id": story,
                    "matched_at": when,
                }
                for w in matched
            ]
        with store.write() as conn:
            conn.execute(insert(articles), rows)
            conn.execute(insert(article_analysis), analyses)
            conn.execute(insert(article_facets), facets)
            if matches:
                conn.execute(insert(watch_matches), matches)
        created += len(rows)
        print(f"\r  built {created:,}/{n_articles:,} articles", end="", file=sys.stderr)
    print(file=sys.stderr)
    with store.write() as conn:
        conn.execute(text("ANALYZE"))
    store.close()


def plain_group_by(store: Store, watch_id: int, since: datetime) -> None:
    with store.read() as conn:
        conn.execute(
            text(
                "SELECT strftime('%Y-%m-%d', a.published_at, '+7 hours') AS d, s.sentiment, "
                "count(*) FROM watch_matches m JOIN articles a ON a.id = m.article_id "
                "JOIN article_analysis s ON s.article_id = a.id "
                "WHERE m.watch_id = :w AND a.published_at >= :since GROUP BY d, s.sentiment"
            ),
            {"w": watch_id, "since": since.replace(tzinfo=None)},
        ).fetchall()


def timed(function: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


RECEIVED: list[float] = []  # when the webhook got each POST (perf_counter)


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        RECEIVED.append(time.perf_counter())
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def live_latency(store: Store, watch_id: int) -> float:
    """Seconds from a batch of new articles committed to the alert received by a webhook."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    store.channels.add(
        f"bench-{time.time_ns()}",
        "webhook",
        {"url": url, "secret": "bench-secret-0123456789", "allow_private": True},
        "bench",
    )
    channel = store.channels.list()[-1].name
    store.rules.add(
        watch_id=watch_id,
        kind="volume_spike",
        severity="critical",
        params=check_rule("volume_spike", "critical", {}),
        cooldown_minutes=1,
        channel_names=[channel],
        actor="bench",
    )
    now = datetime.now(UTC)
    rng = random.Random(time.time_ns())
    drafts = [
        ArticleDraft(
            url=f"https://live.example/{time.time_ns()}/{k}",
            title=f"Tin nóng {keyword(watch_id)} số {k}",
            text=" ".join(rng.choice(WORDS) for _ in range(80)) + f" {keyword(watch_id)}",
            published_at=now - timedelta(minutes=k),
            outlet="Báo 10",
        )
        for k in range(50)
    ]
    analysis = Analysis(
        language="vi",
        topics=(TopicScore("topic 1", 0.9),),
        sentiment=Sentiment("negative", 0.9),
        model_version="bench",
    )
    results = store.articles.save_many(
        [(d, fingerprint(d.text, 0.5)) for d in drafts], 0.5, [analysis] * len(drafts)
    )
    committed = time.perf_counter()
    RECEIVED.clear()
    after_store(store, Settings(notify_timeout=5.0), [r.article_id for r in results], now=now)
    server.shutdown()
    if not RECEIVED:
        raise SystemExit("live alerting: no alert reached the webhook")
    return RECEIVED[0] - committed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--watches", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    OUT.mkdir(exist_ok=True)
    path = OUT / f"trends-{args.articles}-{args.watches}-{args.seed}.db"
    if args.rebuild or not path.exists():
        partial = path.with_suffix(".partial.db")  # renamed when complete: never half a cache
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial, args.articles, args.watches, args.seed)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    work = path.with_suffix(".work.db")  # the live test writes: keep the cache pristine
    shutil.copyfile(path, work)
    store = Store.open(f"sqlite:///{work}")
    since = NOW - timedelta(days=DAYS)
    watches = store.watches.list()
    for watch in watches[:3]:  # warm the page cache and the code paths
        trend_report(store, Subject("watch", str(watch.id), watch.name), since=since, until=NOW)
        plain_group_by(store, watch.id, since)
    report_s, series_s, plain_s, matches = [], [], [], []
    for watch in watches:
        subject = Subject("watch", str(watch.id), watch.name)
        report_s.append(timed(trend_report, store, subject, since=since, until=NOW))
        series_s.append(timed(store.trends.counts, subject, since=since, until=NOW))
        plain_s.append(timed(plain_group_by, store, watch.id, since))
        matches.append(watch.matches)
    scan_started = time.perf_counter()
    spikes = scan_spikes(store, since=local_day(NOW) - timedelta(days=6), now=NOW)
    scan_s = time.perf_counter() - scan_started
    # The quietest watch: 50 articles at once are a spike for it (for the busiest, with
    # hundreds a day, they would not be, and no alert would be due).
    quietest = min(watches, key=lambda w: w.matches)
    latency = live_latency(store, quietest.id)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    store.close()
    work.unlink()

    ms = [s * 1000 for s in report_s]
    series_ms = [s * 1000 for s in series_s]
    plain_ms = [s * 1000 for s in plain_s]
    print(
        f"{args.articles:,} articles, {len(watches)} watches "
        f"({min(matches):,}–{max(matches):,} matches each)"
    )
    print(
        f"trend report, one watch over a year: p50 {statistics.median(ms):.0f} ms, "
        f"p95 {p95(ms):.0f} ms, max {max(ms):.0f} ms (target < 300 ms)"
    )
    print(
        f"its day/tone/source counts alone:    p50 {statistics.median(series_ms):.0f} ms, "
        f"p95 {p95(series_ms):.0f} ms"
    )
    print(
        f"plain GROUP BY of the same counts:   p50 {statistics.median(plain_ms):.0f} ms, "
        f"p95 {p95(plain_ms):.0f} ms"
    )
    print(f"spike scan: {scan_s:.2f} s, {len(spikes)} spikes (target < 10 s)")
    print(f"article stored to alert sent: {latency:.2f} s (target < 5 s)")
    print(f"peak RSS {rss_mb:.0f} MB (target < 1024 MB)")
    print(
        f"articles={args.articles} watches={len(watches)} "
        f"report_p50_ms={statistics.median(ms):.1f} "
        f"report_p95_ms={p95(ms):.1f} report_max_ms={max(ms):.1f} "
        f"series_p95_ms={p95(series_ms):.1f} "
        f"plain_p95_ms={p95(plain_ms):.1f} scan_s={scan_s:.2f} spikes={len(spikes)} "
        f"alert_latency_s={latency:.2f} peak_rss_mb={rss_mb:.0f} "
        f"ratio={p95(ms) / p95(plain_ms):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
