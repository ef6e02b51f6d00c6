"""``/incidents/{id}/taskforce``: the task force of an incident and its after-action review.

Whoever sees the incident reads its proposal, members and review; its lead (the
incident's unit's analysts, the admins) confirms and writes the review (others: 403 or
404). ``services.task_forces`` and ``services.task_force_review`` decide.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Request
from pydantic import BaseModel, Field

from toancanh.services import task_force_review as reviews
from toancanh.services import task_forces as service
from toancanh.services.task_force_json import (
    member_json,
    notice_json,
    proposed_json,
    review_json,
    task_force_json,
)
from toancanh.services.task_forces import Pick
from toancanh.web.api.common import ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Time

router = Router("task forces", "/incidents")
IncidentId = Annotated[int, id_path("incident")]
Role = Literal["lead", "spokesperson", "liaison", "analyst", "member"]
LongText = Annotated[str, Field(max_length=20_000)]


class ProposedOut(BaseModel):
    person_id: int
    name: str
    unit: str
    official_role: str = Field(description="The directory role: spokesperson or focal_point.")
    title: str | None
    email: str | None
    phone: str | None
    role: str = Field(description="The suggested role in the task force.")
    reason: str = Field(description="Why the person is proposed.")
    basis: str = Field(description="unit, parent or named (in the incident's articles).")
    basis_unit: str
    articles: int


class MemberOut(BaseModel):
    id: int
    incident_id: int
    person_id: int | None
    name: str
    unit: str | None
    official_role: str | None
    role: str
    reason: str | None
    email: str | None
    confirmed_by: str
    confirmed_at: Time


class NoticeOut(BaseModel):
    id: int
    incident_id: int
    member: str
    channel: str
    status: str = Field(description="sent or failed")
    error: str | None
    sent_by: str
    at: Time


class TaskForceOut(BaseModel):
    incident_id: int
    status: str
    members: list[MemberOut]
    notifications: list[NoticeOut]


class ConfirmedOut(BaseModel):
    members: list[MemberOut]
    notifications: list[NoticeOut] = Field(description="Those of this confirmation.")


class EventOut(BaseModel):
    at: Time
    kind: str
    text: str
    author: str


class SaidOut(BaseModel):
    id: int
    title: str
    issuer: str
    pickup: dict[str, Any]


class ReviewOut(BaseModel):
    incident_id: int
    saved: bool = Field(description="False: prefilled from the data, not saved yet.")
    what_happened: str
    to_change: str
    updated_by: str | None
    updated_at: Time
    members: list[MemberOut]
    timeline: list[EventOut]
    statements: list[SaidOut]


class PickIn(BaseModel):
    person_id: int = Field(ge=1, le=2**31 - 1, description="A person of the directory.")
    role: Role


class ConfirmIn(BaseModel):
    members: list[PickIn] = Field(min_length=1, max_length=50, description="Replaces the list.")
    notify: str | None = Field(
        default=None, max_length=100, description="A channel that notifies each member."
    )


class ReviewIn(BaseModel):
    what_happened: LongText | None = None
    to_change: LongText | None = None
    statement_ids: list[Annotated[int, Field(ge=1, le=2**31 - 1)]] | None = Field(
        default=None, max_length=100, description="The statements reviewed (replaces them)."
    )


@router.read(
    "/{incident_id}/taskforce/proposal",
    "The proposed task force",
    list[ProposedOut],
    description="From the network directory: the spokespersons and focal points of the "
    "incident's unit, of its parent unit and of the units named in its articles, each with "
    "why; as `toancanh taskforce propose ID --json`.",
)
def proposal(store: StoreDep, actor: ActorDep, incident_id: IncidentId) -> list[dict[str, Any]]:
    return [proposed_json(p) for p in service.propose(store, actor, incident_id)]


@router.read(
    "/{incident_id}/taskforce",
    "The task force",
    TaskForceOut,
    description="Its confirmed members and the notifications sent, newest first.",
)
def show(store: StoreDep, actor: ActorDep, incident_id: IncidentId) -> dict[str, Any]:
    return task_force_json(service.show(store, actor, incident_id))


@router.write(
    "post",
    "/{incident_id}/taskforce",
    "Confirm the task force (the incident's lead)",
    ConfirmedOut,
    description="The members and their roles replace the list; with `notify`, each member "
    "is notified through that channel and each outcome recorded. An open incident only.",
)
def confirm(
    request: Request, store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: ConfirmIn
) -> dict[str, Any]:
    picks = [Pick(m.person_id, m.role) for m in body.members]
    settings = request.app.state.settings
    done = service.confirm(store, actor, incident_id, picks, channel=body.notify, settings=settings)
    return {
        "members": [member_json(m) for m in done.members],
        "notifications": [notice_json(n) for n in done.notices],
    }


@router.read(
    "/{incident_id}/taskforce/review",
    "The after-action review",
    ReviewOut,
    description="Of a closed incident (409 before): as saved, or prefilled from the data.",
)
def review(store: StoreDep, actor: ActorDep, incident_id: IncidentId) -> dict[str, Any]:
    return review_json(reviews.review(store, actor, incident_id))


@router.write(
    "put",
    "/{incident_id}/taskforce/review",
    "Record the after-action review (the incident's lead)",
    ReviewOut,
    description="What is not given keeps its saved or prefilled value.",
)
def save_review(
    store: StoreDep, actor: AnalystActor, incident_id: IncidentId, body: ReviewIn
) -> dict[str, Any]:
    saved = reviews.save(
        store,
        actor,
        incident_id,
        what_happened=body.what_happened,
        to_change=body.to_change,
        statement_ids=body.statement_ids,
    )
    return review_json(saved)
