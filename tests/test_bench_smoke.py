"""The ingest benchmark and its page generator, on a few pages: so that neither can rot."""

from __future__ import annotations

import importlib.util
import itertools
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from toancanh.analyze.dedupe import shingles, syllables

BENCH = Path(__file__).resolve().parents[1] / "bench"
SPEEDS = ("extract_only", "fetch", "extract", "normalize", "dedupe", "store", "e2e")


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, ModuleType]:
    """bench/ingest.py (as ``bench_ingest``, a script's name is not unique) and pagegen."""
    monkeypatch.syspath_prepend(str(BENCH))  # bench/ingest.py imports pagegen
    spec = importlib.util.spec_from_file_location("bench_ingest", BENCH / "ingest.py")
    assert spec and spec.loader
    ingest = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, ingest)  # dataclasses look their module up
    spec.loader.exec_module(ingest)
    return ingest, importlib.import_module("pagegen")


def _jaccard(a: str, b: str) -> float:
    x, y = shingles(syllables(a)), shingles(syllables(b))
    return len(x & y) / len(x | y)


def test_benchmark_ends_with_its_figures_and_stores_every_distinct_article(
    bench: tuple[ModuleType, ModuleType], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest, pagegen = bench
    assert ingest.main(["--pages", "60", "--workdir", str(tmp_path)]) == 0

    last = capsys.readouterr().out.strip().splitlines()[-1]
    figures = dict(pair.split("=", 1) for pair in last.split(" "))
    assert list(figures)[-1] == "ratio"
    corpus = pagegen.load_manifest(tmp_path / "site")
    assert int(figures["pages"]) == corpus.pages == 60
    assert corpus.exact_copies > 0 and corpus.near_copies > 0
    assert int(figures["stored"]) == corpus.pages - corpus.exact_copies
    assert int(figures["duplicates"]) == corpus.exact_copies
    assert int(figures["failed"]) == 0
    assert int(figures["stories_joined"]) == corpus.near_copies  # each reprint found its story
    assert all(float(figures[f"{speed}_per_s"]) > 0 for speed in SPEEDS)
    assert 0 < float(figures["peak_rss_mb"]) < 2000
    assert float(figures["ratio"]) > 0 and float(figures["cpu_ratio"]) > 0


def test_generated_pages_are_the_same_for_a_seed(
    bench: tuple[ModuleType, ModuleType], tmp_path: Path
) -> None:
    _, pagegen = bench
    first = pagegen.generate(tmp_path / "a", 25, seed=3)
    second = pagegen.generate(tmp_path / "b", 25, seed=3)
    assert first.page_paths == second.page_paths
    for path in [*first.page_paths[:5], first.feeds[0][0]]:
        assert (tmp_path / "a" / path[1:]).read_bytes() == (tmp_path / "b" / path[1:]).read_bytes()
    assert 60_000 < first.total_bytes / first.pages < 80_000


def test_articles_are_distinct_and_reprints_are_near_copies(
    bench: tuple[ModuleType, ModuleType],
) -> None:
    _, pagegen = bench
    rng = random.Random(5)
    stories = [pagegen.make_story(rng, pagegen.EPOCH) for _ in range(25)]
    bodies = [" ".join(story.paragraphs) for story in stories]
    assert all(2_500 <= len(body) <= 4_000 for body in bodies)
    assert max(_jaccard(a, b) for a, b in itertools.combinations(bodies, 2)) < 0.2

    reprint = pagegen.syndicated(stories[0], rng, verbatim=False)
    assert reprint.paragraphs[0] != stories[0].paragraphs[0]
    assert _jaccard(" ".join(reprint.paragraphs), bodies[0]) > 0.8


def load_bench(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # benches share bench/bulk_articles.py
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def last_line_figures(output: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in output.strip().splitlines()[-1].split())


def test_the_analysis_benchmark_runs(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    bench = load_bench("analyze", monkeypatch)
    assert bench.main(["--articles", "12", "--workers", "1"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert float(figures["ratio"]) > 1.0 and figures["articles"] == "12"


def test_the_trends_benchmark_runs(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    bench = load_bench("trends", monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    assert bench.main(["--articles", "3000", "--watches", "4"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["watches"] == "4" and float(figures["alert_latency_s"]) < 5
    assert float(figures["ratio"]) > 0


def test_the_web_benchmark_runs(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    bench = load_bench("web", monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    args = ["--articles", "300", "--clients", "4", "--rounds", "1", "--load", "httpx"]
    assert bench.main(args) == 0  # exit 1 on any failed request
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["errors"] == "0" and figures["load"] == "httpx"
    assert float(figures["search_p95_ms"]) > 0 and float(figures["ratio"]) > 0


@pytest.mark.postgres
def test_the_scale_benchmark_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys, redis_url: str, pg_database_url: str
) -> None:
    bench = load_bench("scale", monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    monkeypatch.setattr(bench, "REDIS", redis_url)
    assert bench.main(["--pages", "20"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["pages"] == "20" and int(figures["stored"]) >= 18
    assert float(figures["workers2_per_s"]) > 0 and float(figures["scaling"]) > 0


def test_the_login_benchmark_runs(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    bench = load_bench("login", monkeypatch)
    assert bench.main(["--logins", "12"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    answered = sum(int(figures[k]) for k in ("signed_in", "refused", "busy"))
    assert answered == 12 and float(figures["rss_ratio"]) > 0
    assert float(figures["healthz_ratio"]) > 0


def test_the_startup_benchmark_runs(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    startup = load_bench("startup", monkeypatch)
    assert startup.main(["--runs", "1", "--articles", "5", "--workdir", str(tmp_path)]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["runs"] == "1" and figures["articles"] == "5"
    for command in ("baseline", "help", "articles_list", "sources_list"):
        assert float(figures[f"{command}_s"]) > 0 and float(figures[f"{command}_cpu_s"]) > 0
    assert list(figures)[-1] == "ratio" and float(figures["ratio"]) > 0


def test_the_claims_benchmark_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = load_bench("claims", monkeypatch)
    assert bench.main(["--articles", "4", "--statements", "300"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["statements"] == "300" and int(figures["claims"]) > 0
    assert float(figures["ratio"]) > 0 and list(figures)[-1] == "ratio"


def test_the_pickup_benchmark_runs(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    bench = load_bench("pickup", monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    assert bench.main(["--articles", "5000", "--runs", "2", "--new", "3"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["articles"] == "5000" and int(figures["pickups"]) == 250
    assert float(figures["summary_s"]) > 0 and float(figures["ratio"]) > 0


def test_the_reports_benchmark_runs(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    bench = load_bench("reports", monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    bench.main(["--articles", "3000", "--runs", "1"])  # its exit code is the speed target's
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["articles"] == "3000" and int(figures["matches"]) > 0
    assert {"docx_p50_ms", "pdf_p50_ms", "html_p50_ms"} <= set(figures)
    assert list(figures)[-1] == "ratio"


def test_the_home_benchmark_runs(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:
    bench = load_bench("home", monkeypatch)
    monkeypatch.setattr(bench, "OUT", tmp_path)
    assert bench.main(["--articles", "3000", "--runs", "1"]) == 0
    figures = last_line_figures(capsys.readouterr().out)
    assert figures["articles"] == "3000" and list(figures)[-1] == "ratio"
