"""Communication plans: the list (``/plans``, by unit and year), one plan with its
policies and stages, activities by status, budget and KPIs against their targets with a
small weekly trend (``/plans/{id}``), and the year's calendar across units
(``/plans/calendar``). The page changes an activity's status (its unit's analysts and the admins);
everything else is kept with ``toancanh plans`` and the API (who may change what is
``services.plans``'s decision).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from toancanh.access import Actor
from toancanh.domain.plans import ACTIVITY_STATUSES
from toancanh.errors import NotFound
from toancanh.services import directory, plan_status, plans
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.templating import render

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
STATUS_NAMES = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "cancelled": "Cancelled",
}
KIND_NAMES = {
    "press_conference": "Press conference",
    "briefing": "Briefing",
    "statement": "Statement",
    "article_series": "Article series",
    "social_media": "Social media",
    "event": "Event",
    "commissioned_content": "Commissioned content",
}
METRIC_NAMES = {
    "volume": "Articles",
    "official_share": "Share of official sources",
    "net_sentiment": "Net sentiment",
    "negative_share": "Share of negative articles",
    "statement_pickup": "Articles carrying our statements",
    "alert_response_hours": "Hours from an alert to our first statement",
    "deliveries": "Commissioned items accepted",
    "manual": "Entered by hand",
}
STAGE_NAMES = {
    "drafting": "Drafting",
    "consultation": "Consultation",
    "adoption": "Adoption",
    "implementation": "Implementation",
    "review": "Review and evaluation",
}


def _year(value: str) -> int | None:
    return (
        int(value) if value.isascii() and value.isdigit() and 2000 <= int(value) <= 2100 else None
    )


@router.get("/plans", response_class=HTMLResponse)
def plans_page(
    request: Request, unit: str = "", year: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    store = get_store(request)
    try:
        found = plans.list_plans(store, actor, unit=unit[:300] or None, year=_year(year))
    except NotFound:
        found = []
    units = sorted({p.unit for p in plans.list_plans(store, actor)})
    return render(request, "plans.html", plans=found, unit=unit, year=year, units=units)


@router.get("/plans/calendar", response_class=HTMLResponse)
def calendar_page(
    request: Request, year: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    chosen = _year(year) or directory.today_in_vietnam().year
    found, months = plan_status.calendar(get_store(request), actor, chosen)
    return render(
        request,
        "plans_calendar.html",
        year=chosen,
        plans={p.id: p for p in found},
        months=months,
        kind_names=KIND_NAMES,
        status_names=STATUS_NAMES,
    )


def sparkline(trend: list[dict[str, Any]], width: int = 120, height: int = 24) -> str:
    """The SVG points of a KPI's weekly trend (numbers only: safe in an attribute)."""
    values = [t["value"] for t in trend]
    known = [v for v in values if v is not None]
    if len(values) < 2 or not known:
        return ""
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    step = width / (len(values) - 1)
    return " ".join(
        f"{i * step:.1f},{height - (v - low) / span * height:.1f}"
        for i, v in enumerate(values)
        if v is not None
    )


@router.get("/plans/{plan_id}", response_class=HTMLResponse)
def plan_page(request: Request, plan_id: int, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    store = get_store(request)
    state = plan_status.status(store, actor, plan_id)
    plan = plans.get_plan(store, actor, plan_id)
    return render(
        request,
        "plan.html",
        plan=plan,
        state=state,
        policies=store.plans.policies(plan.id),
        statuses=ACTIVITY_STATUSES,
        status_names=STATUS_NAMES,
        kind_names=KIND_NAMES,
        metric_names=METRIC_NAMES,
        stage_names=STAGE_NAMES,
        sparkline=sparkline,
        can_change=plans.can_change(store, actor, plan),
    )


@router.post("/plans/activities/{activity_id}/status", response_class=HTMLResponse)
def activity_status(
    request: Request,
    activity_id: int,
    status: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> RedirectResponse:
    """Move an activity to another status (planned, in progress, done, cancelled)."""
    store = get_store(request)
    changed = plans.edit_activity(store, actor, activity_id, plans.ActivitySpec(status=status))
    return RedirectResponse(f"/plans/{changed.plan_id}#activity-{changed.id}", status_code=303)
