"""Ingest benchmark: throughput of every stage and end to end, against extraction alone.

    python bench/ingest.py --pages 10000

Generates a corpus of Vietnamese news pages and RSS feeds (``pagegen``), serves it from a
local HTTP server in a separate process (so serving does not take this process's GIL),
then measures in this one process:

* extract only: ``trafilatura.extract`` over every page read from disk, the baseline;
* each stage on the same pages, feed by feed: fetch (``Fetcher``, over HTTP), extract
  (``extract_page``), normalize (``draft_from_extracted``), dedupe (``fingerprint``),
  store (``store.articles.save``, one transaction per article, into a fresh SQLite file) and store
  as the runner does (``store_drafts``, ``store_batch_size`` articles per transaction);
* end to end: ``Ingestor.run_once`` over one source per feed into another fresh store;
* peak RSS of the process.

A table comes first; the last line holds the figures as ``key=value`` pairs and ends with
``ratio=<end-to-end wall time / extract-only wall time>``. Targets: ratio ≤ 1.5 and peak
RSS under 400 MB (``--check`` exits 1 when one is missed). Nothing touches the real web.
"""

from __future__ import annotations

import argparse
import gc
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import trafilatura

import pagegen
from pagegen import Corpus, generate, load_manifest
from toancanh.analyze.dedupe import fingerprint
from toancanh.config import Settings
from toancanh.domain.ingest import Extracted, FeedItem, FetchedPage, RunSummary, StageError
from toancanh.domain.sources import NewSource, Source
from toancanh.ingest.extract import extract_page
from toancanh.ingest.feeds import parse_feed
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.pipeline import draft_from_extracted, store_drafts
from toancanh.ingest.runner import Ingestor
from toancanh.store import Store

TARGET_RATIO = 1.5
TARGET_RSS_MB = 400.0
STAGES = ("fetch", "extract", "normalize", "dedupe", "store", "store_batch")
RUNNER_PATH = ("fetch", "extract", "normalize", "dedupe", "store_batch")  # what run_once does


@dataclass
class Timing:
    """Wall and CPU seconds spent on ``count`` items: CPU of the whole process (all its
    threads), and of the calling thread alone (the rest went to the fetch threads)."""

    count: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    thread_cpu: float = 0.0

    @contextmanager
    def measure(self, items: int = 1) -> Iterator[None]:
        wall, cpu, mine = time.perf_counter(), time.process_time(), time.thread_time()
        try:
            yield
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += time.process_time() - cpu
            self.thread_cpu += time.thread_time() - mine
            self.count += items

    def per_s(self) -> float:
        return self.count / self.wall if self.wall else 0.0


@dataclass
class Results:
    corpus: Corpus
    baseline: Timing = field(default_factory=Timing)
    # trafilatura's fast mode alone: our extract stage tries it first (full mode when it
    # finds too little text), so this is the stricter baseline, printed for honesty.
    baseline_fast: Timing = field(default_factory=Timing)
    stages: dict[str, Timing] = field(default_factory=lambda: {s: Timing() for s in STAGES})
    e2e: Timing = field(default_factory=Timing)
    stage_summary: RunSummary = field(default_factory=RunSummary)
    batch_summary: RunSummary = field(default_factory=RunSummary)
    e2e_summary: RunSummary = field(default_factory=RunSummary)
    stories_joined: int = 0  # multi-article stories found in the end-to-end store
    rss_mb: dict[str, float] = field(default_factory=dict)  # peak RSS after each phase

    @property
    def ratio(self) -> float:
        return self.e2e.wall / self.baseline.wall if self.baseline.wall else 0.0

    @property
    def fast_ratio(self) -> float:
        return self.e2e.wall / self.baseline_fast.wall if self.baseline_fast.wall else 0.0

    @property
    def cpu_ratio(self) -> float:
        return self.e2e.cpu / self.baseline.cpu if self.baseline.cpu else 0.0

    @property
    def peak_rss_mb(self) -> float:
        return peak_rss_mb()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- the local web server, in its own process -------------------------------------------------


