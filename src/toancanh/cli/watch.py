"""``toancanh watch ...``: watchlists, the tracked policies and topics."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import JsonOption, console, print_json, table
from toancanh.domain import Watch, WatchSpec
from toancanh.shapes import watch_json
from toancanh.store import Store
from toancanh.watch.query import QuerySyntaxError
from toancanh.watch.watchlists import WatchSpecError, backfill, check_spec

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
ByOption = Annotated[str, typer.Option(help="Who makes the change (default: your login).")]


def actor(by: str) -> str:
    return by or os.environ.get("USER") or "unknown"


def find_watch(store: Store, name: str) -> Watch:
    """A watch by name or id; exit 1 listing the watches when there is none."""
    found = store.watches.find(name)
    if found is None:
        known = ", ".join(w.name for w in store.watches.list()) or "none yet"
        console(stderr=True).print(f"No watch {name!r}; watches: {known}.", markup=False)
        raise typer.Exit(1)
    return found


def _checked(spec: WatchSpec) -> WatchSpec:
    try:
        return check_spec(spec)
    except QuerySyntaxError as error:
        console(stderr=True).print(f"Invalid query:\n{error.render()}", markup=False)
        raise typer.Exit(2) from error
    except WatchSpecError as error:
        console(stderr=True).print(f"Cannot save the watch: {error}", markup=False)
        raise typer.Exit(2) from error


@app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name: 'Nhà ở xã hội', 'Chỉ thị 07'.")],
    query: QueryOption = None,
    legal_ref: LegalRefOption = None,
    agency: AgencyOption = None,
    description: Annotated[str | None, typer.Option(help="What and why it is tracked.")] = None,
    unit: Annotated[str | None, typer.Option(help="The unit that owns it.")] = None,
    private: Annotated[bool, typer.Option(help="Visible to its unit only (dashboard).")] = False,
    no_backfill: Annotated[
        bool, typer.Option("--no-backfill", help="Match new articles only, not the history.")
    ] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Track a policy or topic; matches the history at once, then every new article."""
    store = app_context(ctx).store()
    spec = _checked(
        WatchSpec(
            name=name,
            query=query,
            legal_refs=tuple(legal_ref or ()),
            agencies=tuple(agency or ()),
            description=description,
            unit=unit,
            shared=not private,
        )
    )
    if store.watches.find(spec.name) is not None:
        console(stderr=True).print(f"A watch called {spec.name!r} exists already.")
        raise typer.Exit(1)
    watch = store.watches.add(spec, actor(by))
    if not no_backfill:
        backfill(store, watch)
    watch = store.watches.get(watch.id) or watch
    if as_json:
        print_json(watch_json(watch))
        return
    console().print(
        f"Watch #{watch.id} “{watch.name}”: {watch.matches} articles matched so far.",
        markup=False,
    )


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
    """Change a watch; its matches are recomputed over the whole history."""
    store = app_context(ctx).store()
    current = find_watch(store, name)
    old = current.spec()
    spec = _checked(
        WatchSpec(
            name=rename or old.name,
            query=None if clear_query else (query if query is not None else old.query),
            legal_refs=() if clear_legal_refs else (*old.legal_refs, *(legal_ref or ())),
            agencies=() if clear_agencies else (*old.agencies, *(agency or ())),
            description=description if description is not None else old.description,
            unit=old.unit,
            shared=old.shared,
        )
    )
    other = store.watches.find(spec.name)
    if other is not None and other.id != current.id:
        console(stderr=True).print(f"A watch called {spec.name!r} exists already.")
        raise typer.Exit(1)
    watch = store.watches.update(current.id, spec, actor(by))
    backfill(store, watch)
    watch = store.watches.get(watch.id) or watch
    if as_json:
        print_json(watch_json(watch))
        return
    console().print(
        f"Watch #{watch.id} “{watch.name}” changed: {watch.matches} articles match.",
        markup=False,
    )


@app.command("remove")
def remove(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The watch's name or id.")],
    by: ByOption = "",
) -> None:
    """Stop tracking; its matches and rules go, the articles stay."""
    store = app_context(ctx).store()
    watch = find_watch(store, name)
    store.watches.remove(watch.id, actor(by))
    console().print(f"Removed watch #{watch.id} “{watch.name}”.", markup=False)


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Every watch with its number of matched articles."""
    watches = app_context(ctx).store().watches.list()
    if as_json:
        print_json([watch_json(w) for w in watches])
        return
    rows = [
        (
            w.id,
            w.name,
            w.matches,
            w.query or "",
            ", ".join((*w.legal_refs, *w.agencies)),
        )
        for w in watches
    ]
    console().print(table("Watches", ("id", "name", "articles", "query", "also by"), rows))


@app.command("show")
def show(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The watch's name or id.")],
    as_json: JsonOption = False,
) -> None:
    """One watch: its query, documents, agencies and alert rules."""
    store = app_context(ctx).store()
    watch = find_watch(store, name)
    rules = store.rules.list(watch.id)
    if as_json:
        data = watch_json(watch)
        data["rules"] = [
            {
                "id": r.id,
                "kind": r.kind,
                "severity": r.severity,
                "params": r.params,
                "cooldown_minutes": r.cooldown_minutes,
                "channels": list(r.channels),
                "enabled": r.enabled,
            }
            for r in rules
        ]
        print_json(data)
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
        count = backfill(store, watch)
    console().print(f"Watch “{watch.name}”: {count} articles match.", markup=False)
