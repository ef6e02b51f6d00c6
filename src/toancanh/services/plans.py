"""Communication plans: a unit's plan for a year (Directive 07/CT-TTg), the policies it
covers with their lifecycle stages, its activities, budget lines and KPIs.

Every signed-in user reads the plans; a plan is changed by its unit's analysts and the
admins (``access.can_change_plan``: the account's unit is the plan's directory unit, by
name or alias). Amounts are whole đồng. Every change is audited by the store. What a plan
delivers is measured in ``plan_kpis``; ``status`` gathers it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.directory import Unit
from toancanh.domain.plans import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    METRICS,
    MISSING,
    STAGES,
    WATCH_METRICS,
    Activity,
    BudgetLine,
    Kpi,
    Plan,
    Policy,
    Stage,
)
from toancanh.errors import Invalid, NotFound
from toancanh.services import directory
from toancanh.services import directory_fields as fields
from toancanh.services.watchlists import find_watch
from toancanh.store import Store

MAX_AMOUNT = 10**15  # a thousand trillion đồng: beyond it, a typing mistake


@dataclass(frozen=True)
class PlanEdit:
    title: str | None = None
    objectives: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class ActivitySpec:
    """An activity as typed (None: keep, when editing); ``person``: a directory person's
    id; ``policy``: the name of one of the plan's policies."""

    kind: str | None = None
    title: str | None = None
    on_date: date | None = None
    channel: str | None = None
    person: int | None = None
    status: str | None = None
    policy: str | None = None


@dataclass(frozen=True)
class BudgetSpec:
    item: str | None = None
    planned: int | None = None
    committed: int | None = None
    spent: int | None = None
    source: str | None = None
    activity: int | None = None


@dataclass(frozen=True)
class KpiSpec:
    name: str | None = None
    metric: str | None = None
    watch: str | None = None
    target: float | None = None
    since: date | None = None
    until: date | None = None
    value: float | None = None
    source: str | None = None


# One message per field: a translation names the field in its own language.
UNKNOWN = {
    "kind": "unknown kind of activity “{value}”; use {choices}",
    "status": "unknown activity status “{value}”; use {choices}",
    "stage": "unknown stage “{value}”; use {choices}",
    "metric": "unknown metric “{value}”; use {choices}",
}


def _choice(value: str, choices: tuple[str, ...], field: str) -> str:
    if value not in choices:
        raise Invalid(UNKNOWN[field], field=field, value=value, choices=", ".join(choices))
    return value


def check_year(year: int) -> int:
    if not 2000 <= year <= 2100:
        raise Invalid("the year must be between 2000 and 2100", field="year")
    return year


def check_amount(amount: int | None, field: str) -> int:
    if amount is None:
        return 0
    if not 0 <= amount <= MAX_AMOUNT:
        raise Invalid("an amount is a whole number of đồng from 0", field=field)
    return int(amount)


# -- plans -----------------------------------------------------------------------------


def get_plan(store: Store, actor: Actor, plan_id: int) -> Plan:
    access.require_role(actor, "viewer")
    plan = store.plans.get("plan", plan_id)
    if plan is None:
        raise NotFound(MISSING["plan"], row_id=plan_id)
    return plan


def plan_unit(store: Store, plan: Plan) -> Unit:
    return directory.find_unit(store, plan.unit_id)


def can_change(store: Store, actor: Actor, plan: Plan) -> bool:
    """Whether to offer the actor the forms that change the plan."""
    return access.can_change_plan(actor, plan_unit(store, plan))


def changeable_plan(store: Store, actor: Actor, plan_id: int) -> Plan:
    plan = get_plan(store, actor, plan_id)
    access.require_plan_change(actor, plan_unit(store, plan))
    return plan


def add_plan(
    store: Store, actor: Actor, unit: str, year: int, title: str, objectives: str = ""
) -> Plan:
    """A new plan of a directory unit for a year (that unit's analysts, the admins)."""
    found = directory.find_unit(store, unit)
    access.require_plan_change(actor, found)
    values = {
        "unit_id": found.id,
        "year": check_year(year),
        "title": fields.required(title, "name", 300),
        "objectives": (objectives or "").strip(),
    }
    return store.plans.add("plan", values, actor=actor.name)


