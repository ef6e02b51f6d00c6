"""Start-up time of the CLI against a bare ``import sqlalchemy``.

    python bench/startup.py --runs 15

Builds a small SQLite database (N articles recombined from the demo corpus, a few
sources), then runs, each in a fresh interpreter and in turns so that a busy machine slows
them alike: the baseline ``python -c "import sqlalchemy"`` (what any command that reads
the database must load), ``python -m toancanh --help``, ``toancanh articles list`` and
``toancanh sources list``. Prints the median wall and CPU time of each and its ratio to
the baseline. Target: each command within 3x the baseline's wall time. What a command
that reads must load beyond SQLAlchemy (Typer and rich, pydantic, which Typer and the
settings use, the store's schema and repositories) puts the floor near 2.3x; before the
commands loaded lazily they took 5-6x. The last line holds the figures as key=value
pairs; ``ratio`` is the worst command's.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import toancanh
from toancanh.analyze.dedupe import fingerprint
from toancanh.domain.sources import NewSource
from toancanh.store import Store

TARGET_RATIO = 3.0
SRC = str(Path(toancanh.__file__).resolve().parents[1])


@dataclass(frozen=True)
class Case:
    key: str  # in the last line
    argv: list[str]


@dataclass
class Timing:
    wall: list[float]
    cpu: list[float]

    def median_wall(self) -> float:
        return statistics.median(self.wall)

    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def cases(database_url: str) -> list[Case]:
    cli = [sys.executable, "-m", "toancanh"]
    return [
        Case("baseline", [sys.executable, "-c", "import sqlalchemy"]),
        Case("help", [*cli, "--help"]),
        Case("articles_list", [*cli, "--db", database_url, "articles", "list"]),
        Case("sources_list", [*cli, "--db", database_url, "sources", "list"]),
    ]


def search_bench() -> ModuleType:
    """bench/search.py, whose corpus builder this reuses (a script's name is not unique)."""
    spec = importlib.util.spec_from_file_location(
        "bench_search", Path(__file__).parent / "search.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def build(path: Path, articles: int, seed: int = 11) -> str:
    """A fresh SQLite database with ``articles`` articles and five sources."""
    corpus = search_bench()
    url = f"sqlite:///{path}"
    path.unlink(missing_ok=True)
    store = Store.open(url)
    try:
        rng = random.Random(seed)
        paragraphs = corpus.demo_paragraphs()
        start = datetime(2026, 11, 1, tzinfo=UTC)
        drafts = [corpus.make_draft(i, paragraphs, rng, start) for i in range(articles)]
        threshold = corpus.THRESHOLD
        store.articles.save_many([(d, fingerprint(d.text, threshold)) for d in drafts], threshold)
        for i in range(5):
            new = NewSource(url=f"https://bench{i}.example/rss", name=f"Báo thử {i}")
            store.sources.add(new, actor="bench")
    finally:
        store.close()
    return url


def run_once(case: Case, cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run, the child's own CPU time from its rusage."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(case.argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(all_cases: list[Case], runs: int, cwd: Path) -> dict[str, Timing]:
    # The checkout's package, and no settings file or database from the environment.
    env = {**os.environ, "PYTHONPATH": SRC, "TOANCANH_DATABASE_URL": "", "COLUMNS": "100"}
    env.pop("TOANCANH_CONFIG", None)
    timings = {case.key: Timing([], []) for case in all_cases}
    for case in all_cases:  # one warm-up each: the first run also reads the files from disk
        run_once(case, cwd, env)
    for _ in range(runs):
        for case in all_cases:
            wall, cpu = run_once(case, cwd, env)
            timings[case.key].wall.append(wall)
            timings[case.key].cpu.append(cpu)
    return timings


def report(timings: dict[str, Timing], runs: int, articles: int) -> tuple[str, float]:
    base = timings["baseline"]
    print(f"{'command':<16} {'wall s':>8} {'cpu s':>8} {'ratio':>7} {'cpu ratio':>9}")
    figures = [f"runs={runs}", f"articles={articles}"]
    ratios: list[float] = []
    for key, timing in timings.items():
        ratio = timing.median_wall() / base.median_wall()
        cpu_ratio = timing.median_cpu() / base.median_cpu()
        print(
            f"{key:<16} {timing.median_wall():>8.3f} {timing.median_cpu():>8.3f} "
            f"{ratio:>7.2f} {cpu_ratio:>9.2f}"
        )
        figures += [f"{key}_s={timing.median_wall():.3f}", f"{key}_cpu_s={timing.median_cpu():.3f}"]
        if key != "baseline":
            figures += [f"{key}_ratio={ratio:.2f}", f"{key}_cpu_ratio={cpu_ratio:.2f}"]
            ratios.append(ratio)
    worst = max(ratios)
    return " ".join([*figures, f"ratio={worst:.2f}"]), worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command (median)")
    parser.add_argument("--articles", type=int, default=200, help="articles in the database")
    parser.add_argument("--workdir", type=Path, help="where the database goes (kept)")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="toancanh-startup-") as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        url = build(workdir / "startup.db", args.articles)
        timings = measure(cases(url), args.runs, workdir)
    line, worst = report(timings, args.runs, args.articles)
    print(f"target: every command within {TARGET_RATIO}x the baseline: ", end="")
    print("met" if worst <= TARGET_RATIO else "missed")
    print(line)
    return 1 if args.check and worst > TARGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
