"""Sources and their health for everyone; admins add and remove sources. The page also
shows the alert channels' section, whose forms are ``pages.channels``'.

The checks are those of ``toancanh sources add``: ``ingest.netguard.check_url`` refuses a
private address unless allowed (a host that does not resolve now is added with a
warning: every fetch checks it again).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.accounts import User
from toancanh.domain.sources import SOURCE_KINDS, NewSource
from toancanh.ingest.fetch import FetchError
from toancanh.ingest.netguard import check_url
from toancanh.ingest.urls import normalize_url
from toancanh.store.sources import SourceExistsError
from toancanh.web.deps import get_store, page_role, page_user
from toancanh.web.pages.channels import channel_section
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


def sources_page(
    request: Request,
    actor: Actor,
    *,
    done: str = "",
    warning: str | None = None,
    source_error: str | None = None,
    source_values: dict[str, Any] | None = None,
    channels: dict[str, Any] | None = None,
) -> HTMLResponse:
    """The page; ``channels``: its channels' section as ``pages.channels`` gives it (a
    refused channel form)."""
    store = get_store(request)
    section = channels or channel_section(store, actor)
    found = store.list_sources()
    return render(
        request,
        "sources.html",
        status_code=400 if source_error or section["channel_error"] else 200,
        sources=found,
        links={s.id: web_link(s.url) for s in found},
        kinds=SOURCE_KINDS,
        done=done,
        warning=warning,
        source_error=source_error,
        source_values=source_values or {"kind": "feed"},
        **section,
    )


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, done: str = "", user: User = Depends(page_user)) -> HTMLResponse:
    return sources_page(request, Actor.of(user), done=done)


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
        return sources_page(request, Actor.of(user), source_error=message, source_values=values)

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
        store.add_source(new, actor=user.email)
    except SourceExistsError as error:
        return refuse(f"exists:{error.source.id}")
    if warning:
        return sources_page(request, Actor.of(user), done="source_added", warning=warning)
    return RedirectResponse("/sources?done=source_added", status_code=303)


@router.post("/sources/{source_id}/delete")
def remove_source(
    request: Request, source_id: int, user: User = Depends(page_role("admin"))
) -> Response:
    if not get_store(request).remove_source(source_id, actor=user.email):
        raise HTTPException(404, f"no source #{source_id}")
    return RedirectResponse("/sources?done=source_removed", status_code=303)
