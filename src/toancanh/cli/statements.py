"""``toancanh statements ...``: the registry of what agencies said officially."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, print_records, report, shown
from toancanh.cli.watch import find_watch
from toancanh.domain.statements import STATEMENT_KINDS, STATEMENT_STATUSES, StatementSpec
from toancanh.services import pickup as pickup_service
from toancanh.services import statements as service
from toancanh.services.statement_import import import_file, promote_article
from toancanh.services.statements import StatementEdit
from toancanh.shapes import statement_json
from toancanh.store import Store
from toancanh.text.dates import parse_datetime

app = typer.Typer(
    help="The statements registry: write, publish, correct and withdraw official statements."
)

StatementId = Annotated[int, typer.Argument(help="The statement's id.")]
KindOption = Annotated[str | None, typer.Option(help=", ".join(STATEMENT_KINDS))]
WatchOption = Annotated[
    list[str] | None, typer.Option("--watch", help="A related watchlist, name or id (repeatable).")
]


def _when(value: str | None, option: str) -> datetime | None:
    if value is None:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise typer.BadParameter(
            f"“{value}” is not a date: use 2026-10-01T09:00+07:00", param_hint=option
        )
    return parsed


def _required_when(value: str, option: str) -> datetime:
    parsed = _when(value, option)
    assert parsed is not None  # _when refuses what it cannot read
    return parsed


def _watch_ids(store: Store, watches: list[str] | None) -> tuple[int, ...] | None:
    return None if watches is None else tuple(find_watch(store, w).id for w in watches)


@app.command("add")
def add(
    ctx: typer.Context,
    title: Annotated[str, typer.Option(help="The statement's title.")],
    text: Annotated[str, typer.Option(help="Its full text (or @FILE to read it from a file).")],
    issuer: Annotated[str, typer.Option(help="The issuing body: name or abbreviation.")],
    issued_at: Annotated[str, typer.Option(help="When it was issued (2026-10-01T09:00+07:00).")],
    kind: KindOption = None,
    spokesperson: Annotated[str | None, typer.Option(help="Who speaks for it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it is published (http/https).")] = None,
    watch: WatchOption = None,
    embargo_until: Annotated[
        str | None, typer.Option(help="Not in the public feeds before this time.")
    ] = None,
    unit: Annotated[str | None, typer.Option(help="The unit that owns it.")] = None,
    publish: Annotated[bool, typer.Option(help="Publish at once (default: a draft).")] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Register a statement, as a draft or published."""
    store = app_context(ctx).store()
    if text.startswith("@"):
        text = Path(text[1:]).read_text(encoding="utf-8")
    spec = StatementSpec(
        title=title,
        text=text,
        issuer=issuer,
        issued_at=_required_when(issued_at, "--issued-at"),
        kind=kind or "press_release",
        spokesperson=spokesperson,
        url=url,
        watch_ids=_watch_ids(store, watch) or (),
        embargo_until=_when(embargo_until, "--embargo-until"),
        unit=unit,
    )
    status = "published" if publish else "draft"
    added = service.add_statement(store, operator(by), spec, status=status)
    report(as_json, statement_json(added), f"Statement #{added.id} ({added.status}): {added.title}")


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="JSONL or CSV.")
    ],
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Import statements from a JSONL or CSV file (title, text, issuer, issued_at; url, kind,
    spokesperson, status, embargo_until)."""
    done = import_file(app_context(ctx).store(), operator(by), file)
    if as_json:
        print_json(
            {
                "imported": len(done.imported),
                "ids": done.imported,
                "skipped": [{"line": r.line, "reason": r.reason} for r in done.skipped],
                "rejected": [{"line": r.line, "reason": r.reason} for r in done.rejected],
            }
        )
        return
    out = console()
    out.print(
        f"{len(done.imported)} imported, {len(done.skipped)} skipped, "
        f"{len(done.rejected)} rejected.",
        markup=False,
    )
    for label, rows in (("skipped", done.skipped), ("rejected", done.rejected)):
        for r in rows:
            out.print(f"  line {r.line} {label}: {r.reason}", markup=False)


@app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help=", ".join(STATEMENT_STATUSES))] = None,
    issuer: Annotated[str | None, typer.Option(help="The issuing body.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="At most this many.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Statements, newest first."""
    found = service.list_statements(
        app_context(ctx).store(), operator(), status=status, issuer=issuer, limit=limit
    )
    print_records(
        as_json,
        found,
        statement_json,
        "Statements",
        ("id", "status", "issued", "issuer", "title"),
        lambda s: (s.id, s.status, shown(s.issued_at), s.issuer, s.title),
    )


@app.command("show")
def show(ctx: typer.Context, statement_id: StatementId, as_json: JsonOption = False) -> None:
    """One statement with its earlier versions."""
    s = service.get_statement(app_context(ctx).store(), operator(), statement_id)
    if as_json:
        print_json(statement_json(s, versions=True))
        return
    out = console()
    out.print(f"#{s.id} [{s.kind}, {s.status}, v{s.version}] {s.title}", markup=False)
    out.print(f"{s.issuer} · {shown(s.issued_at)}" + (f" · {s.url}" if s.url else ""), markup=False)
    if s.spokesperson:
        out.print(f"Spokesperson: {s.spokesperson}", markup=False)
    if s.embargo_until:
        out.print(f"Embargo until {shown(s.embargo_until)}", markup=False)
    if s.withdrawn_reason:
        out.print(f"Withdrawn: {s.withdrawn_reason}", markup=False)
    if s.legal_refs:
        out.print("Legal references: " + "; ".join(s.legal_refs), markup=False)
    out.print(s.text, markup=False)
    for v in s.versions:
        out.print(f"  v{v.version} ({shown(v.changed_at)}, {v.changed_by}): {v.note}", markup=False)


