"""``toancanh incident ...``: handling a communication crisis, from alert to closing."""

from __future__ import annotations

from typing import Annotated

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import JsonOption, console, print_json, shown, table
from toancanh.cli.watch import ByOption, actor, find_watch
from toancanh.domain import Incident, IncidentMember
from toancanh.store import Store
from toancanh.trends import incidents as flow
from toancanh.trends.incidents import (
    SEVERITIES,
    STATUSES,
    IncidentError,
    incident_json,
    parse_member,
)

app = typer.Typer(help="Incidents: a task force handling a communication crisis.")

MemberOption = Annotated[
    list[str] | None,
    typer.Option("--member", help="A task-force member: 'Name | Unit | Role' (repeatable)."),
]


def _members(texts: list[str] | None) -> list[IncidentMember] | None:
    if texts is None:
        return None
    try:
        return [parse_member(t) for t in texts]
    except IncidentError as error:
        raise typer.BadParameter(str(error), param_hint="--member") from error


def _incident(store: Store, incident_id: int) -> Incident:
    found = store.incidents.get(incident_id)
    if found is None:
        console(stderr=True).print(f"No incident #{incident_id}.")
        raise typer.Exit(1)
    return found


def _severity(value: str | None) -> str | None:
    if value is not None and value not in SEVERITIES:
        raise typer.BadParameter(f"use {', '.join(SEVERITIES)}", param_hint="--severity")
    return value


