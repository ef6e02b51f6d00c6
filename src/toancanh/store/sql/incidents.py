"""SQL for incidents: the task force, the timeline, the linked articles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from toancanh.domain.incidents import Incident, IncidentEvent, IncidentMember
from toancanh.store.schema import (
    incident_articles,
    incident_events,
    incident_members,
    incidents,
)
from toancanh.store.sql.rows import from_row
from toancanh.store.sql.upsert import insert_ignoring_existing


def add_incident(
    conn: Connection,
    *,
    title: str,
    alert_id: int | None,
    watch_id: int | None,
    severity: str,
    lead: str | None,
    lead_unit: str | None,
    unit: str | None,
    created_by: str,
    now: datetime,
) -> int:
    result = conn.execute(
        insert(incidents)
        .values(
            title=title,
            alert_id=alert_id,
            watch_id=watch_id,
            severity=severity,
            status="open",
            lead=lead,
            lead_unit=lead_unit,
            unit=unit,
            opened_at=now,
            created_by=created_by,
        )
        .returning(incidents.c.id)
    )
    return int(result.scalar_one())


def update_incident(conn: Connection, incident_id: int, **values: Any) -> None:
    if "closing_trend" in values and values["closing_trend"] is not None:
        values["closing_trend"] = json.dumps(values["closing_trend"], ensure_ascii=False)
    conn.execute(update(incidents).where(incidents.c.id == incident_id).values(**values))


def add_event(
    conn: Connection,
    incident_id: int,
    *,
    kind: str,
    text: str,
    author: str,
    now: datetime,
    article_id: int | None = None,
) -> None:
    conn.execute(
        insert(incident_events).values(
            incident_id=incident_id,
            at=now,
            kind=kind,
            text=text,
            author=author,
            article_id=article_id,
        )
    )


def set_members(conn: Connection, incident_id: int, members: list[IncidentMember]) -> None:
    conn.execute(delete(incident_members).where(incident_members.c.incident_id == incident_id))
    if members:
        conn.execute(
            insert(incident_members),
            [
                {"incident_id": incident_id, "name": m.name, "unit": m.unit, "role": m.role}
                for m in members
            ],
        )


def link_articles(
    conn: Connection, incident_id: int, article_ids: list[int], now: datetime
) -> None:
    insert_ignoring_existing(
        conn,
        incident_articles,
        [{"incident_id": incident_id, "article_id": a, "added_at": now} for a in article_ids],
    )


def get_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
    if row is None:
        return None
    members = tuple(
        IncidentMember(r.name, r.unit, r.role)
        for r in conn.execute(
            select(incident_members)
            .where(incident_members.c.incident_id == incident_id)
            .order_by(incident_members.c.id)
        )
    )
    events = tuple(
        IncidentEvent(r.at, r.kind, r.text, r.author, r.article_id)
        for r in conn.execute(
            select(incident_events)
            .where(incident_events.c.incident_id == incident_id)
            .order_by(incident_events.c.at, incident_events.c.id)
        )
    )
    article_ids = tuple(
        conn.execute(
            select(incident_articles.c.article_id)
            .where(incident_articles.c.incident_id == incident_id)
            .order_by(incident_articles.c.added_at, incident_articles.c.article_id)
        ).scalars()
    )
    return _incident(row, members, events, article_ids)


def _incident(
    row: Any,
    members: tuple[IncidentMember, ...] = (),
    events: tuple[IncidentEvent, ...] = (),
    article_ids: tuple[int, ...] = (),
) -> Incident:
    return from_row(
        Incident,
        row,
        closing_trend=json.loads(row.closing_trend) if row.closing_trend else None,
        members=members,
        events=events,
        article_ids=article_ids,
    )


def list_incidents(
    conn: Connection,
    *,
    status: str | None = None,
    limit: int = 50,
    offset: int = 0,
    units: Sequence[str] | None = None,
) -> list[Incident]:
    """Newest first; with ``units``, only incidents of those units or of none."""
    query = select(incidents).order_by(incidents.c.opened_at.desc(), incidents.c.id.desc())
    if status is not None:
        query = query.where(incidents.c.status == status)
    if units is not None:
        query = query.where(incidents.c.unit.is_(None) | incidents.c.unit.in_(list(units)))
    return [_incident(r) for r in conn.execute(query.limit(limit).offset(offset))]
