"""``/alerts``: alerts raised by the watchlists' rules; acknowledge and resolve them.

Only the alerts of watchlists you can see exist for you (others: 404).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query

from toancanh.domain import Alert, User
from toancanh.resolve import parse_when
from toancanh.shapes import alert_json, delivery_json
from toancanh.store import Store
from toancanh.web.api.common import (
    READ_ERRORS,
    WRITE_ERRORS,
    AnalystDep,
    Limit,
    Offset,
    StoreDep,
    UserDep,
    can_see_watch,
    hidden_watch_ids,
    id_path,
    not_found,
    page,
    visible_watch,
)
from toancanh.web.api.models import Alert as AlertOut
from toancanh.web.api.models import AlertDetail, Page

router = APIRouter(prefix="/alerts", tags=["alerts"], responses=READ_ERRORS)
AlertId = Annotated[int, id_path("alert")]


def visible_alert(store: Store, user: User, alert_id: int) -> Alert:
    alert = store.alerts.get(alert_id)
    if alert is None:
        raise not_found("alert", alert_id)
    if alert.watch_id is not None:
        watch = store.watches.get(alert.watch_id)
        if watch is None or not can_see_watch(user, watch):
            raise not_found("alert", alert_id)
    return alert


@router.get(
    "",
    summary="Alerts, newest first",
    response_model=Page[AlertOut],
    description="As `toancanh alerts --json`, for the watchlists you can see.",
)
def list_alerts(
    store: StoreDep,
    user: UserDep,
    since: Annotated[str | None, Query(description="Seen since: 7d, 2026-11-01.")] = None,
    status: Annotated[
        Literal["active", "acknowledged", "resolved"] | None, Query(description="Only these.")
    ] = None,
    watch_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only this watchlist's alerts.")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    if watch_id is not None:
        visible_watch(store, user, watch_id)
    found = store.alerts.list(
        since=parse_when(since),
        status=status,
        watch_id=watch_id,
        limit=limit + 1,
        offset=offset,
        hidden_watch_ids=hidden_watch_ids(store, user),
    )
    return page(found, limit, offset, alert_json)


@router.get(
    "/{alert_id}",
    summary="One alert with its deliveries",
    response_model=AlertDetail,
    description="Figures, driving stories and where it was sent (as `alerts show --json`).",
)
def show_alert(store: StoreDep, user: UserDep, alert_id: AlertId) -> dict[str, Any]:
    alert = visible_alert(store, user, alert_id)
    deliveries = store.alerts.deliveries(alert_id=alert.id)
    return {**alert_json(alert), "deliveries": [delivery_json(d) for d in deliveries]}


def _set_status(store: Store, user: User, alert_id: int, status: str) -> dict[str, Any]:
    alert = visible_alert(store, user, alert_id)
    if alert.status == "resolved" and status == "acknowledged":
        raise HTTPException(409, f"alert #{alert_id} is resolved already")
    store.alerts.set_status(alert.id, status, user.email)
    changed = store.alerts.get(alert.id) or alert
    return alert_json(changed)


@router.post(
    "/{alert_id}/ack",
    summary="Acknowledge an alert (analyst)",
    response_model=AlertOut,
    responses=WRITE_ERRORS,
    description="Someone is on it. A resolved alert cannot be acknowledged (409).",
)
def ack_alert(store: StoreDep, user: AnalystDep, alert_id: AlertId) -> dict[str, Any]:
    return _set_status(store, user, alert_id, "acknowledged")


@router.post(
    "/{alert_id}/resolve",
    summary="Resolve an alert (analyst)",
    response_model=AlertOut,
    responses=WRITE_ERRORS,
)
def resolve_alert(store: StoreDep, user: AnalystDep, alert_id: AlertId) -> dict[str, Any]:
    return _set_status(store, user, alert_id, "resolved")
