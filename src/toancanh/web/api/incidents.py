"""``/incidents``: a task force handling a communication crisis, from alert to closing.

An incident belongs to a unit (its opener's): other units get a 404, admins see all.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel, Field

from toancanh.domain import Incident, IncidentMember, User
from toancanh.store import Store
from toancanh.trends.incidents import check_status_change, closing_trend, incident_json
from toancanh.web.api.alerts import visible_alert
from toancanh.web.api.common import (
    READ_ERRORS,
    WRITE_ERRORS,
    AnalystDep,
    Limit,
    Offset,
    StoreDep,
    UserDep,
    id_path,
    not_found,
    page,
    visible_watch,
)
from toancanh.web.api.models import Incident as IncidentOut
from toancanh.web.api.models import Member, Page
from toancanh.web.deps import can_see_unit

router = APIRouter(prefix="/incidents", tags=["incidents"], responses=READ_ERRORS)
IncidentId = Annotated[int, id_path("incident")]
Severity = Literal["low", "medium", "high", "critical"]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


def visible_incident(store: Store, user: User, incident_id: int) -> Incident:
    found = store.incidents.get(incident_id)
    if found is None or not can_see_unit(user, found.unit):
        raise not_found("incident", incident_id)
    return found


def _open(incident: Incident) -> Incident:
    if incident.status == "closed":
        raise HTTPException(409, f"incident #{incident.id} is closed; open a new one")
    return incident


def _members(members: list[Member] | None) -> list[IncidentMember] | None:
    if members is None:
        return None
    return [IncidentMember(m.name, m.unit or None, m.role or None) for m in members]


@router.get(
    "",
    summary="Incidents, newest first",
    response_model=Page[IncidentOut],
    description="Your unit's incidents and those of no unit (admins: all), as "
    "`toancanh incident list --json`.",
)
def list_incidents(
    store: StoreDep,
    user: UserDep,
    status: Annotated[
        Literal["open", "responding", "monitoring", "closed"] | None,
        Query(description="Only these."),
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    units = None if user.role == "admin" else ([user.unit] if user.unit else [])
    found = store.incidents.list(status=status, limit=limit + 1, offset=offset, units=units)
    return page(found, limit, offset, incident_json)


class IncidentIn(BaseModel):
    from_alert: int | None = Field(
        default=None,
        ge=1,
        le=2**31 - 1,
        description="The alert that starts it: its title, watchlist, severity and stories.",
    )
    title: str | None = Field(default=None, max_length=500, description="Default: the alert's.")
    watch_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    severity: Severity | None = None
    lead: Name | None = None
    lead_unit: Name | None = None
    members: list[Member] = Field(default_factory=list, max_length=100)


@router.post(
    "",
    status_code=201,
    summary="Open an incident (analyst)",
    response_model=IncidentOut,
    responses=WRITE_ERRORS,
    description="From an alert (`from_alert`: it is acknowledged) or by hand (`title`). "
    "The incident belongs to your unit.",
)
def open_incident(store: StoreDep, user: AnalystDep, body: IncidentIn) -> dict[str, Any]:
    alert = visible_alert(store, user, body.from_alert) if body.from_alert else None
    watch_id = (
        visible_watch(store, user, body.watch_id).id
        if body.watch_id
        else (alert.watch_id if alert else None)
    )
    title = (body.title or "").strip() or (alert.title if alert else "")
    if not title:
        raise ValueError("give a title, or from_alert with an alert's id")
    stories = alert.detail.get("stories", []) if alert else []
    story_ids = [s["story_id"] for s in stories if isinstance(s, dict) and "story_id" in s]
    if alert and "story_id" in alert.detail:
        story_ids.append(int(alert.detail["story_id"]))
    incident = store.incidents.open(
        title=title,
        alert_id=alert.id if alert else None,
        watch_id=watch_id,
        severity=body.severity or (alert.severity if alert else "medium"),
        lead=body.lead,
        lead_unit=body.lead_unit,
        unit=user.unit,
        members=_members(body.members) or [],
        article_ids=story_ids,  # a story's id is its first article's id
        actor=user.email,
    )
    if alert is not None and alert.status == "active":
        store.alerts.set_status(alert.id, "acknowledged", user.email)
    return incident_json(incident)


@router.get(
    "/{incident_id}",
    summary="One incident",
    response_model=IncidentOut,
    description="Task force, timeline, linked articles, closing trend.",
)
def show_incident(store: StoreDep, user: UserDep, incident_id: IncidentId) -> dict[str, Any]:
    return incident_json(visible_incident(store, user, incident_id))


class StatusIn(BaseModel):
    status: Literal["open", "responding", "monitoring"]
    note: str | None = Field(default=None, max_length=5000, description="Why.")


@router.post(
    "/{incident_id}/status",
    summary="Move an incident to another status (analyst)",
    response_model=IncidentOut,
    responses=WRITE_ERRORS,
    description="Closing has its own route (`/close`, with a summary).",
)
def change_status(
    store: StoreDep, user: AnalystDep, incident_id: IncidentId, body: StatusIn
) -> dict[str, Any]:
    incident = _open(visible_incident(store, user, incident_id))
    check_status_change(incident, body.status)
    text = f"{incident.status} → {body.status}" + (f": {body.note}" if body.note else "")
    changed = store.incidents.change(
        incident.id, actor=user.email, event=("status", text), status=body.status
    )
    return incident_json(changed)


class NoteIn(BaseModel):
    text: Text = Field(description="What happened or was done.")
    action: bool = Field(
        default=False, description="An action taken (a statement, a press briefing ...)."
    )


@router.post(
    "/{incident_id}/notes",
    summary="Add to the timeline (analyst)",
    response_model=IncidentOut,
    responses=WRITE_ERRORS,
)
def add_note(
    store: StoreDep, user: AnalystDep, incident_id: IncidentId, body: NoteIn
) -> dict[str, Any]:
    incident = _open(visible_incident(store, user, incident_id))
    changed = store.incidents.change(
        incident.id, actor=user.email, event=("action" if body.action else "note", body.text)
    )
    return incident_json(changed)


class ArticlesIn(BaseModel):
    article_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(
        min_length=1, max_length=100
    )


@router.post(
    "/{incident_id}/articles",
    summary="Link articles (analyst)",
    response_model=IncidentOut,
    responses=WRITE_ERRORS,
)
def link_articles(
    store: StoreDep, user: AnalystDep, incident_id: IncidentId, body: ArticlesIn
) -> dict[str, Any]:
    incident = visible_incident(store, user, incident_id)
    wanted = list(dict.fromkeys(body.article_ids))
    missing = [a for a in wanted if store.articles.get(a) is None]
    if missing:
        raise ValueError(f"no article #{', #'.join(map(str, missing))}")
    changed = incident
    for article_id in wanted:
        changed = store.incidents.change(
            incident.id,
            actor=user.email,
            event=("article", f"article #{article_id} linked"),
            article_ids=[article_id],
        )
    return incident_json(changed)


class AssignIn(BaseModel):
    """Only the fields given change; ``members`` replaces the task force."""

    lead: Name | None = None
    lead_unit: Name | None = None
    severity: Severity | None = None
    members: list[Member] | None = Field(default=None, max_length=100)


@router.post(
    "/{incident_id}/members",
    summary="Set the lead, the task force or the severity (analyst)",
    response_model=IncidentOut,
    responses=WRITE_ERRORS,
)
def assign(
    store: StoreDep, user: AnalystDep, incident_id: IncidentId, body: AssignIn
) -> dict[str, Any]:
    incident = _open(visible_incident(store, user, incident_id))
    values = {
        k: v
        for k, v in {
            "lead": body.lead,
            "lead_unit": body.lead_unit,
            "severity": body.severity,
        }.items()
        if v is not None
    }
    members = _members(body.members)
    changes = [f"{k}: {v}" for k, v in values.items()]
    if members is not None:
        changes.append("task force: " + ", ".join(m.name for m in members))
    if not changes:
        raise ValueError("give lead, lead_unit, members or severity")
    changed = store.incidents.change(
        incident.id,
        actor=user.email,
        event=("assign", "; ".join(changes)),
        members=members,
        **values,
    )
    return incident_json(changed)


class CloseIn(BaseModel):
    summary: Text = Field(description="What happened and what was done.")


@router.post(
    "/{incident_id}/close",
    summary="Close an incident with a summary (analyst)",
    response_model=IncidentOut,
    responses=WRITE_ERRORS,
    description="The watchlist's trend before, during and after is recorded.",
)
def close_incident(
    store: StoreDep, user: AnalystDep, incident_id: IncidentId, body: CloseIn
) -> dict[str, Any]:
    incident = _open(visible_incident(store, user, incident_id))
    now = datetime.now(UTC)
    watch = store.watches.get(incident.watch_id) if incident.watch_id else None
    trend = closing_trend(store, incident, watch.name, now) if watch else None
    closed = store.incidents.change(
        incident.id,
        actor=user.email,
        event=("closed", body.summary),
        status="closed",
        closed_at=now,
        summary=body.summary,
        closing_trend=trend,
    )
    return incident_json(closed)
