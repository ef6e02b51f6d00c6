"""Incidents: a task force handling a communication crisis, from alert to closing.

An incident belongs to a unit (or to nobody: everyone's). Its unit and the admins see it
and work on it; an incident of no unit, every analyst (``access.changeable_incident``).
Opening one from an alert acknowledges the alert, so it takes the right to handle that
alert; a private watchlist's incident is its unit's. A closed incident takes no more
changes (``Conflict``). Every step writes a timeline entry and an audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.alerts import Alert
from toancanh.domain.articles import Article
from toancanh.domain.incidents import Incident, IncidentMember
from toancanh.domain.watches import Watch
from toancanh.errors import Invalid
from toancanh.incidents.workflow import (
    alert_article_ids,
    assignment,
    check_open,
    check_severity,
    check_status,
    check_status_change,
    closing_trend,
)
from toancanh.services import alerts, watchlists
from toancanh.store import Store


@dataclass(frozen=True)
class NewIncident:
    """An incident as a user opens it; from an alert, what is not given is the alert's
    (title, watchlist, severity; its stories are linked)."""

    title: str | None = None
    alert_id: int | None = None
    watch_id: int | None = None
    severity: str | None = None
    lead: str | None = None
    lead_unit: str | None = None
    members: Sequence[IncidentMember] = field(default_factory=tuple)
    unit: str | None = None  # whose (None: everyone's); a private watchlist's wins


@dataclass(frozen=True)
class IncidentView:
    """One incident as shown: its watchlist (if the viewer sees it), its linked articles,
    and whether the viewer may work on it."""

    incident: Incident
    watch: Watch | None
    articles: list[Article]
    can_change: bool


def list_incidents(
    store: Store, actor: Actor, *, status: str | None = None, limit: int = 50, offset: int = 0
) -> list[Incident]:
    """The incidents the actor sees (their unit's and those of no unit; admins: all),
    newest first."""
    if status is not None:
        check_status(status)
    units = None if actor.admin else ([actor.unit] if actor.unit else [])
    return store.incidents.list(status=status, limit=limit, offset=offset, units=units)


def get_incident(store: Store, actor: Actor, incident_id: int) -> Incident:
    return access.visible_incident(actor, store.incidents.get(incident_id), incident_id)


def show_incident(store: Store, actor: Actor, incident_id: int) -> IncidentView:
    incident = get_incident(store, actor, incident_id)
    watch = None
    if incident.watch_id is not None:
        watch = watchlists.visible_ids(store, actor).get(incident.watch_id)
    articles = [a for a in map(store.articles.get, incident.article_ids) if a is not None]
    return IncidentView(incident, watch, articles, can_change(actor, incident))


def can_change(actor: Actor, incident: Incident) -> bool:
    """Whether to offer the actor the forms of the workflow."""
    return actor.at_least("analyst") and access.can_change_incident(actor, incident)


def incidents_of_alert(store: Store, actor: Actor, alert_id: int) -> list[Incident]:
    """The incidents opened from an alert that the actor sees."""
    alerts.get_alert(store, actor, alert_id)
    return [i for i in list_incidents(store, actor, limit=500) if i.alert_id == alert_id]


def open_incident(store: Store, actor: Actor, new: NewIncident) -> Incident:
    """Open an incident, by hand or from an alert; an active alert becomes acknowledged."""
    access.require_role(actor, "analyst")
    alert: Alert | None = None
    if new.alert_id is not None:
        alert = alerts.changeable_alert(store, actor, new.alert_id)
    watch_id = new.watch_id if new.watch_id is not None else (alert.watch_id if alert else None)
    watch = watchlists.get_watch(store, actor, watch_id, counted=False) if watch_id else None
    title = (new.title or "").strip() or (alert.title if alert else "")
    if not title:
        raise Invalid("give a title, or an alert to start from", field="title")
    severity = check_severity(new.severity or None) or (alert.severity if alert else "medium")
    incident = store.incidents.open(
        title=title,
        alert_id=alert.id if alert else None,
        watch_id=watch.id if watch else None,
        severity=severity,
        lead=(new.lead or "").strip() or None,
        lead_unit=(new.lead_unit or "").strip() or None,
        unit=access.incident_unit(actor, watch, new.unit or None),
        members=list(new.members),
        article_ids=alert_article_ids(alert) if alert else [],
        actor=actor.name,
    )
    if alert is not None and alert.status == "active":
        store.alerts.set_status(alert.id, "acknowledged", actor.name)
    return incident


def _changeable(store: Store, actor: Actor, incident_id: int) -> Incident:
    return access.changeable_incident(actor, store.incidents.get(incident_id), incident_id)


def assign(
    store: Store,
    actor: Actor,
    incident_id: int,
    *,
    lead: str | None = None,
    lead_unit: str | None = None,
    members: Sequence[IncidentMember] | None = None,
    severity: str | None = None,
) -> Incident:
    """Set the lead, the task force (``members`` replaces it) or the severity."""
    incident = _changeable(store, actor, incident_id)
    team = list(members) if members is not None else None
    values, text = assignment(
        incident, lead=lead, lead_unit=lead_unit, members=team, severity=severity
    )
    return store.incidents.change(
        incident.id, actor=actor.name, event=("assign", text), members=team, **values
    )


def change_status(
    store: Store, actor: Actor, incident_id: int, status: str, *, note: str | None = None
) -> Incident:
    """Move an incident to another status (closing is ``close_incident``)."""
    incident = _changeable(store, actor, incident_id)
    check_status_change(incident, status)
    text = f"{incident.status} → {status}" + (f": {note}" if note else "")
    return store.incidents.change(
        incident.id, actor=actor.name, event=("status", text), status=status
    )


def add_note(
    store: Store, actor: Actor, incident_id: int, text: str, *, action: bool = False
) -> Incident:
    """A timeline entry: a note, or an action taken (a statement, a press briefing)."""
    incident = _changeable(store, actor, incident_id)
    check_open(incident)
    if not text.strip():
        raise Invalid("the note is empty", field="text")
    kind = "action" if action else "note"
    return store.incidents.change(incident.id, actor=actor.name, event=(kind, text))


def link_articles(
    store: Store, actor: Actor, incident_id: int, article_ids: Sequence[int]
) -> Incident:
    """Link stored articles to the incident, one timeline entry each."""
    incident = _changeable(store, actor, incident_id)
    check_open(incident)
    wanted = list(dict.fromkeys(article_ids))
    if not wanted:
        raise Invalid("give the ids of the articles to link", field="article_ids")
    missing = [a for a in wanted if store.articles.get(a) is None]
    if missing:
        raise Invalid(
            "no article {ids}", field="article_ids", ids=", ".join(f"#{a}" for a in missing)
        )
    changed = incident
    for article_id in wanted:
        changed = store.incidents.change(
            incident.id,
            actor=actor.name,
            event=("article", f"article #{article_id} linked"),
            article_ids=[article_id],
        )
    return changed


def close_incident(
    store: Store, actor: Actor, incident_id: int, summary: str, *, now: datetime | None = None
) -> Incident:
    """Close with a summary; the watchlist's trend before, during and after is recorded."""
    incident = _changeable(store, actor, incident_id)
    check_open(incident)
    if not summary.strip():
        raise Invalid("closing needs a summary of what happened and what was done", field="summary")
    now = now or datetime.now(UTC)
    watch = store.watches.get(incident.watch_id, counted=False) if incident.watch_id else None
    trend = closing_trend(store, incident, watch.name, now) if watch else None
    return store.incidents.change(
        incident.id,
        actor=actor.name,
        event=("closed", summary),
        status="closed",
        closed_at=now,
        summary=summary,
        closing_trend=trend,
    )
