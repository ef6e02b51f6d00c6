"""SQL for the audit log: every change an analyst makes, with who, when, before and after."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from toancanh.domain.accounts import AuditEntry
from toancanh.store.schema import audit_log
from toancanh.store.sql.rows import from_row


def _dump(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def record(
    conn: Connection,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    now: datetime,
) -> None:
    """One audit entry, written in the same transaction as the change it describes."""
    conn.execute(
        insert(audit_log).values(
            at=now,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=_dump(before),
            after=_dump(after),
        )
    )


def entries(
    conn: Connection,
    *,
    entity: str | None = None,
    entity_id: object = None,
    since: datetime | None = None,
    until: datetime | None = None,
    actor: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    """Newest first; ``since`` inclusive, ``until`` exclusive, ``actor`` exact."""
    query = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit).offset(offset)
    if entity:
        query = query.where(audit_log.c.entity == entity)
    if entity_id is not None:
        query = query.where(audit_log.c.entity_id == str(entity_id))
    if since is not None:
        query = query.where(audit_log.c.at >= since)
    if until is not None:
        query = query.where(audit_log.c.at < until)
    if actor:
        query = query.where(audit_log.c.actor == actor)
    return [
        from_row(
            AuditEntry,
            r,
            before=json.loads(r.before) if r.before else None,
            after=json.loads(r.after) if r.after else None,
        )
        for r in conn.execute(query)
    ]


def latest_change(conn: Connection) -> int:
    """The id of the newest audit entry (0 when none): changes by users bump it."""
    return int(conn.execute(select(func.max(audit_log.c.id))).scalar() or 0)
