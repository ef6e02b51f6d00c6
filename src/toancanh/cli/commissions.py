"""``toancanh commissions ...``: orders to press agencies and what they delivered."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, print_records, report, table
from toancanh.domain.commissions import DELIVERABLE_KINDS, CommissionSpec, Deliverable
from toancanh.errors import Invalid
from toancanh.services import commission_export as export
from toancanh.services import commissions as service
from toancanh.services.directory_files import parse_day
from toancanh.shapes import commission_delivery_json, commission_json

app = typer.Typer(
    help="Press commissioning: orders to press agencies and the articles they delivered."
)

OrderId = Annotated[int, typer.Argument(help="The order's id.")]
Articles = Annotated[list[int] | None, typer.Argument(help="The articles' ids.")]
AllOption = Annotated[bool, typer.Option("--all", help="Every article still proposed.")]
NoteOption = Annotated[str | None, typer.Option(help="Why (kept with the decision).")]


def _day(value: str | None, option: str) -> object:
    try:
        return parse_day(value)
    except Invalid:
        raise typer.BadParameter(
            f"“{value}” is not a date: use 2026-12-07 or 07/12/2026", param_hint=option
        ) from None


def _deliverables(items: int | None, kinds: list[str] | None) -> tuple[Deliverable, ...]:
    found = [Deliverable("article", items)] if items else []
    for text in kinds or ():
        try:
            found.append(service.parse_deliverable(text))
        except Invalid as error:
            raise typer.BadParameter(error.message, param_hint="--deliverable") from None
    return tuple(found)


@app.command("add")
def add(
    ctx: typer.Context,
    outlet: Annotated[str, typer.Option(help="The outlet (or press agency of the directory).")],
    watch: Annotated[list[str], typer.Option(help="A watchlist the order covers (repeatable).")],
    since: Annotated[str, typer.Option(help="First day of the period (2026-10-01).")],
    until: Annotated[str, typer.Option(help="Last day of the period.")],
    value: Annotated[str, typer.Option(help="The value in whole đồng (150000000).")],
    items: Annotated[int | None, typer.Option(help="How many articles are ordered.")] = None,
    deliverable: Annotated[
        list[str] | None,
        typer.Option(help="KIND=N, repeatable; kinds: " + ", ".join(DELIVERABLE_KINDS)),
    ] = None,
    plan: Annotated[int | None, typer.Option(help="The plan the order belongs to.")] = None,
    contract: Annotated[str | None, typer.Option(help="The contract's number.")] = None,
    contract_date: Annotated[str | None, typer.Option(help="The contract's date.")] = None,
    criteria: Annotated[str | None, typer.Option(help="The acceptance criteria.")] = None,
    unit: Annotated[str | None, typer.Option(help="The ordering unit.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Order content from a press agency."""
    first, last = _day(since, "--since"), _day(until, "--until")
    if first is None or last is None:
        raise typer.BadParameter("give the period", param_hint="--since")
    spec = CommissionSpec(
        outlet=outlet,
        watches=tuple(watch),
        since=first,  # type: ignore[arg-type]
        until=last,  # type: ignore[arg-type]
        value=value,
        deliverables=_deliverables(items, deliverable),
        plan_id=plan,
        contract_number=contract,
        contract_date=_day(contract_date, "--contract-date"),  # type: ignore[arg-type]
        criteria=criteria,
    )
    order = service.add_commission(app_context(ctx).store(), operator(by), spec, unit=unit)
    report(
        as_json,
        commission_json(order),
        f"Order #{order.id}: {order.ordered} items from {order.outlet}, {order.value:,} đồng.",
    )


