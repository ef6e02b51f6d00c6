"""Alerts: the list (status filter), one alert with its figures, driving stories and
deliveries; analysts acknowledge or resolve it, or open an incident from it.

Alerts of a watchlist the user cannot see are invisible (404), as the watchlist is.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.domain import User
from toancanh.trends import incidents as flow
from toancanh.trends.alerts import ALERT_STATUSES, AlertStatusError, check_alert_status
from toancanh.web.deps import can_see_unit, get_store, page_role, page_user
from toancanh.web.templating import render
from toancanh.web.visibility import alert_or_404, alert_visible, lines, visible_watches

router = APIRouter()
SHOWN = 100


@router.get("/alerts", response_class=HTMLResponse)
def alert_list(request: Request, status: str = "", user: User = Depends(page_user)) -> HTMLResponse:
    store = get_store(request)
    wanted = status if status in ALERT_STATUSES else None
    watches = visible_watches(store, user)
    found = [
        a for a in store.alerts.list(status=wanted, limit=SHOWN * 4) if alert_visible(a, watches)
    ][:SHOWN]
    return render(
        request,
        "alerts.html",
        alerts=found,
        watches=watches,
        status=wanted or "",
        statuses=ALERT_STATUSES,
    )


@router.get("/alerts/{alert_id}", response_class=HTMLResponse)
def alert_page(
    request: Request, alert_id: int, done: str = "", user: User = Depends(page_user)
) -> HTMLResponse:
    return _alert_page(request, user, alert_id, done=done)


def _alert_page(
    request: Request,
    user: User,
    alert_id: int,
    *,
    done: str = "",
    error: str | None = None,
    values: dict[str, str] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    alert = alert_or_404(store, user, alert_id)
    watch = store.watches.get(alert.watch_id) if alert.watch_id else None
    figures = {k: v for k, v in alert.detail.items() if not k.startswith("_") and k != "stories"}
    stories = [s for s in alert.detail.get("stories", []) if isinstance(s, dict)]
    incidents = [
        i
        for i in store.incidents.list(limit=500)
        if i.alert_id == alert.id and can_see_unit(user, i.unit)
    ]
    return render(
        request,
        "alert.html",
        status_code=400 if error else 200,
        alert=alert,
        watch=watch,
        figures=figures,
        stories=stories,
        deliveries=store.alerts.deliveries(alert_id=alert.id),
        incidents=incidents,
        severities=flow.SEVERITIES,
        done=done,
        error=error,
        values=values or {"title": alert.title, "severity": alert.severity},
    )


@router.post("/alerts/{alert_id}/status")
def set_status(
    request: Request,
    alert_id: int,
    status: str = Form(...),
    user: User = Depends(page_role("analyst")),
) -> Response:
    store = get_store(request)
    alert = alert_or_404(store, user, alert_id)
    try:
        check_alert_status(alert, status)
    except AlertStatusError as error:
        raise HTTPException(409, str(error)) from error
    store.alerts.set_status(alert.id, status, user.email)
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
    user: User = Depends(page_role("analyst")),
) -> Response:
    """Open an incident from the alert; a private watchlist's incident stays its unit's."""
    store = get_store(request)
    alert = alert_or_404(store, user, alert_id)
    watch = store.watches.get(alert.watch_id) if alert.watch_id else None
    unit = watch.unit if watch is not None and not watch.shared else None
    if unit is None and private:
        unit = user.unit
    values = {
        "title": title,
        "severity": severity,
        "lead": lead,
        "lead_unit": lead_unit,
        "members": members,
        "private": "1" if private else "",
    }
    try:
        incident = flow.open_incident(
            store,
            actor=user.email,
            alert=alert,
            title=title,
            severity=severity or None,
            lead=lead.strip(),
            lead_unit=lead_unit.strip(),
            unit=unit,
            members=[flow.parse_member(m) for m in lines(members)],
        )
    except flow.IncidentError as error:
        return _alert_page(request, user, alert.id, error=str(error), values=values)
    return RedirectResponse(f"/incidents/{incident.id}?done=opened", status_code=303)
