"""SQL for alert channels, rules, alerts and their deliveries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, case, delete, func, insert, or_, select, update

from toancanh.domain.alerts import Alert, AlertRule, Channel, Delivery
from toancanh.store.schema import alert_rules, alerts, channels, deliveries
from toancanh.store.sql.rows import from_row


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


# -- channels --------------------------------------------------------------------------


def _channel(row: Any) -> Channel:
    return from_row(Channel, row, config=json.loads(row.config), enabled=bool(row.enabled))


def add_channel(
    conn: Connection, name: str, kind: str, config: dict[str, Any], now: datetime
) -> int:
    values = {"name": name, "kind": kind, "config": _json(config), "enabled": True}
    result = conn.execute(
        insert(channels).values(**values, created_at=now).returning(channels.c.id)
    )
    return int(result.scalar_one())


def list_channels(conn: Connection) -> list[Channel]:
    return [_channel(r) for r in conn.execute(select(channels).order_by(channels.c.name))]


def get_channel(conn: Connection, name: str) -> Channel | None:
    row = conn.execute(select(channels).where(channels.c.name == name)).first()
    return _channel(row) if row else None


def remove_channel(conn: Connection, channel_id: int) -> None:
    conn.execute(delete(channels).where(channels.c.id == channel_id))


# -- rules -----------------------------------------------------------------------------


def _rule(row: Any) -> AlertRule:
    return from_row(
        AlertRule,
        row,
        params=json.loads(row.params),
        channels=tuple(json.loads(row.channels)),
        enabled=bool(row.enabled),
    )


def add_rule(
    conn: Connection,
    *,
    watch_id: int,
    kind: str,
    severity: str,
    params: dict[str, Any],
    cooldown_minutes: int,
    channel_names: Sequence[str],
    now: datetime,
) -> int:
    result = conn.execute(
        insert(alert_rules)
        .values(
            watch_id=watch_id,
            kind=kind,
            severity=severity,
            params=_json(params),
            cooldown_minutes=cooldown_minutes,
            channels=_json(list(channel_names)),
            enabled=True,
            created_at=now,
        )
        .returning(alert_rules.c.id)
    )
    return int(result.scalar_one())


def list_rules(conn: Connection, watch_id: int | None = None) -> list[AlertRule]:
    query = select(alert_rules).order_by(alert_rules.c.watch_id, alert_rules.c.id)
    if watch_id is not None:
        query = query.where(alert_rules.c.watch_id == watch_id)
    return [_rule(r) for r in conn.execute(query)]


def get_rule(conn: Connection, rule_id: int) -> AlertRule | None:
    row = conn.execute(select(alert_rules).where(alert_rules.c.id == rule_id)).first()
    return _rule(row) if row else None


def set_rule_enabled(conn: Connection, rule_id: int, enabled: bool) -> None:
    conn.execute(update(alert_rules).where(alert_rules.c.id == rule_id).values(enabled=enabled))


def remove_rule(conn: Connection, rule_id: int) -> None:
    conn.execute(delete(alert_rules).where(alert_rules.c.id == rule_id))


# -- alerts ----------------------------------------------------------------------------


def _alert(row: Any) -> Alert:
    return from_row(Alert, row, detail=json.loads(row.detail))


def open_alert(conn: Connection, rule_id: int, dedup_key: str, since: datetime) -> Alert | None:
    """The alert of this rule and key seen since ``since`` (its cool-down), if any."""
    row = conn.execute(
        select(alerts)
        .where(
            alerts.c.rule_id == rule_id,
            alerts.c.dedup_key == dedup_key,
            alerts.c.last_at >= since,
        )
        .order_by(alerts.c.id.desc())
        .limit(1)
    ).first()
    return _alert(row) if row else None


def create_alert(
    conn: Connection,
    *,
    rule: AlertRule,
    dedup_key: str,
    severity: str,
    title: str,
    detail: dict[str, Any],
    now: datetime,
) -> Alert:
    values = {
        "rule_id": rule.id,
        "watch_id": rule.watch_id,
        "kind": rule.kind,
        "dedup_key": dedup_key,
        "severity": severity,
        "status": "active",
        "title": title,
        "detail": _json(detail),
        "first_at": now,
        "last_at": now,
        "updates": 0,
        "version": 1,
    }
    alert_id = int(
        conn.execute(insert(alerts).values(**values).returning(alerts.c.id)).scalar_one()
    )
    found = get_alert(conn, alert_id)
    assert found is not None
    return found


def touch_alert(
    conn: Connection,
    alert: Alert,
    *,
    severity: str,
    title: str,
    detail: dict[str, Any],
    new_version: bool,
    now: datetime,
) -> Alert:
    """The same event seen again: update it; a material change makes a new version."""
    conn.execute(
        update(alerts)
        .where(alerts.c.id == alert.id)
        .values(
            severity=severity,
            title=title,
            detail=_json(detail),
            last_at=now,
            updates=alerts.c.updates + 1,
            version=alerts.c.version + (1 if new_version else 0),
        )
    )
    found = get_alert(conn, alert.id)
    assert found is not None
    return found


def set_alert_status(conn: Connection, alert_id: int, status: str) -> None:
    conn.execute(update(alerts).where(alerts.c.id == alert_id).values(status=status))


def get_alert(conn: Connection, alert_id: int) -> Alert | None:
    row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
    return _alert(row) if row else None


def list_alerts(
    conn: Connection,
    *,
    since: datetime | None = None,
    status: str | None = None,
    watch_id: int | None = None,
    limit: int = 50,
    offset: int = 0,
    hidden_watch_ids: Sequence[int] = (),
) -> list[Alert]:
    """Newest first; ``hidden_watch_ids``: leave out these watches' alerts."""
    query = (
        select(alerts)
        .order_by(alerts.c.last_at.desc(), alerts.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    if hidden_watch_ids:
        query = query.where(
            alerts.c.watch_id.is_(None) | alerts.c.watch_id.not_in(list(hidden_watch_ids))
        )
    if since is not None:
        query = query.where(alerts.c.last_at >= since)
    if status is not None:
        query = query.where(alerts.c.status == status)
    if watch_id is not None:
        query = query.where(alerts.c.watch_id == watch_id)
    return [_alert(r) for r in conn.execute(query)]


# The most urgent first: critical, high, medium, low (an unknown severity last).
SEVERITY_ORDER = ("critical", "high", "medium", "low")


def _severity_rank() -> Any:
    return case(
        *((alerts.c.severity == name, rank) for rank, name in enumerate(SEVERITY_ORDER)),
        else_=len(SEVERITY_ORDER),
    )


def _not_hidden(hidden_watch_ids: Sequence[int]) -> Any:
    if not hidden_watch_ids:
        return alerts.c.id.is_not(None)
    return alerts.c.watch_id.is_(None) | alerts.c.watch_id.not_in(list(hidden_watch_ids))


def open_alerts(
    conn: Connection, *, statuses: Sequence[str], hidden_watch_ids: Sequence[int], limit: int
) -> list[Alert]:
    """Alerts in these statuses, the most severe first, then the last seen first."""
    query = (
        select(alerts)
        .where(alerts.c.status.in_(list(statuses)), _not_hidden(hidden_watch_ids))
        .order_by(_severity_rank(), alerts.c.last_at.desc(), alerts.c.id.desc())
        .limit(limit)
    )
    return [_alert(r) for r in conn.execute(query)]


def open_counts(
    conn: Connection, *, statuses: Sequence[str], hidden_watch_ids: Sequence[int]
) -> list[tuple[int | None, str, int]]:
    """(watch id, severity, alerts) of the alerts in these statuses."""
    query = (
        select(alerts.c.watch_id, alerts.c.severity, func.count())
        .where(alerts.c.status.in_(list(statuses)), _not_hidden(hidden_watch_ids))
        .group_by(alerts.c.watch_id, alerts.c.severity)
    )
    return [(w, s, int(n)) for w, s, n in conn.execute(query)]


# -- deliveries ------------------------------------------------------------------------


def _delivery(row: Any) -> Delivery:
    return from_row(Delivery, row, channel=row.name)


def _deliveries_query() -> Any:
    return select(deliveries, channels.c.name).join(
        channels, channels.c.id == deliveries.c.channel_id
    )


def queue_deliveries(
    conn: Connection, alert: Alert, channel_ids: Sequence[int], now: datetime
) -> None:
    rows = [
        {
            "alert_id": alert.id,
            "channel_id": channel_id,
            "alert_version": alert.version,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for channel_id in channel_ids
    ]
    if rows:
        conn.execute(insert(deliveries), rows)


def due_deliveries(conn: Connection, now: datetime, limit: int = 100) -> list[Delivery]:
    query = (
        _deliveries_query()
        .where(deliveries.c.status == "pending", deliveries.c.next_attempt_at <= now)
        .order_by(deliveries.c.next_attempt_at, deliveries.c.id)
        .limit(limit)
    )
    return [_delivery(r) for r in conn.execute(query)]


def record_attempt(
    conn: Connection,
    delivery_id: int,
    *,
    status: str,
    error: str | None,
    next_attempt_at: datetime | None,
    now: datetime,
) -> None:
    conn.execute(
        update(deliveries)
        .where(deliveries.c.id == delivery_id)
        .values(
            status=status,
            attempts=deliveries.c.attempts + 1,
            last_error=error,
            next_attempt_at=next_attempt_at,
            sent_at=now if status == "sent" else None,
        )
    )


def list_deliveries(
    conn: Connection,
    *,
    alert_id: int | None = None,
    failed_only: bool = False,
    limit: int = 100,
) -> list[Delivery]:
    query = _deliveries_query().order_by(deliveries.c.id.desc()).limit(limit)
    if alert_id is not None:
        query = query.where(deliveries.c.alert_id == alert_id)
    if failed_only:
        # Given up, or still retrying after at least one failure: both need attention.
        query = query.where(
            or_(
                deliveries.c.status == "failed",
                (deliveries.c.status == "pending") & (deliveries.c.attempts > 0),
            )
        )
    return [_delivery(r) for r in conn.execute(query)]