@contextmanager
def served(root: Path) -> Iterator[str]:
    """The base URL of a server process for ``root``; the process ends with the block."""
    command = [sys.executable, pagegen.__file__, str(root), "--serve"]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "PORT":
            raise RuntimeError(f"the page server did not start (said {line!r})")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        if proc.stdin:
            proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=5)


# --- the measurements -------------------------------------------------------------------------


def page_file(root: Path, path: str) -> Path:
    return root / path.lstrip("/")


def measure_baseline(root: Path, corpus: Corpus, timing: Timing, *, fast: bool = False) -> None:
    """trafilatura alone, one page in memory at a time (read and decode are not timed)."""
    for path in corpus.page_paths:
        html = page_file(root, path).read_bytes().decode("utf-8")
        with timing.measure():
            trafilatura.extract(html, include_comments=False, fast=fast)


def bench_settings(database: Path) -> Settings:
    # Analysis has its own benchmark (bench/analyze.py); this one measures ingest alone.
    return Settings(
        database_url=f"sqlite:///{database}",
        host_delay=0,
        max_items_per_poll=10_000,
        analyze=False,
    )


def add_sources(store: Store, corpus: Corpus, base: str) -> list[Source]:
    return [
        store.sources.add(NewSource(base + path, kind="feed", outlet=outlet, allow_private=True))
        for path, outlet in corpus.feeds
    ]


def _fetch(fetcher: Fetcher, item: FeedItem) -> FetchedPage | StageError:
    try:
        return fetcher.fetch(item.url, allow_private=True)
    except StageError as error:  # counted as a failure by the extract loop
        return error


@dataclass
class _StageRun:
    store: Store  # store.articles.save, one transaction per article
    batch_store: Store  # store_drafts, store_batch_size articles per transaction (the runner's)
    fetcher: Fetcher
    pool: ThreadPoolExecutor
    settings: Settings
    timing: dict[str, Timing]
    summary: RunSummary
    batch_summary: RunSummary


def _stages_of_feed(run: _StageRun, source: Source, items: list[FeedItem]) -> None:
    """One feed's pages through each stage in turn, each stage timed over the batch."""
    timing = run.timing
    with timing["fetch"].measure(len(items)):
        pages = list(run.pool.map(partial(_fetch, run.fetcher), items))
    extracted: list[tuple[FeedItem, FetchedPage, Extracted]] = []
    with timing["extract"].measure(len(items)):
        for item, page in zip(items, pages, strict=True):
            try:
                if isinstance(page, StageError):
                    raise page
                extracted.append((item, page, extract_page(page, feed_item=item)))
            except StageError as error:
                run.summary.add_failure(error.reason)
    del pages
    with timing["normalize"].measure(len(extracted)):
        drafts = [
            draft_from_extracted(
                ex, url=item.url, source=source, item=item, fetched_at=page.fetched_at
            )
            for item, page, ex in extracted
        ]
    threshold, size = run.settings.near_duplicate_threshold, run.settings.store_batch_size
    with timing["dedupe"].measure(len(drafts)):
        prints = [fingerprint(draft.text, threshold) for draft in drafts]
    with timing["store"].measure(len(drafts)):
        for draft, fp in zip(drafts, prints, strict=True):
            run.summary.add(run.store.articles.save(draft, fp, threshold).outcome)
    pairs = list(zip(drafts, prints, strict=True))
    with timing["store_batch"].measure(len(drafts)):
        for start in range(0, len(pairs), size):
            for result in store_drafts(run.batch_store, pairs[start : start + size], threshold):
                run.batch_summary.add(result.outcome)


def measure_stages(root: Path, base: str, results: Results, workdir: Path) -> None:
    """Each stage over one feed's pages at a time (at most one feed's pages in memory)."""
    settings = bench_settings(workdir / "stages.db")
    store = Store.open(settings.database_url)
    batch_store = Store.open(f"sqlite:///{workdir / 'stages_batch.db'}")
    try:
        with Fetcher(settings) as fetcher, ThreadPoolExecutor(settings.fetch_concurrency) as pool:
            run = _StageRun(
                store,
                batch_store,
                fetcher,
                pool,
                settings,
                results.stages,
                results.stage_summary,
                results.batch_summary,
            )
            add_sources(batch_store, results.corpus, base)  # the same ids in both stores
            for source in add_sources(store, results.corpus, base):
                feed = page_file(root, source.url.removeprefix(base)).read_bytes()
                _stages_of_feed(run, source, parse_feed(feed, source.url))
    finally:
        store.close()
        batch_store.close()