def edit_plan(store: Store, actor: Actor, plan_id: int, edit: PlanEdit) -> Plan:
    plan = changeable_plan(store, actor, plan_id)
    values: dict[str, Any] = {}
    if edit.title is not None:
        values["title"] = fields.required(edit.title, "name", 300)
    if edit.objectives is not None:
        values["objectives"] = edit.objectives.strip()
    if edit.year is not None:
        values["year"] = check_year(edit.year)
    return store.plans.change("plan", plan.id, values, actor=actor.name)


def list_plans(
    store: Store, actor: Actor, *, unit: str | None = None, year: int | None = None
) -> list[Plan]:
    access.require_role(actor, "viewer")
    unit_id = directory.find_unit(store, unit).id if unit else None
    return store.plans.list_plans(unit_id=unit_id, year=year)


# -- policies and their stages ---------------------------------------------------------


def check_stages(stages: list[Stage]) -> list[Stage]:
    for s in stages:
        _choice(s.stage, STAGES, "stage")
        if s.starts_on and s.ends_on and s.ends_on < s.starts_on:
            raise Invalid(
                "the stage “{stage}” ends before it starts", field="stages", stage=s.stage
            )
    return stages


def add_policy(
    store: Store,
    actor: Actor,
    plan_id: int,
    name: str,
    *,
    watch: str | None = None,
    stages: list[Stage] | None = None,
) -> Policy:
    """A policy the plan covers, linked to a watchlist (its legal documents come with it)."""
    plan = changeable_plan(store, actor, plan_id)
    values = {
        "plan_id": plan.id,
        "name": fields.required(name, "name", 300),
        "watch_id": find_watch(store, actor, watch).id if watch else None,
    }
    return store.plans.add("policy", values, actor=actor.name, stages=check_stages(stages or []))


def set_stage(store: Store, actor: Actor, policy_id: int, stage: Stage) -> Policy:
    """Set (or replace) one lifecycle stage of a policy."""
    policy = store.plans.get("policy", policy_id)
    if policy is None:
        raise NotFound(MISSING["policy"], row_id=policy_id)
    changeable_plan(store, actor, policy.plan_id)
    kept = [s for s in policy.stages if s.stage != stage.stage]
    stages = check_stages([*kept, stage])
    return store.plans.change("policy", policy.id, {}, actor=actor.name, stages=stages)


def find_policy(store: Store, plan: Plan, name: str) -> Policy:
    folded = fields.clean(name).casefold()
    for policy in store.plans.policies(plan.id):
        if policy.name.casefold() == folded or str(policy.id) == folded:
            return policy
    raise NotFound("the plan has no policy “{name}”", name=name)


# -- activities ------------------------------------------------------------------------


def _activity_values(store: Store, plan: Plan, spec: ActivitySpec) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if spec.kind is not None:
        values["kind"] = _choice(spec.kind, ACTIVITY_KINDS, "kind")
    if spec.title is not None:
        values["title"] = fields.required(spec.title, "name", 300)
    if spec.on_date is not None:
        values["on_date"] = spec.on_date
    if spec.channel is not None:
        values["channel"] = fields.optional(spec.channel, "title", 200)
    if spec.status is not None:
        values["status"] = _choice(spec.status, ACTIVITY_STATUSES, "status")
    if spec.person is not None:
        if store.directory.get_person(spec.person) is None:
            raise NotFound("no person #{person_id} in the directory", person_id=spec.person)
        values["person_id"] = spec.person
    if spec.policy is not None:
        values["policy_id"] = find_policy(store, plan, spec.policy).id if spec.policy else None
    return values


def add_activity(store: Store, actor: Actor, plan_id: int, spec: ActivitySpec) -> Activity:
    plan = changeable_plan(store, actor, plan_id)
    spec = replace(spec, status=spec.status or "planned", title=spec.title or spec.kind)
    if spec.kind is None:
        raise Invalid("an activity needs a kind: {choices}", choices=", ".join(ACTIVITY_KINDS))
    values = _activity_values(store, plan, spec) | {"plan_id": plan.id}
    return store.plans.add("activity", values, actor=actor.name)


