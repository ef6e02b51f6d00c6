"""``toancanh sources ...``: what to poll."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import JsonOption, console, print_json, shown, source_json, table
from toancanh.domain import SOURCE_KINDS, NewSource
from toancanh.ingest.catalog import catalog_sources
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import check_url
from toancanh.ingest.urls import normalize_url
from toancanh.store.sources import SourceExistsError

app = typer.Typer(help="Manage the sources that are polled (feeds, sitemaps, pages).")


def login_name() -> str:
    """Who changes the sources, for the audit log: the login name at the terminal."""
    return os.environ.get("USER") or "cli"


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
    as_json: JsonOption = False,
) -> None:
    """Add a source to poll."""
    if kind not in SOURCE_KINDS:
        raise typer.BadParameter(f"use one of {', '.join(SOURCE_KINDS)}", param_hint="--kind")
    url = normalize_url(url)
    try:
        check_url(url, allow_private=allow_private)
    except FetchError as error:
        if error.reason != "connect_error":
            console(stderr=True).print(f"Refused: {error.detail or error.reason}", markup=False)
            raise typer.Exit(2) from error
        # Offline, or DNS down for now: every fetch checks the address again anyway.
        console(stderr=True).print(
            f"Warning: {error.detail or 'the host does not resolve now'}; added anyway, "
            "its address is checked again at every fetch.",
            markup=False,
        )
    new = NewSource(
        url=url,
        kind=kind,  # type: ignore[arg-type]
        name=name,
        outlet=outlet,
        official=official,
        allow_private=allow_private,
        interval_seconds=interval,
    )
    try:
        source = app_context(ctx).store().sources.add(new, actor=login_name())
    except SourceExistsError as error:
        console(stderr=True).print(str(error), markup=False)
        raise typer.Exit(1) from error
    if as_json:
        print_json(source_json(source))
    else:
        console().print(f"Added source #{source.id}: {source.url} ({source.kind})", markup=False)


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List the sources."""
    sources = app_context(ctx).store().sources.list()
    if as_json:
        print_json([source_json(s) for s in sources])
        return
    rows = [
        (s.id, s.kind, s.outlet or "", "✓" if s.official else "", s.name or "", s.url)
        for s in sources
    ]
    console().print(table("Sources", ("id", "kind", "outlet", "official", "name", "url"), rows))


@app.command("remove")
def remove(
    ctx: typer.Context, source_id: Annotated[int, typer.Argument(help="Source id.")]
) -> None:
    """Stop polling a source (its articles stay)."""
    if not app_context(ctx).store().sources.remove(source_id, actor=login_name()):
        console(stderr=True).print(f"No source #{source_id}.")
        raise typer.Exit(1)
    console().print(f"Removed source #{source_id}.")


@app.command("health")
def health(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Last success, last error and its reason, and the error streak of each source."""
    sources = app_context(ctx).store().sources.list()
    if as_json:
        print_json([source_json(s) for s in sources])
        return
    rows = [
        (
            s.id,
            s.name or s.url,
            shown(s.last_success),
            f"{s.last_error} ({shown(s.last_error_at)})" if s.last_error else "",
            s.error_streak,
        )
        for s in sources
    ]
    columns = ("id", "source", "last success", "last error", "error streak")
    console().print(table("Source health", columns, rows))


@app.command("add-catalog")
def add_catalog(
    ctx: typer.Context,
    outlet: Annotated[list[str] | None, typer.Option(help="Only this outlet (repeatable).")] = None,
    official_only: Annotated[bool, typer.Option(help="Only official sources.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Add the shipped catalog of Vietnamese outlets' RSS feeds (skips those already added)."""
    store = app_context(ctx).store()
    try:
        wanted = catalog_sources(outlet or None, official_only=official_only)
    except ValueError as error:  # an unknown outlet name: the message lists the known ones
        console(stderr=True).print(str(error), markup=False)
        raise typer.Exit(2) from error
    added, skipped = [], 0
    for new in wanted:
        try:
            added.append(store.sources.add(new, actor=login_name()))
        except SourceExistsError:
            skipped += 1
    if as_json:
        print_json({"added": [source_json(s) for s in added], "skipped": skipped})
    else:
        console().print(f"Added {len(added)} catalog feeds; {skipped} were already there.")
