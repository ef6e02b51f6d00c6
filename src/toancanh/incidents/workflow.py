"""Incidents: a communication crisis handled by a task force, from alert to closing.

The rules of the workflow, as pure functions; ``toancanh.services.incidents`` runs the
steps (with who may take them). Statuses move open → responding → monitoring → closed
(and may go back while not closed); a closed incident takes no more changes. Closing
records a summary written by the lead and the trend of the incident's watch before and
after: articles a day and negative share in the ``COMPARE_DAYS`` before the incident
opened, during it, and after it closed (so far).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from toancanh.domain.alerts import Alert
from toancanh.domain.incidents import Incident, IncidentMember
from toancanh.errors import Conflict, Invalid, check_choice
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.text.dates import isoformat_local
from toancanh.trends.series import bucket_keys, build_points

STATUSES = ("open", "responding", "monitoring", "closed")
SEVERITIES = ("low", "medium", "high", "critical")
COMPARE_DAYS = 7


def parse_member(text: str) -> IncidentMember:
    """``"Name | Unit | Role"`` (unit and role optional) as a task-force member."""
    parts = [p.strip() for p in text.split("|")]
    if not parts[0]:
        raise Invalid(
            "a member needs a name: “{typed}” (write 'Name | Unit | Role')",
            field="members",
            typed=text,
        )
    if len(parts) > 3:
        raise Invalid(
            "too many “|” in “{typed}” (write 'Name | Unit | Role')", field="members", typed=text
        )
    parts += [""] * (3 - len(parts))
    return IncidentMember(parts[0], parts[1] or None, parts[2] or None)


def check_severity(value: str | None) -> str | None:
    if value is None:
        return None
    return check_choice(
        value, SEVERITIES, "unknown severity “{value}”; use {choices}", field="severity"
    )


def check_open(incident: Incident) -> None:
    if incident.status == "closed":
        raise Conflict("incident #{incident_id} is closed; open a new one", incident_id=incident.id)


def check_status(status: str) -> str:
    return check_choice(status, STATUSES, "unknown status “{value}”; use {choices}", field="status")


def check_status_change(incident: Incident, status: str) -> None:
    check_status(status)
    check_open(incident)
    if status == "closed":
        raise Invalid(
            "an incident is closed with a summary of what happened and what was done "
            "(`incident close ID --summary ...`, or the closing form)",
            field="status",
        )


def alert_article_ids(alert: Alert) -> list[int]:
    """The articles an alert points at: its stories (a story's id is its first article's)."""
    stories = alert.detail.get("stories", [])
    ids = [int(s["story_id"]) for s in stories if isinstance(s, dict) and "story_id" in s]
    if "story_id" in alert.detail:
        ids.append(int(alert.detail["story_id"]))
    return list(dict.fromkeys(ids))


def assignment(
    incident: Incident,
    *,
    lead: str | None = None,
    lead_unit: str | None = None,
    members: list[IncidentMember] | None = None,
    severity: str | None = None,
) -> tuple[dict[str, Any], str]:
    """The values an assignment changes and its timeline text (``Invalid`` when it
    changes nothing)."""
    check_open(incident)
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
        raise Invalid("give a lead, a lead unit, members or a severity")
    return values, "; ".join(changes)


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
