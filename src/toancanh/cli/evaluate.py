"""``toancanh eval ...``: quality measured on labelled data, checked against pinned floors."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.output import console, print_json
from toancanh.ingest.extract_eval import check_floors, evaluate_extraction, format_report

app = typer.Typer(help="Evaluate quality on labelled data (floors pinned in eval/floors.toml).")

FLOORS = Path(__file__).resolve().parents[3] / "eval" / "floors.toml"


@app.command("extraction")
def extraction(
    data: Annotated[
        Path,
        typer.Option(exists=True, file_okay=False, help="A folder with index.jsonl and pages."),
    ],
    floors: Annotated[Path, typer.Option(help="Floors to check against.")] = FLOORS,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Body snippets kept and page chrome dropped by the extractor. Exit 1 below a floor."""
    report = evaluate_extraction(data)
    violations = check_floors(report, floors) if floors.exists() else []
    if as_json:
        print_json({"report": json.loads(json.dumps(asdict(report), default=str)),
                    "floor_violations": violations})
    else:
        console().print(format_report(report), markup=False)
        for violation in violations:
            console(stderr=True).print(f"Below floor: {violation}", markup=False)
    raise typer.Exit(1 if violations else 0)
