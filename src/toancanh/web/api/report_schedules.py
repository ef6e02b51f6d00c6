"""``/reports/schedules`` and ``/reports/sends``: reports sent on a schedule through the
alert channels, through ``services.report_schedules``.

A schedule is its unit's: every role of the unit reads it; its analysts and the admins
add and remove it (others: 403; another unit's: 404). ``at`` is Vietnam time.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query, Response
from pydantic import BaseModel, ConfigDict, Field

from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.services import report_schedules as service
from toancanh.shapes import report_send_json, schedule_json
from toancanh.web.api.common import ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Time

router = Router("reports", "/reports")
ScheduleId = Annotated[int, id_path("schedule")]
Name = Annotated[str, Field(min_length=1, max_length=200)]


class ScheduleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["digest", "briefing"]
    channel: Name = Field(description="The alert channel that carries the file.")
    at: str = Field(
        "07:30", pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", description="HH:MM, Vietnam time."
    )
    cadence: Literal["daily", "weekly", "critical_alert"] = "daily"
    weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] | None = Field(
        None, description="Weekly: the day it is sent."
    )
    unit: Name | None = Field(None, description="The unit (default: yours).")
    watch: Name | None = Field(None, description="Briefing: the watchlist (name or id).")
    format: Literal["docx", "pdf", "html"] = "docx"
    lang: Literal["vi", "en"] = "vi"
    send_when_empty: bool = Field(False, description="Send even when nothing happened.")


class ScheduleOut(BaseModel):
    id: int
    kind: str
    unit: str | None
    watch: str | None
    watch_id: int | None
    format: str
    cadence: str
    at: str
    weekday: int | None = Field(description="0 Monday ... 6 Sunday.")
    channel: str
    lang: str
    send_when_empty: bool
    enabled: bool
    created_by: str
    created_at: Time
    updated_at: Time
    last_sent_for: str | None = Field(description="The slot claimed last (a day, alert:ID).")


class SendOut(BaseModel):
    id: int
    schedule_id: int
    due_for: str = Field(description="The slot: the Vietnam day, or alert:ID.")
    status: str = Field(description="pending, sent, failed or skipped_empty")
    attempts: int
    next_attempt_at: Time
    error: str | None
    file_name: str | None
    size: int | None
    created_at: Time
    sent_at: Time


@router.read("/schedules", "Report schedules of your unit", list[ScheduleOut])
def list_schedules(store: StoreDep, actor: ActorDep) -> list[dict[str, Any]]:
    return [schedule_json(s) for s in service.list_schedules(store, actor)]


@router.write("post", "/schedules", "Schedule a report (analysts)", ScheduleOut, status_code=201)
def add_schedule(store: StoreDep, actor: AnalystActor, body: ScheduleIn) -> dict[str, Any]:
    spec = ScheduleSpec(**body.model_dump())
    return schedule_json(service.add_schedule(store, actor, spec))


@router.remove(
    "/schedules/{schedule_id}",
    "Remove a report schedule (the unit's analysts, admins)",
    "Its sends' history goes with it; the audit log keeps what it held.",
)
def remove_schedule(store: StoreDep, actor: AnalystActor, schedule_id: ScheduleId) -> Response:
    service.remove_schedule(store, actor, schedule_id)
    return Response(status_code=204)


@router.read("/sends", "Recent sends of your unit's schedules", list[SendOut])
def list_sends(
    store: StoreDep,
    actor: ActorDep,
    limit: Annotated[int, Query(ge=1, le=500, description="How many, newest first.")] = 50,
) -> list[dict[str, Any]]:
    return [report_send_json(s) for s in service.list_sends(store, actor, limit=limit)]
