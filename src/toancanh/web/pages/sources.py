"""Sources and their health for everyone; admins add and remove sources, and manage the
channels alerts go to (webhook, e-mail, Telegram; their secrets are never shown).

The checks are those of ``toancanh sources add`` and ``toancanh alerts channel add``:
``ingest.netguard.check_url`` refuses a private address unless allowed (a host that does
not resolve now is added with a warning: every fetch checks it again), and
``trends.notify.check_channel_config`` validates a channel.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.domain import SOURCE_KINDS, Channel, NewSource, User
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import check_url
from toancanh.ingest.urls import normalize_url
from toancanh.store.sources import SourceExistsError
from toancanh.trends.notify import CHANNEL_KINDS, check_channel_config
from toancanh.web.deps import get_store, page_role, page_user
from toancanh.web.templating import render
from toancanh.web.visibility import web_link

router = APIRouter()


def address_problem(url: str, allow_private: bool) -> tuple[str | None, str | None]:
    """(why the address is refused, a warning) for a URL the server will connect to."""
    try:
        check_url(url, allow_private=allow_private)
    except FetchError as error:
        if error.reason == "connect_error":  # offline now: each connection checks again
            return None, error.detail or error.reason
        return error.detail or error.reason, None
    return None, None


def channel_summary(channel: Channel) -> str:
    """Where a channel sends, without its secrets (a webhook: its host only)."""
    config = channel.config
    if channel.kind == "webhook":
        parts = urlsplit(str(config.get("url", "")))
        return f"{parts.scheme}://{parts.hostname or ''}/…"
    if channel.kind == "email":
        return ", ".join(config.get("to", []))
    return str(config.get("chat_id", ""))


def _page(
    request: Request,
    user: User,
    *,
    done: str = "",
    warning: str | None = None,
    source_error: str | None = None,
    source_values: dict[str, Any] | None = None,
    channel_error: str | None = None,
    channel_values: dict[str, Any] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    is_admin = user.role == "admin"
    channels = store.channels.list() if is_admin else []
    found = store.sources.list()
    used: dict[str, list[int]] = {}
    if is_admin:
        for rule in store.rules.list():
            for name in rule.channels:
                used.setdefault(name, []).append(rule.id)
    return render(
        request,
        "sources.html",
        status_code=400 if source_error or channel_error else 200,
        sources=found,
        links={s.id: web_link(s.url) for s in found},
        kinds=SOURCE_KINDS,
        channels=[(c, channel_summary(c), used.get(c.name, [])) for c in channels],
        channel_kinds=CHANNEL_KINDS,
        done=done,
        warning=warning,
        source_error=source_error,
        source_values=source_values or {"kind": "feed"},
        channel_error=channel_error,
        channel_values=channel_values or {"kind": "webhook", "lang": "vi"},
    )


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, done: str = "", user: User = Depends(page_user)) -> HTMLResponse:
    return _page(request, user, done=done)


@router.post("/sources", response_class=HTMLResponse)
def add_source(
    request: Request,
    url: str = Form(""),
    kind: str = Form("feed"),
    name: str = Form(""),
    outlet: str = Form(""),
    official: bool = Form(False),
    allow_private: bool = Form(False),
    user: User = Depends(page_role("admin")),
) -> Response:
    values = {
        "url": url,
        "kind": kind,
        "name": name,
        "outlet": outlet,
        "official": official,
        "allow_private": allow_private,
    }

    def refuse(message: str) -> HTMLResponse:
        return _page(request, user, source_error=message, source_values=values)

    if kind not in SOURCE_KINDS:
        return refuse("kind")
    try:
        clean = normalize_url(url.strip())
    except ValueError:
        return refuse("url")
    if urlsplit(clean).scheme not in ("http", "https"):
        return refuse("url")
    problem, warning = address_problem(clean, allow_private)
    if problem:
        return refuse(problem)
    new = NewSource(
        url=clean,
        kind=kind,  # type: ignore[arg-type]
        name=name.strip() or None,
        outlet=outlet.strip() or None,
        official=official,
        allow_private=allow_private,
    )
    store = get_store(request)
    try:
        store.sources.add(new, actor=user.email)
    except SourceExistsError as error:
        return refuse(f"exists:{error.source.id}")
    if warning:
        return _page(request, user, done="source_added", warning=warning)
    return RedirectResponse("/sources?done=source_added", status_code=303)


@router.post("/sources/{source_id}/delete")
def remove_source(
    request: Request, source_id: int, user: User = Depends(page_role("admin"))
) -> Response:
    if not get_store(request).sources.remove(source_id, actor=user.email):
        raise HTTPException(404, f"no source #{source_id}")
    return RedirectResponse("/sources?done=source_removed", status_code=303)


# -- channels --------------------------------------------------------------------------------


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
    user: User = Depends(page_role("admin")),
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

    def refuse(message: str) -> HTMLResponse:
        return _page(request, user, channel_error=message, channel_values=values)

    clean_name = name.strip()
    if not clean_name or len(clean_name) > 100:
        return refuse("name")
    raw: dict[str, Any] = {
        "webhook": {"url": url.strip(), "secret": secret, "allow_private": allow_private},
        "email": {"to": to, "lang": lang},
        "telegram": {"chat_id": chat_id, "token": token.strip() or None, "lang": lang},
    }.get(kind, {})
    try:
        config = check_channel_config(kind, {k: v for k, v in raw.items() if v is not None})
    except ValueError as error:
        return refuse(str(error))
    warning = None
    if kind == "webhook":
        problem, warning = address_problem(config["url"], allow_private)
        if problem:
            return refuse(problem)
    store = get_store(request)
    if store.channels.get(clean_name) is not None:
        return refuse("exists")
    store.channels.add(clean_name, kind, config, user.email)
    if warning:
        return _page(request, user, done="channel_added", warning=warning)
    return RedirectResponse("/sources?done=channel_added#channels", status_code=303)


@router.post("/sources/channels/remove", response_class=HTMLResponse)
def remove_channel(
    request: Request, name: str = Form(...), user: User = Depends(page_role("admin"))
) -> Response:
    store = get_store(request)
    if store.channels.get(name) is None:
        raise HTTPException(404, f"no channel {name!r}")
    if any(name in rule.channels for rule in store.rules.list()):
        return _page(request, user, channel_error="in_use")
    store.channels.remove(name, user.email)
    return RedirectResponse("/sources?done=channel_removed#channels", status_code=303)