def measure_end_to_end(base: str, results: Results, workdir: Path) -> None:
    settings = bench_settings(workdir / "e2e.db")
    store = Store.open(settings.database_url)
    try:
        sources = add_sources(store, results.corpus, base)
        with Fetcher(settings) as fetcher, results.e2e.measure(results.corpus.pages):
            results.e2e_summary = Ingestor(store, fetcher, settings).run_once(sources)
        results.stories_joined = len(store.articles.stories(min_size=2, limit=results.corpus.pages))
    finally:
        store.close()


def warm_up(root: Path, corpus: Corpus) -> None:
    """Import-time and first-call costs (lazy tables, compiled XPaths) stay out of timings."""
    for path in corpus.page_paths[:3]:
        body = page_file(root, path).read_bytes()
        trafilatura.extract(body.decode("utf-8"), include_comments=False)
        url = "http://127.0.0.1" + path
        page = FetchedPage(url, url, 200, "text/html", "utf-8", body, datetime.now(UTC))
        fingerprint(extract_page(page).text, 0.5)


def run(pages: int, seed: int, workdir: Path) -> Results:
    site = workdir / "site"
    corpus = load_manifest(site)
    if corpus is None or (corpus.pages, corpus.seed) != (pages, seed):
        shutil.rmtree(site, ignore_errors=True)
        log(f"generating {pages} pages into {site}")
        corpus = generate(site, pages, seed)
    for name in ("stages.db", "stages_batch.db", "e2e.db"):
        for suffix in ("", "-wal", "-shm"):
            (workdir / f"{name}{suffix}").unlink(missing_ok=True)
    results = Results(corpus)
    results.rss_mb["generate"] = peak_rss_mb()
    warm_up(site, corpus)
    with served(site) as base:
        phases: tuple[tuple[str, Callable[[], None]], ...] = (
            ("baseline", lambda: measure_baseline(site, corpus, results.baseline)),
            (
                "baseline (fast mode)",
                lambda: measure_baseline(site, corpus, results.baseline_fast, fast=True),
            ),
            ("e2e", lambda: measure_end_to_end(base, results, workdir)),
            ("stages", lambda: measure_stages(site, base, results, workdir)),
        )
        for name, phase in phases:
            log(f"{name} ...")
            gc.collect()
            phase()
            results.rss_mb[name] = peak_rss_mb()
    return results


# --- the report -------------------------------------------------------------------------------


def _ms(seconds: float, count: int) -> str:
    return f"{1000 * seconds / count:.2f}" if count else "-"


def _row(name: str, timing: Timing) -> str:
    cpu_ms = 1000 * timing.cpu / timing.count if timing.count else 0.0
    return (
        f"{name:<30}{timing.count:>7}{timing.wall:>10.2f}{timing.per_s():>10.1f}"
        f"{timing.cpu:>10.2f}{cpu_ms:>12.2f}"
    )


