"""``toancanh db ...``: the schema."""

from __future__ import annotations

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import console, redacted_url
from toancanh.store import Store

app = typer.Typer(help="Create, upgrade and inspect the database schema.")


@app.command("upgrade")
def upgrade(ctx: typer.Context) -> None:
    """Create the database or bring its schema to the latest version."""
    settings = app_context(ctx).settings
    store = Store.open(settings.database_url, migrate=True)
    current, _head = store.schema_revision()
    store.close()
    shown = redacted_url(settings.database_url)
    console().print(f"Schema at revision {current}: {shown}", markup=False)


@app.command("status")
def status(ctx: typer.Context) -> None:
    """Show the schema revision and the number of articles."""
    settings = app_context(ctx).settings
    store = Store.open(settings.database_url, migrate=False)
    current, head = store.schema_revision()
    out = console()
    out.print(f"Database: {redacted_url(settings.database_url)}", markup=False)
    out.print(f"Schema: {current or 'none'} (latest {head})")
    if current == head:
        out.print(f"Articles: {store.articles.count()}")
    else:
        out.print("Run `toancanh db upgrade`.")
    store.close()
