"""``toancanh watch ...``: watchlists, the tracked policies and topics."""

from __future__ import annotations

from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, print_records, report, table
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.services import rules as rule_service
from toancanh.services import watchlists as service
from toancanh.shapes import rule_json, watch_json
from toancanh.store import Store

app = typer.Typer(help="Watchlists: the policies and topics you track.")

QueryOption = Annotated[
    str | None,
    typer.Option(help='Boolean query: \'"nha o xa hoi" AND (cham OR "khieu nai")\'.'),
]
LegalRefOption = Annotated[
    list[str] | None,
    typer.Option("--legal-ref", help="Also match articles citing this document (repeatable)."),
]
AgencyOption = Annotated[
    list[str] | None,
    typer.Option("--agency", help="Also match articles naming this body (repeatable)."),
]


def find_watch(store: Store, name: str) -> Watch:
    """A watch by name or id, as the operator sees it (``NotFound`` lists the others)."""
    return service.find_watch(store, operator(), name)


@app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name: 'Nhà ở xã hội', 'Chỉ thị 07'.")],
    query: QueryOption = None,
    legal_ref: LegalRefOption = None,
    agency: AgencyOption = None,
    description: Annotated[str | None, typer.Option(help="What and why it is tracked.")] = None,
    unit: Annotated[str | None, typer.Option(help="The unit that owns it.")] = None,
    private: Annotated[
        bool, typer.Option(help="Visible to its unit only (dashboard); needs --unit.")
    ] = False,
    no_backfill: Annotated[
        bool, typer.Option("--no-backfill", help="Match new articles only, not the history.")
    ] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Track a policy or topic; matches the history at once, then every new article."""
    spec = WatchSpec(
        name=name,
        query=query,
        legal_refs=tuple(legal_ref or ()),
        agencies=tuple(agency or ()),
        description=description,
        unit=unit,
        shared=not private,
    )
    store = app_context(ctx).store()
    watch = service.add_watch(store, operator(by), spec, match_history=not no_backfill)
    _report(watch, f": {watch.matches} articles matched so far.", as_json)


def _report(watch: Watch, outcome: str, as_json: bool) -> None:
    """The watch as JSON, or one line: its number and name, then ``outcome``."""
    report(as_json, watch_json(watch), f"Watch #{watch.id} “{watch.name}”{outcome}")


@app.command("edit")
def edit(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The watch's name or id.")],
    rename: Annotated[str | None, typer.Option(help="A new name.")] = None,
    query: QueryOption = None,
    legal_ref: LegalRefOption = None,
    agency: AgencyOption = None,
    clear_query: Annotated[bool, typer.Option(help="Remove the query.")] = False,
    clear_legal_refs: Annotated[bool, typer.Option(help="Remove the legal documents.")] = False,
    clear_agencies: Annotated[bool, typer.Option(help="Remove the agencies.")] = False,
    description: Annotated[str | None, typer.Option(help="A new description.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a watch; its matches are recomputed over the whole history.

    ``--legal-ref`` and ``--agency`` add to the stored ones; ``--clear-...`` empties them
    first."""
    store = app_context(ctx).store()
    current = find_watch(store, name)
    changes: dict[str, object] = {}
    if rename:
        changes["name"] = rename
    if clear_query or query is not None:
        changes["query"] = None if clear_query else query
    if clear_legal_refs or legal_ref:
        kept = () if clear_legal_refs else current.legal_refs
        changes["legal_refs"] = (*kept, *(legal_ref or ()))
    if clear_agencies or agency:
        kept = () if clear_agencies else current.agencies
        changes["agencies"] = (*kept, *(agency or ()))
    if description is not None:
        changes["description"] = description
    watch = service.change_watch(store, operator(by), current.id, **changes)
    _report(watch, f" changed: {watch.matches} articles match.", as_json)


@app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The watch's name or id.")],
    by: ByOption = "",
) -> None:
    """Stop tracking; its matches and rules go, the articles stay."""
    store = app_context(ctx).store()
    watch = service.remove_watch(store, operator(by), find_watch(store, name).id)
    console().print(f"Removed watch #{watch.id} “{watch.name}”.", markup=False)


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Every watch with its number of matched articles."""
    watches = service.list_watches(app_context(ctx).store(), operator())
    columns = ("id", "name", "articles", "query", "also by")

    def row(w: Watch) -> tuple[object, ...]:
        return (w.id, w.name, w.matches, w.query or "", ", ".join((*w.legal_refs, *w.agencies)))

    print_records(as_json, watches, watch_json, "Watches", columns, row)


@app.command("show")
def show(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The watch's name or id.")],
    as_json: JsonOption = False,
) -> None:
    """One watch: its query, documents, agencies and alert rules."""
    store = app_context(ctx).store()
    watch = find_watch(store, name)
    rules = rule_service.list_rules(store, operator(), watch.id)
    if as_json:
        print_json({**watch_json(watch), "rules": [rule_json(r) for r in rules]})
        return
    out = console()
    out.print(f"Watch #{watch.id} “{watch.name}”: {watch.matches} articles", markup=False)
    for label, value in (
        ("query", watch.query),
        ("legal documents", ", ".join(watch.legal_refs)),
        ("agencies", ", ".join(watch.agencies)),
        ("description", watch.description),
    ):
        if value:
            out.print(f"  {label}: {value}", markup=False)
    if rules:
        out.print(
            table(
                "Alert rules",
                ("id", "kind", "severity", "params", "cooldown", "channels", "on"),
                [
                    (
                        r.id,
                        r.kind,
                        r.severity,
                        ", ".join(f"{k}={v}" for k, v in r.params.items()),
                        f"{r.cooldown_minutes} min",
                        ", ".join(r.channels),
                        "yes" if r.enabled else "no",
                    )
                    for r in rules
                ],
            )
        )


@app.command("backfill")
def backfill_(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The watch's name or id.")],
) -> None:
    """Match a watch over the whole stored history again."""
    store = app_context(ctx).store()
    watch = find_watch(store, name)
    with console().status(f"matching “{watch.name}” over the history"):
        count = service.match_history(store, operator(), watch.id)
    console().print(f"Watch “{watch.name}”: {count} articles match.", markup=False)
