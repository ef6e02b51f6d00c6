"""``toancanh analyze``, ``reanalyze`` and ``label``: understanding articles."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from toancanh.analyze.pipeline import (
    AnalysisError,
    AnalyzerOptions,
    analyze_text,
    analyzer_options,
    load_analyzer,
)
from toancanh.analyze.types import Analysis
from toancanh.cli.context import app_context, operator
from toancanh.cli.filters import bad_parameter
from toancanh.cli.output import console, print_json, table
from toancanh.services import labels
from toancanh.text.encoding import decode_text

CHUNK = 50  # articles per task of the process pool


def _read_input(file: str) -> str:
    if file == "-":
        return decode_text(sys.stdin.buffer.read()).text
    path = Path(file)
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {file}", param_hint="FILE")
    return decode_text(path.read_bytes()).text


def analyze(
    ctx: typer.Context,
    file: Annotated[
        str | None, typer.Argument(help="A text file, or - for standard input.")
    ] = None,
    title: Annotated[str, typer.Option(help="The article's title, if separate.")] = "",
    jsonl: Annotated[
        Path | None,
        typer.Option(exists=True, dir_okay=False, help='Lines {"id": ..., "text": ...}.'),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (docs/cli.md).")] = False,
) -> None:
    """Analyse a text: topics, policy areas, sentiment with evidence, agencies, places,
    legal references, officials, policy stage.

    With --jsonl, writes one JSON object per input line with the same "id"; a line that
    cannot be analysed gets {"id": ..., "error": "..."} and the exit code is 1.
    """
    analyzer = load_analyzer(analyzer_options(app_context(ctx).settings))
    if jsonl is not None:
        failed = 0
        for output in _analyze_lines(jsonl, analyzer):
            failed += "error" in output
            sys.stdout.write(json.dumps(output, ensure_ascii=False) + "\n")
        raise typer.Exit(1 if failed else 0)
    if file is None:
        raise typer.BadParameter("give a FILE, - for standard input, or --jsonl FILE")
    try:
        result = analyze_text(_read_input(file), title, analyzer)
    except AnalysisError as error:
        console(stderr=True).print(f"Cannot analyse: {error}", markup=False)
        raise typer.Exit(2) from error
    if as_json:
        print_json(result.as_json())
    else:
        print_analysis(console(), result)


def _analyze_lines(path: Path, analyzer: Any) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield {"id": None, "line": line_no, "error": f"invalid JSON: {exc.msg}"}
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                ident = row.get("id") if isinstance(row, dict) else None
                yield {"id": ident, "line": line_no, "error": 'needs a string "text" field'}
                continue
            try:
                result = analyze_text(row["text"], str(row.get("title") or ""), analyzer)
            except AnalysisError as error:
                yield {"id": row.get("id"), "line": line_no, "error": str(error)}
                continue
            yield {"id": row.get("id"), **result.as_json()}


def print_analysis(out: Console, result: Analysis) -> None:
    out.print(f"Language: {result.language or 'unknown'}", markup=False)
    for note in result.notes:
        out.print(f"Note: {note}", markup=False)
    if result.sentiment:
        evidence = "; ".join(e.phrase for e in result.sentiment.evidence[:5])
        out.print(
            f"Sentiment: {result.sentiment.label} ({result.sentiment.score:.2f})"
            + (f" — {evidence}" if evidence else ""),
            markup=False,
        )
    out.print(f"Policy stage: {result.stage or '–'}", markup=False)
    if result.topics:
        out.print(
            table(
                "Topics", ("topic", "score"), [(t.label, f"{t.score:.2f}") for t in result.topics]
            )
        )
    if result.policy_areas:
        rows: list[tuple[object, ...]] = [(a.label, a.ministry) for a in result.policy_areas]
        out.print(table("Policy areas", ("area", "ministry"), rows))
    if result.agencies:
        rows = [(a.mention, a.name, a.current) for a in result.agencies]
        out.print(table("Agencies", ("mention", "name", "today"), rows))
    if result.places:
        rows = [(p.mention, p.name, p.current, p.level) for p in result.places]
        out.print(table("Places", ("mention", "name", "today", "level"), rows))
    if result.legal_refs:
        rows = [
            (r.mention, r.type, r.number or r.title or "", r.issuer or "", r.year or "")
            for r in result.legal_refs
        ]
        out.print(table("Legal references", ("mention", "type", "number", "issuer", "year"), rows))
    if result.people:
        rows = [(p.title, p.name) for p in result.people]
        out.print(table("Officials", ("title", "name"), rows))


def _analyze_chunk(
    options: AnalyzerOptions, chunk: list[tuple[int, str, str]]
) -> list[tuple[int, Analysis | str]]:
    analyzer = load_analyzer(options)  # loaded once per worker process (cached)
    results: list[tuple[int, Analysis | str]] = []
    for article_id, title, text in chunk:
        try:
            results.append((article_id, analyze_text(text, title, analyzer)))
        except Exception as exc:  # reported per article; the others go on
            results.append((article_id, f"{type(exc).__name__}: {exc}"))
    return results


def reanalyze(
    ctx: typer.Context,
    all_articles: Annotated[
        bool, typer.Option("--all", help="Every article, not only those without analysis.")
    ] = False,
    outdated: Annotated[
        bool, typer.Option(help="Also articles analysed with other model versions.")
    ] = False,
    workers: Annotated[int, typer.Option(min=1, help="Processes (default: all cores).")] = 0,
) -> None:
    """Analyse stored articles in a process pool over all cores, with progress."""
    app = app_context(ctx)
    store, options = app.store(), analyzer_options(app.settings)
    version = load_analyzer(options).version if outdated else None
    ids = store.analysis.ids_to_analyze(missing_only=not all_articles, model_version=version)
    out = console()
    if not ids:
        out.print("Every article is analysed already.")
        return
    processes = workers or os.cpu_count() or 1
    failed = 0
    progress = Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=out
    )
    # forkserver: the pool processes start clean, without the threads and connections this
    # process may hold (a forked copy of a lock or a socket someone else uses can hang).
    context = multiprocessing.get_context("forkserver")
    with progress, ProcessPoolExecutor(processes, mp_context=context) as pool:
        task = progress.add_task("analysing", total=len(ids))
        chunks = (store.articles.texts(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK))
        for results in pool.map(partial(_analyze_chunk, options), chunks):
            done = [(i, r) for i, r in results if isinstance(r, Analysis)]
            failed += len(results) - len(done)
            store.analysis.save_many(done)
            progress.advance(task, len(results))
    out.print(f"Analysed {len(ids) - failed} articles with {processes} processes; {failed} failed.")
    raise typer.Exit(1 if failed else 0)


def label(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(help="Article id.")],
    sentiment: Annotated[str | None, typer.Option(help="positive, neutral or negative.")] = None,
    topic: Annotated[str | None, typer.Option(help="The right topic.")] = None,
    by: Annotated[str, typer.Option(help="Who corrects (default: your login).")] = "",
) -> None:
    """Correct an article's sentiment or topic; corrections train the next models."""
    if (sentiment is None) == (topic is None):
        raise typer.BadParameter("give exactly one of --sentiment or --topic")
    task, value = ("sentiment", sentiment) if sentiment is not None else ("topic", topic)
    store = app_context(ctx).store()
    with bad_parameter():  # an unknown label: a bad --sentiment or --topic
        done = labels.correct_label(store, operator(by), article_id, task, value or "")
    console().print(
        f"Article #{article_id}: {task} {done.previous or '–'} → {done.value} (by {done.author}).",
        markup=False,
    )
