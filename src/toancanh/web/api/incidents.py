"""``/incidents``: a task force handling a communication crisis, from alert to closing.

An incident belongs to a unit (its opener's; a private watchlist's incident, that
unit's): other units get a 404, admins see all. ``services.incidents`` decides.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

from toancanh.domain.incidents import IncidentMember
from toancanh.services import incidents as service
from toancanh.services.incidents import NewIncident
from toancanh.shapes import incident_json
from toancanh.web.api.common import ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Incident as IncidentOut
from toancanh.web.api.models import Member, Page
from toancanh.web.api.paging import Limit, Offset, page

router = Router("incidents", "/incidents")
IncidentId = Annotated[int, id_path("incident")]
Severity = Literal["low", "medium", "high", "critical"]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Name = Annotated[str, Field(min_length=1, max_length=200)]


def _members(members: list[Member] | None) -> list[IncidentMember] | None:
    if members is None:
        return None
    return [IncidentMember(m.name, m.unit or None, m.role or None) for m in members]


@router.read(
    "",
    "Incidents, newest first",
    Page[IncidentOut],
    description="Your unit's incidents and those of no unit (admins: all), as "
    "`toancanh incident list --json`.",
)
def list_incidents(
    store: StoreDep,
    actor: ActorDep,
    status: Annotated[
        Literal["open", "responding", "monitoring", "closed"] | None,
        Query(description="Only these."),
    ] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = service.list_incidents(store, actor, status=status, limit=limit + 1, offset=offset)
    return page(found, limit, offset, incident_json)


class IncidentIn(BaseModel):
    """A title or an alert to start from (the service refuses neither, 400)."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": ["from_alert"], "properties": {"from_alert": {"type": "integer"}}},
                {"required": ["title"], "properties": {"title": {"type": "string"}}},
            ]
        }
    )

    from_alert: int | None = Field(
        default=None,
        ge=1,
        le=2**31 - 1,
        description="The alert that starts it: its title, watchlist, severity and stories.",
    )
    title: str | None = Field(
        default=None,
        max_length=500,
        description="Default: the alert's.",
        json_schema_extra={"pattern": r"\S"},  # a blank one: the service says what to give
    )
    watch_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    severity: Severity | None = None
    lead: Name | None = None
    lead_unit: Name | None = None
    members: list[Member] = Field(default_factory=list, max_length=100)


@router.write(
    "post",
    "",
    "Open an incident (analyst)",
    IncidentOut,
    status_code=201,
    description="From an alert (`from_alert`: it is acknowledged, so you must be one who "
    "handles it) or by hand (`title`). The incident belongs to your unit (one of a private "
    "watchlist: that watchlist's unit).",
)
def open_incident(store: StoreDep, actor: AnalystActor, body: IncidentIn) -> dict[str, Any]:
    copied = body.model_dump(include={"title", "watch_id", "severity", "lead", "lead_unit"})
    members = _members(body.members) or []
    new = NewIncident(**copied, alert_id=body.from_alert, members=members, unit=actor.unit)
    return incident_json(service.open_incident(store, actor, new))


@router.read(
    "/{incident_id}",
    "One incident",
    IncidentOut,
    description="Task force, timeline, linked articles, closing trend.",
)
def show_incident(store: StoreDep, actor: ActorDep, incident_id: IncidentId) -> dict[str, Any]:
    return incident_json(service.get_incident(store, actor, incident_id))


class StatusIn(BaseModel):
    status: Literal["open", "responding", "monitoring"]
    note: str | None = Field(default=None, max_length=5000, description="Why.")


@router.write(
    "post",
    "/{incident_id}/status",
    "Move an incident to another status (analyst)",
    IncidentOut,
    description="Closing has its own route (`/close`, with a summary).",
)
def change_status(
    store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: StatusIn
) -> dict[str, Any]:
    changed = service.change_status(store, actor, incident_id, body.status, note=body.note)
    return incident_json(changed)


class NoteIn(BaseModel):
    text: Text = Field(description="What happened or was done.")
    action: bool = Field(
        default=False, description="An action taken (a statement, a press briefing ...)."
    )


@router.write("post", "/{incident_id}/notes", "Add to the timeline (analyst)", IncidentOut)
def add_note(
    store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: NoteIn
) -> dict[str, Any]:
    changed = service.add_note(store, actor, incident_id, body.text, action=body.action)
    return incident_json(changed)


class ArticlesIn(BaseModel):
    article_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] = Field(
        min_length=1, max_length=100
    )


@router.write("post", "/{incident_id}/articles", "Link articles (analyst)", IncidentOut)
def link_articles(
    store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: ArticlesIn
) -> dict[str, Any]:
    return incident_json(service.link_articles(store, actor, incident_id, body.article_ids))


class AssignIn(BaseModel):
    """Only the fields given change; ``members`` replaces the task force. At least one."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": [name], "properties": {name: {"type": kind}}}
                for name, kind in (
                    ("lead", "string"),
                    ("lead_unit", "string"),
                    ("severity", "string"),
                    ("members", "array"),
                )
            ]
        }
    )

    lead: Name | None = None
    lead_unit: Name | None = None
    severity: Severity | None = None
    members: list[Member] | None = Field(default=None, max_length=100)


@router.write(
    "post",
    "/{incident_id}/members",
    "Set the lead, the task force or the severity (analyst)",
    IncidentOut,
)
def assign(
    store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: AssignIn
) -> dict[str, Any]:
    changed = service.assign(
        store,
        actor,
        incident_id,
        lead=body.lead,
        lead_unit=body.lead_unit,
        members=_members(body.members),
        severity=body.severity,
    )
    return incident_json(changed)


class CloseIn(BaseModel):
    summary: Text = Field(description="What happened and what was done.")


@router.write(
    "post",
    "/{incident_id}/close",
    "Close an incident with a summary (analyst)",
    IncidentOut,
    description="The watchlist's trend before, during and after is recorded.",
)
def close_incident(
    store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: CloseIn
) -> dict[str, Any]:
    return incident_json(service.close_incident(store, actor, incident_id, body.summary))
