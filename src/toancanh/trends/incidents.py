"""Incidents: a communication crisis handled by a task force, from alert to closing.

Statuses move open → responding → monitoring → closed (and may go back while not
closed). Closing records a summary written by the lead and the trend of the incident's
watch before and after: articles a day and negative share in the ``COMPARE_DAYS`` before
the incident opened, during it, and after it closed (so far).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from toancanh.domain import Alert, Incident, IncidentMember
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.text.dates import isoformat_local
from toancanh.trends.series import bucket_keys, build_points

STATUSES = ("open", "responding", "monitoring", "closed")
SEVERITIES = ("low", "medium", "high", "critical")
COMPARE_DAYS = 7


class IncidentError(ValueError):
    """A change an incident cannot take; the message says why."""


def parse_member(text: str) -> IncidentMember:
    """``"Name | Unit | Role"`` (unit and role optional) as a task-force member."""
    parts = [p.strip() for p in text.split("|")]
    if not parts[0]:
        raise IncidentError(f"a member needs a name: {text!r} (write 'Name | Unit | Role')")
    if len(parts) > 3:
        raise IncidentError(f"too many '|' in {text!r} (write 'Name | Unit | Role')")
    parts += [""] * (3 - len(parts))
    return IncidentMember(parts[0], parts[1] or None, parts[2] or None)


def check_status_change(incident: Incident, status: str) -> None:
    if status not in STATUSES:
        raise IncidentError(f"unknown status {status!r}; use {', '.join(STATUSES)}")
    if incident.status == "closed":
        raise IncidentError(f"incident #{incident.id} is closed; open a new one")
    if status == "closed":
        raise IncidentError("close an incident with `incident close ID --summary ...`")


def period_figures(
    store: Store, watch_id: int, name: str, since: datetime, until: datetime
) -> dict[str, Any]:
    """Articles a day and negative share of a watch over [since, until)."""
    if until <= since:
        return {"days": 0, "articles": 0, "per_day": None, "negative_share": None}
    subject = Subject("watch", str(watch_id), name)
    _, totals = build_points(
        store.trends.counts(subject, since=since, until=until, by="day"),
        bucket_keys(since, until, "day"),
    )
    days = max((until - since).total_seconds() / 86400, 1 / 24)
    return {
        "days": round(days, 2),
        "articles": totals.total,
        "per_day": round(totals.total / days, 2),
        "negative_share": totals.negative_share,
        "from": isoformat_local(since),
        "to": isoformat_local(until),
    }


def closing_trend(
    store: Store, incident: Incident, watch_name: str, closed_at: datetime
) -> dict[str, Any] | None:
    """The watch's trend before the incident, during it, and after it closed."""
    if incident.watch_id is None:
        return None
    span = timedelta(days=COMPARE_DAYS)
    opened = incident.opened_at
    return {
        "before": period_figures(store, incident.watch_id, watch_name, opened - span, opened),
        "during": period_figures(store, incident.watch_id, watch_name, opened, closed_at),
        "after": period_figures(store, incident.watch_id, watch_name, closed_at, closed_at + span),
    }


