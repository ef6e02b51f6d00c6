"""The early-warning loop: from a stored article to a sent alert, in the same process.

``after_store`` runs after each batch the ingest loop or an import stores: it matches the
new articles against the watchlists, evaluates the live rules of the watches that
matched, and sends what is due. ``periodic_pass`` runs every ``alerts_interval`` seconds:
forecast breaches of every watch and the retries of failed deliveries. Both are plain
functions of the store and the settings, so a Celery task can call them as they are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from toancanh.alerts.delivery import DeliveryReport, deliver_due
from toancanh.alerts.evaluate import check_alerts
from toancanh.alerts.rules import LIVE_KINDS
from toancanh.claims.pickup import record_pickups
from toancanh.claims.registry import RegistryIndex
from toancanh.config import Settings
from toancanh.domain.alerts import Alert
from toancanh.pipeline import is_transient
from toancanh.store import Store
from toancanh.trends.series import VIETNAM, local_day
from toancanh.watch.watchlists import match_new_articles

log = logging.getLogger(__name__)


@dataclass
class LiveReport:
    matches: dict[int, list[int]] = field(default_factory=dict)  # watch id -> article ids
    alerts_created: int = 0
    alerts_updated: int = 0
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    pickups: int = 0  # statements found carried by the new articles
    # New critical alerts: the caller queues their reports (services.report_schedules).
    critical: list[Alert] = field(default_factory=list)


def after_store(
    store: Store,
    settings: Settings,
    article_ids: Sequence[int],
    *,
    now: datetime | None = None,
    pickup_index: RegistryIndex | None = None,
) -> LiveReport:
    """Watch matching, live alert rules and deliveries for newly stored articles."""
    report = LiveReport()
    if not settings.watch_live or not article_ids:
        return report
    report.matches = match_new_articles(store, article_ids)
    if report.matches:
        result = check_alerts(store, now=now, watch_ids=list(report.matches), kinds=LIVE_KINDS)
        report.alerts_created = sum(1 for _, outcome in result.alerts if outcome == "created")
        report.alerts_updated = sum(1 for _, outcome in result.alerts if outcome == "updated")
        report.critical = new_critical(result.alerts)
    report.delivery = deliver_due(store, settings, now=now)
    report.pickups = pickups_of(store, article_ids, pickup_index)
    return report


def pickups_of(store: Store, article_ids: Sequence[int], index: RegistryIndex | None = None) -> int:
    """The pickup step (``pipeline.STEPS``): a permanent failure is logged and never
    holds articles or alerts back; a transient one propagates to be tried again."""
    try:
        return record_pickups(store, article_ids, index)
    except Exception as error:
        if is_transient(error):
            raise
        log.exception("statement pickup failed for articles %s", list(article_ids)[:20])
        return 0


def periodic_pass(store: Store, settings: Settings, *, now: datetime | None = None) -> LiveReport:
    """Every rule of every watch (forecast breaches included), then due deliveries."""
    now = now or datetime.now(UTC)
    result = check_alerts(store, now=now)
    report = LiveReport(
        alerts_created=sum(1 for _, outcome in result.alerts if outcome == "created"),
        alerts_updated=sum(1 for _, outcome in result.alerts if outcome == "updated"),
        critical=new_critical(result.alerts),
    )
    report.delivery = deliver_due(store, settings, now=now)
    return report


def new_critical(alerts: Sequence[tuple[Alert, str]]) -> list[Alert]:
    """The alerts just created at the critical severity (an update is not new)."""
    return [a for a, outcome in alerts if outcome == "created" and a.severity == "critical"]


def safely(function: Callable[..., LiveReport], *args: object, **kwargs: object) -> LiveReport:
    """Run a pass; a failure is logged, never allowed to stop ingest (articles come first)."""
    try:
        return function(*args, **kwargs)
    except Exception:  # an alerting fault must not lose or block articles
        log.exception("alert pass failed")
        return LiveReport()


def replay(
    store: Store,
    *,
    since: datetime,
    until: datetime,
    hour: int = 18,
    watch_ids: Sequence[int] | None = None,
) -> LiveReport:
    """Evaluate the rules as they would have run at ``hour`` (Vietnam time) each day.

    For tuning rules on history ("what would this rule have raised last month?") and for
    the demo corpus, whose news is older than today. Alerts get the replayed times;
    nothing is delivered (a replay must not page anybody about last month).
    """
    report = LiveReport()
    day = local_day(since)
    while True:
        moment = datetime.combine(day, time(hour), VIETNAM).astimezone(UTC)
        if moment > until:
            break
        if moment >= since:
            result = check_alerts(store, now=moment, watch_ids=watch_ids, notify=False)
            report.alerts_created += sum(1 for _, o in result.alerts if o == "created")
            report.alerts_updated += sum(1 for _, o in result.alerts if o == "updated")
        day += timedelta(days=1)
    return report
