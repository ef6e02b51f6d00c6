"""``toancanh demo``: load the demo corpus that ships with the package."""

from __future__ import annotations

import json
from importlib import resources

import typer

from toancanh.cli.context import app_context
from toancanh.cli.ingest import print_import_report
from toancanh.cli.output import console, shown, table
from toancanh.domain import Outlet
from toancanh.ingest.importers import import_file

DEMO_PACKAGE = "toancanh.data.demo"


def demo(ctx: typer.Context) -> None:
    """Create the database if needed and load the demo corpus (idempotent)."""
    app = app_context(ctx)
    store = app.store()
    out = console()
    files = resources.files(DEMO_PACKAGE)
    outlets = json.loads(files.joinpath("outlets.json").read_text(encoding="utf-8"))
    store.ensure_outlets(
        [Outlet(o["name"], o.get("domain"), bool(o.get("official"))) for o in outlets]
    )
    corpus = files.joinpath("articles.jsonl.gz")
    with resources.as_file(corpus) as path, out.status("Loading the demo corpus…"):
        report = import_file(store, path, app.settings)
    print_import_report(out, report)
    total = store.count_articles()
    newest = store.list_articles(limit=1)
    official = sum(1 for o in store.list_outlets() if o.official)
    out.print(
        f"Database {app.settings.database_url}: {total} articles from "
        f"{len(store.list_outlets())} outlets ({official} official); newest "
        f"{shown(newest[0].published_at) if newest else '–'}.",
        markup=False,
    )
    analysed = store.count_analysed()
    if analysed:
        tones = store.sentiment_counts()
        areas = store.facet_counts("policy_area", limit=4)
        out.print(
            f"Analysed {analysed}: {tones.get('positive', 0)} positive, "
            f"{tones.get('neutral', 0)} neutral, {tones.get('negative', 0)} negative; "
            "main policy areas: " + ", ".join(f"{label} ({n})" for label, n in areas) + ".",
            markup=False,
        )
    top = store.stories(limit=5)
    rows = [(s.story_id, s.size, len(s.outlets), s.title) for s in top]
    out.print(table("Biggest stories", ("story", "articles", "outlets", "title"), rows))
    out.print(
        "Try: toancanh search '\"nha o xa hoi\" AND cham'   ·   toancanh stories   ·   "
        "toancanh articles list --sentiment negative --place 'Da Nang'"
    )
