"""``/plans``: communication plans, through ``services.plans`` and ``services.plan_status``.

Every signed-in user reads them; a plan is changed by its unit's analysts (the account's
unit is the plan's directory unit) and the admins (others: 403). Amounts are whole đồng.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field

from toancanh.domain.plans import Stage
from toancanh.services import plan_status, plans
from toancanh.services.plans import ActivitySpec, BudgetSpec, KpiSpec, PlanEdit
from toancanh.web.api.common import ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Page
from toancanh.web.api.paging import Limit, Offset, page

router = Router("plans", "/plans")
PlanId = Annotated[int, id_path("plan")]
Title = Annotated[str, Field(min_length=1, max_length=300)]
Short = Annotated[str, Field(max_length=200)]
Year = Annotated[int, Field(ge=2000, le=2100)]
Amount = Annotated[int, Field(ge=0, le=10**15, description="Whole đồng.")]
Kind = Literal[
    "press_conference",
    "briefing",
    "statement",
    "article_series",
    "social_media",
    "event",
    "commissioned_content",
]
Status = Literal["planned", "in_progress", "done", "cancelled"]
StageName = Literal["drafting", "consultation", "adoption", "implementation", "review"]
Metric = Literal[
    "volume",
    "official_share",
    "net_sentiment",
    "negative_share",
    "statement_pickup",
    "alert_response_hours",
    "deliveries",
    "manual",
]


class PlanOut(BaseModel):
    id: int
    unit_id: int
    unit: str = Field(description="The directory unit's name.")
    year: int
    title: str
    objectives: str
    created_by: str
    created_at: str
    updated_at: str


class KpiOut(BaseModel):
    id: int
    name: str
    metric: str
    watch: str | None
    since: str
    until: str
    value: float | None = Field(description="Measured over the period (manual: as entered).")
    target: float
    met: bool | None
    note: str | None = Field(description="Why there is no value, when there is none.")
    source: str | None
    trend: list[dict[str, Any]] = Field(description="[{week: Monday, value}]")


class BudgetOut(BaseModel):
    planned: int
    committed: int
    spent: int
    lines: list[dict[str, Any]]


class StatusOut(BaseModel):
    plan: PlanOut
    kpis: list[KpiOut]
    budget: BudgetOut
    activities: dict[str, list[dict[str, Any]]] = Field(description="By status.")
    commissions: list[dict[str, Any]] = Field(description="Press commissioning's orders.")


@router.read("", "Plans by year, then unit", Page[PlanOut])
def list_plans(
    store: StoreDep,
    actor: ActorDep,
    unit: Annotated[str | None, Query(max_length=300, description="A unit's name.")] = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = plans.list_plans(store, actor, unit=unit, year=year)
    return page(found[offset : offset + limit + 1], limit, offset, plan_status.plan_json)


class PlanIn(BaseModel):
    unit: Title = Field(description="The directory unit's name or alias.")
    year: Year
    title: Title
    objectives: Annotated[str, Field(max_length=10_000)] = ""


@router.write("post", "", "Add a plan (the unit's analysts, admins)", PlanOut, status_code=201)
def add_plan(store: StoreDep, actor: AnalystActor, body: PlanIn) -> dict[str, Any]:
    plan = plans.add_plan(store, actor, body.unit, body.year, body.title, body.objectives)
    return plan_status.plan_json(plan)


@router.read("/{plan_id}", "One plan", PlanOut)
def show_plan(store: StoreDep, actor: ActorDep, plan_id: PlanId) -> dict[str, Any]:
    return plan_status.plan_json(plans.get_plan(store, actor, plan_id))


class PlanEditIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    objectives: Annotated[str, Field(max_length=10_000)] | None = None
    year: Year | None = None


@router.write("patch", "/{plan_id}", "Change a plan (the unit's analysts, admins)", PlanOut)
def edit_plan(
    store: StoreDep, actor: AnalystActor, plan_id: PlanId, body: PlanEditIn
) -> dict[str, Any]:
    edit = PlanEdit(**body.model_dump(exclude_unset=True))
    return plan_status.plan_json(plans.edit_plan(store, actor, plan_id, edit))


@router.read("/{plan_id}/status", "KPIs, budget, activities by status", StatusOut)
def plan_state(store: StoreDep, actor: ActorDep, plan_id: PlanId) -> dict[str, Any]:
    return plan_status.status(store, actor, plan_id)


class StageIn(BaseModel):
    stage: StageName
    starts_on: date | None = None
    ends_on: date | None = None


class PolicyIn(BaseModel):
    name: Title
    watch: Title | None = Field(default=None, description="A watchlist's name or id.")
    stages: list[StageIn] = Field(default_factory=list, max_length=5)


@router.write("post", "/{plan_id}/policies", "Add a policy", dict[str, Any], status_code=201)
def add_policy(
    store: StoreDep, actor: AnalystActor, plan_id: PlanId, body: PolicyIn
) -> dict[str, Any]:
    stages = [Stage(s.stage, s.starts_on, s.ends_on) for s in body.stages]
    policy = plans.add_policy(store, actor, plan_id, body.name, watch=body.watch, stages=stages)
    return _plain(policy)


def _plain(record: Any) -> dict[str, Any]:
    def value(v: Any) -> Any:
        if isinstance(v, date):
            return v.isoformat()
        if isinstance(v, (list, tuple)):
            return [value(x) for x in v]
        if isinstance(v, dict):
            return {k: value(x) for k, x in v.items()}
        return v

    return value(asdict(record))


class ActivityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Kind | None = None
    title: Title | None = None
    on_date: date | None = None
    channel: Short | None = None
    person: int | None = Field(default=None, ge=1, le=2**31 - 1, description="A person's id.")
    status: Status | None = None
    policy: Title | None = Field(default=None, description="One of the plan's policies.")


class ActivityAddIn(ActivityIn):
    kind: Kind


@router.write("post", "/{plan_id}/activities", "Add an activity", dict[str, Any], status_code=201)
def add_activity(
    store: StoreDep, actor: AnalystActor, plan_id: PlanId, body: ActivityAddIn
) -> dict[str, Any]:
    spec = ActivitySpec(**body.model_dump())
    return _plain(plans.add_activity(store, actor, plan_id, spec))


@router.write("patch", "/activities/{activity_id}", "Change an activity", dict[str, Any])
def edit_activity(
    store: StoreDep,
    actor: AnalystActor,
    activity_id: Annotated[int, id_path("activity")],
    body: ActivityIn,
) -> dict[str, Any]:
    spec = ActivitySpec(**body.model_dump(exclude_unset=True))
    return _plain(plans.edit_activity(store, actor, activity_id, spec))


class BudgetIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item: Title | None = None
    planned: Amount | None = None
    committed: Amount | None = None
    spent: Amount | None = None
    source: Short | None = Field(default=None, description="The source of funds.")
    activity: int | None = Field(default=None, ge=1, le=2**31 - 1)


class BudgetAddIn(BudgetIn):
    item: Title
    planned: Amount


@router.write("post", "/{plan_id}/budget", "Add a budget line", dict[str, Any], status_code=201)
def add_budget(
    store: StoreDep, actor: AnalystActor, plan_id: PlanId, body: BudgetAddIn
) -> dict[str, Any]:
    return _plain(plans.add_budget(store, actor, plan_id, BudgetSpec(**body.model_dump())))


@router.write("patch", "/budget/{line_id}", "Change a budget line", dict[str, Any])
def edit_budget(
    store: StoreDep,
    actor: AnalystActor,
    line_id: Annotated[int, id_path("budget line")],
    body: BudgetIn,
) -> dict[str, Any]:
    spec = BudgetSpec(**body.model_dump(exclude_unset=True))
    return _plain(plans.edit_budget(store, actor, line_id, spec))


class KpiIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Title | None = None
    watch: Title | None = Field(default=None, description="A watchlist's name or id.")
    target: float | None = Field(default=None, ge=-1e12, le=1e12)
    since: date | None = None
    until: date | None = None
    value: float | None = Field(default=None, ge=-1e12, le=1e12, description="manual only.")
    source: Annotated[str, Field(max_length=1000)] | None = None


class KpiAddIn(KpiIn):
    name: Title
    metric: Metric
    target: float = Field(ge=-1e12, le=1e12)
    since: date
    until: date


@router.write("post", "/{plan_id}/kpis", "Add a KPI", dict[str, Any], status_code=201)
def add_kpi(
    store: StoreDep, actor: AnalystActor, plan_id: PlanId, body: KpiAddIn
) -> dict[str, Any]:
    return _plain(plans.add_kpi(store, actor, plan_id, KpiSpec(**body.model_dump())))


@router.write("patch", "/kpis/{kpi_id}", "Change a KPI", dict[str, Any])
def edit_kpi(
    store: StoreDep, actor: AnalystActor, kpi_id: Annotated[int, id_path("KPI")], body: KpiIn
) -> dict[str, Any]:
    spec = KpiSpec(**body.model_dump(exclude_unset=True))
    return _plain(plans.edit_kpi(store, actor, kpi_id, spec))
