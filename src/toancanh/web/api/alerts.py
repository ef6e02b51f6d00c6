"""``/alerts``: alerts raised by the watchlists' rules; acknowledge and resolve them.

Only the alerts of watchlists you can see exist for you (others: 404); those of a
watchlist you may not change (another unit's shared one) you read but do not handle (403).
``services.alerts`` decides.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query

from toancanh.resolve import parse_when
from toancanh.services import alerts as service
from toancanh.shapes import alert_json, delivery_json
from toancanh.web.api.common import ActorDep, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.filters import when_query
from toancanh.web.api.models import Alert as AlertOut
from toancanh.web.api.models import AlertDetail, Page
from toancanh.web.api.paging import Limit, Offset, page

router = Router("alerts", "/alerts")
AlertId = Annotated[int, id_path("alert")]


@router.read(
    "",
    "Alerts, newest first",
    Page[AlertOut],
    description="As `toancanh alerts --json`, for the watchlists you can see.",
)
def list_alerts(
    store: StoreDep,
    actor: ActorDep,
    since: Annotated[str | None, when_query("Seen since: 7d, 2026-11-01.")] = None,
    status: Annotated[
        Literal["active", "acknowledged", "resolved"] | None, Query(description="Only these.")
    ] = None,
    watch_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only this watchlist's alerts.")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = service.list_alerts(
        store,
        actor,
        since=parse_when(since),
        status=status,
        watch_id=watch_id,
        limit=limit + 1,
        offset=offset,
    )
    return page(found, limit, offset, alert_json)


@router.read(
    "/{alert_id}",
    "One alert with its deliveries",
    AlertDetail,
    description="Figures, driving stories and where it was sent (as `alerts show --json`).",
)
def show_alert(store: StoreDep, actor: ActorDep, alert_id: AlertId) -> dict[str, Any]:
    shown = service.show_alert(store, actor, alert_id)
    return {**alert_json(shown.alert), "deliveries": [delivery_json(d) for d in shown.deliveries]}


@router.write(
    "post",
    "/{alert_id}/ack",
    "Acknowledge an alert (its watchlist's unit's analysts, admins)",
    AlertOut,
    description="Someone is on it. A resolved alert cannot be acknowledged (409).",
)
def ack_alert(store: StoreDep, actor: AnalystActor, alert_id: AlertId) -> dict[str, Any]:
    return alert_json(service.acknowledge(store, actor, alert_id))


@router.write(
    "post",
    "/{alert_id}/resolve",
    "Resolve an alert (its watchlist's unit's analysts, admins)",
    AlertOut,
)
def resolve_alert(store: StoreDep, actor: AnalystActor, alert_id: AlertId) -> dict[str, Any]:
    return alert_json(service.resolve(store, actor, alert_id))
