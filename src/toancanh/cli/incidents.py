"""``toancanh incident ...``: handling a communication crisis, from alert to closing."""

from __future__ import annotations

from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, report, shown, table
from toancanh.cli.watch import find_watch
from toancanh.domain.incidents import Incident, IncidentMember
from toancanh.incidents.workflow import SEVERITIES, STATUSES, parse_member
from toancanh.services import incidents as service
from toancanh.services.incidents import NewIncident
from toancanh.shapes import incident_json

app = typer.Typer(help="Incidents: a task force handling a communication crisis.")

IncidentId = Annotated[int, typer.Argument(help="The incident's id.")]
MemberOption = Annotated[
    list[str] | None,
    typer.Option("--member", help="A task-force member: 'Name | Unit | Role' (repeatable)."),
]


def _members(texts: list[str] | None) -> list[IncidentMember] | None:
    return None if texts is None else [parse_member(t) for t in texts]


def _said(incident: Incident) -> str:
    """The timeline entry a step just wrote."""
    return incident.events[-1].text if incident.events else ""


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
    new = NewIncident(
        title=title,
        alert_id=from_alert,
        watch_id=find_watch(store, watch).id if watch else None,
        severity=severity,
        lead=lead,
        lead_unit=lead_unit,
        members=_members(member) or [],
        unit=unit,
    )
    incident = service.open_incident(store, operator(by), new)
    report(as_json, incident_json(incident), f"Incident #{incident.id} opened: {incident.title}")


@app.command("assign")
def assign(
    ctx: typer.Context,
    incident_id: IncidentId,
    lead: Annotated[str | None, typer.Option(help="Who leads the response.")] = None,
    lead_unit: Annotated[str | None, typer.Option(help="The lead's unit.")] = None,
    member: MemberOption = None,
    severity: Annotated[str | None, typer.Option(help=", ".join(SEVERITIES))] = None,
    by: ByOption = "",
) -> None:
    """Set the lead, the task force (replaces the members) or the severity."""
    changed = service.assign(
        app_context(ctx).store(),
        operator(by),
        incident_id,
        lead=lead,
        lead_unit=lead_unit,
        members=_members(member),
        severity=severity,
    )
    console().print(f"Incident #{changed.id}: {_said(changed)}", markup=False)


@app.command("status")
def status(
    ctx: typer.Context,
    incident_id: IncidentId,
    new_status: Annotated[str, typer.Argument(help="open, responding or monitoring.")],
    note: Annotated[str | None, typer.Option(help="Why.")] = None,
    by: ByOption = "",
) -> None:
    """Move an incident to another status."""
    store = app_context(ctx).store()
    changed = service.change_status(store, operator(by), incident_id, new_status, note=note)
    console().print(f"Incident #{changed.id}: {_said(changed)}", markup=False)


@app.command("note")
def note(
    ctx: typer.Context,
    incident_id: IncidentId,
    text: Annotated[str, typer.Argument(help="What happened or was done.")],
    action: Annotated[
        bool, typer.Option(help="An action taken (a statement, a press briefing ...).")
    ] = False,
    by: ByOption = "",
) -> None:
    """Add an entry to the incident's timeline."""
    service.add_note(app_context(ctx).store(), operator(by), incident_id, text, action=action)
    console().print(f"Incident #{incident_id}: noted.")


@app.command("link")
def link(
    ctx: typer.Context,
    incident_id: IncidentId,
    article_ids: Annotated[list[int], typer.Argument(help="Article ids.")],
    by: ByOption = "",
) -> None:
    """Link articles to the incident."""
    service.link_articles(app_context(ctx).store(), operator(by), incident_id, article_ids)
    console().print(f"Incident #{incident_id}: {len(article_ids)} articles linked.")


@app.command("close")
def close(
    ctx: typer.Context,
    incident_id: IncidentId,
    summary: Annotated[str, typer.Option(help="What happened and what was done.")],
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Close an incident with a summary; the watch's trend before and after is recorded."""
    closed = service.close_incident(app_context(ctx).store(), operator(by), incident_id, summary)
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
    incidents = service.list_incidents(app_context(ctx).store(), operator(), status=status_)
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
    incident_id: IncidentId,
    as_json: JsonOption = False,
) -> None:
    """One incident: task force, timeline, linked articles, closing trend."""
    shown_incident = service.show_incident(app_context(ctx).store(), operator(), incident_id)
    incident = shown_incident.incident
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
    for article in shown_incident.articles:
        out.print(f"  article #{article.id}: {article.title}", markup=False)
    if incident.summary:
        out.print(f"Summary: {incident.summary}", markup=False)
    _print_trend(incident)
