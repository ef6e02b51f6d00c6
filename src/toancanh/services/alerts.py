"""Alerts: what the watchlists' rules raised, and who handles them.

An alert goes with its watchlist: whoever sees the watchlist sees its alerts, whoever may
change it acknowledges and resolves them (``access.changeable_alert``), so that another
unit can read a unit's shared watchlist's alerts but not close them. Running the rules and
sending the deliveries by hand (``toancanh alerts check|replay|deliver``) is the
operator's: it acts on every unit's watchlists and pages people.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from toancanh import access
from toancanh.access import Actor
from toancanh.alerts.delivery import DeliveryReport, deliver_due
from toancanh.alerts.live import LiveReport, periodic_pass, replay
from toancanh.alerts.status import check_alert_status, check_status
from toancanh.config import Settings
from toancanh.domain.alerts import Alert, Delivery
from toancanh.domain.watches import Watch
from toancanh.services import watchlists
from toancanh.services.report_schedules import on_critical_alerts
from toancanh.store import Store


@dataclass(frozen=True)
class AlertView:
    """One alert as shown: its watchlist (None: of no watchlist), where it was sent, and
    whether the viewer may handle it (to offer the buttons)."""

    alert: Alert
    watch: Watch | None
    deliveries: list[Delivery]
    can_change: bool


def list_alerts(
    store: Store,
    actor: Actor,
    *,
    since: datetime | None = None,
    status: str | None = None,
    watch_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Alert]:
    """The alerts of the watchlists the actor sees (and those of no watchlist), last
    seen first."""
    if status is not None:
        check_status(status)
    if watch_id is not None:
        watchlists.get_watch(store, actor, watch_id, counted=False)
    return store.alerts.list(
        since=since,
        status=status,
        watch_id=watch_id,
        limit=limit,
        offset=offset,
        hidden_watch_ids=watchlists.hidden_ids(store, actor),
    )


def _with_watch(store: Store, alert_id: int) -> tuple[Alert | None, Watch | None]:
    alert = store.alerts.get(alert_id)
    if alert is None or alert.watch_id is None:
        return alert, None
    return alert, store.watches.get(alert.watch_id, counted=False)


def get_alert(store: Store, actor: Actor, alert_id: int) -> Alert:
    alert, watch = _with_watch(store, alert_id)
    return access.visible_alert(actor, alert, watch, alert_id)


def changeable_alert(store: Store, actor: Actor, alert_id: int) -> Alert:
    """The alert, if the actor may handle it (``NotFound`` / ``Forbidden`` otherwise)."""
    alert, watch = _with_watch(store, alert_id)
    return access.changeable_alert(actor, alert, watch, alert_id)


def show_alert(store: Store, actor: Actor, alert_id: int) -> AlertView:
    alert, watch = _with_watch(store, alert_id)
    found = access.visible_alert(actor, alert, watch, alert_id)
    return AlertView(
        alert=found,
        watch=watch,
        deliveries=store.alerts.deliveries(alert_id=found.id),
        can_change=actor.at_least("analyst") and access.can_change_alert(actor, found, watch),
    )


def set_status(store: Store, actor: Actor, alert_id: int, status: str) -> Alert:
    """Move an alert to ``status`` (a resolved one is not acknowledged: ``Conflict``)."""
    alert = changeable_alert(store, actor, alert_id)
    check_alert_status(alert, status)
    store.alerts.set_status(alert.id, status, actor.name)
    return store.alerts.get(alert.id) or alert


def acknowledge(store: Store, actor: Actor, alert_id: int) -> Alert:
    """Someone is on it."""
    return set_status(store, actor, alert_id, "acknowledged")


def resolve(store: Store, actor: Actor, alert_id: int) -> Alert:
    return set_status(store, actor, alert_id, "resolved")


# -- the operator's: every unit's watchlists, real notifications --------------------------


def failed_deliveries(store: Store, actor: Actor, *, limit: int = 50) -> list[Delivery]:
    """The deliveries that failed or wait for a retry (they name channels and errors)."""
    access.require_role(actor, "admin")
    return store.alerts.deliveries(failed_only=True, limit=limit)


def check_now(store: Store, actor: Actor, settings: Settings) -> LiveReport:
    """Every rule of every watchlist now (forecast breaches included), then what is due."""
    access.require_role(actor, "admin")
    report = periodic_pass(store, settings)
    on_critical_alerts(store, report.critical)
    return report


def replay_rules(
    store: Store,
    actor: Actor,
    *,
    since: datetime,
    until: datetime,
    hour: int = 18,
    watch_ids: Sequence[int] | None = None,
) -> LiveReport:
    """The rules as they would have run each day of a past period; nothing is sent."""
    access.require_role(actor, "admin")
    return replay(store, since=since, until=until, hour=hour, watch_ids=watch_ids)


def deliver_now(store: Store, actor: Actor, settings: Settings) -> DeliveryReport:
    """Send (or retry) the deliveries that are due."""
    access.require_role(actor, "admin")
    return deliver_due(store, settings)
