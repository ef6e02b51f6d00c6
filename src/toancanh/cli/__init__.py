"""The ``toancanh`` command line: one sub-app per area (see docs/cli.md)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.errors import ErrorMappingGroup
from toancanh.cli.lazy import Lazy, LazyGroup

# Every command, in the order `toancanh --help` lists them; each module is imported only
# when its command runs (cli/lazy.py says why). The summary is the first paragraph of the
# command's own help (tests/test_cli_startup.py holds them together).
COMMANDS = (
    Lazy(
        "ingest",
        "toancanh.cli.ingest:ingest",
        "Fetch sources, follow new items, extract, normalize, deduplicate and store.",
    ),
    Lazy(
        "import",
        "toancanh.cli.ingest:import_",
        "Import articles from a JSONL or CSV file "
        "(url, title, text, published_at, outlet, author).",
    ),
    Lazy(
        "search",
        "toancanh.cli.read:search",
        'Full-text search, diacritic-insensitive, with AND/OR/NOT, "phrases", title:, NEAR/n.',
    ),
    Lazy(
        "stories",
        "toancanh.cli.read:stories",
        "Clusters of the same story across outlets, biggest first.",
    ),
    Lazy(
        "failures",
        "toancanh.cli.read:failures",
        "Every item that failed, with its URL or import line, the stage and the reason.",
    ),
    Lazy(
        "demo",
        "toancanh.cli.demo:demo",
        "Create the database if needed and load the demo corpus, laid out to end today "
        "(idempotent: a second run adds nothing and keeps the first run's days).",
    ),
    Lazy(
        "analyze",
        "toancanh.cli.analysis:analyze",
        "Analyse a text: topics, policy areas, sentiment with evidence, agencies, places, "
        "legal references, officials, policy stage.",
    ),
    Lazy(
        "reanalyze",
        "toancanh.cli.analysis:reanalyze",
        "Analyse stored articles in a process pool over all cores, with progress.",
    ),
    Lazy(
        "label",
        "toancanh.cli.analysis:label",
        "Correct an article's sentiment or topic; corrections train the next models.",
    ),
    Lazy(
        "trends",
        "toancanh.cli.trends:trends",
        "Volume, tone and net sentiment over time, official share of voice, top outlets, "
        "top stories and rising terms of a watch (or a topic, agency, place, outlet).",
    ),
    Lazy(
        "spikes",
        "toancanh.cli.trends:spikes",
        "Anomalies in volume and in negative share of each watch, topic and agency, with the "
        "baseline, the observed value, a score and the stories driving them.",
    ),
    Lazy(
        "emerging",
        "toancanh.cli.trends:emerging",
        "New stories growing fast across outlets, and headline terms bursting against their "
        "history (log-likelihood test, one vote per story).",
    ),
    Lazy(
        "forecast",
        "toancanh.cli.trends:forecast",
        "Expected articles a day and negative share for the next days, with 80% and 95% "
        "intervals; an early warning when the upper bound reaches the threshold.",
    ),
    Lazy(
        "serve",
        "toancanh.cli.serve:serve",
        "Serve the dashboard and the API on the database (no polling: see `run`).",
    ),
    Lazy(
        "run",
        "toancanh.cli.serve:run",
        "The everyday embedded mode: polling, the pipeline, alerts and the dashboard in one "
        "process. Ctrl-C stops the web server, then the polling loop after the current "
        "article: nothing is half-written.",
    ),
    Lazy(
        "worker",
        "toancanh.cli.scale:worker",
        "Run tasks from the broker: fetch, extract, analyse and store, match and alert.",
    ),
    Lazy(
        "scheduler",
        "toancanh.cli.scale:scheduler",
        "Queue each source's poll on its interval and the periodic alert passes (one is "
        "enough; a second one by mistake queues nothing twice).",
    ),
    Lazy(
        "status",
        "toancanh.cli.scale:status",
        "Queue depths, workers, throughput, failing sources, dead-lettered tasks, and items"
        " sources listed that were queued but never stored.",
    ),
    Lazy(
        "replay-dead",
        "toancanh.cli.scale:replay_dead",
        "Send dead-lettered tasks again (after fixing their cause: a code update, a source), "
        "or, with --discard, close them without sending them.",
    ),
    Lazy(
        "sources",
        "toancanh.cli.sources:app",
        "Manage the sources that are polled (feeds, sitemaps, pages).",
    ),
    Lazy("articles", "toancanh.cli.read:articles_app", "List and show stored articles."),
    Lazy("db", "toancanh.cli.db:app", "Create, upgrade and inspect the database schema."),
    Lazy(
        "eval",
        "toancanh.cli.evaluate:app",
        "Evaluate quality on labelled data (floors pinned in eval/floors.toml).",
    ),
    Lazy(
        "train",
        "toancanh.cli.train:app",
        "Train the topic and sentiment models on labelled files.",
    ),
    Lazy("watch", "toancanh.cli.watch:app", "Watchlists: the policies and topics you track."),
    Lazy(
        "alerts",
        "toancanh.cli.alerts:app",
        "Alerts raised by the watch rules; `alerts rule` and `alerts channel` set them up.",
    ),
    Lazy(
        "incident",
        "toancanh.cli.incidents:app",
        "Incidents: a task force handling a communication crisis.",
    ),
    Lazy(
        "statements",
        "toancanh.cli.statements:app",
        "The statements registry: write, publish, correct and withdraw official statements.",
    ),
    Lazy(
        "claims",
        "toancanh.cli.claim_review:app",
        "Claims checked against the statements registry: the official statements a claim is "
        "about, and where they disagree.",
    ),
    Lazy(
        "directory",
        "toancanh.cli.directory:app",
        "The network directory: units and the people in official roles there.",
    ),
    Lazy(
        "taskforce",
        "toancanh.cli.task_forces:app",
        "Task forces (tổ công tác): propose from the directory, confirm, notify, review.",
    ),
    Lazy(
        "commissions",
        "toancanh.cli.commissions:app",
        "Press commissioning: orders to press agencies and the articles they delivered.",
    ),
    Lazy(
        "plans",
        "toancanh.cli.plans:app",
        "Communication plans: a unit's plan for a year, measured from the press.",
    ),
    Lazy(
        "report",
        "toancanh.cli.reports:app",
        "Reports: the daily press digest, policy briefings, incident and plan reports, as "
        "Word (Decree 30 layout), PDF or HTML.",
    ),
    Lazy(
        "users",
        "toancanh.cli.users:app",
        "Accounts of the dashboard and the API (admins manage them).",
    ),
)


class RootGroup(ErrorMappingGroup, LazyGroup):
    entries = COMMANDS


app = typer.Typer(
    name="toancanh",
    cls=RootGroup,
    help="Toàn Cảnh: policy communication monitoring for Vietnamese press and media.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def root(
    ctx: typer.Context,
    db_url: Annotated[
        str | None,
        typer.Option("--db", envvar=None, help="Database URL (default TOANCANH_DATABASE_URL)."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="A TOML settings file (default ./toancanh.toml).")
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details.")] = False,
) -> None:
    # Here, not at the top: `toancanh --help` never runs this and skips what they import.
    from pydantic import ValidationError

    from toancanh.cli.context import AppContext
    from toancanh.cli.output import console
    from toancanh.config import load_settings

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING)
    if not verbose:
        # Extraction libraries log every odd page as an error; our failure log has them.
        for noisy in ("trafilatura", "htmldate", "charset_normalizer"):
            logging.getLogger(noisy).setLevel(logging.CRITICAL)
    if config is not None:
        if not config.is_file():
            console(stderr=True).print(f"No settings file at {config}.", markup=False)
            raise typer.Exit(2)
        os.environ["TOANCANH_CONFIG"] = str(config)
    try:
        settings = load_settings(database_url=db_url)
    except ValidationError as error:
        console(stderr=True).print(f"Invalid settings:\n{error}", markup=False)
        raise typer.Exit(2) from error
    context = AppContext(settings)
    ctx.obj = context
    ctx.call_on_close(context.close)


def main() -> None:
    app()
