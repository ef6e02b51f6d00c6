"""SQL for task forces: members, their notifications, the after-action review."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from toancanh.domain.task_forces import Member, Notice, Review
from toancanh.store.schema import task_force_members, task_force_notifications, task_force_reviews
from toancanh.store.sql.rows import from_row


def members(conn: Connection, incident_id: int) -> list[Member]:
    rows = conn.execute(
        select(task_force_members)
        .where(task_force_members.c.incident_id == incident_id)
        .order_by(task_force_members.c.id)
    )
    return [from_row(Member, row) for row in rows]


def replace_members(
    conn: Connection, incident_id: int, rows: Sequence[dict[str, Any]], actor: str, now: datetime
) -> None:
    conn.execute(delete(task_force_members).where(task_force_members.c.incident_id == incident_id))
    if rows:
        stamp = {"incident_id": incident_id, "confirmed_by": actor, "confirmed_at": now}
        conn.execute(insert(task_force_members), [row | stamp for row in rows])


def add_notice(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(insert(task_force_notifications), values)


def notices(conn: Connection, incident_id: int) -> list[Notice]:
    rows = conn.execute(
        select(task_force_notifications)
        .where(task_force_notifications.c.incident_id == incident_id)
        .order_by(task_force_notifications.c.at.desc(), task_force_notifications.c.id.desc())
    )
    return [from_row(Notice, row) for row in rows]


def get_review(conn: Connection, incident_id: int) -> Review | None:
    row = conn.execute(
        select(task_force_reviews).where(task_force_reviews.c.incident_id == incident_id)
    ).first()
    if row is None:
        return None
    return from_row(Review, row, statement_ids=tuple(json.loads(row.statement_ids)))


def save_review(
    conn: Connection,
    incident_id: int,
    *,
    what_happened: str,
    to_change: str,
    statement_ids: Sequence[int],
    actor: str,
    now: datetime,
) -> None:
    values = {
        "what_happened": what_happened,
        "to_change": to_change,
        "statement_ids": json.dumps(list(statement_ids)),
        "updated_by": actor,
        "updated_at": now,
    }
    found = conn.execute(
        update(task_force_reviews)
        .where(task_force_reviews.c.incident_id == incident_id)
        .values(**values)
    )
    if not found.rowcount:
        conn.execute(insert(task_force_reviews), values | {"incident_id": incident_id})
