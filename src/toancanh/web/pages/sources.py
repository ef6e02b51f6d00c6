"""Sources and their health for everyone; admins add and remove sources. The page also
shows the alert channels' section, whose forms are ``pages.channels``'.

``services.sources`` checks and decides, as for ``toancanh sources add``: a private
address is refused unless allowed, and a host that does not resolve now is added with a
warning (every fetch checks it again).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.accounts import User
from toancanh.domain.sources import SOURCE_KINDS, NewSource
from toancanh.errors import Conflict, Invalid
from toancanh.services import sources as source_service
from toancanh.web.deps import get_store, page_role, page_user
from toancanh.web.pages.channels import channel_section
from toancanh.web.templating import render
from toancanh.web.visibility import web_link

router = APIRouter()


def sources_page(
    request: Request,
    actor: Actor,
    *,
    done: str = "",
    warning: str | None = None,
    source_error: Exception | None = None,
    source_values: dict[str, Any] | None = None,
    channels: dict[str, Any] | None = None,
) -> HTMLResponse:
    """The page; ``channels``: its channels' section as ``pages.channels`` gives it (a
    refused channel form)."""
    store = get_store(request)
    section = channels or channel_section(store, actor)
    found = source_service.list_sources(store, actor)
    return render(
        request,
        "sources.html",
        status_code=400 if source_error or section["channel_error"] else 200,
        sources=found,
        outlets=source_service.outlets_seen(store, actor),
        catalog_size=source_service.catalog_size(),
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
    actor = Actor.of(user)
    values = {
        "url": url,
        "kind": kind,
        "name": name,
        "outlet": outlet,
        "official": official,
        "allow_private": allow_private,
    }
    new = NewSource(
        url=url,
        kind=kind,  # type: ignore[arg-type]  # the service checks it
        name=name,
        outlet=outlet,
        official=official,
        allow_private=allow_private,
    )
    try:
        added = source_service.add_source(get_store(request), actor, new)
    except (Invalid, Conflict) as error:
        return sources_page(request, actor, source_error=error, source_values=values)
    if added.warning:
        return sources_page(request, actor, done="source_added", warning=added.warning)
    return RedirectResponse("/sources?done=source_added", status_code=303)


@router.post("/sources/catalog")
def add_catalog(request: Request, user: User = Depends(page_role("admin"))) -> Response:
    """The shipped catalog of Vietnamese outlets' feeds, as ``toancanh sources
    add-catalog`` adds it (the feeds there already are skipped)."""
    source_service.add_catalog(get_store(request), Actor.of(user))
    return RedirectResponse("/sources?done=catalog_added#source-list", status_code=303)


@router.post("/sources/{source_id}/delete")
def remove_source(
    request: Request, source_id: int, user: User = Depends(page_role("admin"))
) -> Response:
    source_service.remove_source(get_store(request), Actor.of(user), source_id)
    return RedirectResponse("/sources?done=source_removed", status_code=303)
