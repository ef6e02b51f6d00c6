"""Alerts: the list (status filter), one alert with its figures, driving stories and
deliveries; those who may handle it acknowledge or resolve it, or open an incident from it.

``services.alerts`` and ``services.incidents`` decide: the alerts of a watchlist you cannot
see are invisible (404), those of one you may not change you read only (403).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.alerts.status import ALERT_STATUSES
from toancanh.errors import Conflict, Invalid
from toancanh.incidents.workflow import SEVERITIES, parse_member
from toancanh.services import alerts as service
from toancanh.services import incidents, watchlists
from toancanh.services.incidents import NewIncident
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.templating import render
from toancanh.web.visibility import lines

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
SHOWN = 100


@router.get("/alerts", response_class=HTMLResponse)
def alert_list(
    request: Request, status: str = "", watch: int | None = None, actor: Actor = Depends(page_actor)
) -> Response:
    """The alerts, of one status or all; of one watchlist with ``watch`` (its page links
    here)."""
    store = get_store(request)
    wanted = status if status in ALERT_STATUSES else None
    return render(
        request,
        "alerts.html",
        alerts=service.list_alerts(store, actor, status=wanted, watch_id=watch, limit=SHOWN),
        watches=watchlists.visible_ids(store, actor),
        status=wanted or "",
        statuses=ALERT_STATUSES,
    )


# The detail of a claim_repeat alert shown as the claim, not as a table of figures.
CLAIM_REPEAT_KEYS = (
    "claim", "claim_id", "verdict", "verdict_label", "statement", "statement_id",
    "repeat_ids", "articles", "outlets",
)  # fmt: skip


def _claim_repeat(detail: dict[str, Any]) -> dict[str, Any]:
    """The repeated claim, its verdict, statement and new articles, as far as well-formed
    (the detail is stored JSON: read it leniently)."""
    articles = [a for a in detail.get("articles") or [] if isinstance(a, dict)]
    return {
        "claim": str(detail.get("claim") or ""),
        "verdict": str(detail.get("verdict") or ""),
        "verdict_label": str(detail.get("verdict_label") or detail.get("verdict") or ""),
        "statement_id": detail.get("statement_id"),
        "statement": detail.get("statement"),
        "articles": articles,
    }


@router.get("/alerts/{alert_id}", response_class=HTMLResponse)
def alert_page(
    request: Request, alert_id: int, done: str = "", actor: Actor = Depends(page_actor)
) -> Response:
    return _alert_page(request, actor, alert_id, done=done)


def _alert_page(
    request: Request,
    actor: Actor,
    alert_id: int,
    *,
    done: str = "",
    error: Exception | None = None,
    values: dict[str, str] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    shown = service.show_alert(store, actor, alert_id)
    alert = shown.alert
    repeat = _claim_repeat(alert.detail) if alert.kind == "claim_repeat" else None
    hidden = set(CLAIM_REPEAT_KEYS) if repeat else set()
    figures = {
        k: v
        for k, v in alert.detail.items()
        if not k.startswith("_") and k != "stories" and k not in hidden
    }
    stories = [s for s in alert.detail.get("stories", []) if isinstance(s, dict)]
    return render(
        request,
        "alert.html",
        status_code=400 if error else 200,
        alert=alert,
        watch=shown.watch,
        can_change=shown.can_change,
        figures=figures,
        stories=stories,
        repeat=repeat,
        deliveries=shown.deliveries,
        incidents=incidents.incidents_of_alert(store, actor, alert.id),
        severities=SEVERITIES,
        done=done,
        error=error,
        values=values or {"title": alert.title, "severity": alert.severity},
    )


@router.post("/alerts/{alert_id}/status")
def set_status(
    request: Request, alert_id: int, status: str = Form(...), actor: Actor = Depends(ANALYST)
) -> Response:
    alert = service.set_status(get_store(request), actor, alert_id, status)
    return RedirectResponse(f"/alerts/{alert.id}?done={status}", status_code=303)


@router.post("/alerts/{alert_id}/incident", response_class=HTMLResponse)
def open_incident(
    request: Request,
    alert_id: int,
    title: str = Form(""),
    severity: str = Form(""),
    lead: str = Form(""),
    lead_unit: str = Form(""),
    members: str = Form(""),
    private: bool = Form(False),
    actor: Actor = Depends(ANALYST),
) -> Response:
    """Open an incident from the alert; "private" keeps it to the actor's unit (a private
    watchlist's incident is its unit's anyway)."""
    values = {
        "title": title,
        "severity": severity,
        "lead": lead,
        "lead_unit": lead_unit,
        "members": members,
        "private": "1" if private else "",
    }
    store = get_store(request)
    try:
        new = NewIncident(
            title=title,
            alert_id=alert_id,
            severity=severity or None,
            lead=lead,
            lead_unit=lead_unit,
            members=[parse_member(m) for m in lines(members)],
            unit=actor.unit if private else None,
        )
        incident = incidents.open_incident(store, actor, new)
    except (Invalid, Conflict) as error:
        return _alert_page(request, actor, alert_id, error=error, values=values)
    return RedirectResponse(f"/incidents/{incident.id}?done=opened", status_code=303)
