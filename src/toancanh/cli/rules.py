"""``toancanh alerts rule ...``: the alert rules of the watchlists."""

from __future__ import annotations

from typing import Annotated

import typer

from toancanh.alerts.rules import DEFAULT_COOLDOWN_MINUTES, RULE_KINDS, SEVERITIES
from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, report, table
from toancanh.cli.watch import find_watch
from toancanh.services import rules as service
from toancanh.services import watchlists
from toancanh.services.rules import RuleInput
from toancanh.shapes import rule_json

app = typer.Typer(help="Alert rules of the watches.")
RuleId = Annotated[int, typer.Argument(help="The rule's id (`alerts rule list`).")]


@app.command("add")
def add(
    ctx: typer.Context,
    watch: Annotated[str, typer.Argument(help="The watch's name or id.")],
    kind: Annotated[str, typer.Option(help=", ".join(RULE_KINDS))],
    severity: Annotated[str, typer.Option(help=", ".join(SEVERITIES))] = "medium",
    threshold: Annotated[
        float | None,
        typer.Option(help="Score for spikes (default 4.5 / 3); articles a day for forecasts."),
    ] = None,
    min_count: Annotated[int | None, typer.Option(help="Spikes: fewest articles in a day.")] = None,
    outlets: Annotated[int | None, typer.Option(help="story_outlets: outlets (default 3).")] = None,
    min_articles: Annotated[
        int | None, typer.Option(help="official_contradicted: negative articles (default 2).")
    ] = None,
    hours: Annotated[
        float | None, typer.Option(help="Story and claim_repeat rules: look back (default 48).")
    ] = None,
    new_articles: Annotated[
        int | None, typer.Option(help="claim_repeat: fewest new articles (default 1).")
    ] = None,
    verdict: Annotated[
        list[str] | None,
        typer.Option(
            help="claim_repeat: a verdict that counts (repeatable; default false, "
            "misleading, unproven)."
        ),
    ] = None,
    cooldown: Annotated[
        int, typer.Option(help="Minutes during which a repeat updates the same alert.")
    ] = DEFAULT_COOLDOWN_MINUTES,
    channel: Annotated[
        list[str] | None, typer.Option(help="A channel name (repeatable); none: stored only.")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add an alert rule to a watch."""
    store = app_context(ctx).store()
    found = find_watch(store, watch)
    given: dict[str, object] = {
        "threshold": threshold,
        "min_count": min_count,
        "outlets": outlets,
        "min_articles": min_articles,
        "hours": hours,
        "new_articles": new_articles,
        "verdicts": list(verdict) if verdict else None,
    }
    rule = service.add_rule(
        store,
        operator(by),
        found.id,
        RuleInput(
            kind=kind,
            severity=severity,
            params={k: v for k, v in given.items() if v is not None},
            cooldown_minutes=cooldown,
            channels=tuple(channel or ()),
        ),
    )
    report(as_json, rule_json(rule), f"Rule #{rule.id}: {kind} on “{found.name}”.")


@app.command("list")
def list_(
    ctx: typer.Context,
    watch: Annotated[str | None, typer.Option(help="Only this watch's rules.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Every alert rule."""
    store = app_context(ctx).store()
    watch_id = find_watch(store, watch).id if watch else None
    rules = service.list_rules(store, operator(), watch_id)
    if as_json:
        print_json([rule_json(r) for r in rules])
        return
    names = {w.id: w.name for w in watchlists.list_watches(store, operator(), counted=False)}
    rows = [
        (
            r.id,
            names.get(r.watch_id, r.watch_id),
            r.kind,
            r.severity,
            ", ".join(f"{k}={_shown(v)}" for k, v in r.params.items()),
            r.cooldown_minutes,
            ", ".join(r.channels),
            "yes" if r.enabled else "no",
        )
        for r in rules
    ]
    console().print(
        table(
            "Alert rules",
            ("id", "watch", "kind", "severity", "params", "cooldown", "channels", "on"),
            rows,
        )
    )


def _shown(value: object) -> str:
    return ",".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


@app.command("remove")
def remove(ctx: typer.Context, rule_id: RuleId, by: ByOption = "") -> None:
    """Remove a rule; the alerts it raised stay."""
    service.remove_rule(app_context(ctx).store(), operator(by), rule_id)
    console().print(f"Removed rule #{rule_id}.")


@app.command("enable")
def enable(ctx: typer.Context, rule_id: RuleId, by: ByOption = "") -> None:
    service.set_rule_enabled(app_context(ctx).store(), operator(by), rule_id, True)


@app.command("disable")
def disable(ctx: typer.Context, rule_id: RuleId, by: ByOption = "") -> None:
    service.set_rule_enabled(app_context(ctx).store(), operator(by), rule_id, False)
