"""``toancanh alerts ...``: alerts, their rules and the channels they go to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

import typer

from toancanh.cli.context import app_context, parse_when
from toancanh.cli.output import JsonOption, console, iso, print_json, shown, table
from toancanh.cli.watch import ByOption, actor, find_watch
from toancanh.domain import Alert, Channel
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import check_url
from toancanh.shapes import alert_json, delivery_json, rule_json
from toancanh.trends.alerts import (
    DEFAULT_COOLDOWN_MINUTES,
    RULE_KINDS,
    SEVERITIES,
    AlertStatusError,
    RuleError,
    check_alert_status,
    check_rule,
)
from toancanh.trends.delivery import deliver_due, notification, notify_settings
from toancanh.trends.live import periodic_pass, replay
from toancanh.trends.notify import DeliveryError, check_channel_config, send

app = typer.Typer(
    help="Alerts raised by the watch rules; `alerts rule` and `alerts channel` set them up.",
    invoke_without_command=True,
)
rule_app = typer.Typer(help="Alert rules of the watches.")
channel_app = typer.Typer(help="Where alerts go: webhooks, e-mail, Telegram.")
app.add_typer(rule_app, name="rule")
app.add_typer(channel_app, name="channel")


def channel_json(c: Channel) -> dict[str, Any]:
    hidden = {"secret", "token", "password"}
    return {
        "id": c.id,
        "name": c.name,
        "kind": c.kind,
        "config": {k: ("***" if k in hidden else v) for k, v in c.config.items()},
        "enabled": c.enabled,
        "created_at": iso(c.created_at),
    }


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
        deliveries = store.alerts.deliveries(failed_only=True, limit=limit)
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
    found = store.alerts.list(
        since=parse_when(since), status=status, watch_id=watch_id, limit=limit
    )
    if as_json:
        print_json([alert_json(a) for a in found])
        return
    if not found:
        out.print("No alerts.")
        return
    rows = [
        (a.id, a.severity, a.status, a.kind, shown(a.last_at), a.updates, a.title) for a in found
    ]
    out.print(
        table("Alerts", ("id", "severity", "status", "kind", "last seen", "updates", "title"), rows)
    )


@app.command("show")
def show(
    ctx: typer.Context,
    alert_id: Annotated[int, typer.Argument(help="Alert id.")],
    as_json: JsonOption = False,
) -> None:
    """One alert with its figures, driving stories and deliveries."""
    store = app_context(ctx).store()
    alert = store.alerts.get(alert_id)
    if alert is None:
        console(stderr=True).print(f"No alert #{alert_id}.")
        raise typer.Exit(1)
    deliveries = store.alerts.deliveries(alert_id=alert_id)
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
    store = app_context(ctx).store()
    alert = store.alerts.get(alert_id)
    if alert is None:
        console(stderr=True).print(f"No alert #{alert_id}.")
        raise typer.Exit(1)
    try:
        check_alert_status(alert, status)
    except AlertStatusError as error:
        console(stderr=True).print(f"{str(error).capitalize()}.", markup=False)
        raise typer.Exit(2) from error
    store.alerts.set_status(alert_id, status, actor(by))
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
    report = periodic_pass(app_.store(), app_.settings)
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
        report = replay(store, since=start, until=end, hour=hour, watch_ids=watch_ids)
    console().print(
        f"{report.alerts_created} alerts raised, {report.alerts_updated} updated "
        "(replayed: nothing was sent).",
        markup=False,
    )


@app.command("deliver")
def deliver(ctx: typer.Context) -> None:
    """Send (or retry) the deliveries that are due now."""
    app_ = app_context(ctx)
    report = deliver_due(app_.store(), app_.settings)
    console().print(
        f"{report.sent} sent, {report.retrying} to retry, {report.failed} failed.", markup=False
    )
    raise typer.Exit(1 if report.failed else 0)


# -- rules -----------------------------------------------------------------------------


@rule_app.command("add")
def rule_add(
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
        float | None, typer.Option(help="Story rules: look back (default 48).")
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
    given = {
        "threshold": threshold,
        "min_count": min_count,
        "outlets": outlets,
        "min_articles": min_articles,
        "hours": hours,
    }
    try:
        params = check_rule(kind, severity, {k: v for k, v in given.items() if v is not None})
    except RuleError as error:
        raise typer.BadParameter(str(error)) from error
    known = {c.name for c in store.channels.list()}
    missing = [name for name in channel or () if name not in known]
    if missing:
        raise typer.BadParameter(
            f"no channel {', '.join(missing)}; add it with `toancanh alerts channel add`",
            param_hint="--channel",
        )
    rule = store.rules.add(
        watch_id=found.id,
        kind=kind,
        severity=severity,
        params=params,
        cooldown_minutes=cooldown,
        channel_names=channel or [],
        actor=actor(by),
    )
    if as_json:
        print_json(rule_json(rule))
        return
    console().print(f"Rule #{rule.id}: {kind} on “{found.name}”.", markup=False)


@rule_app.command("list")
def rule_list(
    ctx: typer.Context,
    watch: Annotated[str | None, typer.Option(help="Only this watch's rules.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Every alert rule."""
    store = app_context(ctx).store()
    watch_id = find_watch(store, watch).id if watch else None
    rules = store.rules.list(watch_id)
    if as_json:
        print_json([rule_json(r) for r in rules])
        return
    names = {w.id: w.name for w in store.watches.list()}
    rows = [
        (
            r.id,
            names.get(r.watch_id, r.watch_id),
            r.kind,
            r.severity,
            ", ".join(f"{k}={v}" for k, v in r.params.items()),
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


@rule_app.command("remove")
def rule_remove(
    ctx: typer.Context, rule_id: Annotated[int, typer.Argument()], by: ByOption = ""
) -> None:
    if not app_context(ctx).store().rules.remove(rule_id, actor(by)):
        console(stderr=True).print(f"No rule #{rule_id}.")
        raise typer.Exit(1)
    console().print(f"Removed rule #{rule_id}.")


@rule_app.command("enable")
def rule_enable(
    ctx: typer.Context, rule_id: Annotated[int, typer.Argument()], by: ByOption = ""
) -> None:
    if not app_context(ctx).store().rules.set_enabled(rule_id, True, actor(by)):
        console(stderr=True).print(f"No rule #{rule_id}.")
        raise typer.Exit(1)


@rule_app.command("disable")
def rule_disable(
    ctx: typer.Context, rule_id: Annotated[int, typer.Argument()], by: ByOption = ""
) -> None:
    if not app_context(ctx).store().rules.set_enabled(rule_id, False, actor(by)):
        console(stderr=True).print(f"No rule #{rule_id}.")
        raise typer.Exit(1)


# -- channels --------------------------------------------------------------------------


@channel_app.command("add")
def channel_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A name for the channel: 'to-nhom-xu-ly'.")],
    webhook: Annotated[str | None, typer.Option(help="A URL to POST signed JSON to.")] = None,
    secret: Annotated[
        str | None, typer.Option(help="Webhook: the HMAC key (16+ characters).")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option(help="Webhook: allow an intranet (private) address.")
    ] = False,
    email: Annotated[
        list[str] | None, typer.Option(help="An address to e-mail (repeatable).")
    ] = None,
    telegram: Annotated[str | None, typer.Option(help="A Telegram chat id.")] = None,
    token: Annotated[
        str | None, typer.Option(help="Telegram: this channel's bot token (else the setting).")
    ] = None,
    lang: Annotated[str, typer.Option(help="vi or en (e-mail and Telegram text).")] = "vi",
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a channel: exactly one of --webhook, --email, --telegram."""
    chosen = [k for k, v in (("webhook", webhook), ("email", email), ("telegram", telegram)) if v]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --webhook, --email or --telegram")
    kind = chosen[0]
    raw: dict[str, Any] = {
        "webhook": {"url": webhook, "secret": secret, "allow_private": allow_private},
        "email": {"to": list(email or ()), "lang": lang},
        "telegram": {"chat_id": telegram, "token": token, "lang": lang},
    }[kind]
    try:
        config = check_channel_config(kind, {k: v for k, v in raw.items() if v is not None})
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error
    if kind == "webhook":
        _check_webhook_address(config["url"], allow_private)
    store = app_context(ctx).store()
    if store.channels.get(name) is not None:
        console(stderr=True).print(f"A channel called {name!r} exists already.")
        raise typer.Exit(1)
    channel = store.channels.add(name, kind, config, actor(by))
    if as_json:
        print_json(channel_json(channel))
        return
    console().print(f"Channel #{channel.id} {name!r} ({kind}).", markup=False)


def _check_webhook_address(url: str, allow_private: bool) -> None:
    """Refuse now what every delivery would refuse: a private address without the flag."""
    try:
        check_url(url, allow_private=allow_private)
    except FetchError as error:
        if error.reason == "connect_error":  # offline now: each delivery checks again
            console(stderr=True).print(
                f"Warning: {error.detail or 'the host does not resolve now'}; added anyway.",
                markup=False,
            )
            return
        raise typer.BadParameter(
            f"{error.detail or error.reason} (an intranet receiver needs --allow-private)",
            param_hint="--webhook",
        ) from error


@channel_app.command("list")
def channel_list(ctx: typer.Context, as_json: JsonOption = False) -> None:
    channels = app_context(ctx).store().channels.list()
    if as_json:
        print_json([channel_json(c) for c in channels])
        return
    rows = [
        (c.id, c.name, c.kind, ", ".join(f"{k}={v}" for k, v in channel_json(c)["config"].items()))
        for c in channels
    ]
    console().print(table("Channels", ("id", "name", "kind", "config"), rows))


@channel_app.command("remove")
def channel_remove(
    ctx: typer.Context, name: Annotated[str, typer.Argument()], by: ByOption = ""
) -> None:
    store = app_context(ctx).store()
    users = [r.id for r in store.rules.list() if name in r.channels]
    if users:
        console(stderr=True).print(
            f"Channel {name!r} is used by rules {', '.join(f'#{i}' for i in users)}: remove "
            "them first (`toancanh alerts rule remove ID`), or their alerts would go nowhere.",
            markup=False,
        )
        raise typer.Exit(2)
    if not store.channels.remove(name, actor(by)):
        console(stderr=True).print(f"No channel {name!r}.", markup=False)
        raise typer.Exit(1)
    console().print(f"Removed channel {name!r}.", markup=False)


@channel_app.command("test")
def channel_test(ctx: typer.Context, name: Annotated[str, typer.Argument()]) -> None:
    """Send a test notification through a channel now."""
    app_ = app_context(ctx)
    channel = app_.store().channels.get(name)
    if channel is None:
        console(stderr=True).print(f"No channel {name!r}.", markup=False)
        raise typer.Exit(1)
    now = datetime.now(UTC)
    probe = Alert(
        id=0,
        rule_id=None,
        watch_id=None,
        kind="test",
        dedup_key="test",
        severity="low",
        status="active",
        title="Thử kênh cảnh báo Toàn Cảnh / Toàn Cảnh alert channel test",
        detail={},
        first_at=now,
        last_at=now,
        updates=0,
        version=1,
    )
    try:
        send(
            channel,
            notification(probe, None, app_.settings.public_url),
            notify_settings(app_.settings),
        )
    except DeliveryError as error:
        console(stderr=True).print(
            f"Failed: {error.reason}" + (f" ({error.detail})" if error.detail else ""),
            markup=False,
        )
        raise typer.Exit(1) from error
    console().print(f"Sent a test notification through {name!r}.", markup=False)
