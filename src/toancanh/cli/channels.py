"""``toancanh alerts channel ...``: where alerts go (webhooks, e-mail, Telegram)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_records, report
from toancanh.domain.alerts import Channel
from toancanh.services import channels as service
from toancanh.shapes import channel_json

app = typer.Typer(help="Where alerts go: webhooks, e-mail, Telegram.")
NameArgument = Annotated[str, typer.Argument(help="The channel's name.")]


@app.command("add")
def add(
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
    configs: dict[str, dict[str, Any]] = {
        "webhook": {"url": webhook, "secret": secret, "allow_private": allow_private},
        "email": {"to": list(email or ()), "lang": lang},
        "telegram": {"chat_id": telegram, "token": token, "lang": lang},
    }
    config = configs[kind]
    added = service.add_channel(app_context(ctx).store(), operator(by), name, kind, config)
    if added.warning:  # offline now: each delivery checks the address again
        console(stderr=True).print(f"Warning: {added.warning}; added anyway.", markup=False)
    channel = added.channel
    report(as_json, channel_json(channel), f"Channel #{channel.id} {channel.name!r} ({kind}).")


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """The channels (secrets shown as ***)."""
    channels = service.list_channels(app_context(ctx).store(), operator())

    def row(c: Channel) -> tuple[object, ...]:
        config = ", ".join(f"{k}={v}" for k, v in channel_json(c)["config"].items())
        return (c.id, c.name, c.kind, config)

    print_records(
        as_json, channels, channel_json, "Channels", ("id", "name", "kind", "config"), row
    )


@app.command("remove")
def remove(ctx: typer.Context, name: NameArgument, by: ByOption = "") -> None:
    """Remove a channel no rule sends to."""
    channel = service.remove_channel(app_context(ctx).store(), operator(by), name)
    console().print(f"Removed channel {channel.name!r}.", markup=False)


@app.command("test")
def test(ctx: typer.Context, name: NameArgument) -> None:
    """Send a test notification through a channel now."""
    app_ = app_context(ctx)
    failure = service.send_test(app_.store(), operator(), name, app_.settings)
    if failure is not None:
        console(stderr=True).print(
            f"Failed: {failure.reason}" + (f" ({failure.detail})" if failure.detail else ""),
            markup=False,
        )
        raise typer.Exit(1)
    console().print(f"Sent a test notification through {name!r}.", markup=False)
