"""Incidents: the record, its task force, its timeline and the articles linked to it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from toancanh.domain.incidents import Incident, IncidentMember
from toancanh.errors import NotFound
from toancanh.store.database import Database
from toancanh.store.sql import incidents as incident_sql


@dataclass
class IncidentRepository:
    db: Database

    def open(
        self,
        *,
        title: str,
        alert_id: int | None,
        watch_id: int | None,
        severity: str,
        lead: str | None,
        lead_unit: str | None,
        unit: str | None,
        members: Sequence[IncidentMember],
        article_ids: Sequence[int],
        actor: str,
    ) -> Incident:
        with self.db.change(actor, "create", "incident") as change:
            conn, now = change.conn, change.now
            incident_id = incident_sql.add_incident(
                conn,
                title=title,
                alert_id=alert_id,
                watch_id=watch_id,
                severity=severity,
                lead=lead,
                lead_unit=lead_unit,
                unit=unit,
                created_by=actor,
                now=now,
            )
            incident_sql.set_members(conn, incident_id, list(members))
            incident_sql.link_articles(conn, incident_id, list(article_ids), now)
            opened = f"opened from alert #{alert_id}" if alert_id else "opened"
            incident_sql.add_event(
                conn, incident_id, kind="opened", text=opened, author=actor, now=now
            )
            incident = incident_sql.get_incident(conn, incident_id)
            assert incident is not None
            change.entity_id, change.after = incident_id, _public(incident)
        return incident

    def change(
        self,
        incident_id: int,
        *,
        actor: str,
        event: tuple[str, str] | None = None,
        members: Sequence[IncidentMember] | None = None,
        article_ids: Sequence[int] = (),
        **values: Any,
    ) -> Incident:
        """Change an incident's fields, task force or articles, with a timeline entry."""
        with self.db.change(actor, "update", "incident", incident_id) as change:
            conn, now = change.conn, change.now
            before = incident_sql.get_incident(conn, incident_id)
            if before is None:
                raise NotFound("no incident #{incident_id}", incident_id=incident_id)
            change.before = _public(before)
            if values:
                incident_sql.update_incident(conn, incident_id, **values)
            if members is not None:
                incident_sql.set_members(conn, incident_id, list(members))
            if article_ids:
                incident_sql.link_articles(conn, incident_id, list(article_ids), now)
            if event is not None:
                kind, text = event
                incident_sql.add_event(
                    conn,
                    incident_id,
                    kind=kind,
                    text=text,
                    author=actor,
                    now=now,
                    article_id=article_ids[0] if kind == "article" and article_ids else None,
                )
            after = incident_sql.get_incident(conn, incident_id)
            assert after is not None
            change.after = _public(after)
        return after

    def get(self, incident_id: int) -> Incident | None:
        with self.db.read() as conn:
            return incident_sql.get_incident(conn, incident_id)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(
        self,
        *,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
        units: Sequence[str] | None = None,
    ) -> list[Incident]:
        """Newest first; with ``units``, only incidents of those units or of none."""
        with self.db.read() as conn:
            return incident_sql.list_incidents(
                conn, status=status, limit=limit, offset=offset, units=units
            )


def _public(incident: Incident) -> dict[str, Any]:
    """An incident for the audit log; its timeline is its own record of changes."""
    data = asdict(incident)
    data.pop("events", None)
    return data
