"""``toancanh claims queue|show|start|review|reopen|accept|reject|export``: the review of
claims, through ``services.claim_review``.

The commands join ``cli.claims``' app (``match``, ``scan``): the CLI's table loads ``toancanh
claims`` from here, so the two modules grow apart without touching each other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.claims import app
from toancanh.cli.context import ByOption, app_context, operator, parse_when
from toancanh.cli.output import JsonOption, console, print_json, report, table
from toancanh.domain.claims import CLAIM_STATUSES, VERDICTS
from toancanh.services import claim_export
from toancanh.services import claim_review as service
from toancanh.shapes import claim_json, iso, queue_item_json, suggestion_json

ClaimId = Annotated[int, typer.Argument(help="The claim's id.")]
ClaimIds = Annotated[list[int], typer.Argument(help="The claims' ids.")]
StatementOption = Annotated[
    int | None, typer.Option("--statement", help="The statement's id.", show_default=False)
]


def queue(
    ctx: typer.Context,
    status: Annotated[
        str | None, typer.Option(help=f"Only these: {', '.join(CLAIM_STATUSES)}.")
    ] = None,
    watch: Annotated[
        str | None, typer.Option(help="Only claims in a watchlist's articles (name or id).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=service.MAX_LIMIT, help="At most.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """The claims waiting for review, most spread first (outlets, articles, growth over
    the last day, then the watchlists matching them); new and in review unless --status.
    """
    found = service.review_queue(
        app_context(ctx).store(), operator(), status=status, watch=watch, limit=limit
    )
    if as_json:
        print_json([queue_item_json(i) for i in found])
        return
    rows = [
        (
            f"#{i.claim.id}",
            i.claim.status + (f": {i.claim.verdict}" if i.claim.verdict else ""),
            f"{i.reach.outlets}/{i.reach.articles} ({i.reach.growth:+d})",
            i.claim.text,
            ", ".join(f"#{s.statement_id} {s.score:.2f} {s.state}" for s in i.suggestions),
        )
        for i in found
    ]
    columns = ("id", "status", "outlets/articles (24 h)", "claim", "suggestions")
    console().print(table("Claims to review", columns, rows))


def show(ctx: typer.Context, claim_id: ClaimId, as_json: JsonOption = False) -> None:
    """One claim: its sentence, its article, its suggestions and its review."""
    view = service.claim_view(app_context(ctx).store(), operator(), claim_id)
    data = claim_json(view.claim) | {
        "article": {"id": view.article.id, "title": view.article.title, "url": view.article.url},
        "suggestions": [
            suggestion_json(s) | {"title": st.title, "url": st.url} for s, st in view.suggestions
        ],
        "history": [{"action": e.action, "actor": e.actor, "at": iso(e.at)} for e in view.history],
    }
    if as_json:
        print_json(data)
        return
    out = console()
    claim = view.claim
    out.print(f"Claim #{claim.id} ({claim.status}) in article #{claim.article_id}", markup=False)
    out.print(f"  {claim.text}", markup=False)
    out.print(f"  article: {view.article.title} {view.article.url}", markup=False)
    if claim.verdict:
        out.print(
            f"  verdict: {claim.verdict} ({VERDICTS[claim.verdict]}), statement "
            f"#{claim.statement_id}, by {claim.reviewer}: {claim.note or ''}",
            markup=False,
        )
    for s, st in view.suggestions:
        differences = "; ".join(f"{d['claim'] or '–'} ≠ {d['statement']}" for d in s.differences)
        out.print(
            f"  #{s.statement_id} {s.score:.2f} {s.state}: {st.title} {differences}", markup=False
        )


def start(
    ctx: typer.Context, claim_id: ClaimId, by: ByOption = "", as_json: JsonOption = False
) -> None:
    """Take a claim in review (new → in_review)."""
    claim = service.start_review(app_context(ctx).store(), operator(by), claim_id)
    report(as_json, claim_json(claim), f"Claim #{claim.id}: {claim.status}")


def review(
    ctx: typer.Context,
    claim_id: ClaimId,
    verdict: Annotated[
        str, typer.Option(help=", ".join(f"{k} ({v})" for k, v in VERDICTS.items()))
    ],
    statement: StatementOption = None,
    note: Annotated[str | None, typer.Option(help="Why: what the statement says.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Give a claim its verdict, citing the published statement it rests on (only
    "unproven" may cite none)."""
    claim = service.give_verdict(
        app_context(ctx).store(), operator(by), claim_id, verdict, statement_id=statement, note=note
    )
    assert claim.verdict is not None
    line = f"Claim #{claim.id}: {claim.verdict} ({VERDICTS[claim.verdict]})"
    report(as_json, claim_json(claim), line)


def reopen(
    ctx: typer.Context,
    claim_id: ClaimId,
    note: Annotated[str | None, typer.Option(help="Why it is reopened.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Take a claim's verdict back (an admin's): it is in review again."""
    claim = service.reopen(app_context(ctx).store(), operator(by), claim_id, note)
    report(as_json, claim_json(claim), f"Claim #{claim.id}: {claim.status}")


def _decide(
    ctx: typer.Context,
    claim_ids: list[int],
    statement: int | None,
    by: str,
    as_json: bool,
    accept: bool,
) -> None:
    done = service.decide_suggestions(
        app_context(ctx).store(), operator(by), claim_ids, accept=accept, statement_id=statement
    )
    word = "accepted" if accept else "rejected"
    report(as_json, [claim_json(c) for c in done], f"{len(done)} claim(s): suggestions {word}.")


def accept(
    ctx: typer.Context,
    claim_ids: ClaimIds,
    statement: StatementOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Accept a suggested statement for each claim (--statement; else each claim's best
    open suggestion)."""
    _decide(ctx, claim_ids, statement, by, as_json, accept=True)


def reject(
    ctx: typer.Context,
    claim_ids: ClaimIds,
    statement: StatementOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Reject a suggested statement for each claim (--statement; else all its open
    suggestions)."""
    _decide(ctx, claim_ids, statement, by, as_json, accept=False)


def export(
    ctx: typer.Context,
    format: Annotated[str, typer.Option("--format", help="claimreview (JSON-LD) or csv.")],
    out: Annotated[Path, typer.Option("--out", help="The file to write.", dir_okay=False)],
    since: Annotated[
        str | None, typer.Option(help="Verdicts given since (2026-11-01, 7d).")
    ] = None,
) -> None:
    """Write the verdicts as schema.org ClaimReview JSON-LD or as CSV (docs/claims.md)."""
    context = app_context(ctx)
    store, actor = context.store(), operator()
    chosen = claim_export.check_format(format)
    when = parse_when(since)
    if chosen == "csv":
        text = claim_export.export_csv(store, actor, since=when)
    else:
        document = claim_export.export_claimreview(
            store, actor, since=when, base_url=context.settings.public_url
        )
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    out.write_text(text, encoding="utf-8")
    console().print(f"Wrote {out}.", markup=False)


def register(app: typer.Typer) -> None:
    """Add the review commands to ``toancanh claims``."""
    for name, command in (
        ("queue", queue),
        ("show", show),
        ("start", start),
        ("review", review),
        ("reopen", reopen),
        ("accept", accept),
        ("reject", reject),
        ("export", export),
    ):
        app.command(name)(command)


register(app)
