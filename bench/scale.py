"""Scale-out throughput: 1 and 2 worker processes against the embedded mode, in one run.

    python bench/scale.py --pages 600

Generates (or reuses, under bench/out/) ``--pages`` news pages with ``pagegen`` and serves
them from a separate process on 127.0.0.1. Then, on the same corpus, with analysis on
(the full pipeline: fetch, extract, normalise, analyse, dedupe, store):

* **embedded**: one process, SQLite, ``Ingestor.run_once`` over every feed (the baseline);
* **embedded on PostgreSQL**: the same process against PostgreSQL (the database's share);
* **1 worker** and **2 workers**: ``toancanh worker --concurrency 1`` processes over Redis
  and PostgreSQL; the clock runs from queueing one poll per feed until every article is
  stored (the count the embedded run stored).

Every mode loads the analysis models before its clock starts (workers do it at start).

Figures: articles per second for each; ``scaling`` = 2-worker rate / 1-worker rate (target
>= 1.7); ``overhead`` = per-article time with 1 worker / embedded - 1 (target <= 0.25: the
broker hops and PostgreSQL cost at most a quarter more than the embedded process);
``ratio`` = the 2-worker rate / the embedded rate.

Needs PostgreSQL on 127.0.0.1:5432 (database ``test`` reachable; a scratch database is
created and dropped) and Redis on 127.0.0.1:6379 (database 15 is emptied).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).parent))
from ingest import add_sources, served
from pagegen import Corpus, generate, load_manifest
from toancanh.config import Settings
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.runner import Ingestor
from toancanh.store import Store
from toancanh.workers.celery_app import make_celery, release
from toancanh.workers.tasks import warm_up

OUT = Path(__file__).parent / "out"
PG_ADMIN = os.environ.get("BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
SETTINGS = {
    "host_delay": 0,
    "max_items_per_poll": 100_000,
    "watch_live": False,  # no watchlists in this corpus: matching would be a no-op
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def corpus_at(pages: int, seed: int) -> tuple[Path, Corpus]:
    site = OUT / f"scale-{pages}-{seed}"
    corpus = load_manifest(site)
    if corpus is None or (corpus.pages, corpus.seed) != (pages, seed):
        shutil.rmtree(site, ignore_errors=True)
        log(f"generating {pages} pages into {site}")
        corpus = generate(site, pages, seed)
    return site, corpus


@contextmanager
def scratch_postgres() -> Iterator[str]:
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    name = f"toancanh_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        Store.open(url).close()  # the schema, as `toancanh db upgrade` makes it
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def embedded(database_url: str, corpus: Corpus, base: str) -> tuple[float, int]:
    """Seconds for the embedded runner over every feed, and the articles stored."""
    settings = Settings(database_url=database_url, **SETTINGS)  # type: ignore[arg-type]
    warm_up(settings)  # models loaded before the clock starts, as the workers do
    store = Store.open(database_url)
    sources = add_sources(store, corpus, base)
    started = time.perf_counter()
    with Fetcher(settings) as fetcher:
        Ingestor(store, fetcher, settings).run_once(sources)
    seconds = time.perf_counter() - started
    stored = store.articles.count()
    store.close()
    return seconds, stored


def worker_env(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "TOANCANH_DATABASE_URL": database_url,
        "TOANCANH_BROKER_URL": REDIS,
        **{f"TOANCANH_{k.upper()}": str(v).lower() for k, v in SETTINGS.items()},
    }


def with_workers(
    database_url: str, corpus: Corpus, base: str, workers: int, expected: int
) -> tuple[float, float]:
    """Seconds from queueing the polls until ``expected`` articles are stored, and the
    workers' CPU seconds."""
    redis.Redis.from_url(REDIS).flushdb()
    store = Store.open(database_url)
    sources = add_sources(store, corpus, base)
    toancanh = Path(sys.executable).with_name("toancanh")
    processes = [
        subprocess.Popen(
            [str(toancanh), "worker", "--concurrency", "1", "--name", f"bench{i}@%h"],
            env=worker_env(database_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for i in range(workers)
    ]
    settings = Settings(database_url=database_url, broker_url=REDIS, **SETTINGS)  # type: ignore[arg-type]
    app = make_celery(settings)
    try:
        deadline = time.monotonic() + 60
        with app.connection_for_write() as connection:  # not pooled: see workers.status
            while len(app.control.ping(timeout=0.5, connection=connection) or []) < workers:
                if time.monotonic() > deadline:
                    raise SystemExit("the workers did not start")
        cpu_before = children_cpu(processes)
        started = time.perf_counter()
        for source in sources:
            app.send_task("toancanh.poll_source", kwargs={"source_id": source.id})
        # Generous, but finite: a lost task (another run on the same Redis database took
        # it) must end the benchmark with a reason, not hang it.
        give_up = time.monotonic() + 120 + expected
        while (stored := store.articles.count()) < expected:
            if time.monotonic() > give_up:
                raise SystemExit(f"only {stored} of {expected} articles stored: tasks were lost")
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        cpu = children_cpu(processes) - cpu_before
    finally:
        release(app)
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            process.wait(30)
        store.close()
    return seconds, cpu


def children_cpu(processes: list[subprocess.Popen[bytes]]) -> float:
    """CPU seconds used so far by the worker processes and their pool processes."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for process in processes:
        for pid in [process.pid, *pool_pids(process.pid)]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return total


def pool_pids(parent: int) -> list[int]:
    children = Path(f"/proc/{parent}/task/{parent}/children")
    try:
        return [int(pid) for pid in children.read_text().split()]
    except OSError:
        return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    site, corpus = corpus_at(args.pages, args.seed)
    rates: dict[str, float] = {}
    cpu: dict[str, float] = {}
    with served(site) as base:
        sqlite_path = OUT / "scale-embedded.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{sqlite_path}{suffix}").unlink(missing_ok=True)
        log("embedded (SQLite) ...")
        started_cpu = time.process_time()
        seconds, stored = embedded(f"sqlite:///{sqlite_path}", corpus, base)
        cpu["embedded"] = time.process_time() - started_cpu
        rates["embedded"] = stored / seconds
        with scratch_postgres() as url:
            log("embedded (PostgreSQL) ...")
            seconds, stored_pg = embedded(url, corpus, base)
            rates["embedded_pg"] = stored_pg / seconds
        for workers in (1, 2):
            with scratch_postgres() as url:
                log(f"{workers} worker(s) ...")
                seconds, used = with_workers(url, corpus, base, workers, stored)
                rates[f"workers{workers}"] = stored / seconds
                cpu[f"workers{workers}"] = used
    scaling = rates["workers2"] / rates["workers1"]
    overhead = rates["embedded"] / rates["workers1"] - 1
    print(f"{corpus.pages} pages, {stored} articles stored (analysed), on {os.cpu_count()} cores")
    for name, rate in rates.items():
        used = cpu.get(name)
        per_article = f"  {used / stored * 1000:6.1f} ms CPU/article" if used else ""
        print(f"{name:<12} {rate:7.1f} articles/s{per_article}")
    print("targets: scaling (2 workers / 1 worker) >= 1.7, overhead (1 worker vs embedded) <= 0.25")
    print(
        f"pages={corpus.pages} stored={stored} "
        + " ".join(f"{name}_per_s={rate:.2f}" for name, rate in rates.items())
        + f" scaling={scaling:.2f} overhead={overhead:.2f}"
        + f" ratio={rates['workers2'] / rates['embedded']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
