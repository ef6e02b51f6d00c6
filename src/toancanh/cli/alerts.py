"""``toancanh alerts ...``: alerts, their rules and the channels they go to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from toancanh.cli import channels, rules
from toancanh.cli.context import ByOption, app_context, operator, parse_when
from toancanh.cli.output import JsonOption, console, print_json, shown, table
from toancanh.cli.watch import find_watch
from toancanh.services import alerts as service
from toancanh.shapes import alert_json, delivery_json, iso

app = typer.Typer(
    help="Alerts raised by the watch rules; `alerts rule` and `alerts channel` set them up.",
    invoke_without_command=True,
)
app.add_typer(rules.app, name="rule")
app.add_typer(channels.app, name="channel")


@app.callback()
def alerts(
    ctx: typer.Context,
    failed: Annotated[
        bool, typer.Option("--failed", help="Deliveries that failed or are being retried.")
    ] = False,
    since: Annotated[str | None, typer.Option(help="Alerts seen since: 7d, 2026-11-01.")] = None,
    status: Annotated[str | None, typer.Option(help="active, acknowledged or resolved.")] = None,
    watch: Annotated[str | None, typer.Option(help="Only this watch's alerts.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 50,
    as_json: JsonOption = False,
) -> None:
    """List alerts, newest first (or, with --failed, the deliveries that need attention)."""
    if ctx.invoked_subcommand is not None:
        return
    store = app_context(ctx).store()
    out = console()
    if failed:
        deliveries = service.failed_deliveries(store, operator(), limit=limit)
        if as_json:
            print_json([delivery_json(d) for d in deliveries])
            return
        if not deliveries:
            out.print("No failed deliveries.")
            return
        rows = [
            (
                d.id,
                d.alert_id,
                d.channel,
                d.status,
                d.attempts,
                iso(d.next_attempt_at) or "–",
                d.last_error or "",
            )
            for d in deliveries
        ]
        out.print(
            table(
                "Deliveries that failed",
                ("id", "alert", "channel", "status", "attempts", "next try", "error"),
                rows,
            )
        )
        raise typer.Exit(1)
    watch_id = find_watch(store, watch).id if watch else None
    found = service.list_alerts(
        store, operator(), since=parse_when(since), status=status, watch_id=watch_id, limit=limit
    )
    if as_json:
        print_json([alert_json(a) for a in found])
        return
    if not found:
        out.print("No alerts.")
        return
    listed = [
        (a.id, a.severity, a.status, a.kind, shown(a.last_at), a.updates, a.title) for a in found
    ]
    out.print(
        table(
            "Alerts", ("id", "severity", "status", "kind", "last seen", "updates", "title"), listed
        )
    )


@app.command("show")
def show(
    ctx: typer.Context,
    alert_id: Annotated[int, typer.Argument(help="Alert id.")],
    as_json: JsonOption = False,
) -> None:
    """One alert with its figures, driving stories and deliveries."""
    shown_alert = service.show_alert(app_context(ctx).store(), operator(), alert_id)
    alert, deliveries = shown_alert.alert, shown_alert.deliveries
    if as_json:
        print_json({**alert_json(alert), "deliveries": [delivery_json(d) for d in deliveries]})
        return
    out = console()
    out.print(f"#{alert.id} [{alert.severity}, {alert.status}] {alert.title}", markup=False)
    out.print(
        f"{alert.kind}; first {iso(alert.first_at)}, last {iso(alert.last_at)}, "
        f"{alert.updates} updates, version {alert.version}",
        markup=False,
    )
    for key, value in alert.detail.items():
        if key.startswith("_") or key == "stories":
            continue
        out.print(f"  {key}: {value}", markup=False)
    for story in alert.detail.get("stories", []):
        out.print(
            f"  story #{story['story_id']} ({story['size']} articles): {story['title']}",
            markup=False,
        )
    for d in deliveries:
        out.print(
            f"  → {d.channel}: {d.status} (v{d.alert_version}, {d.attempts} attempts)"
            + (f" {d.last_error}" if d.last_error else ""),
            markup=False,
        )


def _set_status(ctx: typer.Context, alert_id: int, status: str, by: str) -> None:
    service.set_status(app_context(ctx).store(), operator(by), alert_id, status)
    console().print(f"Alert #{alert_id}: {status}.")


@app.command("ack")
def ack(ctx: typer.Context, alert_id: Annotated[int, typer.Argument()], by: ByOption = "") -> None:
    """Acknowledge an alert (someone is on it)."""
    _set_status(ctx, alert_id, "acknowledged", by)


@app.command("resolve")
def resolve(
    ctx: typer.Context, alert_id: Annotated[int, typer.Argument()], by: ByOption = ""
) -> None:
    """Mark an alert resolved."""
    _set_status(ctx, alert_id, "resolved", by)


@app.command("check")
def check(ctx: typer.Context) -> None:
    """Run every rule of every watch now (forecast breaches included) and send what is due.

    The polling loop does this every `alerts_interval` seconds by itself."""
    app_ = app_context(ctx)
    report = service.check_now(app_.store(), operator(), app_.settings)
    console().print(
        f"{report.alerts_created} alerts raised, {report.alerts_updated} updated; "
        f"deliveries: {report.delivery.sent} sent, {report.delivery.retrying} to retry, "
        f"{report.delivery.failed} failed.",
        markup=False,
    )
    raise typer.Exit(1 if report.delivery.failed else 0)


@app.command("replay")
def replay_(
    ctx: typer.Context,
    since: Annotated[str, typer.Option(help="First day: 30d, 2026-11-01.")],
    until: Annotated[str | None, typer.Option(help="Last day (default: now).")] = None,
    watch: Annotated[str | None, typer.Option(help="Only this watch's rules.")] = None,
    hour: Annotated[int, typer.Option(min=0, max=23, help="Hour of each day (Vietnam time).")] = 18,
) -> None:
    """Run the rules as they would have run each day of a past period; the alerts are
    stored with those times and sent to nobody. For tuning rules on history."""
    store = app_context(ctx).store()
    start = parse_when(since)
    assert start is not None
    end = parse_when(until, "--until") or datetime.now(UTC)
    watch_ids = [find_watch(store, watch).id] if watch else None
    with console().status("replaying the rules"):
        report = service.replay_rules(
            store, operator(), since=start, until=end, hour=hour, watch_ids=watch_ids
        )
    console().print(
        f"{report.alerts_created} alerts raised, {report.alerts_updated} updated "
        "(replayed: nothing was sent).",
        markup=False,
    )


@app.command("deliver")
def deliver(ctx: typer.Context) -> None:
    """Send (or retry) the deliveries that are due now."""
    app_ = app_context(ctx)
    report = service.deliver_now(app_.store(), operator(), app_.settings)
    console().print(
        f"{report.sent} sent, {report.retrying} to retry, {report.failed} failed.", markup=False
    )
    raise typer.Exit(1 if report.failed else 0)
