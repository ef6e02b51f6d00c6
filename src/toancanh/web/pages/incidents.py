"""Incidents: the task-force workflow of a communication crisis, from alert to closing.

The list (status filter) and one incident (lead, task force, timeline, linked articles,
the watchlist's trend before, during and after); analysts assign, change the status,
note what happened or was done, link articles, and close with a summary. A unit's
incidents are invisible to the other units (404). The steps are ``services.incidents``',
the same as ``toancanh incident``'s and the API's; a refusal of the input comes back on
its form, in the visitor's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.incidents import IncidentEvent, IncidentMember
from toancanh.errors import Conflict, Invalid
from toancanh.incidents.workflow import SEVERITIES, STATUSES, parse_member
from toancanh.services import incidents as service
from toancanh.store import Store
from toancanh.web.deps import get_store, language, page_actor, page_actor_at_least
from toancanh.web.i18n import local_time, translations
from toancanh.web.problems import status_of
from toancanh.web.templating import render
from toancanh.web.visibility import lines

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
REFUSED = (Invalid, Conflict)  # shown on the form; NotFound and Forbidden: the error page
PERIODS = ("before", "during", "after")


_STATUS_TEXT = re.compile(r"^(\w+) → (\w+)(?:: (.*))?$", re.S)
_OPENED_FROM = re.compile(r"^opened from alert #(\d+)$")
_LINKED = re.compile(r"^article #(\d+) linked$")
_TEAM_PART = re.compile(r"\((\w+)\)$")  # "Nguyễn Văn An (lead)": the role in the task force


def event_text(event: IncidentEvent, gettext: Callable[[str], str]) -> str:
    """A timeline entry in the reader's language: the entries the workflow writes (in
    English, as the CLI shows them) are re-worded; notes and summaries stay as typed."""
    text = event.text
    if event.kind == "status" and (found := _STATUS_TEXT.match(text)):
        before, after, note = found.groups()
        moved = f"{gettext(before)} → {gettext(after)}"
        return f"{moved}: {note}" if note else moved
    if event.kind == "opened":
        if found := _OPENED_FROM.match(text):
            return gettext("opened from alert #%(n)s") % {"n": found.group(1)}
        return gettext("opened") if text == "opened" else text
    if event.kind == "article" and (found := _LINKED.match(text)):
        return gettext("article #%(n)s linked") % {"n": found.group(1)}
    if event.kind == "task_force" and text.startswith("task force: "):
        parts = [
            _TEAM_PART.sub(lambda m: f"({gettext(m.group(1))})", part)
            for part in text[12:].split("; ")
        ]
        return f"{gettext('Task force')}: " + "; ".join(parts)
    if event.kind == "assign":
        parts = []
        for part in text.split("; "):
            key, _, value = part.partition(": ")
            label = {"task force": "members"}.get(key, key)
            shown = gettext(value) if label == "severity" else value
            parts.append(f"{gettext(label)}: {shown}" if value else part)
        return "; ".join(parts)
    return text


def trend_rows(trend: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The closing trend's periods, with their bounds as Vietnam times."""
    rows = []
    for period in PERIODS:
        figures = (trend or {}).get(period)
        if not figures:
            continue
        bounds = {
            key: local_time(datetime.fromisoformat(figures[key])) if figures.get(key) else "–"
            for key in ("from", "to")
        }
        rows.append({"period": period, **figures, **bounds})
    return rows


def member_line(member: IncidentMember) -> str:
    return " | ".join(x or "" for x in (member.name, member.unit, member.role)).rstrip(" |")


