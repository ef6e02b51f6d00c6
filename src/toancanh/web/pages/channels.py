"""The alert channels' section of the sources page (``/sources#channels``): the admins
add and remove the channels alerts go to (webhook, e-mail, Telegram); their secrets are
never shown, not even sent back on a refused form.

``services.channels`` checks and decides, as for ``toancanh alerts channel``. The page
itself is ``pages.sources``'; this module gives it the section (``channel_section``) and
handles the section's forms.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.alerts.channels import CHANNEL_KINDS
from toancanh.domain.alerts import Channel
from toancanh.errors import Conflict, Invalid
from toancanh.services import channels as service
from toancanh.services import report_schedules
from toancanh.store import Store
from toancanh.web.deps import get_store, page_actor_at_least

router = APIRouter()
ADMIN = page_actor_at_least("admin")
NEW_CHANNEL = {"kind": "webhook", "lang": "vi"}
SENDS_SHOWN = 10


def channel_summary(channel: Channel) -> str:
    """Where a channel sends, without its secrets (a webhook: its host only)."""
    config = channel.config
    if channel.kind == "webhook":
        parts = urlsplit(str(config.get("url", "")))
        return f"{parts.scheme}://{parts.hostname or ''}/…"
    if channel.kind == "email":
        return ", ".join(config.get("to", []))
    return str(config.get("chat_id", ""))


def channel_section(
    store: Store,
    actor: Actor,
    *,
    error: Exception | None = None,
    action: str = "add",
    values: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """What ``_channels.html`` shows: for an admin, the channels with where they send and
    the rules using them; for anyone else, nothing."""
    if not actor.admin:
        return {
            "channels": [],
            "channel_kinds": CHANNEL_KINDS,
            "channel_error": None,
            "report_schedules": [],
            "report_sends": [],
        }
    used = service.rules_by_channel(store, actor)
    watches = {w.id: w.name for w in store.watches.list(with_counts=False)}
    return {
        # The report schedules that send through the channels, and their recent sends.
        "report_schedules": report_schedules.list_schedules(store, actor),
        "report_sends": report_schedules.list_sends(store, actor, limit=SENDS_SHOWN),
        "schedule_watches": watches,
        "channels": [
            (c, channel_summary(c), used.get(c.name, []))
            for c in service.list_channels(store, actor)
        ],
        "channel_kinds": CHANNEL_KINDS,
        "channel_error": error,
        "channel_action": action,
        "channel_values": values or NEW_CHANNEL,
    }


def _sources_page(request: Request, actor: Actor, **shown: Any) -> HTMLResponse:
    # Imported here: pages.sources imports channel_section from this module.
    from toancanh.web.pages.sources import sources_page

    return sources_page(request, actor, **shown)


def _refused(
    request: Request, actor: Actor, error: Exception, action: str, values: dict[str, Any] | None
) -> HTMLResponse:
    """The page again, with the refusal over the channels' section."""
    section = channel_section(get_store(request), actor, error=error, action=action, values=values)
    return _sources_page(request, actor, channels=section)


@router.post("/sources/channels", response_class=HTMLResponse)
def add_channel(
    request: Request,
    name: str = Form(""),
    kind: str = Form("webhook"),
    url: str = Form(""),
    secret: str = Form(""),
    allow_private: bool = Form(False),
    to: str = Form(""),
    chat_id: str = Form(""),
    token: str = Form(""),
    lang: str = Form("vi"),
    actor: Actor = Depends(ADMIN),
) -> Response:
    # The secret and token are never sent back to the browser, even on an error.
    values = {
        "name": name,
        "kind": kind,
        "url": url,
        "allow_private": allow_private,
        "to": to,
        "chat_id": chat_id,
        "lang": lang,
    }
    configs: dict[str, dict[str, Any]] = {
        "webhook": {"url": url.strip(), "secret": secret, "allow_private": allow_private},
        "email": {"to": to, "lang": lang},
        "telegram": {"chat_id": chat_id, "token": token.strip() or None, "lang": lang},
    }
    config = configs.get(kind, {})
    try:
        added = service.add_channel(get_store(request), actor, name, kind, config)
    except (Invalid, Conflict) as error:
        return _refused(request, actor, error, "add", values)
    if added.warning:  # offline now: each delivery checks the address again
        return _sources_page(request, actor, done="channel_added", warning=added.warning)
    return RedirectResponse("/sources?done=channel_added#channels", status_code=303)


@router.post("/sources/channels/remove", response_class=HTMLResponse)
def remove_channel(
    request: Request, name: str = Form(...), actor: Actor = Depends(ADMIN)
) -> Response:
    try:
        service.remove_channel(get_store(request), actor, name)
    except Conflict as error:
        return _refused(request, actor, error, "remove", None)
    return RedirectResponse("/sources?done=channel_removed#channels", status_code=303)
