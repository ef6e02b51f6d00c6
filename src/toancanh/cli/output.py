"""How the CLI shows things: stable JSON (documented in docs/cli.md) and rich tables.

Times are stored in UTC and shown in Asia/Ho_Chi_Minh with their offset.
Scraped text is printed with rich markup disabled, so a title like ``[red]`` stays text.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from toancanh.domain.articles import Article, ArticleSummary, SearchHit, Story
from toancanh.domain.ingest import Failure
from toancanh.domain.sources import Source
from toancanh.text.dates import isoformat_local, to_local

# The --json flag of every command that lists or shows things.
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (see docs/cli.md).")]


def console(stderr: bool = False) -> Console:
    # soft_wrap: long paths and messages stay on one line (copyable, greppable).
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def iso(value: datetime | None) -> str | None:
    return isoformat_local(value) if value else None


def shown(value: datetime | None) -> str:
    return to_local(value).strftime("%d/%m/%Y %H:%M") if value else "–"


def redacted_url(url: str | None) -> str:
    """A database or broker URL without its password (output ends up in logs)."""
    if not url or "@" not in url:
        return url or ""
    scheme, _, rest = url.partition("://")
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else url


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def summary_json(a: ArticleSummary) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published_at": iso(a.published_at),
        "story_id": a.story_id,
    }


def article_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published_at": iso(a.published_at),
        "story_id": a.story_id,
        "text": a.text,
        "author": a.author,
        "urls": list(a.urls),
        "canonical_url": a.canonical_url,
        "fetched_at": iso(a.fetched_at),
        "source_id": a.source_id,
    }


def hit_json(h: SearchHit) -> dict[str, Any]:
    return {
        "id": h.id,
        "url": h.url,
        "title": h.title,
        "score": h.score,
        "snippet": h.snippet,
        "highlights": [list(span) for span in h.highlights],
        "outlet": h.outlet,
        "published_at": iso(h.published_at),
    }


def story_json(s: Story) -> dict[str, Any]:
    return {
        "story_id": s.story_id,
        "size": s.size,
        "title": s.title,
        "article_ids": list(s.article_ids),
        "outlets": list(s.outlets),
        "first_published": iso(s.first_published),
        "last_published": iso(s.last_published),
    }


def source_json(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "url": s.url,
        "kind": s.kind,
        "name": s.name,
        "outlet": s.outlet,
        "official": s.official,
        "allow_private": s.allow_private,
        "interval_seconds": s.interval_seconds,
        "last_checked": iso(s.last_checked),
        "last_success": iso(s.last_success),
        "last_error": s.last_error,
        "last_error_at": iso(s.last_error_at),
        "error_streak": s.error_streak,
    }


def failure_json(f: Failure) -> dict[str, Any]:
    return {
        "url": f.url,
        "stage": f.stage,
        "reason": f.reason,
        "at": iso(f.at),
        "detail": f.detail,
        "source_id": f.source_id,
        "file": f.file,
        "line": f.line,
    }


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    grid = Table(title=title, title_justify="left", expand=False)
    for column in columns:
        grid.add_column(column, overflow="fold")
    for row in rows:
        grid.add_row(
            *(c if isinstance(c, Text) else Text("" if c is None else str(c)) for c in row)
        )
    return grid


def marked(snippet: str, highlights: Sequence[tuple[int, int]]) -> Text:
    """A snippet with its matches in bold, as literal text (no markup is interpreted)."""
    text = Text(snippet)
    for start, end in highlights:
        text.stylize("bold yellow", start, end)
    return text