def report(results: Results) -> list[str]:
    """The human table, then the key=value line (``ratio`` last)."""
    corpus, stages, e2e = results.corpus, results.stages, results.e2e_summary
    total = Timing(
        stages["fetch"].count,
        sum(stages[stage].wall for stage in RUNNER_PATH),
        sum(stages[stage].cpu for stage in RUNNER_PATH),
    )
    names = {
        "fetch": "fetch (Fetcher, HTTP)",
        "extract": "extract (extract_page)",
        "normalize": "normalize (draft_from_extracted)",
        "dedupe": "dedupe (fingerprint)",
        "store": "store (Store.save)",
        "store_batch": "store (store_drafts, batched)",
    }
    rss = ", ".join(f"{phase} {mb:.0f}" for phase, mb in results.rss_mb.items())
    ratio_ok = "met" if results.ratio <= TARGET_RATIO else "MISSED"
    rss_ok = "met" if results.peak_rss_mb < TARGET_RSS_MB else "MISSED"
    lines = [
        f"ingest benchmark: {corpus.pages} pages of {corpus.total_bytes / corpus.pages / 1000:.1f}"
        f" KB on average, {len(corpus.feeds)} feeds, seed {corpus.seed}; {corpus.near_copies}"
        f" near copies, {corpus.exact_copies} verbatim copies",
        f"{'phase':<30}{'items':>7}{'wall s':>10}{'items/s':>10}{'cpu s':>10}{'cpu ms/item':>12}",
        _row("extract only (trafilatura)", results.baseline),
        _row("extract only (fast mode)", results.baseline_fast),
        *(_row(names[stage], stages[stage]) for stage in STAGES),
        _row("stages, sum (batched store)", total),
        _row("end to end (run_once)", results.e2e),
        f"end to end CPU ms/page: {_ms(results.e2e.thread_cpu, results.e2e.count)} in the"
        f" calling thread, {_ms(results.e2e.cpu - results.e2e.thread_cpu, results.e2e.count)}"
        " in the fetch threads",
        f"end to end: new {e2e.new}, duplicates {e2e.duplicates}, unchanged {e2e.unchanged},"
        f" failed {e2e.failed_total} {dict(e2e.failed) or ''}; expected new {corpus.distinct},"
        f" duplicates {corpus.exact_copies}; stories joined {results.stories_joined} of"
        f" {corpus.near_copies} reprints",
        f"stages: new {results.stage_summary.new}, duplicates {results.stage_summary.duplicates},"
        f" failed {results.stage_summary.failed_total}; batched store: new"
        f" {results.batch_summary.new}, duplicates {results.batch_summary.duplicates}",
        f"peak RSS MB after each phase: {rss}",
        f"ratio end to end / extract only: wall {results.ratio:.3f}, cpu {results.cpu_ratio:.3f}"
        f" (target <= {TARGET_RATIO}: {ratio_ok}); peak RSS {results.peak_rss_mb:.0f} MB"
        f" (target < {TARGET_RSS_MB:.0f}: {rss_ok})",
        f"ratio end to end / trafilatura fast mode alone: wall {results.fast_ratio:.3f}",
    ]
    figures = {
        "pages": corpus.pages,
        "extract_only_per_s": f"{results.baseline.per_s():.1f}",
        **{f"{stage}_per_s": f"{stages[stage].per_s():.1f}" for stage in STAGES},
        "e2e_per_s": f"{results.e2e.per_s():.1f}",
        "extract_only_s": f"{results.baseline.wall:.2f}",
        "e2e_s": f"{results.e2e.wall:.2f}",
        "stored": e2e.new,
        "duplicates": e2e.duplicates,
        "failed": e2e.failed_total,
        "expected_stored": corpus.distinct,
        "stories_joined": results.stories_joined,
        "peak_rss_mb": f"{results.peak_rss_mb:.1f}",
        "extract_fast_only_per_s": f"{results.baseline_fast.per_s():.1f}",
        "fast_ratio": f"{results.fast_ratio:.3f}",
        "cpu_ratio": f"{results.cpu_ratio:.3f}",
        "ratio": f"{results.ratio:.3f}",
    }
    lines.append(" ".join(f"{key}={value}" for key, value in figures.items()))
    return lines


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages to generate and ingest")
    parser.add_argument("--seed", type=int, default=7, help="seed of the page generator")
    parser.add_argument("--workdir", type=Path, help="work here (kept; pages reused if same)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work directory")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="toancanh-bench-"))
    try:
        results = run(args.pages, args.seed, workdir)
    finally:
        if args.workdir is None and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            log(f"work directory kept: {workdir}")
    print("\n".join(report(results)), flush=True)
    missed = results.ratio > TARGET_RATIO or results.peak_rss_mb >= TARGET_RSS_MB
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