@app.command("open")
def open_(
    ctx: typer.Context,
    from_alert: Annotated[
        int | None, typer.Option(help="The alert that starts it: title, watch, stories.")
    ] = None,
    title: Annotated[
        str | None, typer.Option(help="What the crisis is (default: the alert's).")
    ] = None,
    watch: Annotated[str | None, typer.Option(help="The watch it concerns.")] = None,
    severity: Annotated[str | None, typer.Option(help=", ".join(SEVERITIES))] = None,
    lead: Annotated[str | None, typer.Option(help="Who leads the response.")] = None,
    lead_unit: Annotated[str | None, typer.Option(help="The lead's unit.")] = None,
    member: MemberOption = None,
    unit: Annotated[str | None, typer.Option(help="The unit that owns the incident.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Open an incident, from an alert or by hand."""
    store = app_context(ctx).store()
    alert = None
    if from_alert is not None:
        alert = store.alerts.get(from_alert)
        if alert is None:
            console(stderr=True).print(f"No alert #{from_alert}.")
            raise typer.Exit(1)
    if not title and alert is None:
        raise typer.BadParameter("give --title, or --from-alert ID")
    incident = flow.open_incident(
        store,
        actor=actor(by),
        alert=alert,
        title=title,
        watch_id=find_watch(store, watch).id if watch else None,
        severity=_severity(severity),
        lead=lead,
        lead_unit=lead_unit,
        unit=unit,
        members=_members(member) or [],
    )
    if as_json:
        print_json(incident_json(incident))
        return
    console().print(f"Incident #{incident.id} opened: {incident.title}", markup=False)


@app.command("assign")
def assign(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument()],
    lead: Annotated[str | None, typer.Option(help="Who leads the response.")] = None,
    lead_unit: Annotated[str | None, typer.Option(help="The lead's unit.")] = None,
    member: MemberOption = None,
    severity: Annotated[str | None, typer.Option(help=", ".join(SEVERITIES))] = None,
    by: ByOption = "",
) -> None:
    """Set the lead, the task force (replaces the members) or the severity."""
    store = app_context(ctx).store()
    incident = _incident(store, incident_id)
    if lead is None and lead_unit is None and member is None and severity is None:
        raise typer.BadParameter("give --lead, --lead-unit, --member or --severity")
    try:
        changes = flow.assign(
            store,
            incident,
            actor=actor(by),
            lead=lead,
            lead_unit=lead_unit,
            members=_members(member),
            severity=_severity(severity),
        )
    except IncidentError as error:
        console(stderr=True).print(str(error), markup=False)
        raise typer.Exit(2) from error
    console().print(f"Incident #{incident.id}: " + "; ".join(changes), markup=False)


@app.command("status")
def status(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument()],
    new_status: Annotated[str, typer.Argument(help="open, responding or monitoring.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    by: ByOption = "",
) -> None:
    """Move an incident to another status."""
    store = app_context(ctx).store()
    incident = _incident(store, incident_id)
    try:
        text = flow.change_status(store, incident, new_status, actor=actor(by), note=note)
    except IncidentError as error:
        console(stderr=True).print(str(error), markup=False)
        raise typer.Exit(2) from error
    console().print(f"Incident #{incident.id}: {text}", markup=False)


@app.command("note")
def note(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument()],
    text: Annotated[str, typer.Argument(help="What happened or was done.")],
    action: Annotated[
        bool, typer.Option(help="An action taken (a statement, a press briefing ...).")
    ] = False,
    by: ByOption = "",
) -> None:
    """Add an entry to the incident's timeline."""
    store = app_context(ctx).store()
    incident = _incident(store, incident_id)
    try:
        flow.add_note(store, incident, text, actor=actor(by), action=action)
    except IncidentError as error:
        console(stderr=True).print(str(error), markup=False)
        raise typer.Exit(2) from error
    console().print(f"Incident #{incident.id}: noted.")


@app.command("link")
def link(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument()],
    article_ids: Annotated[list[int], typer.Argument(help="Article ids.")],
    by: ByOption = "",
) -> None:
    """Link articles to the incident."""
    store = app_context(ctx).store()
    incident = _incident(store, incident_id)
    try:
        flow.link_articles(store, incident, article_ids, actor=actor(by))
    except LookupError as error:
        console(stderr=True).print(f"{str(error).capitalize()}.", markup=False)
        raise typer.Exit(1) from error
    console().print(f"Incident #{incident.id}: {len(article_ids)} articles linked.")


@app.command("close")
def close(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument()],
    summary: Annotated[str, typer.Option(help="What happened and what was done.")],
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Close an incident with a summary; the watch's trend before and after is recorded."""
    store = app_context(ctx).store()
    incident = _incident(store, incident_id)
    try:
        closed = flow.close(store, incident, summary, actor=actor(by))
    except IncidentError as error:
        console(stderr=True).print(str(error), markup=False)
        raise typer.Exit(2) from error
    if as_json:
        print_json(incident_json(closed))
        return
    console().print(f"Incident #{closed.id} closed.", markup=False)
    _print_trend(closed)


def _print_trend(incident: Incident) -> None:
    trend = incident.closing_trend
    if not trend:
        return
    rows = [
        (
            period,
            figures["articles"],
            "–" if figures["per_day"] is None else f"{figures['per_day']:.1f}",
            "–" if figures["negative_share"] is None else f"{figures['negative_share']:.0%}",
        )
        for period, figures in trend.items()
    ]
    console().print(table("Trend", ("period", "articles", "per day", "negative"), rows))


@app.command("list")
def list_(
    ctx: typer.Context,
    status_: Annotated[str | None, typer.Option("--status", help=", ".join(STATUSES))] = None,
    as_json: JsonOption = False,
) -> None:
    """Incidents, newest first."""
    incidents = app_context(ctx).store().incidents.list(status=status_)
    if as_json:
        print_json([incident_json(i) for i in incidents])
        return
    rows = [
        (i.id, i.severity, i.status, i.lead or "–", shown(i.opened_at), i.title) for i in incidents
    ]
    console().print(
        table("Incidents", ("id", "severity", "status", "lead", "opened", "title"), rows)
    )


@app.command("show")
def show(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument()],
    as_json: JsonOption = False,
) -> None:
    """One incident: task force, timeline, linked articles, closing trend."""
    store = app_context(ctx).store()
    incident = _incident(store, incident_id)
    if as_json:
        print_json(incident_json(incident))
        return
    out = console()
    out.print(
        f"#{incident.id} [{incident.severity}, {incident.status}] {incident.title}", markup=False
    )
    if incident.lead:
        out.print(
            f"Lead: {incident.lead}" + (f" ({incident.lead_unit})" if incident.lead_unit else ""),
            markup=False,
        )
    for m in incident.members:
        out.print(f"  · {m.name}" + "".join(f" | {x}" for x in (m.unit, m.role) if x), markup=False)
    out.print(
        table(
            "Timeline",
            ("when", "what", "who", ""),
            [(shown(e.at), e.kind, e.author, e.text) for e in incident.events],
        )
    )
    for article_id in incident.article_ids:
        article = store.articles.get(article_id)
        if article:
            out.print(f"  article #{article_id}: {article.title}", markup=False)
    if incident.summary:
        out.print(f"Summary: {incident.summary}", markup=False)
    _print_trend(incident)
