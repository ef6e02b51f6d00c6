"""SQL for report schedules and their sends."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from toancanh.domain.report_schedules import Schedule, Send
from toancanh.store.schema import channels, report_schedules, report_sends, watches
from toancanh.store.sql.rows import from_row


def _query() -> Any:
    return (
        select(report_schedules, channels.c.name.label("channel"), watches.c.name.label("watch"))
        .join(channels, channels.c.id == report_schedules.c.channel_id)
        .outerjoin(watches, watches.c.id == report_schedules.c.watch_id)
    )


def add_schedule(conn: Connection, values: dict[str, Any], now: datetime) -> int:
    row = conn.execute(
        insert(report_schedules)
        .values(**values, created_at=now, updated_at=now)
        .returning(report_schedules.c.id)
    ).one()
    return int(row.id)


def get_schedule(conn: Connection, schedule_id: int) -> Schedule | None:
    row = conn.execute(_query().where(report_schedules.c.id == schedule_id)).first()
    return from_row(Schedule, row) if row else None


def list_schedules(
    conn: Connection, *, enabled_only: bool = False, cadence: str | None = None
) -> list[Schedule]:
    query = _query().order_by(report_schedules.c.id)
    if enabled_only:
        query = query.where(report_schedules.c.enabled.is_(True))
    if cadence is not None:
        query = query.where(report_schedules.c.cadence == cadence)
    return [from_row(Schedule, row) for row in conn.execute(query)]


def schedules_using_channel(conn: Connection, channel_id: int) -> list[int]:
    rows = conn.execute(
        select(report_schedules.c.id).where(report_schedules.c.channel_id == channel_id)
    )
    return [int(r.id) for r in rows]


def set_enabled(conn: Connection, schedule_id: int, enabled: bool, now: datetime) -> None:
    conn.execute(
        update(report_schedules)
        .where(report_schedules.c.id == schedule_id)
        .values(enabled=enabled, updated_at=now)
    )


def remove_schedule(conn: Connection, schedule_id: int) -> None:
    conn.execute(delete(report_sends).where(report_sends.c.schedule_id == schedule_id))
    conn.execute(delete(report_schedules).where(report_schedules.c.id == schedule_id))


def advance(conn: Connection, schedule_id: int, due_for: str) -> bool:
    """Move the schedule's last slot to ``due_for`` unless it is there or later already
    (a compare-and-set: of two runners, one moves it)."""
    done = conn.execute(
        update(report_schedules)
        .where(
            report_schedules.c.id == schedule_id,
            or_(
                report_schedules.c.last_sent_for.is_(None),
                report_schedules.c.last_sent_for < due_for,
            ),
        )
        .values(last_sent_for=due_for)
    )
    return bool(done.rowcount)


def mark_slot(conn: Connection, schedule_id: int, due_for: str) -> None:
    conn.execute(
        update(report_schedules)
        .where(report_schedules.c.id == schedule_id)
        .values(last_sent_for=due_for)
    )


def add_send(
    conn: Connection, schedule_id: int, due_for: str, now: datetime, lease_until: datetime
) -> Send:
    """The send row of a slot; the unique (schedule, slot) constraint refuses a second."""
    row = conn.execute(
        insert(report_sends)
        .values(
            schedule_id=schedule_id,
            due_for=due_for,
            status="pending",
            attempts=0,
            next_attempt_at=lease_until,
            created_at=now,
        )
        .returning(*report_sends.c)
    ).one()
    return from_row(Send, row)


def take(conn: Connection, send: Send, now: datetime, lease_until: datetime) -> bool:
    """Lease a due pending send for one attempt: only one runner's update matches."""
    done = conn.execute(
        update(report_sends)
        .where(
            report_sends.c.id == send.id,
            report_sends.c.status == "pending",
            report_sends.c.attempts == send.attempts,
            report_sends.c.next_attempt_at <= now,
        )
        .values(next_attempt_at=lease_until)
    )
    return bool(done.rowcount)


def due_sends(conn: Connection, now: datetime, limit: int) -> list[Send]:
    query = (
        select(report_sends)
        .where(report_sends.c.status == "pending", report_sends.c.next_attempt_at <= now)
        .order_by(report_sends.c.next_attempt_at, report_sends.c.id)
        .limit(limit)
    )
    return [from_row(Send, row) for row in conn.execute(query)]


def record(conn: Connection, send_id: int, values: dict[str, Any]) -> None:
    conn.execute(
        update(report_sends)
        .where(report_sends.c.id == send_id)
        .values(attempts=report_sends.c.attempts + 1, **values)
    )


def get_send(conn: Connection, send_id: int) -> Send | None:
    row = conn.execute(select(report_sends).where(report_sends.c.id == send_id)).first()
    return from_row(Send, row) if row else None


def list_sends(conn: Connection, schedule_ids: Sequence[int] | None, limit: int) -> list[Send]:
    query = select(report_sends).order_by(
        report_sends.c.created_at.desc(), report_sends.c.id.desc()
    )
    if schedule_ids is not None:
        query = query.where(report_sends.c.schedule_id.in_(list(schedule_ids)))
    return [from_row(Send, row) for row in conn.execute(query.limit(limit))]