@router.get("/incidents", response_class=HTMLResponse)
def incident_list(
    request: Request, status: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    wanted = status if status in STATUSES else None
    found = service.list_incidents(get_store(request), actor, status=wanted, limit=100)
    return render(
        request, "incidents.html", incidents=found, status=wanted or "", statuses=STATUSES
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(
    request: Request, incident_id: int, done: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return _page(request, actor, incident_id, done=done)


def _page(
    request: Request,
    actor: Actor,
    incident_id: int,
    *,
    done: str = "",
    error: tuple[str, Exception] | None = None,
) -> HTMLResponse:
    shown = service.show_incident(get_store(request), actor, incident_id)
    incident = shown.incident
    from toancanh.web.pages.task_forces import panel  # the section lives there (it imports this)

    gettext = translations(language(request)).gettext
    return render(
        request,
        "incident.html",
        status_code=status_of(error[1]) if error else 200,
        incident=incident,
        watch=shown.watch,
        can_change=shown.can_change,
        articles=shown.articles,
        members_text="\n".join(member_line(m) for m in incident.members),
        statuses=[s for s in STATUSES if s not in ("closed", incident.status)],
        severities=SEVERITIES,
        trend=trend_rows(incident.closing_trend),
        events=[(e, event_text(e, gettext)) for e in incident.events],
        task_force=panel(get_store(request), actor, incident),
        done=done,
        error=error,
    )


def _done(incident_id: int, what: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/incidents/{incident_id}?done={what}{anchor}", status_code=303)


def _act(
    request: Request,
    actor: Actor,
    incident_id: int,
    form: str,
    step: Callable[[Store], object],
    done: str,
    anchor: str = "",
) -> Response:
    """Run ``step``; back to the incident (``done``), or the page with the refusal on ``form``."""
    try:
        step(get_store(request))
    except REFUSED as error:
        return _page(request, actor, incident_id, error=(form, error))
    return _done(incident_id, done, anchor)


@router.post("/incidents/{incident_id}/assign", response_class=HTMLResponse)
def assign(
    request: Request,
    incident_id: int,
    lead: str = Form(""),
    lead_unit: str = Form(""),
    severity: str = Form(""),
    members: str | None = Form(None),
    actor: Actor = Depends(ANALYST),
) -> Response:
    """What differs from the incident changes (an empty lead keeps the current one; the
    task force is replaced by the lines of ``members`` when the field is sent)."""
    store = get_store(request)
    incident = service.get_incident(store, actor, incident_id)

    def new(value: str, current: str | None) -> str | None:
        value = value.strip()
        return value if value and value != current else None

    try:
        team = None if members is None else [parse_member(m) for m in lines(members)]
        service.assign(
            store,
            actor,
            incident.id,
            lead=new(lead, incident.lead),
            lead_unit=new(lead_unit, incident.lead_unit),
            severity=new(severity, incident.severity),
            members=team if team is not None and tuple(team) != incident.members else None,
        )
    except REFUSED as error:
        return _page(request, actor, incident.id, error=("assign", error))
    return _done(incident.id, "assigned")


@router.post("/incidents/{incident_id}/status", response_class=HTMLResponse)
def change_status(
    request: Request,
    incident_id: int,
    status: str = Form(...),
    note: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    def step(store: Store) -> object:
        return service.change_status(store, actor, incident_id, status, note=note.strip() or None)

    return _act(request, actor, incident_id, "status", step, "status")


@router.post("/incidents/{incident_id}/note", response_class=HTMLResponse)
def add_note(
    request: Request,
    incident_id: int,
    text: str = Form(""),
    action: bool = Form(False),
    actor: Actor = Depends(ANALYST),
) -> Response:
    def step(store: Store) -> object:
        return service.add_note(store, actor, incident_id, text.strip(), action=action)

    return _act(request, actor, incident_id, "note", step, "noted", "#timeline")


@router.post("/incidents/{incident_id}/link", response_class=HTMLResponse)
def link_article(
    request: Request,
    incident_id: int,
    article_id: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    wanted = article_id.strip().lstrip("#")

    def step(store: Store) -> object:
        if not wanted.isdigit():
            raise Invalid("give the article's number (its id), e.g. 1234", field="article_id")
        return service.link_articles(store, actor, incident_id, [int(wanted)])

    return _act(request, actor, incident_id, "link", step, "linked", "#articles")


@router.post("/incidents/{incident_id}/close", response_class=HTMLResponse)
def close(
    request: Request,
    incident_id: int,
    summary: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    def step(store: Store) -> object:
        return service.close_incident(store, actor, incident_id, summary.strip())

    return _act(request, actor, incident_id, "close", step, "closed", "#trend")