@app.command("edit")
def edit(
    ctx: typer.Context,
    statement_id: StatementId,
    title: Annotated[str | None, typer.Option(help="A new title.")] = None,
    text: Annotated[str | None, typer.Option(help="A new text.")] = None,
    issuer: Annotated[str | None, typer.Option(help="Another issuing body.")] = None,
    issued_at: Annotated[str | None, typer.Option(help="Another issue time.")] = None,
    kind: KindOption = None,
    spokesperson: Annotated[str | None, typer.Option(help="Who speaks for it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it is published.")] = None,
    watch: WatchOption = None,
    embargo_until: Annotated[str | None, typer.Option(help="A new embargo.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a draft (a published statement is corrected instead)."""
    store = app_context(ctx).store()
    change = StatementEdit(
        title=title,
        text=text,
        issuer=issuer,
        issued_at=_when(issued_at, "--issued-at"),
        kind=kind,
        spokesperson=spokesperson,
        url=url,
        watch_ids=_watch_ids(store, watch),
        embargo_until=_when(embargo_until, "--embargo-until"),
    )
    changed = service.edit_statement(store, operator(by), statement_id, change)
    report(as_json, statement_json(changed), f"Statement #{changed.id} changed.")


@app.command("publish")
def publish(
    ctx: typer.Context, statement_id: StatementId, by: ByOption = "", as_json: JsonOption = False
) -> None:
    """Publish a draft (the feeds show it once any embargo has passed)."""
    done = service.publish_statement(app_context(ctx).store(), operator(by), statement_id)
    report(as_json, statement_json(done), f"Statement #{done.id} published.")


@app.command("correct")
def correct(
    ctx: typer.Context,
    statement_id: StatementId,
    note: Annotated[str, typer.Option(help="What the correction changes.")],
    title: Annotated[str | None, typer.Option(help="The corrected title.")] = None,
    text: Annotated[str | None, typer.Option(help="The corrected text.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Correct a published statement; the earlier wording is kept with the note."""
    done = service.correct_statement(
        app_context(ctx).store(), operator(by), statement_id, note=note, title=title, text=text
    )
    report(as_json, statement_json(done), f"Statement #{done.id} corrected (v{done.version}).")


@app.command("withdraw")
def withdraw(
    ctx: typer.Context,
    statement_id: StatementId,
    reason: Annotated[str, typer.Option(help="Why it is withdrawn.")],
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Withdraw a statement; the record stays, with its reason."""
    done = service.withdraw_statement(app_context(ctx).store(), operator(by), statement_id, reason)
    report(as_json, statement_json(done), f"Statement #{done.id} withdrawn.")


@app.command("promote")
def promote(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(help="A stored article from an official source.")],
    issuer: Annotated[
        str | None, typer.Option(help="The issuing body (default: the article's outlet).")
    ] = None,
    kind: KindOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Register a stored article from an official source as a draft statement."""
    done = promote_article(
        app_context(ctx).store(),
        operator(by),
        article_id,
        issuer=issuer,
        kind=kind or "press_release",
    )
    report(as_json, statement_json(done), f"Statement #{done.id} (draft): {done.title}")


@app.command("pickup")
def pickup(
    ctx: typer.Context,
    statement_id: Annotated[
        int | None, typer.Argument(help="The statement's id (with --scan: all when left out).")
    ] = None,
    scan: Annotated[
        bool, typer.Option("--scan", help="Match the stored articles first, then report.")
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(help="With --scan: articles published since (default: the issue time)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The articles that carry a statement: count, outlets, time to first pickup, figures.

    With --scan the stored articles are matched against the published statements first
    (one statement, or all of them), from --since or each statement's issue time.
    """
    store = app_context(ctx).store()
    actor = operator()
    scanned = None
    if scan:
        scanned = pickup_service.scan(
            store, actor, since=_when(since, "--since"), statement_id=statement_id
        )
    elif since is not None:
        raise typer.BadParameter("--since goes with --scan", param_hint="--since")
    if statement_id is None:
        if scanned is None:
            raise typer.BadParameter("give a statement's id, or --scan", param_hint="STATEMENT_ID")
        report(as_json, {"scan": scanned.as_json()}, _scan_line(scanned))
        return
    found = pickup_service.summary(store, actor, statement_id)
    if as_json:
        print_json(found.as_json() | ({"scan": scanned.as_json()} if scanned else {}))
        return
    out = console()
    if scanned is not None:
        out.print(_scan_line(scanned), markup=False)
    first = found.time_to_first
    out.print(
        f"Statement #{found.statement_id}: {found.articles} articles, {found.outlets} outlets"
        + (
            f"; first pickup {shown(found.first_pickup_at)} ({_span(first)} after issue)"
            if first is not None
            else ""
        ),
        markup=False,
    )
    for outlet, count in found.top_outlets:
        out.print(f"  {outlet}: {count}", markup=False)
    if found.differing:
        out.print("Figures stated differently:", markup=False)
    for row in found.differing:
        what = "; ".join(
            f"{d['article']} (statement: {d['statement']})" for d in row.pickup.differences
        )
        out.print(
            f"  #{row.pickup.article_id} {row.pickup.outlet or '–'} · {row.title}: {what}",
            markup=False,
        )


def _scan_line(scanned: pickup_service.ScanReport) -> str:
    capped = " (stopped at the scan's bound)" if scanned.capped else ""
    return f"Scanned {scanned.articles} articles: {scanned.pickups} pickups recorded{capped}."


def _span(delta: timedelta) -> str:
    hours, rest = divmod(int(delta.total_seconds()), 3600)
    return f"{hours} h {rest // 60} min"
