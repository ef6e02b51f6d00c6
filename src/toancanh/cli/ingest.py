"""``toancanh ingest`` and ``toancanh import``: bring articles in, with progress."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from toancanh.alerts.live import LiveReport, after_store, periodic_pass, safely
from toancanh.claims.registry import RegistryIndex
from toancanh.cli.context import app_context
from toancanh.cli.output import console, print_json, table
from toancanh.config import Settings
from toancanh.domain.ingest import RunSummary
from toancanh.domain.sources import Source
from toancanh.ingest.claims import ClaimsReport, find_claims
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.importers import ImportReport, import_file
from toancanh.ingest.runner import Ingestor
from toancanh.pipeline import RetryPolicy, retrying
from toancanh.store import Store

EXIT_OK, EXIT_SOME_FAILED = 0, 1

log = logging.getLogger(__name__)


class RichObserver:
    """Draws one progress bar per source."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[int, TaskID] = {}

    def source_started(self, source: Source, items: int) -> None:
        label = (source.name or source.url)[:60]
        self.tasks[source.id] = self.progress.add_task(label, total=items)

    def item_done(self, source: Source, outcome: str) -> None:
        if source.id in self.tasks:
            self.progress.advance(self.tasks[source.id])

    def source_finished(self, source: Source, summary: RunSummary) -> None:
        task = self.tasks.get(source.id)
        if task is not None:
            self.progress.update(task, completed=self.progress.tasks[task].total or 0)


def _progress(out: Console) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out,
        transient=False,
    )


def print_summary(out: Console, title: str, summary: RunSummary) -> None:
    rows: list[tuple[str, Any]] = [
        ("new", summary.new),
        ("duplicates", summary.duplicates),
        ("unchanged", summary.unchanged),
        ("skipped (failed before)", summary.skipped),
        ("failed", summary.failed_total),
    ]
    rows += [(f"  failed: {reason}", count) for reason, count in sorted(summary.failed.items())]
    out.print(table(title, ("", "count"), rows))
    if summary.failed_total:
        out.print("Details: toancanh failures")


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """First Ctrl-C (or SIGTERM) stops after the current article; a second one aborts."""

    def handle(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        console(stderr=True).print("Stopping after the current article… (Ctrl-C again to abort)")

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def ingest(
    ctx: typer.Context,
    source: Annotated[int | None, typer.Option(help="Only this source id.")] = None,
    once: Annotated[bool, typer.Option(help="Poll each source once, then exit.")] = False,
) -> None:
    """Fetch sources, follow new items, extract, normalize, deduplicate and store.

    Without --once it keeps polling each source on its interval until Ctrl-C.
    Exit code 0: all went well; 1: some items failed (see `toancanh failures`).
    """
    app = app_context(ctx)
    store, settings = app.store(), app.settings
    sources = store.sources.list()
    if source is not None:
        sources = [s for s in sources if s.id == source]
        if not sources:
            console(stderr=True).print(f"No source #{source}; see `toancanh sources list`.")
            raise typer.Exit(2)
    if not sources:
        console(stderr=True).print(
            "No sources yet: `toancanh sources add URL` or `toancanh sources add-catalog`."
        )
        raise typer.Exit(2)
    out = console()
    stop = threading.Event()
    hooks = AlertHooks(store, settings, app.match_cache)
    with stop_on_signals(stop), Fetcher(settings) as fetcher, _progress(out) as progress:
        runner = Ingestor(
            store,
            fetcher,
            settings,
            RichObserver(progress),
            stop=stop,
            on_stored=hooks.stored,
            on_round=hooks.round,
        )
        summary = runner.run_once(sources) if once else runner.run_forever(source)
    print_summary(out, "Ingest", summary)
    hooks.print(out)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failed_total else EXIT_OK)