@app.command("list")
def list_orders(
    ctx: typer.Context,
    plan: Annotated[int | None, typer.Option(help="Only the orders of this plan.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Orders, the newest period first, with what each delivered."""
    store = app_context(ctx).store()
    actor = operator()
    found = [
        (c, service.progress(store, actor, c.id))
        for c in service.list_commissions(store, actor, plan_id=plan)
    ]
    print_records(
        as_json,
        found,
        lambda pair: commission_json(*pair),
        "Orders",
        ("id", "plan", "unit", "outlet", "period", "ordered", "delivered", "accepted"),
        lambda pair: (
            pair[0].id,
            pair[0].plan_id or "",
            pair[0].unit or "",
            pair[0].outlet,
            f"{pair[0].since} – {pair[0].until}",
            pair[1].ordered,
            pair[1].delivered,
            pair[1].accepted,
        ),
    )


@app.command("show")
def show(ctx: typer.Context, order: OrderId, as_json: JsonOption = False) -> None:
    """One order: ordered, delivered and accepted."""
    store = app_context(ctx).store()
    found = service.get_commission(store, operator(), order)
    done = service.progress(store, operator(), order)
    if as_json:
        print_json(commission_json(found, done))
        return
    rows = [
        ("outlet", found.outlet),
        ("unit", found.unit or ""),
        ("plan", found.plan_id or ""),
        ("contract", f"{found.contract_number or ''} {found.contract_date or ''}".strip()),
        ("value", f"{found.value:,} đồng"),
        ("period", f"{found.since} – {found.until}"),
        ("watchlists", ", ".join(found.watches)),
        ("deliverables", ", ".join(f"{d.kind}={d.count}" for d in found.deliverables)),
        ("criteria", found.criteria or ""),
        ("ordered / delivered / accepted", f"{done.ordered} / {done.delivered} / {done.accepted}"),
    ]
    console().print(table(f"Order #{found.id}", ("", ""), rows))


@app.command("deliveries")
def deliveries(
    ctx: typer.Context,
    order: OrderId,
    state: Annotated[str | None, typer.Option(help="proposed, accepted or rejected.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The articles found for an order, with the decisions on them."""
    found = service.deliveries(app_context(ctx).store(), operator(), order, state=state)
    print_records(
        as_json,
        found,
        commission_delivery_json,
        f"Deliveries of order #{order}",
        ("article", "published", "title", "state"),
        lambda d: (d.article_id, d.published_at or "", d.title, d.state),
    )


def _decide(
    ctx: typer.Context,
    order: int,
    state: str,
    articles: list[int] | None,
    *,
    every: bool,
    note: str | None,
    by: str,
    as_json: bool,
) -> None:
    if bool(articles) == every:
        raise typer.BadParameter("give the articles' ids or --all", param_hint="ARTICLES")
    store = app_context(ctx).store()
    after = service.decide(
        store, operator(by), order, state, None if every else articles, note=note
    )
    done = service.progress_of(service.get_commission(store, operator(by), order), after)
    report(
        as_json,
        {
            "id": order,
            "ordered": done.ordered,
            "delivered": done.delivered,
            "accepted": done.accepted,
        },
        f"Order #{order}: {done.delivered} delivered, {done.accepted} accepted "
        f"of {done.ordered} ordered.",
    )


@app.command("accept")
def accept(
    ctx: typer.Context,
    order: OrderId,
    articles: Articles = None,
    every: AllOption = False,
    note: NoteOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Accept delivered articles."""
    _decide(ctx, order, "accepted", articles, every=every, note=note, by=by, as_json=as_json)


@app.command("reject")
def reject(
    ctx: typer.Context,
    order: OrderId,
    articles: Articles = None,
    every: AllOption = False,
    note: NoteOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Reject delivered articles."""
    _decide(ctx, order, "rejected", articles, every=every, note=note, by=by, as_json=as_json)


@app.command("export")
def export_record(
    ctx: typer.Context,
    order: OrderId,
    out: Annotated[Path, typer.Option(help="The CSV file to write.", dir_okay=False)],
) -> None:
    """Write the acceptance record (biên bản nghiệm thu) of an order as CSV."""
    text = export.acceptance_csv(app_context(ctx).store(), operator(), order)
    out.write_text(text, encoding="utf-8-sig")
    console(stderr=True).print(
        f"Acceptance record of order #{order} written to {out}.", markup=False
    )
