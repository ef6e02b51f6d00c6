"""``toancanh taskforce ...``: the task force of an incident and its after-action review."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, report, table
from toancanh.domain.task_forces import ROLES
from toancanh.services import task_force_review as reviews
from toancanh.services import task_forces as service
from toancanh.services.task_force_json import (
    member_json,
    notice_json,
    proposed_json,
    review_json,
    task_force_json,
)

app = typer.Typer(
    help="Task forces (tổ công tác): propose from the directory, confirm, notify, review."
)

IncidentId = Annotated[int, typer.Argument(help="The incident's id.")]


@app.command("propose")
def propose(ctx: typer.Context, incident_id: IncidentId, as_json: JsonOption = False) -> None:
    """Propose the task force of an incident from the network directory, each with why."""
    found = service.propose(app_context(ctx).store(), operator(), incident_id)
    if as_json:
        print_json([proposed_json(p) for p in found])
        return
    if not found:
        console().print(
            "Nobody to propose: the directory has no spokesperson or focal point "
            "for the incident's units.",
            markup=False,
        )
        return
    console().print(f"Proposed for incident #{incident_id}:", markup=False)
    for p in found:
        console().print(
            f"  #{p.person_id} {p.name} ({p.unit}) as {p.role}: {p.reason}", markup=False
        )


@app.command("confirm")
def confirm(
    ctx: typer.Context,
    incident_id: IncidentId,
    member: Annotated[
        list[str],
        typer.Option("--member", help=f"PERSON_ID=ROLE, the role one of {', '.join(ROLES)}."),
    ],
    notify: Annotated[
        str | None, typer.Option(help="The channel that notifies each member.")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Confirm the members of the task force (replaces the list) and optionally notify them."""
    app_ = app_context(ctx)
    picks = [service.parse_pick(text) for text in member]
    done = service.confirm(
        app_.store(), operator(by), incident_id, picks, channel=notify, settings=app_.settings
    )
    data = {
        "members": [member_json(m) for m in done.members],
        "notifications": [notice_json(n) for n in done.notices],
    }
    sent = sum(n.status == "sent" for n in done.notices)
    line = f"Incident #{incident_id}: task force of {len(done.members)} confirmed"
    if done.notices:
        line += f"; {sent} of {len(done.notices)} notified"
    report(as_json, data, line)
    if not as_json:
        for notice in done.notices:
            if notice.status != "sent":
                console(stderr=True).print(f"{notice.member}: {notice.error}", markup=False)


@app.command("show")
def show(ctx: typer.Context, incident_id: IncidentId, as_json: JsonOption = False) -> None:
    """Show the task force of an incident and the notifications sent."""
    force = service.show(app_context(ctx).store(), operator(), incident_id)
    if as_json:
        print_json(task_force_json(force))
        return
    rows = [(m.person_id, m.name, m.unit, m.role, m.reason) for m in force.members]
    console().print(
        table(
            f"Task force of incident #{incident_id}",
            ("person", "name", "unit", "role", "why"),
            rows,
        )
    )
    for n in force.notices:
        console().print(
            f"{n.at:%Y-%m-%d %H:%M} {n.channel} → {n.member}: {n.status}"
            + (f" ({n.error})" if n.error else ""),
            markup=False,
        )


@app.command("review")
def review(
    ctx: typer.Context,
    incident_id: IncidentId,
    what_happened: Annotated[str | None, typer.Option(help="What happened.")] = None,
    to_change: Annotated[str | None, typer.Option(help="What to change next time.")] = None,
    statement: Annotated[
        list[int] | None, typer.Option(help="A statement to review (replaces the list).")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Show or record the after-action review of a closed incident."""
    store = app_context(ctx).store()
    if what_happened is None and to_change is None and statement is None:
        after = reviews.review(store, operator(by), incident_id)
    else:
        after = reviews.save(
            store,
            operator(by),
            incident_id,
            what_happened=what_happened,
            to_change=to_change,
            statement_ids=statement,
        )
    if as_json:
        print_json(review_json(after))
    else:
        console().print(reviews.markdown(after), markup=False)


@app.command("export")
def export(
    ctx: typer.Context,
    incident_id: IncidentId,
    out: Annotated[Path, typer.Option(help="The file to write: .md or .html.")],
) -> None:
    """Export the after-action review of a closed incident as Markdown or HTML."""
    after = reviews.review(app_context(ctx).store(), operator(), incident_id)
    is_html = out.suffix.lower() in (".html", ".htm")
    out.write_text(
        reviews.html_document(after) if is_html else reviews.markdown(after), encoding="utf-8"
    )
    console().print(f"Wrote {out}", markup=False)
