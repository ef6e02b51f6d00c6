"""Incidents: the task-force workflow of a communication crisis, from alert to closing.

The list (status filter) and one incident (lead, task force, timeline, linked articles,
the watchlist's trend before, during and after); analysts assign, change the status,
note what happened or was done, link articles, and close with a summary. A unit's
incidents are invisible to the other units (404). The steps are ``trends.incidents``'s,
the same as ``toancanh incident``'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.domain import Incident, IncidentEvent, IncidentMember, User
from toancanh.trends import incidents as flow
from toancanh.web.deps import can_see_unit, get_store, language, page_role, page_user
from toancanh.web.i18n import local_time, translations
from toancanh.web.templating import render
from toancanh.web.visibility import incident_or_404, lines, visible_watches

router = APIRouter()
PERIODS = ("before", "during", "after")


_STATUS_TEXT = re.compile(r"^(\w+) → (\w+)(?:: (.*))?$", re.S)
_OPENED_FROM = re.compile(r"^opened from alert #(\d+)$")
_LINKED = re.compile(r"^article #(\d+) linked$")


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
    request: Request, status: str = "", user: User = Depends(page_user)
) -> HTMLResponse:
    wanted = status if status in flow.STATUSES else None
    found = [
        i
        for i in get_store(request).incidents.list(status=wanted, limit=400)
        if can_see_unit(user, i.unit)
    ][:100]
    return render(
        request, "incidents.html", incidents=found, status=wanted or "", statuses=flow.STATUSES
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(
    request: Request, incident_id: int, done: str = "", user: User = Depends(page_user)
) -> HTMLResponse:
    return _page(request, user, incident_id, done=done)


def _page(
    request: Request,
    user: User,
    incident_id: int,
    *,
    done: str = "",
    error: tuple[str, str] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    incident = incident_or_404(store, user, incident_id)
    watches = visible_watches(store, user)
    articles = [a for a in (store.articles.get(i) for i in incident.article_ids) if a is not None]
    gettext = translations(language(request)).gettext
    return render(
        request,
        "incident.html",
        status_code=400 if error else 200,
        incident=incident,
        watch=watches.get(incident.watch_id) if incident.watch_id else None,
        articles=articles,
        members_text="\n".join(member_line(m) for m in incident.members),
        statuses=[s for s in flow.STATUSES if s not in ("closed", incident.status)],
        severities=flow.SEVERITIES,
        trend=trend_rows(incident.closing_trend),
        events=[(e, event_text(e, gettext)) for e in incident.events],
        done=done,
        error=error,
    )


def _done(incident: Incident, what: str, anchor: str = "") -> RedirectResponse:
    return RedirectResponse(f"/incidents/{incident.id}?done={what}{anchor}", status_code=303)


@router.post("/incidents/{incident_id}/assign", response_class=HTMLResponse)
def assign(
    request: Request,
    incident_id: int,
    lead: str = Form(""),
    lead_unit: str = Form(""),
    severity: str = Form(""),
    members: str | None = Form(None),
    user: User = Depends(page_role("analyst")),
) -> Response:
    """What differs from the incident changes (an empty lead keeps the current one; the
    task force is replaced by the lines of ``members`` when the field is sent)."""
    store = get_store(request)
    incident = incident_or_404(store, user, incident_id)

    def new(value: str, current: str | None) -> str | None:
        value = value.strip()
        return value if value and value != current else None

    try:
        team = None if members is None else [flow.parse_member(m) for m in lines(members)]
        changed: dict[str, Any] = {
            "lead": new(lead, incident.lead),
            "lead_unit": new(lead_unit, incident.lead_unit),
            "severity": new(severity, incident.severity),
            "members": team if team is not None and tuple(team) != incident.members else None,
        }
        flow.assign(store, incident, actor=user.email, **changed)
    except flow.IncidentError as error:
        return _page(request, user, incident.id, error=("assign", str(error)))
    return _done(incident, "assigned")


@router.post("/incidents/{incident_id}/status", response_class=HTMLResponse)
def change_status(
    request: Request,
    incident_id: int,
    status: str = Form(...),
    note: str = Form(""),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    incident = incident_or_404(store, user, incident_id)
    try:
        flow.change_status(store, incident, status, actor=user.email, note=note.strip() or None)
    except flow.IncidentError as error:
        return _page(request, user, incident.id, error=("status", str(error)))
    return _done(incident, "status")


@router.post("/incidents/{incident_id}/note", response_class=HTMLResponse)
def add_note(
    request: Request,
    incident_id: int,
    text: str = Form(""),
    action: bool = Form(False),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    incident = incident_or_404(store, user, incident_id)
    try:
        flow.add_note(store, incident, text.strip(), actor=user.email, action=action)
    except flow.IncidentError as error:
        return _page(request, user, incident.id, error=("note", str(error)))
    return _done(incident, "noted", "#timeline")


@router.post("/incidents/{incident_id}/link", response_class=HTMLResponse)
def link_article(
    request: Request,
    incident_id: int,
    article_id: str = Form(""),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    incident = incident_or_404(store, user, incident_id)
    wanted = article_id.strip().lstrip("#")
    if not wanted.isdigit():
        return _page(request, user, incident.id, error=("link", "not_a_number"))
    try:
        flow.link_articles(store, incident, [int(wanted)], actor=user.email)
    except LookupError:
        return _page(request, user, incident.id, error=("link", "no_article"))
    return _done(incident, "linked", "#articles")


@router.post("/incidents/{incident_id}/close", response_class=HTMLResponse)
def close(
    request: Request,
    incident_id: int,
    summary: str = Form(""),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    incident = incident_or_404(store, user, incident_id)
    try:
        flow.close(store, incident, summary.strip(), actor=user.email)
    except flow.IncidentError as error:
        return _page(request, user, incident.id, error=("close", str(error)))
    return _done(incident, "closed", "#trend")
