"""``toancanh claims ...``: claims in the press checked against the statements registry."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from toancanh.cli.context import app_context, operator, parse_when
from toancanh.cli.output import JsonOption, console, print_json, table

app = typer.Typer(
    help="Claims checked against the statements registry: the official statements a claim "
    "is about, and where they disagree."
)


def _differences(found: dict[str, Any]) -> str:
    return "; ".join(
        f"{d['kind']}: {d['claim'] or '–'} ≠ {d['statement']}" for d in found["differences"]
    )


@app.command("match")
def match(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The claim, as the press wrote it.")],
    limit: Annotated[int, typer.Option(min=1, max=50, help="At most this many.")] = 5,
    as_json: JsonOption = False,
) -> None:
    """The published statements a claim is about, best first, with what differs (an
    amount, a date, a negation); nothing when none reaches the threshold.

    The score and the threshold are those of `toancanh eval claims` (docs/analysis.md).
    """
    from toancanh.services.claims import match_text  # the matcher: sklearn, on first use

    context = app_context(ctx)
    found = match_text(context.store(), operator(), text, limit, cache=context.match_cache)
    if as_json:
        print_json(found)
        return
    if not found:
        console().print("No published statement matches this claim.", markup=False)
        return
    rows = [
        (f"{f['score']:.2f}", f"#{f['statement_id']}", f["title"], _differences(f) or "–")
        for f in found
    ]
    console().print(table("Statements", ("score", "id", "title", "differences"), rows))


@app.command("scan")
def scan(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(help="Only articles published since (2026-10-01, 01/10/2026, 7d)."),
    ] = None,
    rematch: Annotated[
        bool,
        typer.Option(
            "--rematch", help="Match the unreviewed claims again (after statements were added)."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Find the claims of stored articles that have none yet and match them against the
    registry; with --rematch, first match the unreviewed claims again.

    New articles get their claims as they are stored; this catches up older ones (stored
    before the claim desk, or when the claims step failed).
    """
    from toancanh.services.claims import scan as scan_claims  # the matcher: on first use

    context = app_context(ctx)
    report = scan_claims(
        context.store(),
        operator(),
        since=parse_when(since),
        rematch=rematch,
        cache=context.match_cache,
    )
    found = {
        "articles_scanned": report.articles,
        "claims_found": report.found,
        "claims_with_suggestions": report.suggested,
        "claims_rematched": report.rematched,
        "repeats_marked": report.repeats,
    }
    if as_json:
        print_json(found)
        return
    lines = [
        f"{report.articles} articles scanned, {report.found} claims found, "
        f"{report.suggested} claims with suggested statements."
    ]
    if rematch:
        lines.append(f"{report.rematched} unreviewed claims matched again.")
    if report.repeats:
        lines.append(f"{report.repeats} claims repeat one already given a verdict.")
    console().print("\n".join(lines), markup=False)
