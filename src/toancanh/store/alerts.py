"""Alerts (one per event, updated while it lasts) and their deliveries to channels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from toancanh.domain.alerts import Alert, AlertRule, Delivery
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import alerts as alert_sql

AlertOutcome = Literal["created", "updated", "unchanged"]


@dataclass
class AlertRepository:
    db: Database

    def raise_alert(
        self,
        rule: AlertRule,
        *,
        dedup_key: str,
        severity: str,
        title: str,
        detail: dict[str, Any],
        cooldown_since: datetime,
        is_material: Callable[[Alert], bool],
        channel_ids: Sequence[int],
        now: datetime | None = None,
    ) -> tuple[Alert, AlertOutcome]:
        """One event, one alert: create it, or update the open one with the same key.

        A new alert, or a material change of an open one (``is_material``), gets a new
        version and is queued for every channel; a repeat that changes nothing material
        only moves ``last_at`` (which keeps the cool-down running).
        """
        now = now or utcnow()
        with self.db.write() as conn:
            found = alert_sql.open_alert(conn, rule.id, dedup_key, cooldown_since)
            if found is None:
                alert = alert_sql.create_alert(
                    conn,
                    rule=rule,
                    dedup_key=dedup_key,
                    severity=severity,
                    title=title,
                    detail={**detail, "_notified": detail.get("_figure")},
                    now=now,
                )
                outcome: AlertOutcome = "created"
            else:
                material = is_material(found)
                # "_notified": the figure last sent, against which growth is measured.
                notified = detail.get("_figure") if material else found.detail.get("_notified")
                alert = alert_sql.touch_alert(
                    conn,
                    found,
                    severity=severity,
                    title=title,
                    detail={**detail, "_notified": notified},
                    new_version=material,
                    now=now,
                )
                outcome = "updated" if material else "unchanged"
            if outcome != "unchanged":
                alert_sql.queue_deliveries(conn, alert, channel_ids, now)
        return alert, outcome

    def get(self, alert_id: int) -> Alert | None:
        with self.db.read() as conn:
            return alert_sql.get_alert(conn, alert_id)

    def set_status(self, alert_id: int, status: str, actor: str) -> bool:
        with self.db.change(actor, status, "alert", alert_id) as change:
            alert = alert_sql.get_alert(change.conn, alert_id)
            if alert is None:
                change.skip()
                return False
            alert_sql.set_alert_status(change.conn, alert_id, status)
            change.before, change.after = {"status": alert.status}, {"status": status}
        return True

    def due_deliveries(self, now: datetime, limit: int = 100) -> list[Delivery]:
        with self.db.read() as conn:
            return alert_sql.due_deliveries(conn, now, limit)

    def record_delivery_attempt(
        self,
        delivery_id: int,
        *,
        status: str,
        error: str | None,
        next_attempt_at: datetime | None,
    ) -> None:
        with self.db.write() as conn:
            alert_sql.record_attempt(
                conn,
                delivery_id,
                status=status,
                error=error,
                next_attempt_at=next_attempt_at,
                now=utcnow(),
            )

    def deliveries(
        self, *, alert_id: int | None = None, failed_only: bool = False, limit: int = 100
    ) -> list[Delivery]:
        with self.db.read() as conn:
            return alert_sql.list_deliveries(
                conn, alert_id=alert_id, failed_only=failed_only, limit=limit
            )

    def open_alerts(
        self, *, statuses: Sequence[str], hidden_watch_ids: Sequence[int] = (), limit: int = 50
    ) -> list[Alert]:
        """Alerts in these statuses, the most severe first (critical, high, medium, low),
        then the last seen first; ``hidden_watch_ids``: leave out these watches' alerts."""
        with self.db.read() as conn:
            return alert_sql.open_alerts(
                conn, statuses=statuses, hidden_watch_ids=hidden_watch_ids, limit=limit
            )

    def open_counts(
        self, *, statuses: Sequence[str], hidden_watch_ids: Sequence[int] = ()
    ) -> list[tuple[int | None, str, int]]:
        """(watch id, severity, alerts) of the alerts in these statuses."""
        with self.db.read() as conn:
            return alert_sql.open_counts(conn, statuses=statuses, hidden_watch_ids=hidden_watch_ids)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(
        self,
        *,
        since: datetime | None = None,
        status: str | None = None,
        watch_id: int | None = None,
        limit: int = 50,
        offset: int = 0,
        hidden_watch_ids: Sequence[int] = (),
    ) -> list[Alert]:
        with self.db.read() as conn:
            return alert_sql.list_alerts(
                conn,
                since=since,
                status=status,
                watch_id=watch_id,
                limit=limit,
                offset=offset,
                hidden_watch_ids=hidden_watch_ids,
            )
