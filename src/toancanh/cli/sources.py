"""``toancanh sources ...``: what to poll (``services.sources`` decides and records)."""

from __future__ import annotations

from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, print_records, shown
from toancanh.domain.sources import NewSource, Source
from toancanh.services import sources as service
from toancanh.shapes import source_json

app = typer.Typer(help="Manage the sources that are polled (feeds, sitemaps, pages).")


@app.command("add")
def add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="Feed, sitemap or page URL.")],
    name: Annotated[str | None, typer.Option(help="A display name.")] = None,
    kind: Annotated[str, typer.Option(help="feed, sitemap or page.")] = "feed",
    outlet: Annotated[str | None, typer.Option(help="The outlet that publishes it.")] = None,
    official: Annotated[bool, typer.Option(help="An official (state) source.")] = False,
    allow_private: Annotated[
        bool, typer.Option(help="Allow private/loopback addresses (intranet portals, tests).")
    ] = False,
    interval: Annotated[
        int | None, typer.Option(help="Seconds between polls (default: poll_interval).")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a source to poll."""
    new = NewSource(
        url=url,
        kind=kind,  # type: ignore[arg-type]  # the service checks it
        name=name,
        outlet=outlet,
        official=official,
        allow_private=allow_private,
        interval_seconds=interval,
    )
    added = service.add_source(app_context(ctx).store(), operator(by), new)
    if added.warning:
        console(stderr=True).print(
            f"Warning: {added.warning}; added anyway, its address is checked again at every fetch.",
            markup=False,
        )
    source = added.source
    if as_json:
        print_json(source_json(source))
    else:
        console().print(f"Added source #{source.id}: {source.url} ({source.kind})", markup=False)


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the sources."""
    sources = service.list_sources(app_context(ctx).store(), operator())
    columns = ("id", "kind", "outlet", "official", "name", "url")

    def row(s: Source) -> tuple[object, ...]:
        return (s.id, s.kind, s.outlet or "", "✓" if s.official else "", s.name or "", s.url)

    print_records(as_json, sources, source_json, "Sources", columns, row)


@app.command("remove")
def remove(
    ctx: typer.Context,
    source_id: Annotated[int, typer.Argument(help="Source id.")],
    by: ByOption = "",
) -> None:
    """Stop polling a source (its articles stay)."""
    service.remove_source(app_context(ctx).store(), operator(by), source_id)
    console().print(f"Removed source #{source_id}.")


@app.command("health")
def health(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Last success, last error and its reason, and the error streak of each source."""
    sources = service.list_sources(app_context(ctx).store(), operator())
    columns = ("id", "source", "last success", "last error", "error streak")

    def row(s: Source) -> tuple[object, ...]:
        error = f"{s.last_error} ({shown(s.last_error_at)})" if s.last_error else ""
        return (s.id, s.name or s.url, shown(s.last_success), error, s.error_streak)

    print_records(as_json, sources, source_json, "Source health", columns, row)


@app.command("add-catalog")
def add_catalog(
    ctx: typer.Context,
    outlet: Annotated[list[str] | None, typer.Option(help="Only this outlet (repeatable).")] = None,
    official_only: Annotated[bool, typer.Option(help="Only official sources.")] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add the shipped catalog of Vietnamese outlets' RSS feeds (skips those already added)."""
    store = app_context(ctx).store()
    done = service.add_catalog(store, operator(by), outlet, official_only=official_only)
    if as_json:
        print_json({"added": [source_json(s) for s in done.added], "skipped": done.skipped})
    else:
        console().print(
            f"Added {len(done.added)} catalog feeds; {done.skipped} were already there."
        )
