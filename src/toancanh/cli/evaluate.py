"""``toancanh eval ...``: quality measured on labelled data, checked against pinned floors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from toancanh.analyze.entities import evaluate_entities
from toancanh.analyze.legal_eval import evaluate_legal_refs
from toancanh.cli.output import console, print_json
from toancanh.floors import FLOORS_FILE, check_floors
from toancanh.ingest.extract_eval import evaluate_extraction, format_report

app = typer.Typer(help="Evaluate quality on labelled data (floors pinned in eval/floors.toml).")

FloorsOption = Annotated[Path, typer.Option(help="Floors to check against.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
DataFile = Annotated[
    Path, typer.Option(exists=True, dir_okay=False, help="The labelled evaluation file.")
]


def _finish(
    figures: dict[str, float],
    section: str,
    floors: Path,
    as_json: bool,
    report: dict[str, Any],
    text: str,
) -> None:
    """Print the report, check the floors, exit 1 below one of them."""
    violations = check_floors(figures, section, floors) if floors.exists() else []
    if as_json:
        print_json({**report, "floor_violations": violations})
    else:
        console().print(text, markup=False)
        if not floors.exists():
            console(stderr=True).print(f"No floors file at {floors}; nothing checked.")
        for violation in violations:
            console(stderr=True).print(f"Below floor: {violation}", markup=False)
    raise typer.Exit(1 if violations else 0)


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
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Body snippets kept, page chrome dropped, titles, dates. Exit 1 below a floor."""
    report = evaluate_extraction(data, index=index, base_url=base)
    _finish(
        report.figures(), "extraction", floors, as_json, report.as_dict(), format_report(report)
    )


@app.command("entities")
def entities(
    data: DataFile, floors: FloorsOption = FLOORS_FILE, as_json: JsonOption = False
) -> None:
    """Agencies, places and officials found: precision, recall, F1 per type; the
    name and today's successor right. Exit 1 below a floor."""
    report = evaluate_entities(data)
    _finish(report.figures(), "entities", floors, as_json, report.as_json(), report.format())


@app.command("legal-refs")
def legal_refs(
    data: DataFile, floors: FloorsOption = FLOORS_FILE, as_json: JsonOption = False
) -> None:
    """Legal references found: precision, recall, F1; type, issuer and year right."""
    report = evaluate_legal_refs(data)
    figures = {
        key: float(getattr(report, key))
        for key in (
            "precision",
            "recall",
            "f1",
            "type_accuracy",
            "issuer_accuracy",
            "year_accuracy",
        )
    }
    _finish(figures, "legal_refs", floors, as_json, report.as_json(), report.format())
