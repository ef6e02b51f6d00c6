"""Reading back: ``articles list|show``, ``search``, ``stories``, ``failures``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.text import Text

from toancanh.cli.context import app_context, parse_when
from toancanh.cli.filters import (
    AgencyOption,
    LegalRefOption,
    OutletOption,
    PlaceOption,
    SentimentOption,
    SinceOption,
    TopicOption,
    UntilOption,
    article_filters,
)
from toancanh.cli.output import JsonOption, console, marked, print_json, shown, table
from toancanh.domain.ingest import Stage
from toancanh.shapes import article_json, failure_json, hit_json, story_json, summary_json
from toancanh.watch.query import QuerySyntaxError
from toancanh.watch.query_parser import parse_query

articles_app = typer.Typer(help="List and show stored articles.")

LimitOption = Annotated[int, typer.Option(min=1, max=10000, help="At most this many.")]
OffsetOption = Annotated[int, typer.Option(min=0, help="Skip this many (paging).")]


@articles_app.command("list")
def list_articles(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    topic: TopicOption = None,
    sentiment: SentimentOption = None,
    agency: AgencyOption = None,
    place: PlaceOption = None,
    legal_ref: LegalRefOption = None,
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    as_json: JsonOption = False,
) -> None:
    """Newest articles first."""
    store = app_context(ctx).store()
    where = article_filters(store, since, until, outlet, topic, sentiment, agency, place, legal_ref)
    found = store.articles.list(where, limit=limit, offset=offset)
    if as_json:
        print_json([summary_json(a) for a in found])
        return
    rows = [(a.id, shown(a.published_at), a.outlet, a.title, a.story_id) for a in found]
    console().print(table("Articles", ("id", "published", "outlet", "title", "story"), rows))


@articles_app.command("show")
def show_article(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(help="Article id.")],
    as_json: JsonOption = False,
) -> None:
    """One article with its text, every URL it was seen at, and its analysis."""
    store = app_context(ctx).store()
    article = store.articles.get(article_id)
    if article is None:
        console(stderr=True).print(f"No article #{article_id}.")
        raise typer.Exit(1)
    analysis = store.analysis.get(article_id)
    if as_json:
        print_json({**article_json(article), "analysis": analysis})
        return
    out = console()
    out.print(Text(article.title, style="bold"))
    meta = f"{article.outlet or '?'} · {shown(article.published_at)} · story #{article.story_id}"
    out.print(Text(meta + (f" · {article.author}" if article.author else ""), style="dim"))
    for url in article.urls:
        out.print(Text(url, style="dim"))
    if analysis:
        out.print(Text(analysis_line(analysis), style="cyan"))
    out.print()
    out.print(Text(article.text))


def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="e.g. '\"nhà ở xã hội\" AND (giá OR chậm)'.")],
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    topic: TopicOption = None,
    sentiment: SentimentOption = None,
    agency: AgencyOption = None,
    place: PlaceOption = None,
    legal_ref: LegalRefOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search, diacritic-insensitive, with AND/OR/NOT, "phrases", title:, NEAR/n.

    Relevance is ranked among the newest 5,000 matches; use --since/--until to look at
    another period. See docs/search.md for the query language.
    """
    try:
        parsed = parse_query(query)
    except QuerySyntaxError as error:
        console(stderr=True).print(error.render(), markup=False)
        raise typer.Exit(2) from error
    store = app_context(ctx).store()
    where = article_filters(store, since, until, outlet, topic, sentiment, agency, place, legal_ref)
    hits = store.articles.search(parsed, where, limit=limit, offset=offset)
    if as_json:
        print_json([hit_json(h) for h in hits])
        return
    out = console()
    if not hits:
        out.print("No articles match.")
    for hit in hits:
        head = Text(f"#{hit.id} ", style="cyan")
        head.append(hit.title, style="bold")
        out.print(head)
        out.print(Text(f"{hit.outlet or '?'} · {shown(hit.published_at)} · {hit.url}", "dim"))
        out.print(marked(hit.snippet, hit.highlights))
        out.print()


def stories(
    ctx: typer.Context,
    since: SinceOption = None,
    min_size: Annotated[int, typer.Option(min=1, help="Smallest cluster shown.")] = 2,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Clusters of the same story across outlets, biggest first."""
    found = (
        app_context(ctx)
        .store()
        .articles.stories(min_size=min_size, since=parse_when(since), limit=limit)
    )
    if as_json:
        print_json([story_json(s) for s in found])
        return
    rows = [(s.story_id, s.size, len(s.outlets), shown(s.first_published), s.title) for s in found]
    console().print(table("Stories", ("story", "articles", "outlets", "first seen", "title"), rows))


def failures(
    ctx: typer.Context,
    since: SinceOption = None,
    stage: Annotated[Stage | None, typer.Option(help="Only failures of this stage.")] = None,
    limit: LimitOption = 100,
    as_json: JsonOption = False,
) -> None:
    """Every item that failed, with its URL or import line, the stage and the reason."""
    found = (
        app_context(ctx)
        .store()
        .failures.list(since=parse_when(since), stage=stage.value if stage else None, limit=limit)
    )
    if as_json:
        print_json([failure_json(f) for f in found])
        return
    rows = [
        (
            shown(f.at),
            f.stage,
            f.reason,
            f.url or f"{f.file}:{f.line}",
            (f.detail or "")[:120],
        )
        for f in found
    ]
    console().print(table("Failures", ("at", "stage", "reason", "item", "detail"), rows))


def analysis_line(analysis: dict[str, Any]) -> str:
    """One line: topic, sentiment, stage, places, agencies, documents."""
    corrected = analysis.get("corrected") or {}
    topics = analysis.get("topics") or []
    sentiment = analysis.get("sentiment") or {}
    parts = [
        f"topic: {corrected.get('topic') or (topics[0]['label'] if topics else '–')}",
        f"sentiment: {corrected.get('sentiment') or sentiment.get('label') or '–'}",
        f"stage: {analysis.get('stage') or '–'}",
    ]
    for key, field, name in (
        ("places", "current", "places"),
        ("agencies", "name", "agencies"),
        ("legal_refs", "number", "documents"),
    ):
        values = list(
            dict.fromkeys(str(v.get(field) or v.get("title")) for v in analysis.get(key) or [])
        )
        if values:
            parts.append(f"{name}: {', '.join(values[:5])}")
    return " · ".join(parts)
