"""How the CLI prints things: rich tables, messages, and JSON as it is printed.

The JSON shapes themselves (documented in docs/cli.md) are ``toancanh.shapes``, shared with
the HTTP API. Times are stored in UTC and shown in Asia/Ho_Chi_Minh. Scraped text is
printed with rich markup disabled, so a title like ``[red]`` stays text.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from toancanh.text.dates import to_local

# The --json flag of every command that lists or shows things.
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (see docs/cli.md).")]


def console(stderr: bool = False) -> Console:
    # soft_wrap: long paths and messages stay on one line (copyable, greppable).
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


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


T = TypeVar("T")


def print_records(
    as_json: bool,
    records: Sequence[T],
    shape: Callable[[T], dict[str, Any]],
    title: str,
    columns: Sequence[str],
    row: Callable[[T], Sequence[Any]],
) -> None:
    """``records`` as a JSON list of their ``shape`` with ``--json``, else a table of rows."""
    if as_json:
        print_json([shape(r) for r in records])
    else:
        console().print(table(title, columns, [row(r) for r in records]))


def report(as_json: bool, data: Any, line: str) -> None:
    """What a command did: ``data`` with ``--json``, else ``line`` (as it is, no markup)."""
    if as_json:
        print_json(data)
    else:
        console().print(line, markup=False)


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
