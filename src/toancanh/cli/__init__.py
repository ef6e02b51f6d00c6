"""The ``toancanh`` command line: one sub-app per area (see docs/cli.md)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from toancanh.cli import (
    alerts,
    analysis,
    db,
    demo,
    evaluate,
    incidents,
    ingest,
    read,
    scale,
    serve,
    sources,
    train,
    trends,
    users,
    watch,
)
from toancanh.cli.context import AppContext
from toancanh.cli.errors import ErrorMappingGroup
from toancanh.cli.output import console
from toancanh.config import load_settings

app = typer.Typer(
    name="toancanh",
    cls=ErrorMappingGroup,
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


app.add_typer(sources.app, name="sources")
app.add_typer(read.articles_app, name="articles")
app.add_typer(db.app, name="db")
app.add_typer(evaluate.app, name="eval")
app.add_typer(train.app, name="train")
app.add_typer(watch.app, name="watch")
app.add_typer(alerts.app, name="alerts")
app.add_typer(incidents.app, name="incident")
app.add_typer(users.app, name="users")
app.command("ingest")(ingest.ingest)
app.command("import")(ingest.import_)
app.command("search")(read.search)
app.command("stories")(read.stories)
app.command("failures")(read.failures)
app.command("demo")(demo.demo)
app.command("analyze")(analysis.analyze)
app.command("reanalyze")(analysis.reanalyze)
app.command("label")(analysis.label)
app.command("trends")(trends.trends)
app.command("spikes")(trends.spikes)
app.command("emerging")(trends.emerging)
app.command("forecast")(trends.forecast)
app.command("serve")(serve.serve)
app.command("run")(serve.run)
app.command("worker")(scale.worker)
app.command("scheduler")(scale.scheduler)
app.command("status")(scale.status)
app.command("replay-dead")(scale.replay_dead)


def main() -> None:
    app()