@dataclass
class AlertHooks:
    """The steps after store: claims, watch matching and alerts as articles are stored;
    the periodic pass on a timer.

    The claims, watch and alert steps of the pipeline: a locked database is waited out as
    the pipeline's policy says; any other failure is logged and ingest goes on. The
    registry's index is this runner's (``statements_index``), one for the claims and the
    pickup steps.
    """

    store: Store
    settings: Settings
    statements_index: RegistryIndex = field(default_factory=RegistryIndex, repr=False)
    claims: ClaimsReport = field(default_factory=ClaimsReport)
    matched: int = 0
    alerts: int = 0
    sent: int = 0
    _last_pass: float = field(default_factory=time.monotonic)

    def _add(self, report: LiveReport) -> None:
        if report.critical:  # their reports are queued; `run` sends them
            from toancanh.services.report_schedules import on_critical_alerts

            on_critical_alerts(self.store, report.critical)
        self.matched += sum(len(ids) for ids in report.matches.values())
        self.alerts += report.alerts_created + report.alerts_updated
        self.sent += report.delivery.sent

    def stored(self, article_ids: list[int]) -> None:
        self._find_claims(article_ids)
        step = partial(after_store, pickup_index=self.statements_index)
        self._add(safely(self._retrying, step, article_ids))

    def _find_claims(self, article_ids: list[int]) -> None:
        call = partial(find_claims, self.store, article_ids, self.statements_index)
        try:
            self.claims.add(retrying(call, RetryPolicy.from_settings(self.settings)))
        except Exception:  # OnPermanent.LOG: claims never hold an article back
            log.exception("claims step failed for articles %s", article_ids[:20])

    def round(self) -> None:
        if time.monotonic() - self._last_pass >= self.settings.alerts_interval:
            self._last_pass = time.monotonic()
            self._add(safely(self._retrying, periodic_pass))

    def _retrying(self, step: Callable[..., LiveReport], *args: object) -> LiveReport:
        call = partial(step, self.store, self.settings, *args)
        return retrying(call, RetryPolicy.from_settings(self.settings))

    def print(self, out: Console) -> None:
        if self.claims.found:
            out.print(
                f"Claims: {self.claims.found} found, {self.claims.suggested} with suggested "
                "statements (toancanh claims).",
                markup=False,
            )
        if self.matched or self.alerts:
            out.print(
                f"Watchlists: {self.matched} matches; alerts: {self.alerts} raised or "
                f"updated, {self.sent} sent (toancanh alerts).",
                markup=False,
            )


def import_(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="JSONL or CSV.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Import articles from a JSONL or CSV file (url, title, text, published_at, outlet, author).

    Exit code 0: every row imported or skipped as a duplicate; 1: some rows were rejected.
    """
    app = app_context(ctx)
    out = console(stderr=as_json)
    with _progress(out) as progress:
        task = progress.add_task(file.name, total=None)
        hooks = AlertHooks(app.store(), app.settings, app.match_cache)
        report = import_file(
            app.store(),
            file,
            app.settings,
            on_row=lambda _line: progress.advance(task),
            on_stored=hooks.stored,
        )
    if as_json:
        print_json(report_json(report))
    else:
        print_import_report(out, report)
        hooks.print(out)
    raise typer.Exit(EXIT_SOME_FAILED if report.rejected else EXIT_OK)


def report_json(report: ImportReport) -> dict[str, Any]:
    s = report.summary
    return {
        "file": report.file,
        "rows": report.rows,
        "imported": s.new,
        "duplicates": s.duplicates + s.unchanged,
        "rejected": [
            {"line": r.line, "reason": r.reason, "detail": r.detail} for r in report.rejected
        ],
    }


def print_import_report(out: Console, report: ImportReport) -> None:
    s = report.summary
    out.print(
        f"{report.rows} rows: {s.new} imported, {s.duplicates + s.unchanged} skipped as "
        f"duplicates, {len(report.rejected)} rejected.",
        markup=False,
    )
    if report.rejected:
        shown = report.rejected[:50]
        rows = [(r.line, r.reason, r.detail) for r in shown]
        out.print(table("Rejected rows", ("line", "reason", "what to fix"), rows))
        if len(report.rejected) > len(shown):
            out.print(f"… and {len(report.rejected) - len(shown)} more (toancanh failures).")
