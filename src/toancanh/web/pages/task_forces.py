"""The task force section of the incident page: the proposal from the directory with its
reasons, the lead's confirm form (a role per person, a channel to notify them), the
members and the notifications' outcomes, and, once the incident is closed, the
after-action review form and its exports. ``services.task_forces`` and
``services.task_force_review`` decide; a refusal comes back on its form.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from toancanh.access import Actor
from toancanh.domain.incidents import Incident
from toancanh.domain.task_forces import ROLES, Member, Notice, Proposed
from toancanh.services import channels
from toancanh.services import task_force_review as reviews
from toancanh.services import task_forces as service
from toancanh.services.task_force_review import AfterAction
from toancanh.store import Store
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.pages.incidents import REFUSED, _done, _page

router = APIRouter()
ANALYST = page_actor_at_least("analyst")


@dataclass(frozen=True)
class Row:
    """A person the form offers: proposed, already a member, or both."""

    person_id: int
    name: str
    unit: str | None
    official_role: str | None
    proposed: Proposed | None
    role: str  # the role selected: the member's, else the suggested one
    member: bool


@dataclass(frozen=True)
class Panel:
    rows: list[Row]
    members: list[Member]
    notices: list[Notice]
    channels: list[str]
    roles: tuple[str, ...]
    can_change: bool
    review: AfterAction | None


def _rows(proposed: list[Proposed], members: list[Member]) -> list[Row]:
    current = {m.person_id: m for m in members if m.person_id is not None}
    rows = [
        Row(p.person_id, p.name, p.unit, p.official_role, p, current[p.person_id].role, True)
        if p.person_id in current
        else Row(p.person_id, p.name, p.unit, p.official_role, p, p.role, False)
        for p in proposed
    ]
    offered = {p.person_id for p in proposed}
    rows += [
        Row(pid, m.name, m.unit, m.official_role, None, m.role, True)
        for pid, m in current.items()
        if pid not in offered
    ]
    return rows


def panel(store: Store, actor: Actor, incident: Incident) -> Panel:
    """What the incident page shows of the task force."""
    force = service.show(store, actor, incident.id)
    review = reviews.review(store, actor, incident.id) if incident.status == "closed" else None
    return Panel(
        rows=_rows(service.propose(store, actor, incident.id), force.members),
        members=force.members,
        notices=force.notices,
        channels=channels.channel_names(store, actor) if force.can_change else [],
        roles=ROLES,
        can_change=force.can_change,
        review=review,
    )


def _act(
    request: Request, actor: Actor, incident_id: int, form: str, step: Any, done: str
) -> Response:
    try:
        step(get_store(request))
    except REFUSED as error:
        return _page(request, actor, incident_id, error=(form, error))
    return _done(incident_id, done, "#taskforce")


@router.post("/incidents/{incident_id}/taskforce", response_class=HTMLResponse)
def confirm(
    request: Request,
    incident_id: int,
    member: list[str] = Form([]),
    notify: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    chosen = [m.strip() for m in member if m.strip()]

    def step(store: Store) -> object:
        picks = [service.parse_pick(text) for text in chosen]
        settings = request.app.state.settings
        return service.confirm(
            store, actor, incident_id, picks, channel=notify.strip() or None, settings=settings
        )

    return _act(request, actor, incident_id, "taskforce", step, "taskforce")


@router.post("/incidents/{incident_id}/taskforce/review", response_class=HTMLResponse)
def save_review(
    request: Request,
    incident_id: int,
    what_happened: str | None = Form(None),
    to_change: str | None = Form(None),
    actor: Actor = Depends(ANALYST),
) -> Response:
    def step(store: Store) -> object:
        return reviews.save(
            store, actor, incident_id, what_happened=what_happened, to_change=to_change
        )

    return _act(request, actor, incident_id, "review", step, "reviewed")


@router.get("/incidents/{incident_id}/review/export")
def export(
    request: Request, incident_id: int, format: str = "md", actor: Actor = Depends(page_actor)
) -> Response:
    """The after-action review as a download: Markdown (``format=md``) or HTML."""
    after = reviews.review(get_store(request), actor, incident_id)
    name = f"rut-kinh-nghiem-su-co-{incident_id}"
    if format == "html":
        return HTMLResponse(
            reviews.html_document(after),
            headers={"Content-Disposition": f'attachment; filename="{name}.html"'},
        )
    return PlainTextResponse(
        reviews.markdown(after),
        media_type="text/markdown; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.md"'},
    )
