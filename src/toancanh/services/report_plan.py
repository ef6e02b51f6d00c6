"""The plan report as a use case: the plan must exist and be one the actor reads (the same
refusal as the plan page); its KPIs, budget and press orders are ``plan_status.status``'s
(what ``toancanh plans status`` and the plan page show), so the report's figures are
theirs; ``reports.plan`` composes them."""

from __future__ import annotations

from datetime import date
from typing import Any

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.reports.model import Report
from toancanh.reports.plan import (
    ActivityRow,
    BudgetRow,
    KpiRow,
    OrderRow,
    PlanData,
    PolicyRow,
    compose_plan_report,
    report_title,
)
from toancanh.services import commissions, plan_status, plans
from toancanh.services.reports import ReportRequest, heading_for
from toancanh.store import Store


def compose_plan(store: Store, actor: Actor, request: ReportRequest, settings: Settings) -> Report:
    assert request.subject_id is not None  # reports.check_request asks for it
    plan = plans.get_plan(store, actor, request.subject_id)
    data = gather(store, actor, plan.id)
    heading, signature = heading_for(
        store, actor, plan.unit, title=report_title(plan.title, request.lang)
    )
    return compose_plan_report(data, heading, signature, request.lang)


def gather(store: Store, actor: Actor, plan_id: int) -> PlanData:
    """What the report says of a plan the actor reads."""
    state = plan_status.status(store, actor, plan_id)
    plan = plans.get_plan(store, actor, plan_id)
    values = {c.id: c.value for c in commissions.list_commissions(store, actor, plan_id=plan.id)}
    return PlanData(
        id=plan.id,
        title=plan.title,
        unit=plan.unit,
        year=plan.year,
        objectives=plan.objectives,
        policies=tuple(
            PolicyRow(p.name, p.watch, tuple((s.stage, s.starts_on, s.ends_on) for s in p.stages))
            for p in store.plans.policies(plan.id)
        ),
        activities=tuple(
            ActivityRow(a.title, a.kind, a.on_date, a.status, a.person, a.policy)
            for a in store.plans.activities([plan.id])
        ),
        budget=tuple(
            BudgetRow(b["item"], b["planned"], b["committed"], b["spent"], b["source"])
            for b in state["budget"]["lines"]
        ),
        kpis=tuple(_kpi(k) for k in state["kpis"]),
        orders=tuple(
            OrderRow(
                o["id"],
                o["outlet"],
                o["ordered"],
                o["delivered"],
                o["accepted"],
                values.get(o["id"]),
            )
            for o in state["commissions"]
        ),
    )


def _kpi(found: dict[str, Any]) -> KpiRow:
    """A KPI as ``plan_status.kpi_json`` gives it (the ``plans status --json`` row)."""
    return KpiRow(
        name=found["name"],
        metric=found["metric"],
        target=found["target"],
        value=found["value"],
        met=found["met"],
        since=date.fromisoformat(found["since"]),
        until=date.fromisoformat(found["until"]),
        watch=found["watch"],
        note=found["note"],
        source=found["source"],
        trend=tuple((date.fromisoformat(t["week"]), t["value"]) for t in found["trend"]),
    )