def _owned(store: Store, actor: Actor, kind: str, row_id: int) -> tuple[Plan, Any]:
    record = store.plans.get(kind, row_id)
    if record is None:
        raise NotFound(MISSING[kind], row_id=row_id)
    return changeable_plan(store, actor, record.plan_id), record


def edit_activity(store: Store, actor: Actor, activity_id: int, spec: ActivitySpec) -> Activity:
    plan, activity = _owned(store, actor, "activity", activity_id)
    values = _activity_values(store, plan, spec)
    return store.plans.change("activity", activity.id, values, actor=actor.name)


def done_activity(store: Store, actor: Actor, activity_id: int) -> Activity:
    return edit_activity(store, actor, activity_id, ActivitySpec(status="done"))


# -- budget ----------------------------------------------------------------------------


def _budget_values(store: Store, plan: Plan, spec: BudgetSpec, new: bool) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if spec.item is not None or new:
        values["item"] = fields.required(spec.item, "name", 300)
    for name in ("planned", "committed", "spent"):
        amount = getattr(spec, name)
        if amount is not None or new:
            values[name] = check_amount(amount, name)
    if spec.source is not None:
        values["source"] = fields.optional(spec.source, "title", 200)
    if spec.activity is not None:
        activity = store.plans.get("activity", spec.activity)
        if activity is None or activity.plan_id != plan.id:
            raise NotFound("the plan has no activity #{activity_id}", activity_id=spec.activity)
        values["activity_id"] = activity.id
    return values


def add_budget(store: Store, actor: Actor, plan_id: int, spec: BudgetSpec) -> BudgetLine:
    plan = changeable_plan(store, actor, plan_id)
    values = _budget_values(store, plan, spec, True) | {"plan_id": plan.id}
    return store.plans.add("budget", values, actor=actor.name)


def edit_budget(store: Store, actor: Actor, line_id: int, spec: BudgetSpec) -> BudgetLine:
    plan, line = _owned(store, actor, "budget", line_id)
    values = _budget_values(store, plan, spec, False)
    return store.plans.change("budget", line.id, values, actor=actor.name)


# -- KPIs ------------------------------------------------------------------------------


def _kpi_values(store: Store, actor: Actor, spec: KpiSpec, current: Kpi | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if spec.name is not None or current is None:
        values["name"] = fields.required(spec.name, "name", 300)
    metric = spec.metric if spec.metric is not None else (current.metric if current else "")
    values["metric"] = _choice(metric, METRICS, "metric")
    if spec.watch is not None:
        values["watch_id"] = find_watch(store, actor, spec.watch).id if spec.watch else None
    watch_id = values.get("watch_id", current.watch_id if current else None)
    if metric in WATCH_METRICS and watch_id is None:
        raise Invalid("a KPI measured from monitoring needs a watchlist (--watch)", field="watch")
    if spec.target is not None or current is None:
        if spec.target is None:
            raise Invalid("a KPI needs a target", field="target")
        values["target"] = float(spec.target)
    since = spec.since or (current.since if current else None)
    until = spec.until or (current.until if current else None)
    if since is None or until is None or until < since:
        raise Invalid("a KPI’s period ends before it starts", field="until")
    values["since"], values["until"] = since, until
    if spec.value is not None:
        values["value"] = float(spec.value)
    if spec.source is not None:
        values["source"] = spec.source.strip() or None
    return values


def add_kpi(store: Store, actor: Actor, plan_id: int, spec: KpiSpec) -> Kpi:
    plan = changeable_plan(store, actor, plan_id)
    values = _kpi_values(store, actor, spec, None) | {"plan_id": plan.id}
    return store.plans.add("kpi", values, actor=actor.name)


def edit_kpi(store: Store, actor: Actor, kpi_id: int, spec: KpiSpec) -> Kpi:
    _, kpi = _owned(store, actor, "kpi", kpi_id)
    values = _kpi_values(store, actor, spec, kpi)
    return store.plans.change("kpi", kpi.id, values, actor=actor.name)
