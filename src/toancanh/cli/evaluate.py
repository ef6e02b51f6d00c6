"""``toancanh eval ...``: quality measured on labelled data, checked against pinned floors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.output import console, print_json
from toancanh.ingest.extract_eval import check_floors, evaluate_extraction, format_report

app = typer.Typer(help="Evaluate quality on labelled data (floors pinned in eval/floors.toml).")

FLOORS = Path("eval/floors.toml")


@app.command("extraction")
def extraction(
    data: Annotated[
        Path,
        typer.Option(exists=True, file_okay=False, help="A folder with the pages."),
    ],
    index: Annotated[
        Path | None,
        typer.Option(dir_okay=False, help="The gold index (default DATA/index.jsonl)."),
    ] = None,
    base: Annotated[
        str, typer.Option(help="Base URL that replaces {{BASE}} in the gold file.")
    ] = "http://127.0.0.1:8000",
    floors: Annotated[Path, typer.Option(help="Floors to check against.")] = FLOORS,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Body snippets kept, page chrome dropped, titles, dates. Exit 1 below a floor."""
    report = evaluate_extraction(data, index=index, base_url=base)
    violations = check_floors(report, floors) if floors.exists() else []
    if as_json:
        print_json({**report.as_dict(), "floor_violations": violations})
    else:
        console().print(format_report(report), markup=False)
        if not floors.exists():
            console(stderr=True).print(f"No floors file at {floors}; nothing checked.")
        for violation in violations:
            console(stderr=True).print(f"Below floor: {violation}", markup=False)
    raise typer.Exit(1 if violations else 0)
