"""``toancanh report schedule ...``: reports sent on a schedule through the alert channels
(mounted under ``report`` by ``cli/reports.py``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from toancanh.cli.context import ByOption, app_context, operator, parse_when
from toancanh.cli.output import JsonOption, console, print_json, print_records, report, shown
from toancanh.domain.report_schedules import Schedule, ScheduleSpec, Send
from toancanh.services import report_schedules as service
from toancanh.shapes import report_send_json, schedule_json

app = typer.Typer(help="Reports sent on a schedule (daily, weekly, on a critical alert).")
IdArgument = Annotated[int, typer.Argument(help="The schedule's id (see `list`).")]


@app.command("add")
def add(
    ctx: typer.Context,
    kind: Annotated[str, typer.Option(help="digest or briefing.")],
    channel: Annotated[str, typer.Option(help="The alert channel that carries the file.")],
    at: Annotated[str, typer.Option(help="HH:MM, Vietnam time.")] = "07:30",
    cadence: Annotated[str, typer.Option(help="daily, weekly or critical.")] = "daily",
    unit: Annotated[str | None, typer.Option(help="The unit (default: yours).")] = None,
    watch: Annotated[str | None, typer.Option(help="Briefing: the watchlist.")] = None,
    weekday: Annotated[str | None, typer.Option(help="Weekly: mon ... sun.")] = None,
    format: Annotated[str, typer.Option("--format", help="docx, pdf or html.")] = "docx",
    lang: Annotated[str, typer.Option(help="vi or en (section labels).")] = "vi",
    send_when_empty: Annotated[
        bool, typer.Option(help="Send even when nothing happened in the period.")
    ] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a schedule: a report sent to a channel each day, week or critical alert."""
    spec = ScheduleSpec(
        kind=kind,
        channel=channel,
        at=at,
        cadence=cadence,
        unit=unit,
        watch=watch,
        weekday=weekday,
        format=format,
        lang=lang,
        send_when_empty=send_when_empty,
    )
    added = service.add_schedule(app_context(ctx).store(), operator(by), spec)
    report(as_json, schedule_json(added), f"Schedule #{added.id}: {describe(added)}.")


def describe(s: Schedule) -> str:
    what = f"{s.kind} of {s.watch}" if s.kind == "briefing" else f"{s.kind} of {s.unit}"
    when = {"daily": f"daily at {s.at}", "weekly": f"weekly on day {s.weekday} at {s.at}"}
    return f"{what} as {s.format}, {when.get(s.cadence, 'on each critical alert')}, to {s.channel}"


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """The schedules, with the slot each sent last."""
    found = service.list_schedules(app_context(ctx).store(), operator())
    columns = ("id", "report", "format", "when", "channel", "enabled", "last slot")

    def row(s: Schedule) -> tuple[object, ...]:
        when = s.cadence if s.cadence == "critical_alert" else f"{s.cadence} {s.at}"
        what = f"{s.kind} {s.watch or s.unit or ''}".strip()
        return (s.id, what, s.format, when, s.channel, s.enabled, s.last_sent_for or "–")

    print_records(as_json, found, schedule_json, "Report schedules", columns, row)


@app.command("remove")
def remove(ctx: typer.Context, schedule_id: IdArgument, by: ByOption = "") -> None:
    """Remove a schedule (its sends' history goes with it)."""
    removed = service.remove_schedule(app_context(ctx).store(), operator(by), schedule_id)
    console().print(f"Removed schedule #{removed.id}.", markup=False)


@app.command("enable")
def enable(ctx: typer.Context, schedule_id: IdArgument, by: ByOption = "") -> None:
    """Send a paused schedule again (from its next slot)."""
    service.set_enabled(app_context(ctx).store(), operator(by), schedule_id, True)
    console().print(f"Schedule #{schedule_id} enabled.", markup=False)


@app.command("disable")
def disable(ctx: typer.Context, schedule_id: IdArgument, by: ByOption = "") -> None:
    """Pause a schedule."""
    service.set_enabled(app_context(ctx).store(), operator(by), schedule_id, False)
    console().print(f"Schedule #{schedule_id} disabled.", markup=False)


@app.command("run")
def run(
    ctx: typer.Context,
    now: Annotated[
        str | None, typer.Option(help="Act as if it were this time (default: now).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Send what is due now (and retry failed sends whose time has come)."""
    app_ = app_context(ctx)
    service.require_runner(operator())
    moment = (parse_when(now, "--now") if now else None) or datetime.now(UTC)
    done = service.run_due(app_.store(), app_.settings, moment)
    figures = {
        "claimed": done.claimed,
        "sent": done.sent,
        "skipped_empty": done.skipped,
        "retrying": done.retrying,
        "failed": done.failed,
        "errors": done.errors,
    }
    if as_json:
        print_json(figures)
        return
    out = console()
    out.print(
        f"Reports: {done.sent} sent, {done.skipped} skipped (empty), {done.retrying} to "
        f"retry, {done.failed} failed.",
        markup=False,
    )
    for error in done.errors:
        out.print(f"  {error}", markup=False)


@app.command("sends")
def sends(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, max=500, help="How many, newest first.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """The recent sends with their status (pending, sent, failed, skipped_empty)."""
    found = service.list_sends(app_context(ctx).store(), operator(), limit=limit)
    columns = ("id", "schedule", "slot", "status", "tries", "file", "sent", "error")

    def row(s: Send) -> tuple[object, ...]:
        return (
            s.id,
            s.schedule_id,
            s.due_for,
            s.status,
            s.attempts,
            s.file_name or "",
            shown(s.sent_at),
            s.error or "",
        )

    print_records(as_json, found, report_send_json, "Report sends", columns, row)