def incident_json(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    for key in ("opened_at", "closed_at"):
        data[key] = isoformat_local(data[key]) if data[key] else None
    data["events"] = [{**e, "at": isoformat_local(e["at"])} for e in data["events"]]
    return data


# -- the workflow: the same steps for the CLI and the dashboard ---------------------------


def check_severity(value: str | None) -> str | None:
    if value is not None and value not in SEVERITIES:
        raise IncidentError(f"unknown severity {value!r}; use {', '.join(SEVERITIES)}")
    return value


def alert_article_ids(alert: Alert) -> list[int]:
    """The articles an alert points at: its stories (a story's id is its first article's)."""
    stories = alert.detail.get("stories", [])
    ids = [int(s["story_id"]) for s in stories if isinstance(s, dict) and "story_id" in s]
    if "story_id" in alert.detail:
        ids.append(int(alert.detail["story_id"]))
    return list(dict.fromkeys(ids))


def open_incident(
    store: Store,
    *,
    actor: str,
    alert: Alert | None = None,
    title: str | None = None,
    watch_id: int | None = None,
    severity: str | None = None,
    lead: str | None = None,
    lead_unit: str | None = None,
    unit: str | None = None,
    members: Sequence[IncidentMember] = (),
) -> Incident:
    """Open an incident, by hand or from an alert (its title, watch, severity and stories
    by default); an active alert becomes acknowledged."""
    name = (title or "").strip() or (alert.title if alert else "")
    if not name:
        raise IncidentError("an incident needs a title, or an alert to start from")
    incident = store.incidents.open(
        title=name,
        alert_id=alert.id if alert else None,
        watch_id=watch_id if watch_id is not None else (alert.watch_id if alert else None),
        severity=check_severity(severity) or (alert.severity if alert else "medium"),
        lead=lead or None,
        lead_unit=lead_unit or None,
        unit=unit or None,
        members=list(members),
        article_ids=alert_article_ids(alert) if alert else [],
        actor=actor,
    )
    if alert is not None and alert.status == "active":
        store.alerts.set_status(alert.id, "acknowledged", actor)
    return incident


def assign(
    store: Store,
    incident: Incident,
    *,
    actor: str,
    lead: str | None = None,
    lead_unit: str | None = None,
    members: Sequence[IncidentMember] | None = None,
    severity: str | None = None,
) -> list[str]:
    """Set the lead, the task force (replaces the members) or the severity; the changes
    as written in the timeline."""
    _check_open(incident)
    values = {
        k: v
        for k, v in {
            "lead": lead,
            "lead_unit": lead_unit,
            "severity": check_severity(severity),
        }.items()
        if v is not None
    }
    changes = [f"{k}: {v}" for k, v in values.items()]
    if members is not None:
        changes.append("task force: " + ", ".join(m.name for m in members))
    if not changes:
        raise IncidentError("give a lead, a lead unit, members or a severity")
    store.incidents.change(
        incident.id,
        actor=actor,
        event=("assign", "; ".join(changes)),
        members=list(members) if members is not None else None,
        **values,
    )
    return changes


def change_status(
    store: Store, incident: Incident, status: str, *, actor: str, note: str | None = None
) -> str:
    """Move an incident to another status (not closed: see ``close``); the timeline text."""
    check_status_change(incident, status)
    text = f"{incident.status} → {status}" + (f": {note}" if note else "")
    store.incidents.change(incident.id, actor=actor, event=("status", text), status=status)
    return text


def add_note(
    store: Store, incident: Incident, text: str, *, actor: str, action: bool = False
) -> None:
    """An entry in the timeline: a note, or an action taken (a statement, a briefing)."""
    _check_open(incident)
    if not text.strip():
        raise IncidentError("the note is empty")
    store.incidents.change(incident.id, actor=actor, event=("action" if action else "note", text))


def link_articles(
    store: Store, incident: Incident, article_ids: Sequence[int], *, actor: str
) -> None:
    """Link stored articles to the incident, one timeline entry each."""
    missing = [a for a in article_ids if store.articles.get(a) is None]
    if missing:
        raise LookupError(f"no article #{', #'.join(map(str, missing))}")
    for article_id in article_ids:
        store.incidents.change(
            incident.id,
            actor=actor,
            event=("article", f"article #{article_id} linked"),
            article_ids=[article_id],
        )


def close(
    store: Store,
    incident: Incident,
    summary: str,
    *,
    actor: str,
    now: datetime | None = None,
) -> Incident:
    """Close with a summary; the watch's trend before, during and after is recorded."""
    if incident.status == "closed":
        raise IncidentError(f"incident #{incident.id} is closed already")
    if not summary.strip():
        raise IncidentError("closing needs a summary of what happened and what was done")
    now = now or datetime.now(UTC)
    watch = store.watches.get(incident.watch_id) if incident.watch_id else None
    trend = closing_trend(store, incident, watch.name, now) if watch else None
    return store.incidents.change(
        incident.id,
        actor=actor,
        event=("closed", summary),
        status="closed",
        closed_at=now,
        summary=summary,
        closing_trend=trend,
    )


def _check_open(incident: Incident) -> None:
    if incident.status == "closed":
        raise IncidentError(f"incident #{incident.id} is closed")
